// runtime/descr.cpp — descriptor types (CPython's descrobject.c and funcobject.c's
// classmethod/staticmethod, property from descrobject.c), and mappingproxy.
#include "runtime/descr.h"

#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"

namespace mempy::runtime {

TypeObject MethodDescrType;
TypeObject ClassMethodDescrType;
TypeObject GetSetDescrType;
TypeObject MemberDescrType;
TypeObject WrapperDescrType;
TypeObject MethodWrapperType;
TypeObject ClassMethodType;
TypeObject StaticMethodType;
TypeObject PropertyType;
TypeObject MappingProxyType;

namespace {

template <class T>
T* descr_alloc(TypeObject* descrtype, TypeObject* type, const char* name) {
  T* d = static_cast<T*>(type_generic_alloc(descrtype, 0));
  if (!d) return nullptr;
  d->d_type = static_cast<TypeObject*>(xnew_ref<Object>(type));
  d->d_name = str_intern_cstr(name);
  if (!d->d_name) {
    decref(d);
    return nullptr;
  }
  memory::gc_track(d);
  return d;
}

void descr_dealloc(Object* self) {
  memory::gc_untrack(self);
  DescrObject* d = static_cast<DescrObject*>(self);
  xdecref(d->d_type);
  xdecref(d->d_name);
  xdecref(d->d_qualname);
  object_free(self);
}

int descr_traverse(Object* self, VisitFn visit, void* arg) {
  DescrObject* d = static_cast<DescrObject*>(self);
  if (d->d_type && visit(d->d_type, arg)) return 1;
  return 0;
}

std::string descr_name(Object* self) {
  return str_to_std(static_cast<DescrObject*>(self)->d_name);
}
const char* descr_type_name(Object* self) {
  return type_name(static_cast<DescrObject*>(self)->d_type);
}

// "descriptor 'x' for 'T' objects doesn't apply to a 'U' object"
bool descr_check(DescrObject* d, Object* obj) {
  if (!type_check(obj, d->d_type)) {
    err_format(&ExcTypeError, "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
               str_to_std(d->d_name), type_name(d->d_type), type_name(obj->type));
    return false;
  }
  return true;
}

Object* descr_get_qualname(Object* self, void*) {
  DescrObject* d = static_cast<DescrObject*>(self);
  if (!d->d_qualname) {
    std::string q = std::string(type_name(d->d_type)) + "." + str_to_std(d->d_name);
    d->d_qualname = str_from_utf8(q);
    if (!d->d_qualname) return nullptr;
  }
  return new_ref(d->d_qualname);
}
Object* descr_get_name(Object* self, void*) {
  return new_ref(static_cast<DescrObject*>(self)->d_name);
}
Object* descr_get_objclass(Object* self, void*) {
  return new_ref<Object>(static_cast<DescrObject*>(self)->d_type);
}

// ---- method descriptors -----------------------------------------------------------------------
Object* method_descr_repr(Object* self) {
  return str_from_utf8(
      fmt::format("<method '{}' of '{}' objects>", descr_name(self), descr_type_name(self)));
}

Object* method_descr_get(Object* self, Object* obj, Object*) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  if (!obj) return new_ref(self);
  if (!descr_check(d, obj)) return nullptr;
  return cfunction_new(d->d_method, obj, nullptr);
}

// Calling an unbound method descriptor: list.append(l, x)
Object* method_descr_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  ssize nargs = vector_nargs(nargsf);
  if (nargs < 1) {
    err_format(&ExcTypeError, "unbound method {}.{}() needs an argument", descr_type_name(self),
               descr_name(self));
    return nullptr;
  }
  if (!descr_check(d, args[0])) return nullptr;
  tstate()->call_def = d->d_method;
  tstate()->call_owner = d->d_type;
  tstate()->call_module = nullptr;
  if (d->d_method->flags & METH_VARARGS) {  // the arguments after self, packed
    PackedCall packed(args + 1, std::size_t(nargs - 1), kwnames);
    if (!packed.ok()) return nullptr;
    return d->d_method->fn(args[0], packed.args(), ssize(packed.nargs()), kwnames);
  }
  return d->d_method->fn(args[0], args + 1, nargs - 1, kwnames);
}

