// runtime/type_slots.cpp — dunder names <-> type slots (CPython's slotdefs).
//
// Each row ties a dunder name to a slot (by offset in TypeObject), the generic dispatcher a class
// defining that dunder gets in the slot, and the adapter through which a built-in type's slot is
// exposed as a wrapper descriptor. Rows sharing a slot (e.g. __add__ and __radd__, or the six
// comparisons) form a group: a class's slot is the built-in C function when every name of the
// group resolves to a wrapper of that same function, and the dispatcher otherwise.
#include "runtime/type_slots.h"
#include <vector>

#include <cstring>

#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"

namespace mempy::runtime {

// ---- calling special methods ------------------------------------------------------------------
Object* lookup_maybe_method(Object* self, Object* name, bool* unbound) {
  Object* res = type_lookup(self->type, name);
  if (!res) return nullptr;
  if (res->type->flags & TPFLAG_METHOD_DESCRIPTOR) {
    *unbound = true;
    return new_ref(res);
  }
  *unbound = false;
  if (DescrGetFn f = res->type->descr_get) return f(res, self, self->type);
  return new_ref(res);
}

namespace {

// Calls an unbound-or-bound method with self and args; returns a new reference.
Object* call_unbound(bool unbound, Object* func, Object* self, Object* const* args, ssize nargs) {
  if (unbound) {
    Object* stack[8];
    Object** buf = stack;
    if (nargs + 1 > 8) {
      buf = static_cast<Object**>(::operator new(sizeof(Object*) * std::size_t(nargs + 1)));
    }
    buf[0] = self;
    for (ssize i = 0; i < nargs; ++i) buf[i + 1] = args[i];
    Object* r = call(func, buf, std::size_t(nargs + 1), nullptr);
    if (buf != stack) ::operator delete(buf);
    return r;
  }
  return call(func, args, std::size_t(nargs), nullptr);
}

// Calls type(self).name(self, *args); nullptr without exception when the method is missing.
Object* call_maybe(Object* self, Object* name, Object* const* args, ssize nargs) {
  bool unbound;
  Object* func = lookup_maybe_method(self, name, &unbound);
  if (!func) {
    if (err_occurred()) return nullptr;
    return not_implemented_new_ref();
  }
  Object* r = call_unbound(unbound, func, self, args, nargs);
  decref(func);
  return r;
}

}  // namespace

Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs) {
  bool unbound;
  Object* func = lookup_maybe_method(self, name, &unbound);
  if (!func) {
    if (!err_occurred()) {
      err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", self->type->name,
                 str_to_std(name));
    }
    return nullptr;
  }
  Object* r = call_unbound(unbound, func, self, args, nargs);
  decref(func);
  return r;
}

