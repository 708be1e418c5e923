// runtime/object.cpp — deallocation with CPython's "trashcan": container deallocs that would
// recurse deeper than TRASHCAN_DEPTH defer the object to a list that the outermost dealloc then
// drains, so freeing a 10**6-long chain or a 10**5-deep nested list uses bounded C stack.
#include "runtime/object.h"

#include "memory/gc.h"
#include "runtime/trashcan.h"
#include "runtime/type.h"

namespace mempy::runtime {

namespace {
constexpr int TRASHCAN_DEPTH = 50;
int g_dealloc_depth = 0;
// Deferred objects are chained through their GC head's `next` word (they are untracked GC
// objects, so the word is free to use).
memory::GCHead* g_deferred = nullptr;
}  // namespace

void dealloc_object(Object* op) {
  op->type->dealloc(op);
}

bool trashcan_begin(Object* op) {
  if (g_dealloc_depth >= TRASHCAN_DEPTH && is_gc_type(op->type)) {
    memory::GCHead* g = memory::gc_head(op);
    g->next = reinterpret_cast<uintptr_t>(g_deferred);
    g_deferred = g;
    return false;
  }
  ++g_dealloc_depth;
  return true;
}

void trashcan_end() {
  --g_dealloc_depth;
  if (g_dealloc_depth == 0) {
    // Drain at the outermost level: each deferred dealloc may defer more (if it nests deeply
    // itself), which this loop picks up.
    while (g_deferred) {
      memory::GCHead* g = g_deferred;
      g_deferred = reinterpret_cast<memory::GCHead*>(g->next);
      g->next = 0;
      Object* op = static_cast<Object*>(memory::gc_object(g));
      op->type->dealloc(op);
    }
  }
}

}  // namespace mempy::runtime