Object* classmethod_descr_repr(Object* self) {
  return str_from_utf8(
      fmt::format("<method '{}' of '{}' objects>", descr_name(self), descr_type_name(self)));
}

Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  if (!type) type = obj->type;
  if (!is_type(type) || !type_is_subtype(static_cast<TypeObject*>(type), d->d_type)) {
    err_format(&ExcTypeError, "descriptor '{}' for type '{}' needs a subtype of '{}'",
               descr_name(self), descr_type_name(self), descr_type_name(self));
    return nullptr;
  }
  return cfunction_new(d->d_method, type, nullptr);
}

Object* classmethod_descr_call(Object* self, Object* const* args, std::size_t nargsf,
                               Object* kwnames) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  ssize nargs = vector_nargs(nargsf);
  if (nargs < 1 || !is_type(args[0])) {
    err_format(&ExcTypeError, "descriptor '{}' of '{}' object needs a type", descr_name(self),
               descr_type_name(self));
    return nullptr;
  }
  tstate()->call_def = d->d_method;
  tstate()->call_owner = d->d_type;
  tstate()->call_module = nullptr;
  if (d->d_method->flags & METH_VARARGS) {  // the arguments after self, packed
    PackedCall packed(args + 1, std::size_t(nargs - 1), kwnames);
    if (!packed.ok()) return nullptr;
    return d->d_method->fn(args[0], packed.args(), ssize(packed.nargs()), kwnames);
  }
  return d->d_method->fn(args[0], args + 1, nargs - 1, kwnames);
}

// ---- getset and member descriptors ------------------------------------------------------------
Object* getset_repr(Object* self) {
  return str_from_utf8(
      fmt::format("<attribute '{}' of '{}' objects>", descr_name(self), descr_type_name(self)));
}

Object* getset_get(Object* self, Object* obj, Object*) {
  GetSetDescrObject* d = static_cast<GetSetDescrObject*>(self);
  if (!obj) return new_ref(self);
  if (!descr_check(d, obj)) return nullptr;
  if (!d->d_getset->get) {
    err_format(&ExcAttributeError, "attribute '{}' of '{}' objects is not readable",
               descr_name(self), descr_type_name(self));
    return nullptr;
  }
  return d->d_getset->get(obj, d->d_getset->closure);
}

int getset_set(Object* self, Object* obj, Object* value) {
  GetSetDescrObject* d = static_cast<GetSetDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  if (!d->d_getset->set) {
    err_format(&ExcAttributeError, "attribute '{}' of '{}' objects is not writable",
               descr_name(self), descr_type_name(self));
    return -1;
  }
  return d->d_getset->set(obj, value, d->d_getset->closure);
}

Object* member_repr(Object* self) {
  return str_from_utf8(
      fmt::format("<member '{}' of '{}' objects>", descr_name(self), descr_type_name(self)));
}

Object* member_get(Object* self, Object* obj, Object*) {
  MemberDescrObject* d = static_cast<MemberDescrObject*>(self);
  if (!obj) return new_ref(self);
  if (!descr_check(d, obj)) return nullptr;
  char* addr = reinterpret_cast<char*>(obj) + d->d_member->offset;
  switch (d->d_member->kind) {
    case MemberKind::OBJECT: {
      Object* v = *reinterpret_cast<Object**>(addr);
      return v ? new_ref(v) : none_new_ref();
    }
    case MemberKind::OBJECT_EX: {
      Object* v = *reinterpret_cast<Object**>(addr);
      if (!v) {
        err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", obj->type->name,
                   descr_name(self));
        return nullptr;
      }
      return new_ref(v);
    }
    case MemberKind::SSIZE:
      return int_from_ssize(*reinterpret_cast<ssize*>(addr));
    case MemberKind::INT:
      return int_from_i64(*reinterpret_cast<int*>(addr));
    case MemberKind::BOOL:
      return bool_new_ref(*addr != 0);
    case MemberKind::DOUBLE:
      return float_from_double(*reinterpret_cast<double*>(addr));
  }
  return none_new_ref();
}

