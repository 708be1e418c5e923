// stdlib/atexit.cpp — module atexit: functions run at interpreter exit.
//
// The registry is a process-wide array of (func, args, kwargs), run newest first by the driver's
// finalization (interp/driver.cpp calls atexit_run_exitfuncs before the modules are torn down,
// where CPython's Py_FinalizeEx calls its atexit hook) and then emptied. weakref.finalize
// registers its exit function here. unregister() leaves holes rather than shifting entries, so a
// callback that unregisters another while the exit functions run does not disturb the walk. An
// exception raised by a callback is reported as
//   Exception ignored in atexit callback: <repr(func)>
// followed by its traceback, and the remaining callbacks still run.
#include <vector>

#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

struct ExitCallback {
  Object* func;    // owned
  Object* args;    // owned tuple
  Object* kwargs;  // owned dict or null
};

std::vector<ExitCallback> g_callbacks;  // func == null: unregistered
bool g_closed = false;                  // after the interpreter's exit run: register is a no-op

// Empties an entry; the references are dropped last (that may run code that registers again).
void release_callback(std::size_t i) {
  ExitCallback cb = g_callbacks[i];
  g_callbacks[i] = ExitCallback{nullptr, nullptr, nullptr};
  xdecref(cb.func);
  xdecref(cb.args);
  xdecref(cb.kwargs);
}

void clear_callbacks() {
  while (!g_callbacks.empty()) {
    release_callback(g_callbacks.size() - 1);
    g_callbacks.pop_back();
  }
}

void run_callbacks() {
  for (std::size_t i = g_callbacks.size(); i-- > 0;) {
    if (i >= g_callbacks.size() || !g_callbacks[i].func) continue;
    // the call may unregister this very entry or grow the array
    Ref<Object> func = borrow(g_callbacks[i].func);
    Ref<Object> args = borrow(g_callbacks[i].args);
    Ref<Object> kwargs = borrow(g_callbacks[i].kwargs);
    Object* r = call_tuple(func.get(), args.get(), kwargs.get());
    if (r) {
      decref(r);
    } else {
      write_unraisable_msg("in atexit callback", func.get());
    }
  }
  clear_callbacks();
}

Object* ax_register(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) {
    err_format(&ExcTypeError, "register() takes at least 1 argument ({} given)", nargs);
    return nullptr;
  }
  if (!is_callable(args[0])) {
    err_set_string(&ExcTypeError, "the first argument must be callable");
    return nullptr;
  }
  if (g_closed) return new_ref(args[0]);
  Ref<Object> rest = steal(tuple_from_array(args + 1, nargs - 1));
  if (!rest) return nullptr;
  Ref<Object> kwargs;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nkw) {
    kwargs = steal(dict_new());
    if (!kwargs) return nullptr;
    for (ssize k = 0; k < nkw; ++k) {
      if (dict_set_item(kwargs.get(), tuple_get(kwnames, k), args[nargs + k]) < 0) return nullptr;
    }
  }
  g_callbacks.push_back(ExitCallback{new_ref(args[0]), rest.release(), kwargs.release()});
  return new_ref(args[0]);
}

Object* ax_unregister(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("unregister", nargs, kwnames)) return nullptr;
  for (std::size_t i = 0; i < g_callbacks.size(); ++i) {
    if (!g_callbacks[i].func) continue;
    Ref<Object> func = borrow(g_callbacks[i].func);
    int eq = object_eq(func.get(), args[0]);
    if (eq < 0) return nullptr;
    // the comparison may have run code that changed the registry
    if (eq && i < g_callbacks.size() && g_callbacks[i].func == func.get()) release_callback(i);
  }
  return none_new_ref();
}

Object* ax_run_exitfuncs(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("_run_exitfuncs", nargs, kwnames)) return nullptr;
  run_callbacks();
  return none_new_ref();
}

Object* ax_clear(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("_clear", nargs, kwnames)) return nullptr;
  clear_callbacks();
  return none_new_ref();
}

Object* ax_ncallbacks(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("_ncallbacks", nargs, kwnames)) return nullptr;
  return int_from_ssize(ssize(g_callbacks.size()));
}

const MethodDef atexit_functions[] = {
    {"register", ax_register, METH_DEFAULT,
     "register(func, *args, **kwargs) -> func\n\nRegister a function to be executed upon normal "
     "program termination\n\n    func - function to be called at exit\n    args - optional "
     "arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    "
     "func is returned to facilitate usage as a decorator."},
    {"unregister", ax_unregister, METH_DEFAULT,
     "unregister(func) -> None\n\nUnregister an exit function which was previously registered "
     "using\natexit.register\n\n    func - function to be unregistered"},
    {"_run_exitfuncs", ax_run_exitfuncs, METH_DEFAULT,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\nIf a callback raises an "
     "exception, it is logged with sys.unraisablehook."},
    {"_clear", ax_clear, METH_DEFAULT,
     "_clear() -> None\n\nClear the list of previously "
     "registered exit functions."},
    {"_ncallbacks", ax_ncallbacks, METH_DEFAULT,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void atexit_run_exitfuncs() {
  run_callbacks();
  g_closed = true;
}

Object* atexit_module_create() {
  Object* m = module_new_cstr("atexit");
  if (!m) return nullptr;
  if (module_add_functions(m, atexit_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
