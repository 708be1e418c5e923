// runtime/gc_support.h — what the cycle collector (memory/gc*) needs from the object model: how
// to traverse, clear, finalize and describe objects, the weak-reference steps, CPython's tracking
// rules; and the Python-visible state the gc module exposes (gc.garbage, gc.callbacks).
#pragma once
#include "runtime/object.h"

namespace mempy::runtime {

// Installs the collector's callbacks (runtime_init).
void gc_support_init();
void gc_support_fini();

// gc.garbage and gc.callbacks: lists owned here (borrowed references).
Object* gc_garbage_list();
Object* gc_callbacks_list();

// CPython's _PyObject_GC_MAY_BE_TRACKED: a GC object that is not an untracked tuple.
bool object_may_be_tracked(const Object* op);

}  // namespace mempy::runtime
