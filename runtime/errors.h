// runtime/errors.h — the thread state and the error convention.
//
// CPython's convention, kept literally: a function that fails returns nullptr (or -1) and leaves
// the raised exception in the thread state; its caller either handles it (err_clear /
// err_fetch) or propagates it by failing in turn. C++ exceptions are never used for Python
// errors: they would unwind past refcount bookkeeping and they are slow.
//
// The raised exception is always an instance (3.12-style normalisation). The stack of exceptions
// being *handled* (inside except/finally blocks, for bare `raise`, sys.exc_info() and implicit
// __context__ chaining) is exc_info.
#pragma once
#include <fmt/format.h>

#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct Frame;

struct ExcStackItem {
  Object* exc_value;  // the handled exception, or nullptr/None
  ExcStackItem* previous;
};

struct ThreadState {
  Object* current_exc = nullptr;  // being raised / propagated (owned)
  ExcStackItem* exc_info = nullptr;
  ExcStackItem exc_base{nullptr, nullptr};
  Frame* frame = nullptr;  // innermost executing Python frame
  int recursion_limit = 1000;
  int recursion_depth = 0;      // Python frames + C-level recursive calls
  char* stack_limit = nullptr;  // C stack guard: below this address we refuse to recurse
  void* interp_data = nullptr;  // owned by interp/ (the frame data stack)
  // The built-in function or method being entered, for argument errors that name it as CPython
  // does ("list.clear() takes no arguments (1 given)"); only read while reporting such errors.
  const MethodDef* call_def = nullptr;
  TypeObject* call_owner = nullptr;  // the type of a method, null for module functions
  Object* call_module = nullptr;     // a module function's __module__ (str), else null
  // sys.settrace (interp/trace.h): the trace function (owned) or null; `tracing` while it runs
  // (no events then); the frame and index of the last instruction traced (-1: the frame's start)
  Object* trace_func = nullptr;
  bool tracing = false;
  Frame* trace_frame = nullptr;
  std::ptrdiff_t trace_prev = -1;
  Frame* trace_pending_call = nullptr;  // its 'call' event waits for its cells to be made
  bool finalizing = false;              // interpreter shutdown has begun (sys.is_finalizing())
  bool tearing_down = false;            // past CPython's last collection: no more Python code runs
};

extern ThreadState g_thread;
inline ThreadState* tstate() {
  return &g_thread;
}

inline bool err_occurred() {
  return g_thread.current_exc != nullptr;
}
inline Object* err_current() {
  return g_thread.current_exc;
}  // borrowed

// Raise `type(value)` (value null: `type()`); if value is already an instance of type it is
// raised as is. Sets __context__ from the exception being handled, as CPython does.
void err_set_object(TypeObject* type, Object* value);
void err_set_none(TypeObject* type);
// KeyError(key) with the key as the single argument even when it is a tuple.
void err_set_key_error(Object* key);
void err_set_string(TypeObject* type, std::string_view msg);
template <class... Args>
void err_format(TypeObject* type, fmt::format_string<Args...> f, Args&&... args) {
  err_set_string(type, fmt::format(f, std::forward<Args>(args)...));
}
// err_format with a format string chosen at run time
template <class... Args>
void err_format_dyn(TypeObject* type, std::string_view f, const Args&... args) {
  err_set_string(type, fmt::vformat(f, fmt::make_format_args(args...)));
}
// Raise an exception instance (steals it); sets __context__ like err_set_object.
void err_raise(Object* exc);

Object* err_fetch();            // take the raised exception (owned), clearing it
void err_restore(Object* exc);  // re-raise a fetched exception (steals); null clears
void err_clear();
bool err_matches(TypeObject* type);  // is the raised exception an instance of type?
// given_class may be a class or a tuple of classes, as in `except (A, B):`
bool exception_class_matches(Object* exc_class, Object* given);

// Convenience raisers that return nullptr / -1 for `return err_...;`.
Object* err_no_memory();
int errors_init();   // start-up: preallocates a MemoryError
void errors_fini();  // interpreter exit: releases it
Object* err_bad_internal_call(const char* where);

// RecursionError support: the Python recursion limit plus a C-stack guard.
bool enter_recursive_call(const char* where);  // false with RecursionError raised
inline void leave_recursive_call() {
  --g_thread.recursion_depth;
}
void init_stack_guard();  // records the C stack bounds at start-up

// The UTF-8 of repr(obj) for messages; "<unprintable>" on failure (the error is cleared).
std::string repr_for_message(Object* obj);

// The exception being handled (sys.exc_info()[1]); borrowed, may be nullptr.
Object* handled_exception();

}  // namespace mempy::runtime