int member_set(Object* self, Object* obj, Object* value) {
  MemberDescrObject* d = static_cast<MemberDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  if (d->d_member->readonly) {
    err_set_string(&ExcAttributeError, "readonly attribute");
    return -1;
  }
  char* addr = reinterpret_cast<char*>(obj) + d->d_member->offset;
  switch (d->d_member->kind) {
    case MemberKind::OBJECT:
    case MemberKind::OBJECT_EX: {
      Object*& slot = *reinterpret_cast<Object**>(addr);
      if (!value && d->d_member->kind == MemberKind::OBJECT_EX && !slot) {
        // CPython's PyMember_SetOne: deleting an unset slot names only the member
        err_set_string(&ExcAttributeError, d->d_member->name);
        return -1;
      }
      set_ref(slot, xnew_ref(value));
      return 0;
    }
    default:
      break;
  }
  if (!value) {
    err_set_string(&ExcTypeError, "can't delete numeric/char attribute");
    return -1;
  }
  switch (d->d_member->kind) {
    case MemberKind::SSIZE: {
      ssize v = number_as_ssize(value, &ExcOverflowError);
      if (v == -1 && err_occurred()) return -1;
      *reinterpret_cast<ssize*>(addr) = v;
      return 0;
    }
    case MemberKind::INT: {
      ssize v = number_as_ssize(value, &ExcOverflowError);
      if (v == -1 && err_occurred()) return -1;
      *reinterpret_cast<int*>(addr) = int(v);
      return 0;
    }
    case MemberKind::BOOL: {
      if (!is_bool(value)) {
        err_set_string(&ExcTypeError, "attribute value type must be bool");
        return -1;
      }
      *addr = value == True();
      return 0;
    }
    case MemberKind::DOUBLE: {
      double v = float_as_double(value);
      if (v == -1.0 && err_occurred()) return -1;
      *reinterpret_cast<double*>(addr) = v;
      return 0;
    }
    default:
      return 0;
  }
}

// ---- slot wrappers ------------------------------------------------------------------------------
Object* wrapper_repr(Object* self) {
  return str_from_utf8(
      fmt::format("<slot wrapper '{}' of '{}' objects>", descr_name(self), descr_type_name(self)));
}

Object* wrapper_get(Object* self, Object* obj, Object*) {
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(self);
  if (!obj) return new_ref(self);
  if (!descr_check(d, obj)) return nullptr;
  MethodWrapperObject* w =
      static_cast<MethodWrapperObject*>(type_generic_alloc(&MethodWrapperType, 0));
  if (!w) return nullptr;
  w->descr = static_cast<WrapperDescrObject*>(new_ref<Object>(d));
  w->self = new_ref(obj);
  memory::gc_track(w);
  return w;
}

Object* wrapper_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(self);
  ssize nargs = vector_nargs(nargsf);
  if (nargs < 1) {
    err_format(&ExcTypeError, "descriptor '{}' of '{}' object needs an argument", descr_name(self),
               descr_type_name(self));
    return nullptr;
  }
  if (!type_check(args[0], d->d_type)) {
    err_format(&ExcTypeError, "descriptor '{}' requires a '{}' object but received a '{}'",
               descr_name(self), descr_type_name(self), type_name(args[0]->type));
    return nullptr;
  }
  // CPython calls a wrapper descriptor through tp_call (all arguments packed), and
  // wrapperdescr_call hands the wrapper a second tuple without self (runtime/tpcall.h)
  PackedCall packed(args, nargsf, kwnames);
  if (!packed.ok()) return nullptr;
  Object* rest = tuple_from_array(packed.args() + 1, nargs - 1);
  if (!rest) return nullptr;
  Object* const* view = tuple_items(rest);
  std::vector<Object*> joined;  // the slice's items, then the keyword values
  if (ssize nkw = kwnames ? tuple_size(kwnames) : 0) {
    joined.assign(view, view + (nargs - 1));
    joined.insert(joined.end(), packed.args() + nargs, packed.args() + nargs + nkw);
    view = joined.data();
  }
  Object* r = d->d_base->wrapper(args[0], view, nargs - 1, kwnames, d->d_wrapped);
  decref(rest);
  return r;
}

