// memory/gc.h — the GC header, the generation lists and the cycle collector (CPython 3.11's
// Modules/gcmodule.c semantics).
//
// Container objects carry a 16-byte GCHead immediately *before* the object (CPython 3.11's
// PyGC_Head): `next` and `prev` link the object into its generation's circular list; the low two
// bits of `prev` hold flags (FINALIZED = 1: __del__ already ran, PEP 442; COLLECTING = 2: inside
// the set being collected). An untracked object has next == 0. While a collection runs, `prev` of
// objects being collected holds their gc_refs count (shifted past the flags) instead of a link, and
// bit 0 of `next` marks objects tentatively unreachable.
//
// This layer knows nothing of Python objects: it sees an object as a void* and reaches its
// references, refcount, finalizer and weak references only through the callbacks the runtime
// installs (GCObjectOps). The runtime's traverse functions report only objects that carry a
// GCHead (the adapter filters out the others, e.g. static type objects).
//
// Observable from Python through the gc module: get_count(), collect(), is_tracked(), ...
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
// True while `op` is part of the set a running collection examines (the garbage candidates).
inline bool gc_is_collecting(const void* op) {
  return gc_is_tracked(op) && (gc_head(op)->prev & GC_FLAG_COLLECTING);
}

inline constexpr int NUM_GENERATIONS = 3;

// How the collector reaches objects: installed once by the runtime at start-up.
using VisitFn = int (*)(void* referent, void* arg);
struct GCObjectOps {
  // Visits every referenced object that has a GCHead.
  int (*traverse)(void* op, VisitFn visit, void* arg);
  // tp_clear under a temporary reference (the object may be freed by it).
  void (*clear)(void* op);
  std::ptrdiff_t (*refcount)(void* op);
  void (*incref)(void* op);
  void (*decref)(void* op);
  // Runs tp_finalize (__del__) if the object's type has one; false when it has none.
  bool (*finalize)(void* op);
  // Clears the weak references to op (an unreachable object). For each weakref with a callback
  // that is not itself being collected, takes a reference to it and calls queue(wr, arg): the
  // collector calls those callbacks once every weakref to the garbage is cleared.
  void (*clear_weakrefs)(void* op, void (*queue)(void* wr, void* arg), void* arg);
  // A weak reference object that is itself garbage is cleared (its callback must never run).
  bool (*is_weakref)(void* op);
  void (*clear_weakref)(void* wr);
  void (*call_weakref_callback)(void* wr);  // errors are reported as unraisable
  // Tracking rules of CPython: untrack a tuple whose items cannot be in a cycle (after a
  // collection saw it) and, after full collections, such a dict.
  void (*maybe_untrack_tuple)(void* op);
  void (*maybe_untrack_dict)(void* op);
  // "<TypeName 0x7f...>" for the DEBUG_COLLECTABLE / DEBUG_UNCOLLECTABLE lines.
  void (*describe)(void* op, char* buf, std::size_t size);
  void (*write_debug)(const char* text);  // gc debug output (sys.stderr)
  void (*save_garbage)(void* op);         // append to gc.garbage (DEBUG_SAVEALL)
  void (*clear_free_lists)();             // after a full collection
  bool (*error_pending)();                // no automatic collection while an exception is set
  // gc.callbacks: phase "start" / "stop" around each collection (may be null).
  void (*on_collection)(bool start, int generation, std::ptrdiff_t collected,
                        std::ptrdiff_t uncollectable);
};
void gc_set_object_ops(const GCObjectOps& ops);

// Links a new container into generation 0 / unlinks it. Track only fully initialised objects.
void gc_track(void* op);
void gc_untrack(void* op);

// Bookkeeping for gc.get_count() (CPython 3.11 rules, memory-facts §3.2): a new container counts
// +1 — and may start an automatic collection right there, as in CPython 3.11 — a freed one -1.
void gc_note_alloc();
void gc_note_free();

// ---- the collector (gc_collect.cpp) ------------------------------------------------------------
// Collects `generation` (0..2) and the younger ones; returns the number of unreachable objects
// found (collected + uncollectable). Does nothing (returns 0) when a collection is running.
std::ptrdiff_t gc_collect(int generation);
// A full collection without gc.callbacks, even when automatic collection is disabled (interpreter
// shutdown: CPython's _PyGC_CollectNoFail).
std::ptrdiff_t gc_collect_no_fail();
// The automatic trigger's choice of generation, then a collection (returns 0 when none is due).
std::ptrdiff_t gc_collect_if_due();

// Debug flags (gc.DEBUG_*).
inline constexpr int GC_DEBUG_STATS = 1;
inline constexpr int GC_DEBUG_COLLECTABLE = 2;
inline constexpr int GC_DEBUG_UNCOLLECTABLE = 4;
inline constexpr int GC_DEBUG_SAVEALL = 32;

struct GCStats {
  std::ptrdiff_t collections;
  std::ptrdiff_t collected;
  std::ptrdiff_t uncollectable;
};

struct GCState {
  bool enabled;
  bool collecting;
  int debug;
};
GCState& gc_state();

struct GCCounts {
  int count[NUM_GENERATIONS];
  int threshold[NUM_GENERATIONS];
};
GCCounts gc_counts();
void gc_set_threshold(int generation, int value);
GCStats gc_stats(int generation);

// Number of tracked objects in generation g (0..2), or in the permanent generation (g == 3).
std::size_t gc_generation_size(int g);
inline constexpr int GC_PERMANENT_GENERATION = 3;

// Calls fn(op, arg) for every tracked object of generation g (or of generations 0..2 when g < 0).
// fn must not track or untrack objects.
void gc_for_each(int generation, void (*fn)(void* op, void* arg), void* arg);

// gc.freeze(): every tracked object moves to the permanent generation, which collections ignore;
// gc.unfreeze() moves them back to the oldest generation.
void gc_freeze();
void gc_unfreeze();

// Stress mode (MEMPY_GC_STRESS=1 in the environment): every container allocation first runs an
// extra collection of generation 0, so unreachable cycles are freed (finalizers, weakref
// callbacks and all) at every point where CPython could collect. It leaves no other trace: its
// survivors stay in generation 0, and counts, stats, callbacks and debug output see only the
// ordinary collections, which keep their schedule. gc.disable() stops it like any automatic
// collection. Every collection checks that traverse functions agree with reference counts
// (aborting with a message otherwise).
void gc_stress_init();
void gc_stress_collect();

// Interpreter exit: break every remaining reference cycle by clearing all tracked objects so that
// reference counting frees them. Returns the number of objects cleared.
std::size_t gc_clear_all();

}  // namespace mempy::memory
