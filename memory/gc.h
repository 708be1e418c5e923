// memory/gc.h — the GC header and the generation lists of the cycle collector.
//
// Container objects carry a 16-byte GCHead immediately *before* the object (CPython 3.11's
// PyGC_Head): `next` and `prev` link the object into its generation's circular list; the low two
// bits of `prev` hold flags (FINALIZED = 1: __del__ already ran, PEP 442; COLLECTING = 2: during a
// collection). An untracked object has next == 0.
//
// This layer knows nothing of Python objects: it sees an object as a void* and reaches its
// references only through the callbacks the runtime installs (traverse / clear / finalize).
//
// Observable from Python as gc.get_count() / gc.is_tracked() / gc.get_objects().
#pragma once
#include <cstddef>
#include <cstdint>

namespace mempy::memory {

struct GCHead {
  uintptr_t next;  // GCHead* of the next object in the list; 0 when untracked
  uintptr_t prev;  // GCHead* of the previous object | flag bits
};
static_assert(sizeof(GCHead) == 16);

inline constexpr uintptr_t GC_FLAG_FINALIZED = 1;
inline constexpr uintptr_t GC_FLAG_COLLECTING = 2;
inline constexpr uintptr_t GC_FLAG_MASK = 3;

inline GCHead* gc_head(const void* op) {
  return reinterpret_cast<GCHead*>(const_cast<void*>(op)) - 1;
}
inline void* gc_object(GCHead* g) {
  return g + 1;
}

inline bool gc_is_tracked(const void* op) {
  return gc_head(op)->next != 0;
}
inline bool gc_is_finalized(const void* op) {
  return gc_head(op)->prev & GC_FLAG_FINALIZED;
}
inline void gc_set_finalized(void* op) {
  gc_head(op)->prev |= GC_FLAG_FINALIZED;
}

inline constexpr int NUM_GENERATIONS = 3;

// How the collector reaches objects: installed once by the runtime at start-up.
using VisitFn = int (*)(void* referent, void* arg);
struct GCObjectOps {
  int (*traverse)(void* op, VisitFn visit, void* arg);  // visit every referenced object
  void (*clear)(void* op);                              // drop references (may free op)
};
void gc_set_object_ops(const GCObjectOps& ops);

// Links a new container into generation 0 / unlinks it. Track only fully initialised objects.
void gc_track(void* op);
void gc_untrack(void* op);

// Bookkeeping for gc.get_count(): count0 is GC allocations minus GC deallocations since the last
// gen-0 collection (CPython 3.11 rules, memory-facts §3.2).
void gc_note_alloc();
void gc_note_free();

struct GCCounts {
  int count[NUM_GENERATIONS];
  int threshold[NUM_GENERATIONS];
};
GCCounts gc_counts();

// Number of tracked objects in generation g (0..2).
std::size_t gc_generation_size(int g);

// Calls fn(op, arg) for every tracked object of generation g (or all when g < 0). fn must not
// track or untrack objects.
void gc_for_each(int generation, void (*fn)(void* op, void* arg), void* arg);

// Interpreter exit: break every remaining reference cycle by clearing all tracked objects so that
// reference counting frees them. Returns the number of objects cleared.
std::size_t gc_clear_all();

}  // namespace mempy::memory