void method_wrapper_dealloc(Object* self) {
  memory::gc_untrack(self);
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(self);
  decref(w->descr);
  decref(w->self);
  object_free(self);
}
int method_wrapper_traverse(Object* self, VisitFn visit, void* arg) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(self);
  if (visit(w->descr, arg)) return 1;
  return visit(w->self, arg);
}
Object* method_wrapper_repr(Object* self) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(self);
  return str_from_utf8(fmt::format("<method-wrapper '{}' of {} object at {}>", descr_name(w->descr),
                                   type_name(w->self->type), static_cast<const void*>(w->self)));
}
Object* method_wrapper_call(Object* self, Object* const* args, std::size_t nargsf,
                            Object* kwnames) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(self);
  PackedCall packed(args, nargsf, kwnames);  // a method-wrapper is called through tp_call
  if (!packed.ok()) return nullptr;
  return w->descr->d_base->wrapper(w->self, packed.args(), ssize(packed.nargs()), kwnames,
                                   w->descr->d_wrapped);
}
Object* method_wrapper_richcompare(Object* a, Object* b, int op) {
  if ((op != CMP_EQ && op != CMP_NE) || b->type != &MethodWrapperType) {
    return not_implemented_new_ref();
  }
  MethodWrapperObject* x = static_cast<MethodWrapperObject*>(a);
  MethodWrapperObject* y = static_cast<MethodWrapperObject*>(b);
  bool eq = x->descr == y->descr && x->self == y->self;
  return bool_new_ref(op == CMP_EQ ? eq : !eq);
}
Object* method_wrapper_get_self(Object* self, void*) {
  return new_ref(static_cast<MethodWrapperObject*>(self)->self);
}
Object* method_wrapper_get_name(Object* self, void*) {
  return new_ref(static_cast<MethodWrapperObject*>(self)->descr->d_name);
}

// ---- classmethod / staticmethod ---------------------------------------------------------------
void cm_dealloc(Object* self) {
  memory::gc_untrack(self);
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(self);
  xdecref(cm->callable);
  xdecref(cm->dict);
  object_free(self);
}
int cm_traverse(Object* self, VisitFn visit, void* arg) {
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(self);
  if (cm->callable && visit(cm->callable, arg)) return 1;
  if (cm->dict && visit(cm->dict, arg)) return 1;
  return 0;
}
int cm_clear(Object* self) {
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(self);
  clear_ref(cm->callable);
  clear_ref(cm->dict);
  return 0;
}
int cm_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  const char* name = self->type == &StaticMethodType ? "staticmethod" : "classmethod";
  if (kwnames && tuple_size(kwnames)) {
    err_format(&ExcTypeError, "{}() takes no keyword arguments", name);
    return -1;
  }
  if (nargs != 1) {
    err_format(&ExcTypeError, "{} expected 1 argument, got {}", name, nargs);
    return -1;
  }
  set_ref(static_cast<ClassMethodObject*>(self)->callable, new_ref(args[0]));
  // CPython 3.10+'s functools_wraps: the callable's __module__, __name__, __qualname__, __doc__
  // and __annotations__ are copied into the wrapper's own __dict__ (those it has)
  for (const char* attr :
       {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
    Object* name = str_intern_cstr(attr);
    if (!name) return -1;
    Object* value = nullptr;
    int found = lookup_attr(args[0], name, &value);
    int r = found > 0 ? set_attr(self, name, value) : found;
    xdecref(value);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}
Object* cm_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* op = type_generic_alloc(type, 0);
  if (op) memory::gc_track(op);
  return op;
}
Object* classmethod_get(Object* self, Object* obj, Object* type) {
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(self);
  if (!type) type = obj->type;
  // chained descriptors (classmethod wrapping property) as in 3.11
  if (cm->callable->type->descr_get && !is_function(cm->callable) && !is_cfunction(cm->callable)) {
    return cm->callable->type->descr_get(cm->callable, type, nullptr);
  }
  return method_new(cm->callable, type);
}
Object* staticmethod_get(Object* self, Object*, Object*) {
  return new_ref(static_cast<ClassMethodObject*>(self)->callable);
}
Object* staticmethod_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  return call(static_cast<ClassMethodObject*>(self)->callable, args, nargsf, kwnames);
}
Object* cm_get_func(Object* self, void*) {
  return new_ref(static_cast<ClassMethodObject*>(self)->callable);
}
Object* cm_get_isabstract(Object* self, void*) {
  Object* v = nullptr;
  int r = lookup_attr(static_cast<ClassMethodObject*>(self)->callable, ids::s_empty /*unused*/, &v);
  (void)r;
  xdecref(v);
  return bool_new_ref(false);
}
Object* cm_get_dict(Object* self, void*) {
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(self);
  if (!cm->dict) {
    cm->dict = dict_new();
    if (!cm->dict) return nullptr;
  }
  return new_ref(cm->dict);
}
Object* cm_repr(Object* self) {
  std::string inner = repr_for_message(static_cast<ClassMethodObject*>(self)->callable);
  return str_from_utf8(fmt::format("<{}({})>", type_name(self->type), inner));
}

