// memory/gc.cpp — tracking, counts and thresholds, the automatic trigger, freeze, and the exit-time
// cycle breaker. The collection algorithm itself is in gc_collect.cpp.
//
// Invariants: each generation is a circular doubly-linked list through GCHead with a sentinel; a
// tracked object is in exactly one list; count[0] never goes below 0.
#include "memory/gc.h"

#include <cstdlib>

#include "memory/gc_internal.h"

namespace mempy::memory {

using namespace gcdetail;

namespace gcdetail {
State& state() {
  static State s;
  return s;
}
}  // namespace gcdetail

void gc_set_object_ops(const GCObjectOps& ops) {
  state().ops = ops;
}

GCState& gc_state() {
  return state().pub;
}

void gc_track(void* op) {
  list_append(gc_head(op), gen_list(0));
}

void gc_untrack(void* op) {
  GCHead* g = gc_head(op);
  if (g->next == 0) return;
  list_remove(g);
  g->prev &= GC_FLAG_FINALIZED;
}

void gc_note_alloc() {
  State& s = state();
  ++s.gens[0].count;
  // CPython 3.11 collects right inside the allocation that crosses the threshold
  bool due = s.gens[0].count > s.gens[0].threshold && s.gens[0].threshold;
  if ((due || s.stress) && s.pub.enabled && !s.pub.collecting &&
      !(s.ops.error_pending && s.ops.error_pending())) {
    if (s.stress) gc_stress_collect();
    if (due) gc_collect_if_due();
  }
}

void gc_note_free() {
  if (state().gens[0].count > 0) --state().gens[0].count;
}

GCCounts gc_counts() {
  GCCounts c{};
  for (int i = 0; i < NUM_GENERATIONS; ++i) {
    c.count[i] = state().gens[i].count;
    c.threshold[i] = state().gens[i].threshold;
  }
  return c;
}

void gc_set_threshold(int generation, int value) {
  state().gens[generation].threshold = value;
}

GCStats gc_stats(int generation) {
  return state().stats[generation];
}

std::size_t gc_generation_size(int g) {
  return std::size_t(list_size(gen_list(g)));
}

void gc_for_each(int generation, void (*fn)(void*, void*), void* arg) {
  for (int g = 0; g < NUM_GENERATIONS; ++g) {
    if (generation >= 0 && g != generation) continue;
    GCHead* head = gen_list(g);
    for (GCHead* p = next_of(head); p != head; p = next_of(p)) fn(gc_object(p), arg);
  }
}

void gc_freeze() {
  for (int g = 0; g < NUM_GENERATIONS; ++g)
    list_merge(gen_list(g), gen_list(GC_PERMANENT_GENERATION));
  state().gens[0].count = 0;
}

void gc_unfreeze() {
  list_merge(gen_list(GC_PERMANENT_GENERATION), gen_list(NUM_GENERATIONS - 1));
}

void gc_stress_init() {
  const char* v = std::getenv("MEMPY_GC_STRESS");
  state().stress = v && *v && *v != '0';
}

std::size_t gc_clear_all() {
  // Clearing an object may free others (and untrack them), so take from the list head each time;
  // each object is moved to `done` before it is cleared, which guarantees progress even when it
  // survives its clear.
  State& s = state();
  std::size_t cleared = 0;
  GCHead done;
  list_init(&done);
  list_merge(gen_list(GC_PERMANENT_GENERATION), gen_list(NUM_GENERATIONS - 1));
  for (int g = 0; g < NUM_GENERATIONS; ++g) {
    GCHead* head = gen_list(g);
    while (!list_empty(head)) {
      GCHead* p = next_of(head);
      list_move(p, &done);
      if (s.ops.clear) s.ops.clear(gc_object(p));
      ++cleared;
    }
  }
  // whatever survived clearing goes back to the oldest generation
  list_merge(&done, gen_list(NUM_GENERATIONS - 1));
  return cleared;
}

}  // namespace mempy::memory
