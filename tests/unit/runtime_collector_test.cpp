// Units for the cycle collector (memory/gc_collect.cpp) driven by the runtime's traverse and
// clear functions: unreachable cycles are found and freed (the LeakCheck of each case proves the
// blocks came back), survivors move to the next generation, a collection resets the counts of
// the generations it examined and counts one for the next, tuples of atoms are untracked by any
// collection and dicts only by a full one, and objects reachable from outside survive.
// Expected numbers come from python3 (CPython 3.11.7); the Python that gives each is beside it.
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

// The generation (0..2) whose list holds `op`, or -1 when it is not tracked.
int generation_of(Object* op) {
  struct Search {
    void* target;
    bool found;
  };
  for (int g = 0; g < mm::NUM_GENERATIONS; ++g) {
    Search s{op, false};
    mm::gc_for_each(
        g,
        [](void* o, void* arg) {
          auto* s = static_cast<Search*>(arg);
          if (o == s->target) s->found = true;
        },
        &s);
    if (s.found) return g;
  }
  return -1;
}

// A ring of n lists, each holding the next; returns the first (an owned reference).
R list_ring(int n) {
  R first = own(list_new(0));
  Object* prev = first.get();
  std::vector<R> made;
  for (int i = 1; i < n; ++i) {
    made.push_back(own(list_new(0)));
    MUST(list_append(prev, made.back().get()) == 0);
    prev = made.back().get();
  }
  MUST(list_append(prev, first.get()) == 0);
  return first;
}

}  // namespace

RUNTIME_TEST("a self-referencing list is found and freed; a referenced one survives") {
  mm::gc_collect(2);
  R l = own(list_new(0));
  MUST(list_append(l.get(), l.get()) == 0);
  l.reset();                      // l = []; l.append(l); del l
  CHECK(mm::gc_collect(2) == 1);  // gc.collect() -> 1
  R kept = own(list_new(0));
  MUST(list_append(kept.get(), kept.get()) == 0);
  CHECK(mm::gc_collect(2) == 0);  // still named: reachable
  incref(None());
  MUST(list_set_item(kept.get(), 0, None()) == 0);  // kept[0] = None breaks the cycle
}

RUNTIME_TEST("rings of N lists: collect returns N") {
  for (int n : {2, 3, 10, 1000}) {
    INFO("ring of " << n);
    mm::gc_collect(2);
    list_ring(n).reset();
    CHECK(mm::gc_collect(2) == n);
  }
}

RUNTIME_TEST("a ring referenced from outside the examined generation survives a young collection") {
  mm::gc_collect(2);
  R ring = list_ring(3);
  R holder = own(list_new(0));
  MUST(list_append(holder.get(), ring.get()) == 0);
  mm::gc_collect(2);  // both now in the oldest generation
  CHECK(generation_of(holder.get()) == 2);
  ring.reset();
  CHECK(mm::gc_collect(0) == 0);  // nothing young
  holder.reset();                 // the ring is unreachable now, but old
  CHECK(mm::gc_collect(1) == 0);
  CHECK(mm::gc_collect(2) == 3);
}

RUNTIME_TEST("survivors move one generation up; counts are reset and the next one counted") {
  mm::gc_collect(2);
  R l = own(list_new(0));
  CHECK(generation_of(l.get()) == 0);
  mm::GCCounts before = mm::gc_counts();
  mm::gc_collect(0);
  CHECK(generation_of(l.get()) == 1);
  mm::GCCounts after = mm::gc_counts();
  CHECK(after.count[0] == 0);
  CHECK(after.count[1] == before.count[1] + 1);  // gc.collect(0) -> get_count()[1] + 1
  CHECK(after.count[2] == before.count[2]);
  mm::gc_collect(1);
  CHECK(generation_of(l.get()) == 2);
  after = mm::gc_counts();
  CHECK(after.count[1] == 0);
  CHECK(after.count[2] == before.count[2] + 1);
  mm::gc_collect(2);
  CHECK(generation_of(l.get()) == 2);  // the oldest keeps its objects
}

RUNTIME_TEST("collections untrack tuples of atoms, and dicts only when full") {
  R one = num(1), s = str("s"), inner = own(list_new(0));
  R atoms = tup({one.get(), s.get()});
  R holding = tup({inner.get()});
  CHECK(tracked(atoms.get()));  // x = 1; t = (x, 's'): tracked until a collection sees it
  mm::gc_collect(0);
  CHECK(!tracked(atoms.get()));   // gc.collect(0); gc.is_tracked(t) -> False
  CHECK(tracked(holding.get()));  // (inner,) keeps its container
  R d = dict_of({{s.get(), inner.get()}});
  CHECK(tracked(d.get()));  // {'s': []} is tracked
  MUST(dict_set_item(d.get(), s.get(), one.get()) == 0);
  mm::gc_collect(1);
  CHECK(tracked(d.get()));  // d['s'] = 1; gc.collect(1); gc.is_tracked(d) -> True
  mm::gc_collect(2);
  CHECK(!tracked(d.get()));  // gc.collect(2); gc.is_tracked(d) -> False
}

RUNTIME_TEST("a disabled collector still collects on request") {
  bool was = mm::gc_state().enabled;
  mm::gc_state().enabled = false;
  list_ring(2).reset();
  CHECK(mm::gc_collect(2) == 2);  // gc.disable(); ...; gc.collect() -> 2
  mm::gc_state().enabled = was;
}
