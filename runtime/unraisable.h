// runtime/unraisable.h — reporting exceptions that cannot propagate (raised in __del__, in a
// weakref callback, ...) in CPython's "Exception ignored in: ..." format on stderr, then carrying
// on.
#pragma once
#include "runtime/object.h"

namespace mempy::runtime {

// Prints "Exception ignored in: <repr(obj)>" and the raised exception's traceback, and clears it.
void write_unraisable(Object* obj);
// The same with another context: "Exception ignored <where>: <repr(obj)>" (e.g. where = "in
// atexit callback").
void write_unraisable_msg(const char* where, Object* obj);
// For __del__: CPython names the function (the unbound __del__).
void write_unraisable_method(Object* method, Object* self);

}  // namespace mempy::runtime
