// runtime/errors.cpp — raising, fetching and matching exceptions; recursion guards.
#include "runtime/errors.h"

#include <sys/resource.h>

#include "runtime/abstract.h"
#include "runtime/exceptions.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

ThreadState g_thread;

Object* handled_exception() {
  for (ExcStackItem* item = g_thread.exc_info; item; item = item->previous) {
    if (item->exc_value && !is_none(item->exc_value)) return item->exc_value;
  }
  return nullptr;
}

void err_raise(Object* exc) {
  Object* handled = handled_exception();
  if (handled && handled != exc && is_exception_instance(exc)) {
    // Implicit chaining (__context__), cutting a cycle if exc is already in handled's chain.
    Object* o = handled;
    while (Object* ctx = static_cast<BaseExceptionObject*>(o)->context) {
      if (ctx == exc) {
        exception_set_context(o, nullptr);
        break;
      }
      o = ctx;
    }
    exception_set_context(exc, new_ref(handled));
  }
  Object* old = g_thread.current_exc;
  g_thread.current_exc = exc;
  xdecref(old);
}

void err_set_object(TypeObject* type, Object* value) {
  if (value && type_check(value, type) && is_exception_instance(value)) {
    err_raise(new_ref(value));
    return;
  }
  Object* exc;
  if (!value || value == None()) {
    exc = exception_new_instance(type, nullptr, 0);
  } else if (is_tuple(value)) {
    exc = exception_new_instance(type, tuple_items(value), tuple_size(value));
  } else {
    exc = exception_new_instance(type, &value, 1);
  }
  if (!exc) return;  // creating it raised something else, which is now set
  err_raise(exc);
}

void err_set_none(TypeObject* type) {
  err_set_object(type, nullptr);
}

void err_set_key_error(Object* key) {
  Object* exc = exception_new_instance(&ExcKeyError, &key, 1);
  if (exc) err_raise(exc);
}

void err_set_string(TypeObject* type, std::string_view msg) {
  Object* s = str_from_utf8_replace(msg.data(), msg.size());
  if (!s) return;
  Object* exc = exception_new_instance(type, &s, 1);
  decref(s);
  if (exc) err_raise(exc);
}

Object* err_fetch() {
  Object* exc = g_thread.current_exc;
  g_thread.current_exc = nullptr;
  return exc;
}

void err_restore(Object* exc) {
  Object* old = g_thread.current_exc;
  g_thread.current_exc = exc;
  xdecref(old);
}

void err_clear() {
  err_restore(nullptr);
}

bool err_matches(TypeObject* type) {
  Object* exc = g_thread.current_exc;
  return exc && type_is_subtype(exc->type, type);
}

bool exception_class_matches(Object* exc_class, Object* given) {
  if (is_tuple(given)) {
    for (ssize i = 0; i < tuple_size(given); ++i) {
      if (exception_class_matches(exc_class, tuple_get(given, i))) return true;
    }
    return false;
  }
  if (!is_type(exc_class) || !is_type(given)) return exc_class == given;
  return type_is_subtype(static_cast<TypeObject*>(exc_class), static_cast<TypeObject*>(given));
}

namespace {
Object* s_prealloc = nullptr;  // a MemoryError for when even that cannot be allocated
}

void errors_fini() {
  clear_ref(s_prealloc);
}

Object* err_no_memory() {
  // Raising MemoryError must not need memory: when making a fresh instance fails (or we are
  // already inside this function because it did), the instance made at start-up is raised.
  static bool s_inside = false;
  Object* exc = nullptr;
  if (!s_inside) {
    s_inside = true;
    exc = exception_new_instance(&ExcMemoryError, nullptr, 0);
    s_inside = false;
  }
  if (!exc) {
    err_clear();
    exc = s_prealloc ? new_ref(s_prealloc) : nullptr;
  }
  if (exc) err_raise(exc);
  return nullptr;
}

int errors_init() {
  s_prealloc = exception_new_instance(&ExcMemoryError, nullptr, 0);
  return s_prealloc ? 0 : -1;
}

Object* err_bad_internal_call(const char* where) {
  err_format(&ExcSystemError, "bad argument to internal function ({})", where);
  return nullptr;
}

void init_stack_guard() {
  char here;
  struct rlimit rl;
  std::size_t size = 8u << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) size = rl.rlim_cur;
  if (size > (256u << 20)) size = 256u << 20;
  // keep a generous margin for the frames below the check and for sanitizer instrumentation
  std::size_t margin = size / 4 > (512u << 10) ? (512u << 10) : size / 4;
#if defined(MEMPY_SANITIZE)
  margin = size / 2;
#endif
  g_thread.stack_limit = &here - (size - margin);
}

bool enter_recursive_call(const char* where) {
  char here;
  if (++g_thread.recursion_depth > g_thread.recursion_limit ||
      (g_thread.stack_limit && &here < g_thread.stack_limit)) {
    --g_thread.recursion_depth;
    err_format(&ExcRecursionError, "maximum recursion depth exceeded{}", where);
    return false;
  }
  return true;
}

std::string repr_for_message(Object* obj) {
  std::string out;
  if (!repr_utf8_of(obj, out)) {
    err_clear();
    return "<unprintable object>";
  }
  return out;
}

}  // namespace mempy::runtime
