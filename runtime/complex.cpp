// runtime/complex.cpp — complex objects: storage (no free list, as CPython 3.11), the number
// slots, comparison, hash, repr and the type object.
//
// Every binary slot receives its operands in source order and converts each one: a complex (or
// subclass) gives its value, an int (via int -> double, which may raise OverflowError) or a float
// gives (x, 0.0), anything else makes the slot return NotImplemented. So `1 + 2j` reaches
// complex's __radd__ through the generic protocol and computes (1.0 + 0.0, 0.0 + 2.0).
//
// Comparison: only == and != are defined (the rest return NotImplemented, so the generic
// protocol raises "'<' not supported between instances of ..."). Against an int, a complex with
// a zero imaginary part compares its real part as a float compares with the int — exactly, so
// complex(2**53 + 1, 0) != 2**53 + 1 — and with a nonzero imaginary part is unequal without
// converting the int.
//
// hash(z) = hash(z.real) + 1000003 * hash(z.imag) in wrapping unsigned arithmetic (-1 becomes
// -2), where each part hashes as a float does; a NaN part hashes by the complex object's address.
#include "runtime/complex.h"

#include <cmath>
#include <cstdint>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/float_format.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace mempy::runtime {

TypeObject ComplexType;

// ---- storage ------------------------------------------------------------------------------------

Object* complex_from_value(ComplexValue v) {
  auto* c = static_cast<ComplexObject*>(memory::alloc(sizeof(ComplexObject)));
  if (!c) return err_no_memory();
  c->refcnt = 1;
  c->type = &ComplexType;
  c->value = v;
  return c;
}

Object* complex_subtype_from_value(TypeObject* type, ComplexValue v) {
  if (type == &ComplexType) return complex_from_value(v);
  Object* op = type_generic_alloc(type, 0);
  if (!op) return nullptr;
  static_cast<ComplexObject*>(op)->value = v;
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_track(op);
  return op;
}