// ---- dispatchers for classes -----------------------------------------------------------------
namespace {

Object* slot_tp_repr(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::repr, &unbound);
  if (!func) {
    if (err_occurred()) return nullptr;
    return ObjectType.repr(self);
  }
  Object* r = call_unbound(unbound, func, self, nullptr, 0);
  decref(func);
  if (r && !is_str(r)) {
    err_format(&ExcTypeError, "__repr__ returned non-string (type {})", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* slot_tp_str(Object* self) {
  Object* r = call_special(self, ids::str, nullptr, 0);
  if (r && !is_str(r)) {
    err_format(&ExcTypeError, "__str__ returned non-string (type {})", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

hash_t slot_tp_hash(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::hash, &unbound);
  if (!func) {
    if (!err_occurred()) return hash_not_implemented(self);
    return -1;
  }
  if (is_none(func)) {
    decref(func);
    return hash_not_implemented(self);
  }
  Object* r = call_unbound(unbound, func, self, nullptr, 0);
  decref(func);
  if (!r) return -1;
  if (!is_int(r)) {
    err_set_string(&ExcTypeError, "__hash__ method should return an integer");
    decref(r);
    return -1;
  }
  // CPython keeps a result that fits a Py_hash_t (so x.__hash__() returning hash(y) makes
  // hash(x) == hash(y)); only larger ones are reduced the way int hashes are
  bool overflow = false;
  std::int64_t v = int_as_i64(r, &overflow);
  hash_t h = overflow ? int_hash(r) : hash_t(v);
  decref(r);
  return h == -1 ? -2 : h;
}

// Calls a Python-level __init__/__new__/__call__ found by a slot dispatcher as CPython's
// _PyObject_Call_Prepend does: `first` (self or the class) in front of the arguments when the
// function is unbound; keywords (which CPython holds in a dict here) are forwarded through
// _PyStack_UnpackDict's copies (runtime/tpcall.h).
Object* call_prepend(bool unbound, Object* func, Object* first, Object* const* args, ssize nargs,
                     Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (!unbound) {
    if (nkw) return call_with_copied_args(func, args, std::size_t(nargs), kwnames);
    return call(func, args, std::size_t(nargs), nullptr);
  }
  std::size_t total = std::size_t(nargs + nkw + 1);
  Object* stack[8];
  std::vector<Object*> big;
  Object** buf = stack;
  if (total > 8) {
    big.resize(total);
    buf = big.data();
  }
  buf[0] = first;
  for (ssize i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  if (nkw) return call_with_copied_args(func, buf, std::size_t(nargs + 1), kwnames);
  return call(func, buf, std::size_t(nargs + 1), nullptr);
}

// An instance with __call__ is called through tp_call: its arguments packed (runtime/tpcall.h).
Object* slot_tp_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  PackedCall packed(args, nargsf, kwnames);
  if (!packed.ok()) return nullptr;
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::call, &unbound);
  if (!func) {
    if (!err_occurred()) {
      err_format(&ExcTypeError, "'{}' object is not callable", type_name(self->type));
    }
    return nullptr;
  }
  Object* r = call_prepend(unbound, func, self, packed.args(), ssize(packed.nargs()), kwnames);
  decref(func);
  return r;
}

// CPython's call_attribute: __getattribute__ / __getattr__ are bound to the instance (a bound
// method for a Python function, alive during the call) and called with the name.
Object* call_attribute(Object* self, Object* attr, Object* name) {
  if (DescrGetFn f = attr->type->descr_get) {
    Object* bound = f(attr, self, self->type);
    if (!bound) return nullptr;
    Object* r = call_one_arg(bound, name);
    decref(bound);
    return r;
  }
  return call_one_arg(attr, name);
}

Object* slot_tp_getattr_hook(Object* self, Object* name) {
  TypeObject* tp = self->type;
  Object* getattr = type_lookup(tp, ids::getattr);
  Object* getattribute = type_lookup(tp, ids::getattribute);
  if (getattr) incref(getattr);
  Object* res;
  if (!getattribute || (getattribute->type == &WrapperDescrType &&
                        static_cast<WrapperDescrObject*>(getattribute)->d_wrapped ==
                            reinterpret_cast<void*>(&generic_getattr))) {
    res = generic_getattr(self, name);
  } else {
    incref(getattribute);
    res = call_attribute(self, getattribute, name);
    decref(getattribute);
  }
  if (!res && getattr && err_matches(&ExcAttributeError)) {
    err_clear();
    res = call_attribute(self, getattr, name);
  }
  xdecref(getattr);
  return res;
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {name, value};
    r = call_special(self, ids::setattr, args, 2);
  } else {
    r = call_special(self, ids::delattr, &name, 1);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* cmp_name(int op) {
  switch (op) {
    case CMP_LT:
      return ids::lt;
    case CMP_LE:
      return ids::le;
    case CMP_EQ:
      return ids::eq;
    case CMP_NE:
      return ids::ne;
    case CMP_GT:
      return ids::gt;
    default:
      return ids::ge;
  }
}

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  bool unbound;
  Object* func = lookup_maybe_method(self, cmp_name(op), &unbound);
  if (!func) {
    if (err_occurred()) return nullptr;
    return not_implemented_new_ref();
  }
  Object* r = call_unbound(unbound, func, self, &other, 1);
  decref(func);
  return r;
}

Object* slot_tp_iter(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::iter, &unbound);
  if (func && is_none(func)) {
    decref(func);
    func = nullptr;
  }
  if (!func) {
    if (!err_occurred()) {
      err_format(&ExcTypeError, "'{}' object is not iterable", type_name(self->type));
    }
    return nullptr;
  }
  Object* r = call_unbound(unbound, func, self, nullptr, 0);
  decref(func);
  if (r && !r->type->iternext) {
    err_format(&ExcTypeError, "iter() returned non-iterator of type '{}'", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* slot_tp_iternext(Object* self) {
  // a StopIteration stays set: next() propagates it with its value; iter_next() clears it
  return call_special(self, ids::next, nullptr, 0);
}

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::get, &unbound);
  if (!func) {
    if (err_occurred()) return nullptr;
    return new_ref(self);
  }
  Object* args[2] = {obj ? obj : None(), type ? type : None()};
  Object* r = call_unbound(unbound, func, self, args, 2);
  decref(func);
  return r;
}

int slot_tp_descr_set(Object* self, Object* obj, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {obj, value};
    r = call_special(self, ids::set, args, 2);
  } else {
    r = call_special(self, ids::delete_, &obj, 1);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_tp_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::init, &unbound);
  if (!func) {
    if (!err_occurred()) err_set_string(&ExcAttributeError, "__init__");
    return -1;
  }
  Object* r = call_prepend(unbound, func, self, args, ssize(nargs), kwnames);
  decref(func);
  if (!r) return -1;
  if (!is_none(r)) {
    err_format(&ExcTypeError, "__init__() should return None, not '{}'", type_name(r->type));
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

}  // namespace

Object* slot_tp_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  // type.__new__ is a static method: call it with the class prepended
  Object* descr = type_lookup(type, ids::new_);
  if (!descr) {
    err_format(&ExcTypeError, "cannot create '{}' instances", type_name(type));
    return nullptr;
  }
  Object* func =
      descr->type->descr_get ? descr->type->descr_get(descr, nullptr, type) : new_ref(descr);
  if (!func) return nullptr;
  Object* r = call_prepend(true, func, type, args, ssize(nargs), kwnames);
  decref(func);
  return r;
}

void slot_tp_finalize(Object* self) {
  // keep any exception being propagated intact around the finalizer
  Object* saved = err_fetch();
  bool unbound;
  Object* del = lookup_maybe_method(self, ids::del, &unbound);
  if (del) {
    Object* r = call_unbound(unbound, del, self, nullptr, 0);
    if (!r) {
      write_unraisable_method(del, self);
    } else {
      decref(r);
    }
    decref(del);
  } else if (err_occurred()) {
    err_clear();
  }
  err_restore(saved);
}

namespace {

// Binary operators: CPython's SLOT1BINFULL logic (the right operand's reflected method first when
// its type is a subclass overriding it).
bool method_is_overloaded(TypeObject* left, TypeObject* right, Object* name) {
  Object* a = type_lookup(right, name);
  if (!a) return false;
  Object* b = type_lookup(left, name);
  return a != b;
}

Object* binary_dispatch(Object* self, Object* other, int op, Object* name, Object* rname,
                        BinaryFn this_slot) {
  TypeObject* st = self->type;
  TypeObject* ot = other->type;
  bool do_other = st != ot && ot->as_number->nb[op] == this_slot;
  if (st->as_number->nb[op] == this_slot) {
    if (do_other && type_is_subtype(ot, st) && method_is_overloaded(st, ot, rname)) {
      Object* r = call_maybe(other, rname, &self, 1);
      if (r != NotImplemented()) return r;
      decref(r);
      do_other = false;
    }
    Object* r = call_maybe(self, name, &other, 1);
    if (r != NotImplemented() || st == ot) return r;
    decref(r);
  }
  if (do_other) return call_maybe(other, rname, &self, 1);
  return not_implemented_new_ref();
}

#define MEMPY_BINARY_SLOT(fname, op, name, rname)              \
  Object* fname(Object* a, Object* b) {                        \
    return binary_dispatch(a, b, op, ids::name, rname, fname); \
  }
Object* g_rnames[BINOP_COUNT];  // "__radd__" ... (made at start-up)
MEMPY_BINARY_SLOT(slot_nb_add, BINOP_ADD, add, g_rnames[BINOP_ADD])
MEMPY_BINARY_SLOT(slot_nb_and, BINOP_AND, and_, g_rnames[BINOP_AND])
MEMPY_BINARY_SLOT(slot_nb_floordiv, BINOP_FLOOR_DIVIDE, floordiv, g_rnames[BINOP_FLOOR_DIVIDE])
MEMPY_BINARY_SLOT(slot_nb_lshift, BINOP_LSHIFT, lshift, g_rnames[BINOP_LSHIFT])
MEMPY_BINARY_SLOT(slot_nb_matmul, BINOP_MATRIX_MULTIPLY, matmul, g_rnames[BINOP_MATRIX_MULTIPLY])
MEMPY_BINARY_SLOT(slot_nb_mul, BINOP_MULTIPLY, mul, g_rnames[BINOP_MULTIPLY])
MEMPY_BINARY_SLOT(slot_nb_mod, BINOP_REMAINDER, mod, g_rnames[BINOP_REMAINDER])
MEMPY_BINARY_SLOT(slot_nb_or, BINOP_OR, or_, g_rnames[BINOP_OR])
MEMPY_BINARY_SLOT(slot_nb_pow, BINOP_POWER, pow, g_rnames[BINOP_POWER])
MEMPY_BINARY_SLOT(slot_nb_rshift, BINOP_RSHIFT, rshift, g_rnames[BINOP_RSHIFT])
MEMPY_BINARY_SLOT(slot_nb_sub, BINOP_SUBTRACT, sub, g_rnames[BINOP_SUBTRACT])
MEMPY_BINARY_SLOT(slot_nb_truediv, BINOP_TRUE_DIVIDE, truediv, g_rnames[BINOP_TRUE_DIVIDE])
MEMPY_BINARY_SLOT(slot_nb_xor, BINOP_XOR, xor_, g_rnames[BINOP_XOR])
#undef MEMPY_BINARY_SLOT

Object* g_rdivmod_name = nullptr;
Object* slot_nb_divmod(Object* a, Object* b) {
  // divmod has its own slot; dispatch the same way with the slot compared directly
  TypeObject* st = a->type;
  TypeObject* ot = b->type;
  bool do_other = st != ot && ot->as_number->nb_divmod == slot_nb_divmod;
  if (st->as_number->nb_divmod == slot_nb_divmod) {
    if (do_other && type_is_subtype(ot, st) && method_is_overloaded(st, ot, g_rdivmod_name)) {
      Object* r = call_maybe(b, g_rdivmod_name, &a, 1);
      if (r != NotImplemented()) return r;
      decref(r);
      do_other = false;
    }
    Object* r = call_maybe(a, ids::divmod, &b, 1);
    if (r != NotImplemented() || st == ot) return r;
    decref(r);
  }
  if (do_other) return call_maybe(b, g_rdivmod_name, &a, 1);
  return not_implemented_new_ref();
}

Object* slot_nb_power_mod(Object* a, Object* b, Object* mod) {
  if (is_none(mod)) return slot_nb_pow(a, b);
  // three-argument pow only tries the left operand's __pow__
  if (a->type->as_number->nb_power_mod == slot_nb_power_mod) {
    Object* args[2] = {b, mod};
    return call_maybe(a, ids::pow, args, 2);
  }
  return not_implemented_new_ref();
}

Object* g_inames[BINOP_COUNT];  // "__iadd__" ...
#define MEMPY_INPLACE_SLOT(fname, op)          \
  Object* fname(Object* a, Object* b) {        \
    return call_maybe(a, g_inames[op], &b, 1); \
  }
MEMPY_INPLACE_SLOT(slot_nb_iadd, BINOP_ADD)
MEMPY_INPLACE_SLOT(slot_nb_iand, BINOP_AND)
MEMPY_INPLACE_SLOT(slot_nb_ifloordiv, BINOP_FLOOR_DIVIDE)
MEMPY_INPLACE_SLOT(slot_nb_ilshift, BINOP_LSHIFT)
MEMPY_INPLACE_SLOT(slot_nb_imatmul, BINOP_MATRIX_MULTIPLY)
MEMPY_INPLACE_SLOT(slot_nb_imul, BINOP_MULTIPLY)
MEMPY_INPLACE_SLOT(slot_nb_imod, BINOP_REMAINDER)
MEMPY_INPLACE_SLOT(slot_nb_ior, BINOP_OR)
MEMPY_INPLACE_SLOT(slot_nb_ipow, BINOP_POWER)
MEMPY_INPLACE_SLOT(slot_nb_irshift, BINOP_RSHIFT)
MEMPY_INPLACE_SLOT(slot_nb_isub, BINOP_SUBTRACT)
MEMPY_INPLACE_SLOT(slot_nb_itruediv, BINOP_TRUE_DIVIDE)
MEMPY_INPLACE_SLOT(slot_nb_ixor, BINOP_XOR)
#undef MEMPY_INPLACE_SLOT

#define MEMPY_UNARY_SLOT(fname, name)              \
  Object* fname(Object* a) {                       \
    return call_special(a, ids::name, nullptr, 0); \
  }
MEMPY_UNARY_SLOT(slot_nb_negative, neg)
MEMPY_UNARY_SLOT(slot_nb_positive, pos)
MEMPY_UNARY_SLOT(slot_nb_absolute, abs)
MEMPY_UNARY_SLOT(slot_nb_invert, invert)
MEMPY_UNARY_SLOT(slot_nb_int, int_)
MEMPY_UNARY_SLOT(slot_nb_float, float_)
MEMPY_UNARY_SLOT(slot_nb_index, index)
#undef MEMPY_UNARY_SLOT

int slot_nb_bool(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::bool_, &unbound);
  bool using_len = false;
  if (!func) {
    if (err_occurred()) return -1;
    func = lookup_maybe_method(self, ids::len, &unbound);
    if (!func) return err_occurred() ? -1 : 1;
    using_len = true;
  }
  Object* r = call_unbound(unbound, func, self, nullptr, 0);
  decref(func);
  if (!r) return -1;
  int result;
  if (using_len) {
    ssize n = number_as_ssize(r, &ExcOverflowError);
    if (n == -1 && err_occurred()) {
      decref(r);
      return -1;
    }
    if (n < 0) {
      err_set_string(&ExcValueError, "__len__() should return >= 0");
      decref(r);
      return -1;
    }
    result = n > 0;
  } else if (is_bool(r)) {
    result = r == True();
  } else {
    err_format(&ExcTypeError, "__bool__ should return bool, returned {}", type_name(r->type));
    decref(r);
    return -1;
  }
  decref(r);
  return result;
}

ssize slot_mp_length(Object* self) {
  Object* r = call_special(self, ids::len, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r) && !has_index(r)) {
    err_format(&ExcTypeError, "'{}' object cannot be interpreted as an integer",
               type_name(r->type));
    decref(r);
    return -1;
  }
  ssize n = number_as_ssize(r, &ExcOverflowError);
  decref(r);
  if (n == -1 && err_occurred()) return -1;
  if (n < 0) {
    err_set_string(&ExcValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Object* slot_mp_subscript(Object* self, Object* key) {
  return call_special(self, ids::getitem, &key, 1);
}

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  Object* r;
  if (value) {
    Object* args[2] = {key, value};
    r = call_special(self, ids::setitem, args, 2);
  } else {
    r = call_special(self, ids::delitem, &key, 1);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_sq_contains(Object* self, Object* value) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ids::contains, &unbound);
  if (func && is_none(func)) {
    decref(func);
    err_format(&ExcTypeError, "'{}' object is not a container", type_name(self->type));
    return -1;
  }
  if (!func) {
    if (err_occurred()) return -1;
    return sequence_contains_by_iteration(self, value);
  }
  Object* r = call_unbound(unbound, func, self, &value, 1);
  decref(func);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

// ---- adapters: built-in slots called through wrapper descriptors --------------------------------
bool wrap_check_args(const char* name, ssize nargs, Object* kwnames, ssize want) {
  if (kwnames && tuple_size(kwnames)) {
    err_format(&ExcTypeError, "wrapper {}() takes no keyword arguments", name);
    return false;
  }
  if (nargs != want) {
    err_format(&ExcTypeError, "expected {} argument{}, got {}", want, want == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// The adapters CPython writes with PyArg_UnpackTuple(args, "", min, max, ...): its message starts
// with the (empty) function name, hence the leading space (" expected at least 1 argument, got 0").
bool wrap_unpack_args(ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    err_format(&ExcTypeError, " expected {}{} argument{}, got {}", min == max ? "" : "at least ",
               min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    err_format(&ExcTypeError, " expected {}{} argument{}, got {}", min == max ? "" : "at most ",
               max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

Object* wrap_unaryfunc(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("unary", nargs, kwnames, 0)) return nullptr;
  return reinterpret_cast<UnaryFn>(f)(self);
}
Object* wrap_binaryfunc_l(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          void* f) {
  if (!wrap_check_args("binary", nargs, kwnames, 1)) return nullptr;
  return reinterpret_cast<BinaryFn>(f)(self, args[0]);
}
Object* wrap_binaryfunc_r(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          void* f) {
  if (!wrap_check_args("binary", nargs, kwnames, 1)) return nullptr;
  return reinterpret_cast<BinaryFn>(f)(args[0], self);
}
Object* wrap_ternary_pow(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "wrapper __pow__() takes no keyword arguments");
    return nullptr;
  }
  if (!wrap_unpack_args(nargs, 1, 2)) return nullptr;
  if (nargs == 2 && !is_none(args[1])) {
    TernaryFn t = self->type->as_number->nb_power_mod;
    if (!t) return not_implemented_new_ref();
    return t(self, args[0], args[1]);
  }
  return reinterpret_cast<BinaryFn>(f)(self, args[0]);
}
Object* wrap_indexargfunc(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          void* f) {
  if (!wrap_check_args("repeat", nargs, kwnames, 1)) return nullptr;
  if (!has_index(args[0])) {
    err_format(&ExcTypeError, "can't multiply sequence by non-int of type '{}'",
               type_name(args[0]->type));
    return nullptr;
  }
  ssize n = number_as_ssize(args[0], &ExcOverflowError);
  if (n == -1 && err_occurred()) return nullptr;
  return reinterpret_cast<SsizeArgFn>(f)(self, n);
}
Object* wrap_inquirypred(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__bool__", nargs, kwnames, 0)) return nullptr;
  int r = reinterpret_cast<InquiryFn>(f)(self);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}
Object* wrap_lenfunc(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__len__", nargs, kwnames, 0)) return nullptr;
  ssize n = reinterpret_cast<LenFn>(f)(self);
  if (n < 0) return nullptr;
  return int_from_ssize(n);
}
Object* wrap_hashfunc(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__hash__", nargs, kwnames, 0)) return nullptr;
  hash_t h = reinterpret_cast<HashFn>(f)(self);
  if (h == -1 && err_occurred()) return nullptr;
  return int_from_i64(h);
}
Object* wrap_call(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  return reinterpret_cast<VectorcallFn>(f)(self, args, std::size_t(nargs), kwnames);
}
template <int OP>
Object* wrap_richcmp(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("richcmp", nargs, kwnames, 1)) return nullptr;
  return reinterpret_cast<RichCmpFn>(f)(self, args[0], OP);
}
Object* wrap_next(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__next__", nargs, kwnames, 0)) return nullptr;
  Object* r = reinterpret_cast<UnaryFn>(f)(self);
  if (!r && !err_occurred()) err_set_none(&ExcStopIteration);
  return r;
}
Object* wrap_descr_get(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "wrapper __get__() takes no keyword arguments");
    return nullptr;
  }
  if (!wrap_unpack_args(nargs, 1, 2)) return nullptr;
  Object* obj = is_none(args[0]) ? nullptr : args[0];
  Object* type = nargs == 2 && !is_none(args[1]) ? args[1] : nullptr;
  if (!obj && !type) {
    err_set_string(&ExcTypeError, "__get__(None, None) is invalid");
    return nullptr;
  }
  return reinterpret_cast<DescrGetFn>(f)(self, obj, type);
}
Object* wrap_descr_set(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "wrapper __set__() takes no keyword arguments");
    return nullptr;
  }
  if (!wrap_unpack_args(nargs, 2, 2)) return nullptr;
  if (reinterpret_cast<DescrSetFn>(f)(self, args[0], args[1]) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_descr_delete(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          void* f) {
  if (!wrap_check_args("__delete__", nargs, kwnames, 1)) return nullptr;
  if (reinterpret_cast<DescrSetFn>(f)(self, args[0], nullptr) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_init(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (reinterpret_cast<InitFn>(f)(self, args, std::size_t(nargs), kwnames) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_del(Object* self, Object* const*, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__del__", nargs, kwnames, 0)) return nullptr;
  reinterpret_cast<DeallocFn>(f)(self);
  if (err_occurred()) return nullptr;
  return none_new_ref();
}
Object* wrap_setattr(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__setattr__", nargs, kwnames, 2)) return nullptr;
  if (reinterpret_cast<SetAttrFn>(f)(self, args[0], args[1]) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_delattr(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__delattr__", nargs, kwnames, 1)) return nullptr;
  if (reinterpret_cast<SetAttrFn>(f)(self, args[0], nullptr) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_getattribute(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                          void* f) {
  if (!wrap_check_args("__getattribute__", nargs, kwnames, 1)) return nullptr;
  return reinterpret_cast<GetAttrFn>(f)(self, args[0]);
}
Object* wrap_setitem(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__setitem__", nargs, kwnames, 2)) return nullptr;
  if (reinterpret_cast<ObjObjArgFn>(f)(self, args[0], args[1]) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_delitem(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__delitem__", nargs, kwnames, 1)) return nullptr;
  if (reinterpret_cast<ObjObjArgFn>(f)(self, args[0], nullptr) < 0) return nullptr;
  return none_new_ref();
}
Object* wrap_contains(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  if (!wrap_check_args("__contains__", nargs, kwnames, 1)) return nullptr;
  int r = reinterpret_cast<ObjObjFn>(f)(self, args[0]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

template <class F>
void* fn_to_void(F f) {
  return reinterpret_cast<void*>(f);
}
inline void* fn_to_void(std::nullptr_t) {
  return nullptr;
}

// ---- the table ----------------------------------------------------------------------------------
// Offsets are into a HeapTypeObject, whose slot groups are inline (as CPython's slotdefs);
// slot_ptr() follows a type's group pointers to the same slot of any type.
#define OFF(field) offsetof(HeapTypeObject, field)
#define SLOT(name, field, dispatch, wrapper) \
  { name, OFF(field), fn_to_void(dispatch), wrapper, nullptr, nullptr }
#define NB(name, field, dispatch, wrapper) SLOT(name, number.field, dispatch, wrapper)
#define MP(name, field, dispatch, wrapper) SLOT(name, mapping.field, dispatch, wrapper)
#define SQ(name, field, dispatch, wrapper) SLOT(name, sequence.field, dispatch, wrapper)

SlotWrapperDef g_slotdefs[] = {
    SLOT("__getattribute__", getattro, slot_tp_getattr_hook, wrap_getattribute),
    SLOT("__getattr__", getattro, slot_tp_getattr_hook, nullptr),
    SLOT("__setattr__", setattro, slot_tp_setattro, wrap_setattr),
    SLOT("__delattr__", setattro, slot_tp_setattro, wrap_delattr),
    SLOT("__repr__", repr, slot_tp_repr, wrap_unaryfunc),
    SLOT("__hash__", hash, slot_tp_hash, wrap_hashfunc),
    SLOT("__call__", call, slot_tp_call, wrap_call),
    SLOT("__str__", str, slot_tp_str, wrap_unaryfunc),
    SLOT("__lt__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_LT>),
    SLOT("__le__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_LE>),
    SLOT("__eq__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_EQ>),
    SLOT("__ne__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_NE>),
    SLOT("__gt__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_GT>),
    SLOT("__ge__", richcompare, slot_tp_richcompare, wrap_richcmp<CMP_GE>),
    SLOT("__iter__", iter, slot_tp_iter, wrap_unaryfunc),
    SLOT("__next__", iternext, slot_tp_iternext, wrap_next),
    SLOT("__get__", descr_get, slot_tp_descr_get, wrap_descr_get),
    SLOT("__set__", descr_set, slot_tp_descr_set, wrap_descr_set),
    SLOT("__delete__", descr_set, slot_tp_descr_set, wrap_descr_delete),
    SLOT("__init__", init, slot_tp_init, wrap_init),
    SLOT("__new__", new_, slot_tp_new, nullptr),
    SLOT("__del__", finalize, slot_tp_finalize, wrap_del),
    NB("__add__", nb[BINOP_ADD], slot_nb_add, wrap_binaryfunc_l),
    NB("__radd__", nb[BINOP_ADD], slot_nb_add, wrap_binaryfunc_r),
    NB("__sub__", nb[BINOP_SUBTRACT], slot_nb_sub, wrap_binaryfunc_l),
    NB("__rsub__", nb[BINOP_SUBTRACT], slot_nb_sub, wrap_binaryfunc_r),
    NB("__mul__", nb[BINOP_MULTIPLY], slot_nb_mul, wrap_binaryfunc_l),
    NB("__rmul__", nb[BINOP_MULTIPLY], slot_nb_mul, wrap_binaryfunc_r),
    NB("__mod__", nb[BINOP_REMAINDER], slot_nb_mod, wrap_binaryfunc_l),
    NB("__rmod__", nb[BINOP_REMAINDER], slot_nb_mod, wrap_binaryfunc_r),
    NB("__divmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_l),
    NB("__rdivmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_r),
    NB("__pow__", nb[BINOP_POWER], slot_nb_pow, wrap_ternary_pow),
    NB("__rpow__", nb[BINOP_POWER], slot_nb_pow, wrap_binaryfunc_r),
    NB("__neg__", nb_negative, slot_nb_negative, wrap_unaryfunc),
    NB("__pos__", nb_positive, slot_nb_positive, wrap_unaryfunc),
    NB("__abs__", nb_absolute, slot_nb_absolute, wrap_unaryfunc),
    NB("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred),
    NB("__invert__", nb_invert, slot_nb_invert, wrap_unaryfunc),
    NB("__lshift__", nb[BINOP_LSHIFT], slot_nb_lshift, wrap_binaryfunc_l),
    NB("__rlshift__", nb[BINOP_LSHIFT], slot_nb_lshift, wrap_binaryfunc_r),
    NB("__rshift__", nb[BINOP_RSHIFT], slot_nb_rshift, wrap_binaryfunc_l),
    NB("__rrshift__", nb[BINOP_RSHIFT], slot_nb_rshift, wrap_binaryfunc_r),
    NB("__and__", nb[BINOP_AND], slot_nb_and, wrap_binaryfunc_l),
    NB("__rand__", nb[BINOP_AND], slot_nb_and, wrap_binaryfunc_r),
    NB("__xor__", nb[BINOP_XOR], slot_nb_xor, wrap_binaryfunc_l),
    NB("__rxor__", nb[BINOP_XOR], slot_nb_xor, wrap_binaryfunc_r),
    NB("__or__", nb[BINOP_OR], slot_nb_or, wrap_binaryfunc_l),
    NB("__ror__", nb[BINOP_OR], slot_nb_or, wrap_binaryfunc_r),
    NB("__int__", nb_int, slot_nb_int, wrap_unaryfunc),
    NB("__float__", nb_float, slot_nb_float, wrap_unaryfunc),
    NB("__iadd__", nb_inplace[BINOP_ADD], slot_nb_iadd, wrap_binaryfunc_l),
    NB("__isub__", nb_inplace[BINOP_SUBTRACT], slot_nb_isub, wrap_binaryfunc_l),
    NB("__imul__", nb_inplace[BINOP_MULTIPLY], slot_nb_imul, wrap_binaryfunc_l),
    NB("__imod__", nb_inplace[BINOP_REMAINDER], slot_nb_imod, wrap_binaryfunc_l),
    NB("__ipow__", nb_inplace[BINOP_POWER], slot_nb_ipow, wrap_binaryfunc_l),
    NB("__ilshift__", nb_inplace[BINOP_LSHIFT], slot_nb_ilshift, wrap_binaryfunc_l),
    NB("__irshift__", nb_inplace[BINOP_RSHIFT], slot_nb_irshift, wrap_binaryfunc_l),
    NB("__iand__", nb_inplace[BINOP_AND], slot_nb_iand, wrap_binaryfunc_l),
    NB("__ixor__", nb_inplace[BINOP_XOR], slot_nb_ixor, wrap_binaryfunc_l),
    NB("__ior__", nb_inplace[BINOP_OR], slot_nb_ior, wrap_binaryfunc_l),
    NB("__floordiv__", nb[BINOP_FLOOR_DIVIDE], slot_nb_floordiv, wrap_binaryfunc_l),
    NB("__rfloordiv__", nb[BINOP_FLOOR_DIVIDE], slot_nb_floordiv, wrap_binaryfunc_r),
    NB("__truediv__", nb[BINOP_TRUE_DIVIDE], slot_nb_truediv, wrap_binaryfunc_l),
    NB("__rtruediv__", nb[BINOP_TRUE_DIVIDE], slot_nb_truediv, wrap_binaryfunc_r),
    NB("__ifloordiv__", nb_inplace[BINOP_FLOOR_DIVIDE], slot_nb_ifloordiv, wrap_binaryfunc_l),
    NB("__itruediv__", nb_inplace[BINOP_TRUE_DIVIDE], slot_nb_itruediv, wrap_binaryfunc_l),
    NB("__index__", nb_index, slot_nb_index, wrap_unaryfunc),
    NB("__matmul__", nb[BINOP_MATRIX_MULTIPLY], slot_nb_matmul, wrap_binaryfunc_l),
    NB("__rmatmul__", nb[BINOP_MATRIX_MULTIPLY], slot_nb_matmul, wrap_binaryfunc_r),
    NB("__imatmul__", nb_inplace[BINOP_MATRIX_MULTIPLY], slot_nb_imatmul, wrap_binaryfunc_l),
    MP("__len__", length, slot_mp_length, wrap_lenfunc),
    MP("__getitem__", getitem, slot_mp_subscript, wrap_binaryfunc_l),
    MP("__setitem__", setitem, slot_mp_ass_subscript, wrap_setitem),
    MP("__delitem__", setitem, slot_mp_ass_subscript, wrap_delitem),
    SQ("__contains__", contains, slot_sq_contains, wrap_contains),
    // sequence fallbacks: classes never get these slots (no dispatcher), built-ins expose them
    SQ("__add__", sq_concat, nullptr, wrap_binaryfunc_l),
    SQ("__mul__", sq_repeat, nullptr, wrap_indexargfunc),
    SQ("__rmul__", sq_repeat, nullptr, wrap_indexargfunc),
    SQ("__iadd__", sq_inplace_concat, nullptr, wrap_binaryfunc_l),
    SQ("__imul__", sq_inplace_repeat, nullptr, wrap_indexargfunc),
};
#undef SQ
#undef MP
#undef NB
#undef SLOT
#undef OFF
constexpr std::size_t NSLOTDEFS = sizeof(g_slotdefs) / sizeof(g_slotdefs[0]);

// The slot at a slotdefs offset: inside the type object, or inside the slot group its pointer
// names (nullptr when the type has no such group yet: a built-in type before type_ready).
template <class G>
bool in_group(std::size_t offset, std::size_t group_offset) {
  return offset >= group_offset && offset < group_offset + sizeof(G);
}
void** slot_ptr(TypeObject* t, std::size_t offset) {
  char* group = reinterpret_cast<char*>(t);
  std::size_t start = 0;
  if (in_group<NumberMethods>(offset, offsetof(HeapTypeObject, number))) {
    group = reinterpret_cast<char*>(t->as_number);
    start = offsetof(HeapTypeObject, number);
  } else if (in_group<MappingMethods>(offset, offsetof(HeapTypeObject, mapping))) {
    group = reinterpret_cast<char*>(t->as_mapping);
    start = offsetof(HeapTypeObject, mapping);
  } else if (in_group<SequenceMethods>(offset, offsetof(HeapTypeObject, sequence))) {
    group = reinterpret_cast<char*>(t->as_sequence);
    start = offsetof(HeapTypeObject, sequence);
  }
  if (!group) return nullptr;
  return reinterpret_cast<void**>(group + (offset - start));
}

// __new__ of built-in types: T.__new__(S, *args, **kw)
Object* tp_new_wrapper(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (nargs < 1) {
    err_format(&ExcTypeError, "{}.__new__(): not enough arguments", type_name(type));
    return nullptr;
  }
  Object* arg0 = args[0];
  if (!is_type(arg0)) {
    err_format(&ExcTypeError, "{}.__new__(X): X is not a type object ({})", type_name(type),
               type_name(arg0->type));
    return nullptr;
  }
  TypeObject* subtype = static_cast<TypeObject*>(arg0);
  if (!type_is_subtype(subtype, type)) {
    err_format(&ExcTypeError, "{}.__new__({}): {} is not a subtype of {}", type_name(type),
               type_name(subtype), type_name(subtype), type_name(type));
    return nullptr;
  }
  // the most derived built-in base of subtype must use this __new__ (object.__new__(int) is
  // refused because int needs its own allocator)
  TypeObject* staticbase = subtype;
  while (staticbase && staticbase->new_ == slot_tp_new) staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_) {
    err_format(&ExcTypeError, "{}.__new__({}) is not safe, use {}.__new__()", type_name(type),
               type_name(subtype), type_name(staticbase));
    return nullptr;
  }
  return type->new_(subtype, args + 1, std::size_t(nargs - 1), kwnames);
}

MethodDef g_tp_new_def = {"__new__", tp_new_wrapper, METH_DEFAULT,
                          "Create and return a new object."};

bool is_slot_wrapper_for(Object* descr, std::size_t offset) {
  return descr->type == &WrapperDescrType &&
         static_cast<WrapperDescrObject*>(descr)->d_base->offset == offset;
}

// Recomputes the slot of the group at `offset` for a heap type.
void update_group(TypeObject* type, std::size_t offset) {
  void* specific = nullptr;
  bool use_generic = false;
  void* generic = nullptr;
  bool found_any = false;
  for (std::size_t i = 0; i < NSLOTDEFS; ++i) {
    const SlotWrapperDef& d = g_slotdefs[i];
    if (d.offset != offset) continue;
    generic = d.dispatch;
    Object* descr = type_lookup(type, d.name_str);
    if (!descr) continue;
    found_any = true;
    if (offset == offsetof(TypeObject, hash) && is_none(descr)) {
      specific = reinterpret_cast<void*>(&hash_not_implemented);
      continue;
    }
    if (offset == offsetof(TypeObject, new_) && descr->type == &StaticMethodType) {
      use_generic = true;
      continue;
    }
    if (offset == offsetof(TypeObject, new_) && is_cfunction(descr) &&
        static_cast<CFunctionObject*>(descr)->def == &g_tp_new_def) {
      void* fn = reinterpret_cast<void*>(
          static_cast<TypeObject*>(static_cast<CFunctionObject*>(descr)->self)->new_);
      if (specific && specific != fn) use_generic = true;
      specific = fn;
      continue;
    }
    if (is_slot_wrapper_for(descr, offset)) {
      void* fn = static_cast<WrapperDescrObject*>(descr)->d_wrapped;
      if (specific && specific != fn) use_generic = true;
      specific = fn;
      continue;
    }
    use_generic = true;
  }
  if (!found_any) return;  // keep what was inherited
  void*& slot = *slot_ptr(type, offset);
  if (offset == offsetof(TypeObject, getattro)) {
    // __getattr__ anywhere in the MRO needs the hook
    if (type_lookup(type, ids::getattr)) use_generic = true;
  }
  slot = use_generic || !specific ? generic : specific;
}

}  // namespace

int slotdefs_init() {
  for (auto& d : g_slotdefs) {
    d.name_str = str_intern_cstr(d.name);
    if (!d.name_str) return -1;
  }
  const char* rnames[BINOP_COUNT] = {"__radd__",    "__rand__",    "__rfloordiv__", "__rlshift__",
                                     "__rmatmul__", "__rmul__",    "__rmod__",      "__ror__",
                                     "__rpow__",    "__rrshift__", "__rsub__",      "__rtruediv__",
                                     "__rxor__"};
  const char* inames[BINOP_COUNT] = {"__iadd__",    "__iand__",    "__ifloordiv__", "__ilshift__",
                                     "__imatmul__", "__imul__",    "__imod__",      "__ior__",
                                     "__ipow__",    "__irshift__", "__isub__",      "__itruediv__",
                                     "__ixor__"};
  for (int i = 0; i < BINOP_COUNT; ++i) {
    g_rnames[i] = str_intern_cstr(rnames[i]);
    g_inames[i] = str_intern_cstr(inames[i]);
    if (!g_rnames[i] || !g_inames[i]) return -1;
  }
  g_rdivmod_name = str_intern_cstr("__rdivmod__");
  return g_rdivmod_name ? 0 : -1;
}

void slotdefs_fini() {
  for (auto& d : g_slotdefs) clear_ref(d.name_str);
  for (int i = 0; i < BINOP_COUNT; ++i) {
    clear_ref(g_rnames[i]);
    clear_ref(g_inames[i]);
  }
  clear_ref(g_rdivmod_name);
}

int add_slot_wrappers(TypeObject* type) {
  for (std::size_t i = 0; i < NSLOTDEFS; ++i) {
    const SlotWrapperDef& d = g_slotdefs[i];
    void** at = slot_ptr(type, d.offset);
    void* fn = at ? *at : nullptr;
    if (!fn) continue;
    if (dict_get_item_str(type->dict, d.name_str)) continue;
    Object* descr;
    if (d.offset == offsetof(TypeObject, new_)) {
      descr = cfunction_new(&g_tp_new_def, type, nullptr);
    } else if (!d.wrapper) {
      continue;
    } else if (d.offset == offsetof(TypeObject, hash) &&
               fn == reinterpret_cast<void*>(&hash_not_implemented)) {
      continue;  // type_ready stores __hash__ = None
    } else {
      descr = descr_new_wrapper(type, &d, fn);
    }
    if (!descr) return -1;
    int r = dict_set_item(type->dict, d.name_str, descr);
    decref(descr);
    if (r < 0) return -1;
  }
  return 0;
}

void fixup_slot_dispatchers(TypeObject* type) {
  // a class defining __eq__ without __hash__ is unhashable
  if (dict_get_item_str(type->dict, ids::eq) && !dict_get_item_str(type->dict, ids::hash)) {
    if (dict_set_item(type->dict, ids::hash, None()) < 0) err_clear();
  }
  // each slot once (rows of a group are adjacent except for the sequence fallbacks)
  for (std::size_t i = 0; i < NSLOTDEFS; ++i) {
    bool seen = false;
    for (std::size_t j = 0; j < i && !seen; ++j)
      seen = g_slotdefs[j].offset == g_slotdefs[i].offset;
    if (!seen) update_group(type, g_slotdefs[i].offset);
  }
}

void update_slots_for_name(TypeObject* type, Object* name) {
  for (std::size_t i = 0; i < NSLOTDEFS; ++i) {
    if (!str_eq(g_slotdefs[i].name_str, name)) continue;
    std::size_t offset = g_slotdefs[i].offset;
    // this type and every subclass (they see the change through their MRO)
    std::vector<TypeObject*> todo{type};
    while (!todo.empty()) {
      TypeObject* t = todo.back();
      todo.pop_back();
      if (t->flags & TPFLAG_HEAPTYPE) update_group(t, offset);
      if (t->subclasses) {
        for (TypeObject* s : t->subclasses->items) todo.push_back(s);
      }
    }
  }
  if (str_eq(name, ids::del)) {
    if (type->finalize) type->flags |= TPFLAG_HAS_FINALIZE;
  }
}

bool calls_dunder_call(Object* callable) {
  return callable->type->call == slot_tp_call;
}

}  // namespace mempy::runtime
