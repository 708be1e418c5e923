// stdlib/weakref.cpp — the weakref module: ref / ReferenceType, getweakrefcount, getweakrefs.
// (Proxies, the weak containers and finalize come with the cycle-collector work.)
#include "runtime/weakref.h"
#include "runtime/cfunction.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

Object* wr_getweakrefcount(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("getweakrefcount", nargs, kwnames)) return nullptr;
  return int_from_ssize(weakref_count(args[0]));
}

Object* wr_getweakrefs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("getweakrefs", nargs, kwnames)) return nullptr;
  return weakref_list(args[0]);
}

const MethodDef weakref_functions[] = {
    {"getweakrefcount", wr_getweakrefcount, METH_DEFAULT,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, METH_DEFAULT,
     "Return a list of all weak reference objects pointing to 'object'."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* weakref_module_create() {
  Object* m = module_new_cstr("weakref");
  if (!m) return nullptr;
  if (module_add_functions(m, weakref_functions) < 0 ||
      module_add_object(m, "ref", &WeakrefType) < 0 ||
      module_add_object(m, "ReferenceType", &WeakrefType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
