// memory/gc_collect.cpp — one collection, in CPython 3.11's order (memory-facts §3.3):
//
//   merge the younger generations into the one collected; copy each refcount into gc_refs and
//   subtract the references coming from inside the set (what remains counts references from
//   outside); everything reachable from an object with outside references survives, the rest is
//   unreachable; survivors move to the next generation (tuples and, after full collections, dicts
//   that cannot be in a cycle are untracked); weak references to the unreachable objects are
//   cleared and the callbacks of the weakrefs that are themselves reachable run; finalizers
//   (__del__) run once per object (PEP 442); reachability is recomputed inside the unreachable set
//   so that resurrected objects survive; tp_clear breaks the cycles of the rest.
//
// While the algorithm runs, `prev` of an object in the examined set holds its gc_refs, so the set
// is singly linked through `next` until move_unreachable restores the links of the survivors.
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "memory/gc.h"
#include "memory/gc_internal.h"

namespace mempy::memory {

using namespace gcdetail;

namespace {

inline std::ptrdiff_t refs_of(const GCHead* g) {
  return std::ptrdiff_t(g->prev >> REFS_SHIFT);
}
inline void set_refs(GCHead* g, std::ptrdiff_t refs) {
  g->prev = (uintptr_t(refs) << REFS_SHIFT) | (g->prev & GC_FLAG_MASK);
}

const GCObjectOps& ops() {
  return state().ops;
}

void debug_write(const char* text) {
  if (ops().write_debug) ops().write_debug(text);
}

[[noreturn]] void inconsistent(void* op, const char* what) {
  char buf[160];
  if (ops().describe) ops().describe(op, buf, sizeof buf);
  std::fprintf(stderr, "mempy: gc: %s: %s\n", what, ops().describe ? buf : "?");
  std::abort();
}

// ---- reachability ----
// gc_refs := refcount for every object of the set, which is marked COLLECTING.
void update_refs(GCHead* set) {
  for (GCHead* g = next_of(set); g != set; g = next_of(g)) {
    std::ptrdiff_t rc = ops().refcount(gc_object(g));
    g->prev = (uintptr_t(rc) << REFS_SHIFT) | (g->prev & GC_FLAG_FINALIZED) | GC_FLAG_COLLECTING;
  }
}

int visit_decref(void* op, void*) {
  GCHead* g = gc_head(op);
  if (g->next != 0 && (g->prev & GC_FLAG_COLLECTING)) {
    // more internal references than the refcount: a traverse function that lies
    if (refs_of(g) == 0) inconsistent(op, "traverse visits more references than the refcount");
    g->prev -= uintptr_t(1) << REFS_SHIFT;
  }
  return 0;
}

// gc_refs -= references from inside the set.
void subtract_refs(GCHead* set) {
  for (GCHead* g = next_of(set); g != set; g = next_of(g)) {
    ops().traverse(gc_object(g), visit_decref, nullptr);
  }
}

// A referent of a reachable object is reachable: one tentatively moved to the unreachable list
// goes back to the end of the examined list (it will be scanned in turn); one not scanned yet gets
// gc_refs 1 so that the scan keeps it.
int visit_reachable(void* op, void* arg) {
  GCHead* young = static_cast<GCHead*>(arg);
  GCHead* g = gc_head(op);
  if (g->next == 0 || !(g->prev & GC_FLAG_COLLECTING)) return 0;
  if (g->next & NEXT_UNREACHABLE) {
    GCHead* prev = prev_of(g);
    GCHead* next = next_of(g);
    prev->next = g->next;  // keeps the mark on the unreachable list's links
    set_prev(next, prev);
    GCHead* last = reinterpret_cast<GCHead*>(young->prev);
    last->next = reinterpret_cast<uintptr_t>(g);
    g->next = reinterpret_cast<uintptr_t>(young);
    young->prev = reinterpret_cast<uintptr_t>(g);
    g->prev = (uintptr_t(1) << REFS_SHIFT) | (g->prev & GC_FLAG_MASK);
  } else if (refs_of(g) == 0) {
    set_refs(g, 1);
  }
  return 0;
}

// Splits `young` (gc_refs computed) into survivors, left in `young` with proper links and the
// COLLECTING flag cleared, and the unreachable rest, appended to `unreachable` in scan order.
void move_unreachable(GCHead* young, GCHead* unreachable) {
  GCHead* prev = young;
  GCHead* g = reinterpret_cast<GCHead*>(young->next);
  while (g != young) {
    if (refs_of(g) > 0) {
      ops().traverse(gc_object(g), visit_reachable, young);
      g->prev = reinterpret_cast<uintptr_t>(prev) | (g->prev & GC_FLAG_FINALIZED);
      prev = g;
    } else {
      prev->next = g->next;
      GCHead* last = prev_of(unreachable);
      last->next = reinterpret_cast<uintptr_t>(g) | NEXT_UNREACHABLE;
      g->prev = reinterpret_cast<uintptr_t>(last) | (g->prev & GC_FLAG_MASK);
      g->next = reinterpret_cast<uintptr_t>(unreachable) | NEXT_UNREACHABLE;
      unreachable->prev = reinterpret_cast<uintptr_t>(g);
    }
    g = reinterpret_cast<GCHead*>(prev->next);
  }
  young->prev = reinterpret_cast<uintptr_t>(prev);
  unreachable->next &= ~NEXT_UNREACHABLE;
}

void clear_unreachable_marks(GCHead* set) {
  for (GCHead* g = next_of(set); g != set; g = next_of(g)) g->next &= ~NEXT_UNREACHABLE;
}

void deduce_unreachable(GCHead* young, GCHead* unreachable) {
  update_refs(young);
  subtract_refs(young);
  move_unreachable(young, unreachable);
  clear_unreachable_marks(unreachable);
}

// ---- untracking ----
void untrack_with(GCHead* set, void (*fn)(void*)) {
  if (!fn) return;
  for (GCHead *g = next_of(set), *next; g != set; g = next) {
    next = next_of(g);
    fn(gc_object(g));
  }
}

// ---- weak references ----
void queue_callback(void* wr, void* arg) {
  list_move(gc_head(wr), static_cast<GCHead*>(arg));
}

// Clears the weakrefs to every unreachable object, then calls the callbacks of those weakrefs that
// are not garbage themselves. Returns the number of such weakref objects freed meanwhile.
std::ptrdiff_t handle_weakrefs(GCHead* unreachable, GCHead* old) {
  GCHead to_call;
  list_init(&to_call);
  for (GCHead *g = next_of(unreachable), *next; g != unreachable; g = next) {
    next = next_of(g);
    void* op = gc_object(g);
    if (ops().is_weakref(op)) ops().clear_weakref(op);
    ops().clear_weakrefs(op, queue_callback, &to_call);
  }
  std::ptrdiff_t freed = 0;
  while (!list_empty(&to_call)) {
    GCHead* g = next_of(&to_call);
    void* wr = gc_object(g);
    ops().call_weakref_callback(wr);
    ops().decref(wr);  // the reference clear_weakrefs took
    if (next_of(&to_call) == g) {
      list_move(g, old);
    } else {
      ++freed;
    }
  }
  return freed;
}

// ---- finalizers and deletion ----
void finalize_garbage(GCHead* collectable) {
  GCHead seen;
  list_init(&seen);
  while (!list_empty(collectable)) {
    GCHead* g = next_of(collectable);
    list_move(g, &seen);
    if (!(g->prev & GC_FLAG_FINALIZED)) ops().finalize(gc_object(g));
  }
  list_merge(&seen, collectable);
}

// After finalizers ran: whatever they made reachable again goes to `old`; the rest stays garbage.
void handle_resurrected(GCHead* unreachable, GCHead* still_unreachable, GCHead* old) {
  for (GCHead* g = next_of(unreachable); g != unreachable; g = next_of(g)) {
    g->prev &= ~GC_FLAG_COLLECTING;
  }
  deduce_unreachable(unreachable, still_unreachable);
  list_merge(unreachable, old);
}

void delete_garbage(GCHead* collectable, GCHead* old) {
  State& s = state();
  while (!list_empty(collectable)) {
    GCHead* g = next_of(collectable);
    void* op = gc_object(g);
    if (s.pub.debug & GC_DEBUG_SAVEALL) {
      ops().save_garbage(op);
    } else {
      ops().clear(op);
    }
    if (next_of(collectable) == g) {  // still alive: it may die later
      g->prev &= ~GC_FLAG_COLLECTING;
      list_move(g, old);
    }
  }
}

void debug_objects(GCHead* set, const char* what) {
  for (GCHead* g = next_of(set); g != set; g = next_of(g)) {
    char desc[200];
    ops().describe(gc_object(g), desc, sizeof desc);
    char line[256];
    std::snprintf(line, sizeof line, "gc: %s %s\n", what, desc);
    debug_write(line);
  }
}

double now_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

// The unreachable set's end: weakrefs to it cleared (callbacks of reachable ones run), finalizers
// run once, whatever they resurrected goes to `old`, the rest is cleared. Returns what CPython
// counts as collected: weakrefs freed by handle_weakrefs plus the objects finally cleared.
std::ptrdiff_t dispose_unreachable(GCHead* unreachable, GCHead* old) {
  std::ptrdiff_t collected = handle_weakrefs(unreachable, old);
  finalize_garbage(unreachable);
  GCHead final_unreachable;
  list_init(&final_unreachable);
  handle_resurrected(unreachable, &final_unreachable, old);
  collected += list_size(&final_unreachable);
  delete_garbage(&final_unreachable, old);
  return collected;
}

// One collection of `generation` (CPython's gc_collect_main).
std::ptrdiff_t collect_main(int generation) {
  State& s = state();
  double start = 0;
  if (s.pub.debug & GC_DEBUG_STATS) {
    char line[256];
    std::snprintf(line, sizeof line,
                  "gc: collecting generation %d...\n"
                  "gc: objects in each generation: %td %td %td\n"
                  "gc: objects in permanent generation: %td\n",
                  generation, list_size(gen_list(0)), list_size(gen_list(1)),
                  list_size(gen_list(2)), list_size(gen_list(GC_PERMANENT_GENERATION)));
    debug_write(line);
    start = now_seconds();
  }
  if (generation + 1 < NUM_GENERATIONS) s.gens[generation + 1].count += 1;
  for (int i = 0; i <= generation; ++i) s.gens[i].count = 0;
  for (int i = 0; i < generation; ++i) list_merge(gen_list(i), gen_list(generation));
  GCHead* young = gen_list(generation);
  GCHead* old = generation + 1 < NUM_GENERATIONS ? gen_list(generation + 1) : young;

  GCHead unreachable;
  list_init(&unreachable);
  deduce_unreachable(young, &unreachable);
  untrack_with(young, ops().maybe_untrack_tuple);
  if (young != old) {
    if (generation == NUM_GENERATIONS - 2) s.long_lived_pending += list_size(young);
    list_merge(young, old);
  } else {
    // dicts are untracked only by full collections, to avoid quadratic work on dict build-up
    untrack_with(young, ops().maybe_untrack_dict);
    s.long_lived_pending = 0;
    s.long_lived_total = list_size(young);
  }
  if (s.pub.debug & GC_DEBUG_COLLECTABLE) debug_objects(&unreachable, "collectable");

  std::ptrdiff_t collected = dispose_unreachable(&unreachable, old);
  std::ptrdiff_t uncollectable = 0;  // only C types with tp_del are, and mempy has none

  if (s.pub.debug & GC_DEBUG_STATS) {
    char line[160];
    std::snprintf(line, sizeof line,
                  "gc: done, %td unreachable, %td uncollectable, %.4fs elapsed\n",
                  collected + uncollectable, uncollectable, now_seconds() - start);
    debug_write(line);
  }
  if (generation == NUM_GENERATIONS - 1 && ops().clear_free_lists) ops().clear_free_lists();
  GCStats& st = s.stats[generation];
  ++st.collections;
  st.collected += collected;
  st.uncollectable += uncollectable;
  return collected + uncollectable;
}

std::ptrdiff_t collect_with_callbacks(int generation) {
  State& s = state();
  if (ops().on_collection) ops().on_collection(true, generation, 0, 0);
  std::ptrdiff_t before_collected = s.stats[generation].collected;
  std::ptrdiff_t before_uncollectable = s.stats[generation].uncollectable;
  std::ptrdiff_t n = collect_main(generation);
  if (ops().on_collection) {
    ops().on_collection(false, generation, s.stats[generation].collected - before_collected,
                        s.stats[generation].uncollectable - before_uncollectable);
  }
  return n;
}

}  // namespace

void gc_stress_collect() {
  State& s = state();
  if (s.pub.collecting) return;
  s.pub.collecting = true;
  // generation 0 only, and its survivors stay there: the schedule, the generations' contents,
  // counts, stats, callbacks and debug output are those of the run without stress
  GCHead* young = gen_list(0);
  GCHead unreachable;
  list_init(&unreachable);
  deduce_unreachable(young, &unreachable);
  dispose_unreachable(&unreachable, young);
  s.pub.collecting = false;
}

std::ptrdiff_t gc_collect(int generation) {
  State& s = state();
  if (s.pub.collecting) return 0;
  s.pub.collecting = true;
  std::ptrdiff_t n = collect_with_callbacks(generation);
  s.pub.collecting = false;
  return n;
}

std::ptrdiff_t gc_collect_no_fail() {
  State& s = state();
  if (s.pub.collecting) return 0;
  s.pub.collecting = true;
  std::ptrdiff_t n = collect_main(NUM_GENERATIONS - 1);
  s.pub.collecting = false;
  return n;
}

std::ptrdiff_t gc_collect_if_due() {
  State& s = state();
  if (s.pub.collecting) return 0;
  // the oldest generation over its threshold; a full collection also waits until the objects
  // promoted since the last one reach a quarter of the long-lived ones
  for (int g = NUM_GENERATIONS - 1; g >= 0; --g) {
    bool due = s.gens[g].count > s.gens[g].threshold;
    if (!due) continue;
    if (g == NUM_GENERATIONS - 1 && s.long_lived_pending < s.long_lived_total / 4) continue;
    s.pub.collecting = true;
    std::ptrdiff_t n = collect_with_callbacks(g);
    s.pub.collecting = false;
    return n;
  }
  return 0;
}

}  // namespace mempy::memory