// ---- property ---------------------------------------------------------------------------------
void property_dealloc(Object* self) {
  memory::gc_untrack(self);
  PropertyObject* p = static_cast<PropertyObject*>(self);
  xdecref(p->fget);
  xdecref(p->fset);
  xdecref(p->fdel);
  xdecref(p->doc);
  xdecref(p->name);
  self->type->free_fn(self);
}
int property_traverse(Object* self, VisitFn visit, void* arg) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  for (Object* o : {p->fget, p->fset, p->fdel, p->doc, p->name}) {
    if (o && visit(o, arg)) return 1;
  }
  return 0;
}
int property_clear(Object* self) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  clear_ref(p->fget);
  clear_ref(p->fset);
  clear_ref(p->fdel);
  clear_ref(p->doc);
  clear_ref(p->name);
  return 0;
}
Object* property_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* op = type_generic_alloc(type, 0);
  if (op) memory::gc_track(op);
  return op;
}
int property_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[4];
  static const ArgSpec spec{"property", {"fget", "fset", "fdel", "doc"}, 0, 4, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return -1;
  PropertyObject* p = static_cast<PropertyObject*>(self);
  auto norm = [](Object* o) { return (o && !is_none(o)) ? new_ref(o) : nullptr; };
  set_ref(p->fget, norm(a[0]));
  set_ref(p->fset, norm(a[1]));
  set_ref(p->fdel, norm(a[2]));
  set_ref(p->doc, norm(a[3]));
  p->getter_doc = 0;
  if (!p->doc && p->fget) {
    Object* doc = nullptr;
    if (lookup_attr(p->fget, ids::doc, &doc) < 0) return -1;
    if (doc && !is_none(doc)) {
      p->doc = doc;
      p->getter_doc = 1;
    } else {
      xdecref(doc);
    }
  }
  // a property subclass stores the doc in its instance __dict__
  return 0;
}
// "property 'x' of 'T' object has no setter" (the name only once __set_name__ gave one)
void property_missing(PropertyObject* p, Object* obj, const char* what) {
  std::string owner;
  if (obj) {
    Object* qual = type_get_qualname_obj(obj->type);
    if (!qual) return;
    owner = repr_for_message(qual);
    decref(qual);
  }
  if (p->name && obj) {
    err_format(&ExcAttributeError, "property {} of {} object has no {}", repr_for_message(p->name),
               owner, what);
  } else if (obj) {
    err_format(&ExcAttributeError, "property of {} object has no {}", owner, what);
  } else {
    err_format(&ExcAttributeError, "property has no {}", what);
  }
}
Object* property_get(Object* self, Object* obj, Object*) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  if (!obj || is_none(obj)) return new_ref(self);
  if (!p->fget) {
    property_missing(p, obj, "getter");
    return nullptr;
  }
  return call_one_arg(p->fget, obj);
}
int property_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  Object* func = value ? p->fset : p->fdel;
  if (!func) {
    property_missing(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Object* r;
  if (value) {
    Object* args[2] = {obj, value};
    r = call(func, args, 2, nullptr);
  } else {
    r = call_one_arg(func, obj);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}
// property.getter/setter/deleter: a copy with one function replaced
Object* property_copy(Object* self, Object* fget, Object* fset, Object* fdel) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  Object* args[4] = {
      fget ? fget : (p->fget ? p->fget : None()), fset ? fset : (p->fset ? p->fset : None()),
      fdel ? fdel : (p->fdel ? p->fdel : None()), (p->doc && !p->getter_doc) ? p->doc : None()};
  Object* copy = call(self->type, args, 4, nullptr);
  if (copy && type_check(copy, &PropertyType)) {
    set_ref(static_cast<PropertyObject*>(copy)->name, xnew_ref(p->name));
  }
  return copy;
}
Object* property_set_name(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("__set_name__", kwnames) || !check_nargs("__set_name__", nargs, 2, 2)) {
    return nullptr;
  }
  set_ref(static_cast<PropertyObject*>(self)->name, new_ref(args[1]));
  return none_new_ref();
}
Object* property_getter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("getter", nargs, kwnames)) return nullptr;
  return property_copy(self, args[0], nullptr, nullptr);
}
Object* property_setter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("setter", nargs, kwnames)) return nullptr;
  return property_copy(self, nullptr, args[0], nullptr);
}
Object* property_deleter(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("deleter", nargs, kwnames)) return nullptr;
  return property_copy(self, nullptr, nullptr, args[0]);
}
Object* property_get_doc(Object* self, void*) {
  PropertyObject* p = static_cast<PropertyObject*>(self);
  return p->doc ? new_ref(p->doc) : none_new_ref();
}
int property_set_doc(Object* self, Object* value, void*) {
  set_ref(static_cast<PropertyObject*>(self)->doc, xnew_ref(value));
  return 0;
}

