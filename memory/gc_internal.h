// memory/gc_internal.h — the collector's lists and state, shared by gc.cpp (tracking, counts,
// freeze) and gc_collect.cpp (the collection algorithm).
#pragma once
#include "memory/gc.h"

namespace mempy::memory::gcdetail {

// bit 0 of `next`: tentatively unreachable (only during move_unreachable)
inline constexpr uintptr_t NEXT_UNREACHABLE = 1;
// `prev` of an object being collected holds gc_refs << REFS_SHIFT | flags
inline constexpr int REFS_SHIFT = 2;

struct Generation {
  GCHead head;
  int threshold;
  int count;
};

struct State {
  Generation gens[NUM_GENERATIONS] = {
      {{0, 0}, 700, 0},
      {{0, 0}, 10, 0},
      {{0, 0}, 10, 0},
  };
  GCHead permanent = {0, 0};
  GCState pub = {true, false, 0};
  GCObjectOps ops = {};
  GCStats stats[NUM_GENERATIONS] = {};
  std::ptrdiff_t long_lived_total = 0;
  std::ptrdiff_t long_lived_pending = 0;
  bool stress = false;
};
State& state();

inline GCHead* next_of(const GCHead* g) {
  return reinterpret_cast<GCHead*>(g->next & ~NEXT_UNREACHABLE);
}
inline GCHead* prev_of(const GCHead* g) {
  return reinterpret_cast<GCHead*>(g->prev & ~GC_FLAG_MASK);
}
inline void set_next(GCHead* g, GCHead* n) {
  g->next = reinterpret_cast<uintptr_t>(n);
}
inline void set_prev(GCHead* g, GCHead* p) {
  g->prev = reinterpret_cast<uintptr_t>(p) | (g->prev & GC_FLAG_MASK);
}

inline void list_init(GCHead* h) {
  h->next = reinterpret_cast<uintptr_t>(h);
  h->prev = reinterpret_cast<uintptr_t>(h);
}
// A generation's list head, made circular on first use.
inline GCHead* gen_list(int g) {
  GCHead* h = g == GC_PERMANENT_GENERATION ? &state().permanent : &state().gens[g].head;
  if (h->next == 0) list_init(h);
  return h;
}
inline bool list_empty(const GCHead* h) {
  return next_of(h) == h;
}
inline void list_append(GCHead* g, GCHead* h) {
  GCHead* last = prev_of(h);
  set_next(last, g);
  set_prev(g, last);
  set_next(g, h);
  set_prev(h, g);
}
inline void list_remove(GCHead* g) {
  GCHead* prev = prev_of(g);
  GCHead* next = next_of(g);
  set_next(prev, next);
  set_prev(next, prev);
  g->next = 0;
}
inline void list_move(GCHead* g, GCHead* to) {
  GCHead* prev = prev_of(g);
  GCHead* next = next_of(g);
  set_next(prev, next);
  set_prev(next, prev);
  list_append(g, to);
}
// Appends all of `from` to the end of `to`, leaving `from` empty.
inline void list_merge(GCHead* from, GCHead* to) {
  if (list_empty(from)) return;
  GCHead* to_last = prev_of(to);
  GCHead* first = next_of(from);
  GCHead* last = prev_of(from);
  set_next(to_last, first);
  set_prev(first, to_last);
  set_next(last, to);
  set_prev(to, last);
  list_init(from);
}
inline std::ptrdiff_t list_size(const GCHead* h) {
  std::ptrdiff_t n = 0;
  for (GCHead* g = next_of(h); g != h; g = next_of(g)) ++n;
  return n;
}

}  // namespace mempy::memory::gcdetail