namespace {

void complex_dealloc(Object* op) {
  if (op->type != &ComplexType) {
    op->type->free_fn(op);
  } else {
    memory::free(op);
  }
}

// ---- operand conversion -------------------------------------------------------------------------

enum class Conv { Ok, NotImplemented, Error };

// CPython's to_complex / TO_COMPLEX: complex, int and float operands; anything else is
// NotImplemented.
Conv to_complex(Object* v, ComplexValue* out) {
  if (is_complex(v)) {
    *out = complex_value(v);
    return Conv::Ok;
  }
  if (is_int(v)) {
    double d = int_as_double(v);
    if (d == -1.0 && err_occurred()) return Conv::Error;
    *out = {d, 0.0};
    return Conv::Ok;
  }
  if (is_float(v)) {
    *out = {float_value(v), 0.0};
    return Conv::Ok;
  }
  return Conv::NotImplemented;
}

#define MEMPY_COMPLEX_OPERANDS(a, b, x, y)                            \
  ComplexValue x, y;                                                  \
  {                                                                   \
    Conv ca = to_complex(a, &x);                                      \
    if (ca == Conv::Error) return nullptr;                            \
    if (ca == Conv::NotImplemented) return not_implemented_new_ref(); \
    Conv cb = to_complex(b, &y);                                      \
    if (cb == Conv::Error) return nullptr;                            \
    if (cb == Conv::NotImplemented) return not_implemented_new_ref(); \
  }

Object* complex_result(NumStatus s, ComplexValue r, const NumError& err) {
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return complex_from_value(r);
}

// ---- number slots -------------------------------------------------------------------------------

Object* complex_nb_add(Object* a, Object* b) {
  MEMPY_COMPLEX_OPERANDS(a, b, x, y);
  return complex_from_value(complex_sum(x, y));
}

Object* complex_nb_sub(Object* a, Object* b) {
  MEMPY_COMPLEX_OPERANDS(a, b, x, y);
  return complex_from_value(complex_diff(x, y));
}

Object* complex_nb_mul(Object* a, Object* b) {
  MEMPY_COMPLEX_OPERANDS(a, b, x, y);
  return complex_from_value(complex_prod(x, y));
}

Object* complex_nb_truediv(Object* a, Object* b) {
  MEMPY_COMPLEX_OPERANDS(a, b, x, y);
  ComplexValue r;
  NumError err;
  NumStatus s = complex_quot(x, y, &r, err);
  return complex_result(s, r, err);
}

Object* complex_nb_pow_mod(Object* a, Object* b, Object* mod) {
  MEMPY_COMPLEX_OPERANDS(a, b, x, y);
  if (!is_none(mod)) {
    err_set_string(&ExcValueError, "complex modulo");
    return nullptr;
  }
  ComplexValue r;
  NumError err;
  NumStatus s = complex_pow(x, y, &r, err);
  return complex_result(s, r, err);
}

Object* complex_nb_pow(Object* a, Object* b) {
  return complex_nb_pow_mod(a, b, None());
}

Object* complex_nb_neg(Object* a) {
  return complex_from_value(complex_neg(complex_value(a)));
}

Object* complex_nb_pos(Object* a) {
  if (is_complex_exact(a)) return new_ref(a);
  return complex_from_value(complex_value(a));
}

Object* complex_nb_abs(Object* a) {
  double r;
  NumError err;
  NumStatus s = complex_abs(complex_value(a), &r, err);
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return float_from_double(r);
}

int complex_nb_bool(Object* a) {
  ComplexValue v = complex_value(a);
  return v.real != 0.0 || v.imag != 0.0;
}

// ---- comparison, hash, repr ---------------------------------------------------------------------

Object* complex_richcompare(Object* a, Object* b, int op) {
  if (op != CMP_EQ && op != CMP_NE) return not_implemented_new_ref();
  ComplexValue x = complex_value(a);
  bool equal;
  if (is_int(b)) {
    if (x.imag != 0.0) {
      equal = false;
    } else {
      // an exact comparison, delegated to float's rules
      Object* real = float_from_double(x.real);
      if (!real) return nullptr;
      Object* r = rich_compare(real, b, op);
      decref(real);
      return r;
    }
  } else if (is_float(b)) {
    equal = x.real == float_value(b) && x.imag == 0.0;
  } else if (is_complex(b)) {
    ComplexValue y = complex_value(b);
    equal = x.real == y.real && x.imag == y.imag;
  } else {
    return not_implemented_new_ref();
  }
  return bool_new_ref(equal == (op == CMP_EQ));
}

// A part's hash as CPython's _Py_HashDouble(inst, x): NaN hashes by the object's address.
std::uint64_t part_hash(Object* inst, double x) {
  bool identity;
  std::int64_t h = float_hash(x, &identity);
  if (!identity) return std::uint64_t(h);
  auto y = reinterpret_cast<std::uintptr_t>(inst);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  return y == std::uintptr_t(-1) ? std::uint64_t(-2) : std::uint64_t(y);
}

hash_t complex_hash(Object* op) {
  constexpr std::uint64_t kHashImag = 1000003;  // sys.hash_info.imag
  ComplexValue v = complex_value(op);
  std::uint64_t combined = part_hash(op, v.real) + kHashImag * part_hash(op, v.imag);
  if (combined == std::uint64_t(-1)) combined = std::uint64_t(-2);
  return hash_t(combined);
}

Object* complex_repr(Object* op) {
  std::string s = complex_repr_text(complex_value(op));
  return str_from_ascii(s.data(), s.size());
}

}  // namespace

Object* complex_power(Object* a, Object* b) {
  return complex_nb_pow(a, b);
}

void complex_type_init() {
  ComplexType.name = "complex";
  ComplexType.basicsize = sizeof(ComplexObject);
  ComplexType.flags = TPFLAG_BASETYPE;
  ComplexType.doc =
      "Create a complex number from a real part and an optional imaginary part.\n\nThis is "
      "equivalent to (real + imag*1j) where imag defaults to 0.";
  ComplexType.dealloc = complex_dealloc;
  ComplexType.repr = complex_repr;
  ComplexType.hash = complex_hash;
  ComplexType.richcompare = complex_richcompare;
  ComplexType.getattro = generic_getattr;
  number_methods(ComplexType).nb[BINOP_ADD] = complex_nb_add;
  number_methods(ComplexType).nb[BINOP_SUBTRACT] = complex_nb_sub;
  number_methods(ComplexType).nb[BINOP_MULTIPLY] = complex_nb_mul;
  number_methods(ComplexType).nb[BINOP_TRUE_DIVIDE] = complex_nb_truediv;
  number_methods(ComplexType).nb[BINOP_POWER] = complex_nb_pow;
  number_methods(ComplexType).nb_power_mod = complex_nb_pow_mod;
  number_methods(ComplexType).nb_negative = complex_nb_neg;
  number_methods(ComplexType).nb_positive = complex_nb_pos;
  number_methods(ComplexType).nb_absolute = complex_nb_abs;
  number_methods(ComplexType).nb_bool = complex_nb_bool;
  ComplexType.new_ = complex_new;
  ComplexType.methods = g_complex_methods;
  ComplexType.members = g_complex_members;
}

}  // namespace mempy::runtime