MethodDef property_methods[] = {
    {"getter", property_getter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, METH_DEFAULT,
     "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, METH_DEFAULT, "Method to set name of a property."},
    {nullptr, nullptr, 0, nullptr},
};
MemberDef property_members[] = {
    {"fget", MemberKind::OBJECT, offsetof(PropertyObject, fget), true, nullptr},
    {"fset", MemberKind::OBJECT, offsetof(PropertyObject, fset), true, nullptr},
    {"fdel", MemberKind::OBJECT, offsetof(PropertyObject, fdel), true, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};
GetSetDef property_getset[] = {
    {"__doc__", property_get_doc, property_set_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

GetSetDef descr_getset[] = {
    {"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},
    {"__name__", descr_get_name, nullptr, nullptr, nullptr},
    {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef method_wrapper_getset[] = {
    {"__self__", method_wrapper_get_self, nullptr, nullptr, nullptr},
    {"__name__", method_wrapper_get_name, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef cm_getset[] = {
    {"__func__", cm_get_func, nullptr, nullptr, nullptr},
    {"__wrapped__", cm_get_func, nullptr, nullptr, nullptr},
    {"__dict__", cm_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- mappingproxy -----------------------------------------------------------------------------
struct MappingProxyObject : Object {
  Object* mapping;
};
void mp_dealloc(Object* self) {
  memory::gc_untrack(self);
  decref(static_cast<MappingProxyObject*>(self)->mapping);
  object_free(self);
}
int mp_traverse(Object* self, VisitFn visit, void* arg) {
  return visit(static_cast<MappingProxyObject*>(self)->mapping, arg);
}
ssize mp_len(Object* self) {
  return object_length(static_cast<MappingProxyObject*>(self)->mapping);
}
Object* mp_getitem(Object* self, Object* key) {
  return get_item(static_cast<MappingProxyObject*>(self)->mapping, key);
}
int mp_contains(Object* self, Object* key) {
  return sequence_contains(static_cast<MappingProxyObject*>(self)->mapping, key);
}
Object* mp_iter(Object* self) {
  return get_iter(static_cast<MappingProxyObject*>(self)->mapping);
}
Object* mp_repr(Object* self) {
  std::string inner = repr_for_message(static_cast<MappingProxyObject*>(self)->mapping);
  return str_from_utf8("mappingproxy(" + inner + ")");
}
Object* mp_forward(Object* self, const char* name, Object* const* args, ssize nargs) {
  return call_method_cstr(static_cast<MappingProxyObject*>(self)->mapping, name, args, nargs);
}
Object* mp_keys(Object* self, Object* const*, ssize, Object*) {
  return mp_forward(self, "keys", nullptr, 0);
}
Object* mp_values(Object* self, Object* const*, ssize, Object*) {
  return mp_forward(self, "values", nullptr, 0);
}
Object* mp_items(Object* self, Object* const*, ssize, Object*) {
  return mp_forward(self, "items", nullptr, 0);
}
Object* mp_get(Object* self, Object* const* args, ssize nargs, Object*) {
  return mp_forward(self, "get", args, nargs);
}
Object* mp_copy(Object* self, Object* const*, ssize, Object*) {
  return mp_forward(self, "copy", nullptr, 0);
}
MethodDef mp_methods[] = {
    {"keys", mp_keys, METH_DEFAULT, nullptr},   {"values", mp_values, METH_DEFAULT, nullptr},
    {"items", mp_items, METH_DEFAULT, nullptr}, {"get", mp_get, METH_DEFAULT, nullptr},
    {"copy", mp_copy, METH_DEFAULT, nullptr},   {nullptr, nullptr, 0, nullptr},
};

void init_descr_type(TypeObject& t, const char* name, ssize size) {
  t.name = name;
  t.basicsize = size;
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = descr_dealloc;
  t.traverse = descr_traverse;
  t.getset = descr_getset;
}

}  // namespace

Object* descr_new_method(TypeObject* type, const MethodDef* def) {
  MethodDescrObject* d = descr_alloc<MethodDescrObject>(&MethodDescrType, type, def->name);
  if (d) d->d_method = def;
  return d;
}
Object* descr_new_classmethod(TypeObject* type, const MethodDef* def) {
  MethodDescrObject* d = descr_alloc<MethodDescrObject>(&ClassMethodDescrType, type, def->name);
  if (d) d->d_method = def;
  return d;
}
Object* descr_new_getset(TypeObject* type, const GetSetDef* def) {
  GetSetDescrObject* d = descr_alloc<GetSetDescrObject>(&GetSetDescrType, type, def->name);
  if (d) d->d_getset = def;
  return d;
}
Object* descr_new_member(TypeObject* type, const MemberDef* def) {
  MemberDescrObject* d = descr_alloc<MemberDescrObject>(&MemberDescrType, type, def->name);
  if (d) d->d_member = def;
  return d;
}
Object* descr_new_wrapper(TypeObject* type, const SlotWrapperDef* base, void* wrapped) {
  WrapperDescrObject* d = descr_alloc<WrapperDescrObject>(&WrapperDescrType, type, base->name);
  if (d) {
    d->d_base = base;
    d->d_wrapped = wrapped;
  }
  return d;
}

Object* staticmethod_new(Object* callable) {
  ClassMethodObject* sm = static_cast<ClassMethodObject*>(type_generic_alloc(&StaticMethodType, 0));
  if (!sm) return nullptr;
  sm->callable = new_ref(callable);
  memory::gc_track(sm);
  return sm;
}
Object* classmethod_new(Object* callable) {
  ClassMethodObject* cm = static_cast<ClassMethodObject*>(type_generic_alloc(&ClassMethodType, 0));
  if (!cm) return nullptr;
  cm->callable = new_ref(callable);
  memory::gc_track(cm);
  return cm;
}

Object* mappingproxy_new(Object* mapping) {
  MappingProxyObject* p =
      static_cast<MappingProxyObject*>(type_generic_alloc(&MappingProxyType, 0));
  if (!p) return nullptr;
  p->mapping = new_ref(mapping);
  memory::gc_track(p);
  return p;
}

void descr_types_init() {
  init_descr_type(MethodDescrType, "method_descriptor", sizeof(MethodDescrObject));
  MethodDescrType.flags |= TPFLAG_METHOD_DESCRIPTOR;
  MethodDescrType.repr = method_descr_repr;
  MethodDescrType.descr_get = method_descr_get;
  MethodDescrType.call = method_descr_call;

  init_descr_type(ClassMethodDescrType, "classmethod_descriptor", sizeof(MethodDescrObject));
  ClassMethodDescrType.repr = classmethod_descr_repr;
  ClassMethodDescrType.descr_get = classmethod_descr_get;
  ClassMethodDescrType.call = classmethod_descr_call;

  init_descr_type(GetSetDescrType, "getset_descriptor", sizeof(GetSetDescrObject));
  GetSetDescrType.repr = getset_repr;
  GetSetDescrType.descr_get = getset_get;
  GetSetDescrType.descr_set = getset_set;

  init_descr_type(MemberDescrType, "member_descriptor", sizeof(MemberDescrObject));
  MemberDescrType.repr = member_repr;
  MemberDescrType.descr_get = member_get;
  MemberDescrType.descr_set = member_set;

  init_descr_type(WrapperDescrType, "wrapper_descriptor", sizeof(WrapperDescrObject));
  WrapperDescrType.flags |= TPFLAG_METHOD_DESCRIPTOR;
  WrapperDescrType.repr = wrapper_repr;
  WrapperDescrType.descr_get = wrapper_get;
  WrapperDescrType.call = wrapper_call;

  MethodWrapperType.name = "method-wrapper";
  MethodWrapperType.basicsize = sizeof(MethodWrapperObject);
  MethodWrapperType.flags = TPFLAG_HAVE_GC;
  MethodWrapperType.dealloc = method_wrapper_dealloc;
  MethodWrapperType.traverse = method_wrapper_traverse;
  MethodWrapperType.repr = method_wrapper_repr;
  MethodWrapperType.call = method_wrapper_call;
  MethodWrapperType.richcompare = method_wrapper_richcompare;
  MethodWrapperType.getset = method_wrapper_getset;

  for (TypeObject* t : {&ClassMethodType, &StaticMethodType}) {
    t->basicsize = sizeof(ClassMethodObject);
    t->flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
    t->dealloc = cm_dealloc;
    t->traverse = cm_traverse;
    t->clear = cm_clear;
    t->init = cm_init;
    t->new_ = cm_new;
    t->getset = cm_getset;
    t->dictoffset = offsetof(ClassMethodObject, dict);
    t->repr = cm_repr;
  }
  ClassMethodType.name = "classmethod";
  ClassMethodType.doc =
      "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class "
      "method receives the class as implicit first argument,\njust like an instance method "
      "receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      "
      "@classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called "
      "either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is "
      "ignored except for its class.\nIf a class method is called for a derived class, the "
      "derived class\nobject is passed as the implied first argument.\n\nClass methods are "
      "different than C++ or Java static methods.\nIf you want those, see the staticmethod "
      "builtin.";
  StaticMethodType.doc =
      "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static "
      "method does not receive an implicit first argument.\nTo declare a static method, use "
      "this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, "
      "argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an "
      "instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is "
      "passed implicitly as the first argument to the method.\n\nStatic methods in Python are "
      "similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod "
      "builtin.";
  ClassMethodType.descr_get = classmethod_get;
  StaticMethodType.name = "staticmethod";
  StaticMethodType.descr_get = staticmethod_get;
  StaticMethodType.call = staticmethod_call;

  PropertyType.name = "property";
  PropertyType.basicsize = sizeof(PropertyObject);
  PropertyType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  PropertyType.dealloc = property_dealloc;
  PropertyType.traverse = property_traverse;
  PropertyType.clear = property_clear;
  PropertyType.new_ = property_new;
  PropertyType.init = property_init;
  PropertyType.descr_get = property_get;
  PropertyType.descr_set = property_set;
  PropertyType.methods = property_methods;
  PropertyType.members = property_members;
  PropertyType.getset = property_getset;

  MappingProxyType.name = "mappingproxy";
  MappingProxyType.basicsize = sizeof(MappingProxyObject);
  MappingProxyType.flags = TPFLAG_HAVE_GC;
  MappingProxyType.dealloc = mp_dealloc;
  MappingProxyType.traverse = mp_traverse;
  mapping_methods(MappingProxyType).length = mp_len;
  mapping_methods(MappingProxyType).getitem = mp_getitem;
  sequence_methods(MappingProxyType).contains = mp_contains;
  MappingProxyType.iter = mp_iter;
  MappingProxyType.repr = mp_repr;
  MappingProxyType.methods = mp_methods;
}

}  // namespace mempy::runtime
