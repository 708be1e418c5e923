// runtime/function.cpp — function, cell and bound-method objects.
#include "runtime/function.h"
#include "runtime/int.h"

#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject FunctionType;
TypeObject CellType;
TypeObject MethodType;

// ---- functions --------------------------------------------------------------------------------
namespace {

std::uint32_t g_next_func_version = 1;

inline FunctionObject* as_func(Object* op) {
  return static_cast<FunctionObject*>(op);
}

Object* function_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  return eval_function(as_func(self), args, nargsf, kwnames);
}

void function_dealloc(Object* op) {
  FunctionObject* f = as_func(op);
  memory::gc_untrack(op);
  clear_weakrefs(op);
  xdecref(f->globals);
  xdecref(f->builtins);
  xdecref(f->name);
  xdecref(f->qualname);
  xdecref(f->code);
  xdecref(f->defaults);
  xdecref(f->kwdefaults);
  xdecref(f->closure);
  xdecref(f->doc);
  xdecref(f->dict);
  xdecref(f->module);
  xdecref(f->annotations);
  object_free(op);
}

int function_traverse(Object* op, VisitFn visit, void* arg) {
  FunctionObject* f = as_func(op);
  for (Object* o :
       {f->globals, f->builtins, f->name, f->qualname, static_cast<Object*>(f->code), f->defaults,
        f->kwdefaults, f->closure, f->doc, f->dict, f->module, f->annotations}) {
    if (o && visit(o, arg)) return 1;
  }
  return 0;
}

int function_clear(Object* op) {
  FunctionObject* f = as_func(op);
  f->version = 0;
  clear_ref(f->globals);
  clear_ref(f->builtins);
  clear_ref(f->module);
  clear_ref(f->defaults);
  clear_ref(f->kwdefaults);
  clear_ref(f->doc);
  clear_ref(f->dict);
  clear_ref(f->closure);
  clear_ref(f->annotations);
  return 0;
}

Object* function_repr(Object* op) {
  FunctionObject* f = as_func(op);
  return str_from_utf8(
      fmt::format("<function {} at {}>", str_to_std(f->qualname), static_cast<const void*>(op)));
}

Object* function_descr_get(Object* self, Object* obj, Object*) {
  if (!obj || is_none(obj)) return new_ref(self);
  return method_new(self, obj);
}

