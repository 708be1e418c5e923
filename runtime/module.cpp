// runtime/module.cpp — module objects.
#include "runtime/module.h"

#include <cstring>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject ModuleType;

namespace {

Object* g_builtins_dict = nullptr;  // strong, as CPython's interpreter state holds it

inline ModuleObject* as_module(Object* op) {
  return static_cast<ModuleObject*>(op);
}

void module_dealloc(Object* op) {
  ModuleObject* m = as_module(op);
  memory::gc_untrack(op);
  clear_weakrefs(op);
  xdecref(m->dict);
  xdecref(m->name);
  op->type->free_fn(op);
}

int module_traverse(Object* op, VisitFn visit, void* arg) {
  ModuleObject* m = as_module(op);
  if (m->dict && visit(m->dict, arg)) return 1;
  return 0;
}

int module_clear(Object* op) {
  ModuleObject* m = as_module(op);
  if (m->dict) dict_clear(m->dict);
  return 0;
}

Object* module_repr(Object* op) {
  ModuleObject* m = as_module(op);
  Object* name = m->dict ? dict_get_item_str(m->dict, ids::name) : nullptr;
  std::string n = name && is_str(name) ? str_to_std(name) : "?";
  Object* file = m->dict ? dict_get_item_str(m->dict, ids::file) : nullptr;
  if (file && is_str(file)) {
    return str_from_utf8(fmt::format("<module '{}' from '{}'>", n, str_to_std(file)));
  }
  if (m->def) return str_from_utf8(fmt::format("<module '{}' (built-in)>", n));
  return str_from_utf8(fmt::format("<module '{}'>", n));
}

Object* module_getattro(Object* op, Object* name) {
  Object* r = generic_getattr_impl(op, name, true);
  if (r || err_occurred()) return r;
  ModuleObject* m = as_module(op);
  Object* modname = m->dict ? dict_get_item_str(m->dict, ids::name) : nullptr;
  if (modname && is_str(modname)) {
    err_format(&ExcAttributeError, "module '{}' has no attribute '{}'", str_to_std(modname),
               str_to_std(name));
  } else {
    err_format(&ExcAttributeError, "module has no attribute '{}'", str_to_std(name));
  }
  return nullptr;
}

int module_init_dict(ModuleObject* m, Object* name, Object* doc) {
  if (dict_set_item(m->dict, ids::name, name) < 0) return -1;
  if (dict_set_item(m->dict, ids::doc, doc) < 0) return -1;
  if (dict_set_item(m->dict, ids::package, None()) < 0) return -1;
  if (dict_set_item(m->dict, ids::loader, None()) < 0) return -1;
  if (dict_set_item(m->dict, ids::spec, None()) < 0) return -1;
  return 0;
}

Object* module_new_slot(TypeObject* type, Object* const*, std::size_t, Object*) {
  ModuleObject* m = static_cast<ModuleObject*>(type_generic_alloc(type, 0));
  if (!m) return nullptr;
  m->dict = dict_new();
  if (!m->dict) {
    decref(m);
    return nullptr;
  }
  memory::gc_track(m);
  return m;
}

int module_init_slot(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (nargs < 1 || nargs > 2 || (kwnames && tuple_size(kwnames))) {
    err_set_string(&ExcTypeError, "module() takes 1 or 2 arguments");
    return -1;
  }
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "module.__init__() argument 'name' must be str, not {}",
               type_name(args[0]->type));
    return -1;
  }
  ModuleObject* m = as_module(self);
  set_ref(m->name, new_ref(args[0]));
  return module_init_dict(m, args[0], nargs > 1 ? args[1] : None());
}

Object* module_get_dict(Object* op, void*) {
  return new_ref(as_module(op)->dict);
}

Object* module_dir(Object* self, Object* const*, ssize, Object*) {
  return dict_keys_list(as_module(self)->dict);
}

GetSetDef module_getset[] = {
    {"__dict__", module_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
MethodDef module_methods[] = {
    {"__dir__", module_dir, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* module_new(Object* name) {
  ModuleObject* m = static_cast<ModuleObject*>(module_new_slot(&ModuleType, nullptr, 0, nullptr));
  if (!m) return nullptr;
  m->name = new_ref(name);
  if (module_init_dict(m, name, None()) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

Object* module_new_cstr(const char* name) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* m = module_new(n);
  decref(n);
  return m;
}

int module_add_functions(Object* module, const MethodDef* defs) {
  Object* modname = dict_get_item_str(module_dict(module), ids::name);
  for (const MethodDef* d = defs; d->name; ++d) {
    Object* f = cfunction_new(d, module, modname);
    if (!f) return -1;
    int r = dict_set_item_cstr(module_dict(module), d->name, f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

int module_add_object(Object* module, const char* name, Object* value) {
  return dict_set_item_cstr(module_dict(module), name, value);
}

int module_add_int(Object* module, const char* name, long long value) {
  Object* v = int_from_i64(value);
  if (!v) return -1;
  int r = module_add_object(module, name, v);
  decref(v);
  return r;
}

int module_add_string(Object* module, const char* name, const char* value) {
  Object* v = str_from_cstr(value);
  if (!v) return -1;
  int r = module_add_object(module, name, v);
  decref(v);
  return r;
}

const ModuleDef* find_builtin_module(const char* name) {
  for (const ModuleDef* d = g_builtin_modules; d->name; ++d) {
    if (std::strcmp(d->name, name) == 0) return d;
  }
  return nullptr;
}

Object* builtins_dict() {
  return g_builtins_dict;
}
namespace {
Object* g_builtins_module = nullptr;
}
Object* builtins_module() {
  return g_builtins_module;
}
void set_builtins_module(Object* m) {
  set_ref(g_builtins_module, xnew_ref(m));
}
void set_builtins_dict(Object* d) {
  set_ref(g_builtins_dict, xnew_ref(d));
}

void module_type_init() {
  ModuleType.name = "module";
  ModuleType.basicsize = sizeof(ModuleObject);
  ModuleType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  ModuleType.dealloc = module_dealloc;
  ModuleType.traverse = module_traverse;
  ModuleType.clear = module_clear;
  ModuleType.repr = module_repr;
  ModuleType.getattro = module_getattro;
  ModuleType.setattro = generic_setattr;
  ModuleType.new_ = module_new_slot;
  ModuleType.init = module_init_slot;
  ModuleType.getset = module_getset;
  ModuleType.methods = module_methods;
  ModuleType.dictoffset = offsetof(ModuleObject, dict);
  ModuleType.weaklistoffset = offsetof(ModuleObject, weaklist);
}

}  // namespace mempy::runtime
