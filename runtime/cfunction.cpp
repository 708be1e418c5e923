// runtime/cfunction.cpp — builtin_function_or_method objects and argument-count helpers.
#include "runtime/cfunction.h"

#include <cstring>
#include <string>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject CFunctionType;

// "list.clear" when fname is the method being called on a type, else fname.
// ("gc.collect" for functions of modules other than builtins, as CPython's _PyObject_FunctionStr)
std::string callee_name(const char* fname) {
  const ThreadState* ts = tstate();
  if (!ts->call_def || std::strcmp(ts->call_def->name, fname) != 0) return fname;
  // CPython names a METH_VARARGS function by its bare name (ml_name) in these messages
  if (ts->call_def->flags & METH_VARARGS) return fname;
  if (ts->call_owner) return std::string(type_name(ts->call_owner)) + "." + fname;
  Object* mod = ts->call_module;
  if (mod && is_str(mod) && !str_eq_cstr(mod, "builtins")) return str_to_std(mod) + "." + fname;
  return fname;
}

bool check_no_kwargs(const char* fname, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_format(&ExcTypeError, "{}() takes no keyword arguments", callee_name(fname));
    return false;
  }
  return true;
}

bool check_nargs(const char* fname, ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    err_format(&ExcTypeError, "{} expected {}{} argument{}, got {}", fname,
               min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    err_format(&ExcTypeError, "{} expected {}{} argument{}, got {}", fname,
               min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool check_one_arg(const char* fname, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs(fname, kwnames)) return false;
  if (nargs != 1) {
    err_format(&ExcTypeError, "{}() takes exactly one argument ({} given)", callee_name(fname),
               nargs);
    return false;
  }
  return true;
}

bool check_no_args(const char* fname, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs(fname, kwnames)) return false;
  if (nargs != 0) {
    err_format(&ExcTypeError, "{}() takes no arguments ({} given)", callee_name(fname), nargs);
    return false;
  }
  return true;
}

namespace {

Object* cfunction_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  CFunctionObject* f = static_cast<CFunctionObject*>(self);
  ThreadState* ts = tstate();
  ts->call_def = f->def;
  // a method bound to an instance (or, for class methods, to a type) is named after the type
  bool module_function = !f->self || is_module(f->self);
  ts->call_owner = module_function                ? nullptr
                   : (f->def->flags & METH_CLASS) ? static_cast<TypeObject*>(f->self)
                                                  : f->self->type;
  ts->call_module = module_function ? f->module : nullptr;
  if (f->def->flags & METH_VARARGS) {
    PackedCall packed(args, nargsf, kwnames);
    if (!packed.ok()) return nullptr;
    return f->def->fn(f->self, packed.args(), ssize(packed.nargs()), kwnames);
  }
  return f->def->fn(f->self, args, vector_nargs(nargsf), kwnames);
}

void cfunction_dealloc(Object* op) {
  memory::gc_untrack(op);
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  clear_weakrefs(op);
  xdecref(f->self);
  xdecref(f->module);
  object_free(op);
}

int cfunction_traverse(Object* op, VisitFn visit, void* arg) {
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  if (f->self && visit(f->self, arg)) return 1;
  if (f->module && visit(f->module, arg)) return 1;
  return 0;
}

Object* cfunction_repr(Object* op) {
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  if (!f->self || is_module(f->self)) {
    return str_from_utf8(fmt::format("<built-in function {}>", f->def->name));
  }
  return str_from_utf8(fmt::format("<built-in method {} of {} object at {}>", f->def->name,
                                   type_name(f->self->type), static_cast<const void*>(f->self)));
}

Object* cfunction_get_name(Object* op, void*) {
  return str_from_cstr(static_cast<CFunctionObject*>(op)->def->name);
}
Object* cfunction_get_qualname(Object* op, void*) {
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  if (!f->self || is_module(f->self)) return str_from_cstr(f->def->name);
  TypeObject* t = is_type(f->self) ? static_cast<TypeObject*>(f->self) : f->self->type;
  return str_from_utf8(std::string(type_name(t)) + "." + f->def->name);
}
Object* cfunction_get_self(Object* op, void*) {
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  return f->self ? new_ref(f->self) : none_new_ref();
}
Object* cfunction_get_doc(Object* op, void*) {
  const char* doc = static_cast<CFunctionObject*>(op)->def->doc;
  return doc ? str_from_cstr(doc) : none_new_ref();
}
Object* cfunction_get_module(Object* op, void*) {
  Object* m = static_cast<CFunctionObject*>(op)->module;
  return m ? new_ref(m) : none_new_ref();
}
Object* cfunction_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || b->type != &CFunctionType) {
    return not_implemented_new_ref();
  }
  CFunctionObject* x = static_cast<CFunctionObject*>(a);
  CFunctionObject* y = static_cast<CFunctionObject*>(b);
  bool eq = x->def == y->def && x->self == y->self;
  return bool_new_ref(op == CMP_EQ ? eq : !eq);
}
hash_t cfunction_hash(Object* op) {
  CFunctionObject* f = static_cast<CFunctionObject*>(op);
  hash_t h = hash_t(reinterpret_cast<std::uintptr_t>(f->def) >> 4);
  if (f->self) {
    hash_t hs = hash_t(reinterpret_cast<std::uintptr_t>(f->self) >> 4);
    h ^= hs;
  }
  return h == -1 ? -2 : h;
}

GetSetDef cfunction_getset[] = {
    {"__name__", cfunction_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", cfunction_get_qualname, nullptr, nullptr, nullptr},
    {"__self__", cfunction_get_self, nullptr, nullptr, nullptr},
    {"__doc__", cfunction_get_doc, nullptr, nullptr, nullptr},
    {"__module__", cfunction_get_module, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* cfunction_new(const MethodDef* def, Object* self, Object* module) {
  CFunctionObject* f = static_cast<CFunctionObject*>(type_generic_alloc(&CFunctionType, 0));
  if (!f) return nullptr;
  f->def = def;
  f->self = xnew_ref(self);
  f->module = xnew_ref(module);
  f->vectorcall = cfunction_call;
  memory::gc_track(f);
  return f;
}

void cfunction_type_init() {
  CFunctionType.name = "builtin_function_or_method";
  CFunctionType.basicsize = sizeof(CFunctionObject);
  CFunctionType.flags = TPFLAG_HAVE_GC;
  CFunctionType.dealloc = cfunction_dealloc;
  CFunctionType.traverse = cfunction_traverse;
  CFunctionType.repr = cfunction_repr;
  CFunctionType.call = cfunction_call;
  CFunctionType.richcompare = cfunction_richcompare;
  CFunctionType.hash = cfunction_hash;
  CFunctionType.getset = cfunction_getset;
  CFunctionType.weaklistoffset = offsetof(CFunctionObject, weakreflist);
}

}  // namespace mempy::runtime