Object* func_get_code(Object* op, void*) {
  return new_ref<Object>(as_func(op)->code);
}
int func_set_code(Object* op, Object* value, void*) {
  if (!value || !is_code(value)) {
    err_set_string(&ExcTypeError, "__code__ must be set to a code object");
    return -1;
  }
  FunctionObject* f = as_func(op);
  f->version = 0;
  set_ref(f->code, static_cast<CodeObject*>(new_ref(value)));
  return 0;
}
Object* func_get_defaults(Object* op, void*) {
  Object* d = as_func(op)->defaults;
  return d ? new_ref(d) : none_new_ref();
}
int func_set_defaults(Object* op, Object* value, void*) {
  if (value && is_none(value)) value = nullptr;
  if (value && !is_tuple(value)) {
    err_set_string(&ExcTypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  as_func(op)->version = 0;
  set_ref(as_func(op)->defaults, xnew_ref(value));
  return 0;
}
Object* func_get_kwdefaults(Object* op, void*) {
  Object* d = as_func(op)->kwdefaults;
  return d ? new_ref(d) : none_new_ref();
}
int func_set_kwdefaults(Object* op, Object* value, void*) {
  if (value && is_none(value)) value = nullptr;
  if (value && !is_dict(value)) {
    err_set_string(&ExcTypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  as_func(op)->version = 0;
  set_ref(as_func(op)->kwdefaults, xnew_ref(value));
  return 0;
}
Object* func_get_closure(Object* op, void*) {
  Object* c = as_func(op)->closure;
  return c ? new_ref(c) : none_new_ref();
}
Object* func_get_globals(Object* op, void*) {
  return new_ref(as_func(op)->globals);
}
Object* func_get_builtins(Object* op, void*) {
  return new_ref(as_func(op)->builtins);
}
Object* func_get_name(Object* op, void*) {
  return new_ref(as_func(op)->name);
}
int func_set_name(Object* op, Object* value, void*) {
  if (!value || !is_str(value)) {
    err_set_string(&ExcTypeError, "__name__ must be set to a string object");
    return -1;
  }
  set_ref(as_func(op)->name, new_ref(value));
  return 0;
}
Object* func_get_qualname(Object* op, void*) {
  return new_ref(as_func(op)->qualname);
}
int func_set_qualname(Object* op, Object* value, void*) {
  if (!value || !is_str(value)) {
    err_set_string(&ExcTypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  set_ref(as_func(op)->qualname, new_ref(value));
  return 0;
}
Object* func_get_doc(Object* op, void*) {
  Object* d = as_func(op)->doc;
  return d ? new_ref(d) : none_new_ref();
}
int func_set_doc(Object* op, Object* value, void*) {
  set_ref(as_func(op)->doc, new_ref(value ? value : None()));
  return 0;
}
Object* func_get_module(Object* op, void*) {
  Object* m = as_func(op)->module;
  return m ? new_ref(m) : none_new_ref();
}
int func_set_module(Object* op, Object* value, void*) {
  set_ref(as_func(op)->module, new_ref(value ? value : None()));
  return 0;
}
Object* func_get_annotations(Object* op, void*) {
  FunctionObject* f = as_func(op);
  if (!f->annotations) {
    f->annotations = dict_new();
    if (!f->annotations) return nullptr;
  }
  return new_ref(f->annotations);
}
int func_set_annotations(Object* op, Object* value, void*) {
  if (value && is_none(value)) value = nullptr;
  if (value && !is_dict(value)) {
    err_set_string(&ExcTypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  set_ref(as_func(op)->annotations, xnew_ref(value));
  return 0;
}
Object* func_get_dict(Object* op, void*) {
  FunctionObject* f = as_func(op);
  if (!f->dict) {
    f->dict = dict_new();
    if (!f->dict) return nullptr;
  }
  return new_ref(f->dict);
}
int func_set_dict(Object* op, Object* value, void*) {
  if (!value || !is_dict(value)) {
    err_set_string(&ExcTypeError, "__dict__ must be set to a dictionary");
    return -1;
  }
  set_ref(as_func(op)->dict, new_ref(value));
  return 0;
}

GetSetDef function_getset[] = {
    {"__code__", func_get_code, func_set_code, nullptr, nullptr},
    {"__defaults__", func_get_defaults, func_set_defaults, nullptr, nullptr},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, nullptr, nullptr},
    {"__closure__", func_get_closure, nullptr, nullptr, nullptr},
    {"__globals__", func_get_globals, nullptr, nullptr, nullptr},
    {"__builtins__", func_get_builtins, nullptr, nullptr, nullptr},
    {"__name__", func_get_name, func_set_name, nullptr, nullptr},
    {"__qualname__", func_get_qualname, func_set_qualname, nullptr, nullptr},
    {"__doc__", func_get_doc, func_set_doc, nullptr, nullptr},
    {"__module__", func_get_module, func_set_module, nullptr, nullptr},
    {"__annotations__", func_get_annotations, func_set_annotations, nullptr, nullptr},
    {"__dict__", func_get_dict, func_set_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* function_new(Object* code_obj, Object* globals, Object* qualname) {
  CodeObject* code = static_cast<CodeObject*>(code_obj);
  FunctionObject* f = static_cast<FunctionObject*>(type_generic_alloc(&FunctionType, 0));
  if (!f) return nullptr;
  f->globals = new_ref(globals);
  f->code = static_cast<CodeObject*>(new_ref<Object>(code));
  f->name = new_ref(code->name);
  f->qualname = new_ref(qualname ? qualname : code->qualname);
  Object* consts = code->consts;
  Object* doc = tuple_size(consts) > 0 && is_str(tuple_get(consts, 0)) &&
                        !(code->flags & 0x1000000 /* no docstring flag unused */)
                    ? tuple_get(consts, 0)
                    : None();
  f->doc = new_ref(doc);
  Object* modname = dict_get_item_str(globals, ids::name);
  f->module = xnew_ref(modname);
  Object* builtins = dict_get_item_str(globals, ids::builtins);
  if (builtins && is_module(builtins)) builtins = module_dict(builtins);
  if (!builtins || !is_dict(builtins)) builtins = builtins_dict();
  f->builtins = new_ref(builtins);
  f->vectorcall = function_call;
  f->version = g_next_func_version++;
  memory::gc_track(f);
  return f;
}

// ---- cells --------------------------------------------------------------------------------------
namespace {

void cell_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<CellObject*>(op)->ref);
  object_free(op);
}
int cell_traverse(Object* op, VisitFn visit, void* arg) {
  Object* r = static_cast<CellObject*>(op)->ref;
  return r ? visit(r, arg) : 0;
}
int cell_clear(Object* op) {
  clear_ref(static_cast<CellObject*>(op)->ref);
  return 0;
}
Object* cell_repr(Object* op) {
  Object* r = static_cast<CellObject*>(op)->ref;
  if (!r) return str_from_utf8(fmt::format("<cell at {}: empty>", static_cast<const void*>(op)));
  return str_from_utf8(fmt::format("<cell at {}: {} object at {}>", static_cast<const void*>(op),
                                   type_name(r->type), static_cast<const void*>(r)));
}
Object* cell_richcompare(Object* a, Object* b, int op) {
  if (!is_cell(b)) return not_implemented_new_ref();
  Object* x = static_cast<CellObject*>(a)->ref;
  Object* y = static_cast<CellObject*>(b)->ref;
  if (x && y) return rich_compare(x, y, op);
  // empty cells sort first
  int c = (x ? 1 : 0) - (y ? 1 : 0);
  return bool_new_ref(compare_holds(c, op));
}
Object* cell_get_contents(Object* op, void*) {
  Object* r = static_cast<CellObject*>(op)->ref;
  if (!r) {
    err_set_string(&ExcValueError, "Cell is empty");
    return nullptr;
  }
  return new_ref(r);
}
int cell_set_contents(Object* op, Object* value, void*) {
  set_ref(static_cast<CellObject*>(op)->ref, xnew_ref(value));
  return 0;
}
Object* cell_new_slot(TypeObject*, Object* const* args, std::size_t nargs, Object*) {
  if (nargs > 1) {
    err_format(&ExcTypeError, "cell expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  return cell_new(nargs ? args[0] : nullptr);
}
GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* cell_new(Object* value) {
  CellObject* c = static_cast<CellObject*>(type_generic_alloc(&CellType, 0));
  if (!c) return nullptr;
  c->ref = xnew_ref(value);
  memory::gc_track(c);
  return c;
}

// ---- bound methods ----------------------------------------------------------------------------
namespace {

inline MethodObject* as_method(Object* op) {
  return static_cast<MethodObject*>(op);
}

Object* method_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  MethodObject* m = as_method(self);
  ssize nargs = vector_nargs(nargsf);
  ssize total = nargs + (kwnames ? tuple_size(kwnames) : 0);
  if (nargsf & ARGS_OFFSET) {
    // the caller left a free slot before args: use it for self (no copy)
    Object** newargs = const_cast<Object**>(args) - 1;
    Object* saved = newargs[0];
    newargs[0] = m->self;
    Object* r = call(m->func, newargs, std::size_t(nargs + 1), kwnames);
    newargs[0] = saved;
    return r;
  }
  Object* small[8];
  std::vector<Object*> big;
  Object** buf = small;
  if (total + 1 > 8) {
    big.resize(std::size_t(total + 1));
    buf = big.data();
  }
  buf[0] = m->self;
  for (ssize i = 0; i < total; ++i) buf[i + 1] = args[i];
  return call(m->func, buf, std::size_t(nargs + 1), kwnames);
}

void method_dealloc(Object* op) {
  MethodObject* m = as_method(op);
  memory::gc_untrack(op);
  clear_weakrefs(op);
  decref(m->func);
  decref(m->self);
  object_free(op);
}

int method_traverse(Object* op, VisitFn visit, void* arg) {
  MethodObject* m = as_method(op);
  if (visit(m->func, arg)) return 1;
  return visit(m->self, arg);
}

Object* method_repr(Object* op) {
  MethodObject* m = as_method(op);
  Object* name = nullptr;
  if (lookup_attr(m->func, ids::qualname, &name) < 0) return nullptr;
  if (!name && lookup_attr(m->func, ids::name, &name) < 0) return nullptr;
  std::string fname = name && is_str(name) ? str_to_std(name) : "?";
  xdecref(name);
  std::string self_repr;
  if (!repr_utf8_of(m->self, self_repr)) return nullptr;
  return str_from_utf8(fmt::format("<bound method {} of {}>", fname, self_repr));
}

Object* method_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || !is_method(b)) return not_implemented_new_ref();
  MethodObject* x = as_method(a);
  MethodObject* y = as_method(b);
  int eq = rich_compare_bool(x->func, y->func, CMP_EQ);
  if (eq < 0) return nullptr;
  if (eq) eq = x->self == y->self;
  return bool_new_ref(op == CMP_EQ ? eq : !eq);
}

hash_t method_hash(Object* op) {
  MethodObject* m = as_method(op);
  hash_t x = hash_t(reinterpret_cast<std::uintptr_t>(m->self) >> 4);
  hash_t y = object_hash(m->func);
  if (y == -1) return -1;
  x ^= y;
  return x == -1 ? -2 : x;
}

// Attributes not found on the method type come from the function (__name__, __doc__, ...).
Object* method_getattro(Object* op, Object* name) {
  TypeObject* tp = op->type;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    if (DescrGetFn f = descr->type->descr_get) {
      incref(descr);
      Object* r = f(descr, op, tp);
      decref(descr);
      return r;
    }
    return new_ref(descr);
  }
  return get_attr(as_method(op)->func, name);
}

Object* method_get_func(Object* op, void*) {
  return new_ref(as_method(op)->func);
}
Object* method_get_self(Object* op, void*) {
  return new_ref(as_method(op)->self);
}
Object* method_get_doc(Object* op, void*) {
  return get_attr(as_method(op)->func, ids::doc);
}

GetSetDef method_getset[] = {
    {"__func__", method_get_func, nullptr, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* method_new_slot(TypeObject*, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "method() takes no keyword arguments");
    return nullptr;
  }
  if (nargs != 2) {
    err_format(&ExcTypeError, "method expected 2 arguments, got {}", nargs);
    return nullptr;
  }
  if (!is_callable(args[0])) {
    err_set_string(&ExcTypeError, "first argument must be callable");
    return nullptr;
  }
  if (is_none(args[1])) {
    err_set_string(&ExcTypeError, "instance must not be None");
    return nullptr;
  }
  return method_new(args[0], args[1]);
}

}  // namespace

Object* method_new(Object* func, Object* self) {
  MethodObject* m = static_cast<MethodObject*>(type_generic_alloc(&MethodType, 0));
  if (!m) return nullptr;
  m->func = new_ref(func);
  m->self = new_ref(self);
  m->vectorcall = method_call;
  memory::gc_track(m);
  return m;
}

void function_types_init() {
  FunctionType.name = "function";
  FunctionType.basicsize = sizeof(FunctionObject);
  FunctionType.flags = TPFLAG_HAVE_GC | TPFLAG_METHOD_DESCRIPTOR;
  FunctionType.dealloc = function_dealloc;
  FunctionType.traverse = function_traverse;
  FunctionType.clear = function_clear;
  FunctionType.repr = function_repr;
  FunctionType.call = function_call;
  FunctionType.descr_get = function_descr_get;
  FunctionType.getset = function_getset;
  FunctionType.dictoffset = offsetof(FunctionObject, dict);
  FunctionType.weaklistoffset = offsetof(FunctionObject, weakreflist);

  CellType.name = "cell";
  CellType.basicsize = sizeof(CellObject);
  CellType.flags = TPFLAG_HAVE_GC;
  CellType.dealloc = cell_dealloc;
  CellType.traverse = cell_traverse;
  CellType.clear = cell_clear;
  CellType.repr = cell_repr;
  CellType.richcompare = cell_richcompare;
  CellType.hash = hash_not_implemented;
  CellType.getset = cell_getset;
  CellType.new_ = cell_new_slot;

  MethodType.name = "method";
  MethodType.basicsize = sizeof(MethodObject);
  MethodType.flags = TPFLAG_HAVE_GC;
  MethodType.dealloc = method_dealloc;
  MethodType.traverse = method_traverse;
  MethodType.repr = method_repr;
  MethodType.call = method_call;
  MethodType.richcompare = method_richcompare;
  MethodType.hash = method_hash;
  MethodType.getattro = method_getattro;
  MethodType.getset = method_getset;
  MethodType.new_ = method_new_slot;
  MethodType.weaklistoffset = offsetof(MethodObject, weakreflist);
}

}  // namespace mempy::runtime
