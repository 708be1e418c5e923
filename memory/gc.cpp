// memory/gc.cpp — generation lists and counts (the collection algorithm lives in gc_collect.cpp).
//
// Invariants: each generation is a circular doubly-linked list through GCHead with a sentinel;
// a tracked object is in exactly one list; count[0] never goes below 0.
#include "memory/gc.h"

namespace mempy::memory {

namespace {

struct Generation {
  GCHead head;
  int threshold;
  int count;
};

Generation g_gens[NUM_GENERATIONS] = {
    {{0, 0}, 700, 0},
    {{0, 0}, 10, 0},
    {{0, 0}, 10, 0},
};
GCObjectOps g_ops = {nullptr, nullptr};

GCHead* list_of(int g) {
  GCHead* h = &g_gens[g].head;
  if (h->next == 0) {  // lazily make the sentinel point at itself
    h->next = reinterpret_cast<uintptr_t>(h);
    h->prev = reinterpret_cast<uintptr_t>(h);
  }
  return h;
}

inline GCHead* next_of(GCHead* g) {
  return reinterpret_cast<GCHead*>(g->next);
}
inline GCHead* prev_of(GCHead* g) {
  return reinterpret_cast<GCHead*>(g->prev & ~GC_FLAG_MASK);
}
inline void set_prev(GCHead* g, GCHead* p) {
  g->prev = reinterpret_cast<uintptr_t>(p) | (g->prev & GC_FLAG_MASK);
}

}  // namespace

void gc_set_object_ops(const GCObjectOps& ops) {
  g_ops = ops;
}

void gc_track(void* op) {
  GCHead* g = gc_head(op);
  GCHead* head = list_of(0);
  GCHead* last = prev_of(head);
  g->next = reinterpret_cast<uintptr_t>(head);
  set_prev(g, last);
  last->next = reinterpret_cast<uintptr_t>(g);
  set_prev(head, g);
}

void gc_untrack(void* op) {
  GCHead* g = gc_head(op);
  if (g->next == 0) return;
  GCHead* prev = prev_of(g);
  GCHead* next = next_of(g);
  prev->next = reinterpret_cast<uintptr_t>(next);
  set_prev(next, prev);
  g->next = 0;
  g->prev &= GC_FLAG_MASK;
}

void gc_note_alloc() {
  ++g_gens[0].count;
}
void gc_note_free() {
  if (g_gens[0].count > 0) --g_gens[0].count;
}

GCCounts gc_counts() {
  GCCounts c{};
  for (int i = 0; i < NUM_GENERATIONS; ++i) {
    c.count[i] = g_gens[i].count;
    c.threshold[i] = g_gens[i].threshold;
  }
  return c;
}

std::size_t gc_generation_size(int g) {
  std::size_t n = 0;
  GCHead* head = list_of(g);
  for (GCHead* p = next_of(head); p != head; p = next_of(p)) ++n;
  return n;
}

void gc_for_each(int generation, void (*fn)(void*, void*), void* arg) {
  for (int g = 0; g < NUM_GENERATIONS; ++g) {
    if (generation >= 0 && g != generation) continue;
    GCHead* head = list_of(g);
    for (GCHead* p = next_of(head); p != head; p = next_of(p)) fn(gc_object(p), arg);
  }
}

std::size_t gc_clear_all() {
  // Clearing an object may free others (and untrack them), so restart from the list head each
  // time; an object whose clear did not untrack it is moved to a side list to guarantee progress.
  std::size_t cleared = 0;
  GCHead done;
  done.next = reinterpret_cast<uintptr_t>(&done);
  done.prev = reinterpret_cast<uintptr_t>(&done);
  for (int g = 0; g < NUM_GENERATIONS; ++g) {
    GCHead* head = list_of(g);
    while (next_of(head) != head) {
      GCHead* p = next_of(head);
      void* op = gc_object(p);
      // move p to `done` before clearing so progress is guaranteed even if it survives
      GCHead* prev = prev_of(p);
      GCHead* next = next_of(p);
      prev->next = reinterpret_cast<uintptr_t>(next);
      set_prev(next, prev);
      GCHead* last = prev_of(&done);
      p->next = reinterpret_cast<uintptr_t>(&done);
      set_prev(p, last);
      last->next = reinterpret_cast<uintptr_t>(p);
      set_prev(&done, p);
      if (g_ops.clear) g_ops.clear(op);
      ++cleared;
    }
  }
  // whatever survived clearing goes back to generation 2
  GCHead* head = list_of(2);
  while (next_of(&done) != &done) {
    GCHead* p = next_of(&done);
    GCHead* next = next_of(p);
    done.next = reinterpret_cast<uintptr_t>(next);
    set_prev(next, &done);
    GCHead* last = prev_of(head);
    p->next = reinterpret_cast<uintptr_t>(head);
    set_prev(p, last);
    last->next = reinterpret_cast<uintptr_t>(p);
    set_prev(head, p);
  }
  return cleared;
}

}  // namespace mempy::memory
