// stdlib/weakref.cpp — module _weakref: the C-level half of weakref (as in CPython, the public
// `weakref` module is Python, stdlib/py/weakref.py, importing from here). It exposes the types
// of runtime/weakref.h and runtime/weakref_proxy.cpp and the helpers the Python side needs:
// getweakrefcount, getweakrefs, proxy, and _remove_dead_weakref (which WeakValueDictionary
// uses to drop an entry only while it still holds a dead reference).
#include "runtime/weakref.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

Object* wr_getweakrefcount(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("_weakref.getweakrefcount", nargs, kwnames)) return nullptr;
  return int_from_ssize(weakref_count(args[0]));
}

Object* wr_getweakrefs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("_weakref.getweakrefs", nargs, kwnames)) return nullptr;
  return weakref_list(args[0]);
}

Object* wr_proxy(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("proxy", kwnames) || !check_nargs("proxy", nargs, 1, 2)) return nullptr;
  return proxy_new(args[0], nargs > 1 ? args[1] : nullptr);
}

// _remove_dead_weakref(dict, key): del dict[key] only if it is a dead weak reference; a
// missing key is not an error (a callback may run after the entry was replaced or removed).
Object* wr_remove_dead_weakref(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("_remove_dead_weakref", kwnames) ||
      !check_nargs("_remove_dead_weakref", nargs, 2, 2)) {
    return nullptr;
  }
  Object* d = args[0];
  if (!is_dict(d)) {
    err_format(&ExcTypeError, "_remove_dead_weakref() argument 1 must be dict, not {}",
               type_name(d->type));
    return nullptr;
  }
  Object* value = dict_get_item_with_error(d, args[1]);
  if (!value) return err_occurred() ? nullptr : none_new_ref();
  if (!is_any_weakref(value)) {
    err_set_string(&ExcTypeError, "not a weakref");
    return nullptr;
  }
  if (weakref_get(value) == None() && dict_del_item(d, args[1]) < 0) {
    if (!err_matches(&ExcKeyError)) return nullptr;
    err_clear();
  }
  return none_new_ref();
}

const MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, METH_DEFAULT,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, METH_DEFAULT,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", wr_proxy, METH_DEFAULT,
     "Create a proxy object that weakly references 'object'.\n\n'callback', if given, is called "
     "with a reference to the\nproxy when 'object' is about to be finalized."},
    {"_remove_dead_weakref", wr_remove_dead_weakref, METH_DEFAULT,
     "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* weakref_c_module_create() {
  if (proxy_types_init() < 0) return nullptr;
  Object* m = module_new_cstr("_weakref");
  if (!m) return nullptr;
  if (module_add_functions(m, weakref_functions) < 0 ||
      module_add_object(m, "ref", &WeakrefType) < 0 ||
      module_add_object(m, "ReferenceType", &WeakrefType) < 0 ||
      module_add_object(m, "ProxyType", &ProxyType) < 0 ||
      module_add_object(m, "CallableProxyType", &CallableProxyType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
