// runtime/float.cpp — float objects: storage and CPython 3.11's 100-entry free list, the number
// slots, exact comparison with ints of any size, hash and repr.
//
// Mixed arithmetic converts an int operand to double first (OverflowError "int too large to
// convert to float" beyond the double range), as CPython's CONVERT_TO_DOUBLE. Comparisons with
// ints are exact instead: 2**53 + 1 != float(2**53 + 1) even though the conversion rounds.
#include "runtime/float.h"

#include <cmath>
#include <cstdint>

#include "memory/allocator.h"
#include "memory/tracer.h"
#include "runtime/abstract.h"
#include "runtime/complex.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float_format.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject FloatType;

namespace {

constexpr int FLOAT_MAXFREELIST = 100;
FloatObject* g_free = nullptr;  // chained through the type field
int g_numfree = 0;

inline double fval(Object* op) {
  return static_cast<FloatObject*>(op)->value;
}

// Converts an operand for arithmetic: floats and ints; otherwise NotImplemented.
enum class Conv { Ok, NotImplemented, Error };
Conv to_double(Object* v, double* out) {
  if (is_float(v)) {
    *out = fval(v);
    return Conv::Ok;
  }
  if (is_int(v)) {
    *out = int_as_double(v);
    if (*out == -1.0 && err_occurred()) return Conv::Error;
    return Conv::Ok;
  }
  return Conv::NotImplemented;
}

#define MEMPY_FLOAT_OPERANDS(a, b, x, y)                              \
  double x, y;                                                        \
  {                                                                   \
    Conv ca = to_double(a, &x);                                       \
    if (ca == Conv::Error) return nullptr;                            \
    if (ca == Conv::NotImplemented) return not_implemented_new_ref(); \
    Conv cb = to_double(b, &y);                                       \
    if (cb == Conv::Error) return nullptr;                            \
    if (cb == Conv::NotImplemented) return not_implemented_new_ref(); \
  }

Object* float_result(NumStatus s, double r, const NumError& err) {
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return float_from_double(r);
}

// Compares d with an int exactly: -1, 0, 1, or 2 when d is NaN (unordered). Like CPython's
// float_richcompare: signs first, then bit lengths against the binary exponent, and only for
// equal magnitudes an exact integer comparison of floor(d).
int compare_double_int(double d, Object* i) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? 1 : -1;
  if (int_is_medium(i)) {
    double v = double(int_medium_value(i));  // exact
    return d < v ? -1 : d > v ? 1 : 0;
  }
  int dsign = d == 0.0 ? 0 : d < 0 ? -1 : 1;
  int isign = int_sign(i);
  if (dsign != isign) return dsign < isign ? -1 : 1;
  // same nonzero sign: compare magnitudes, then apply the sign
  std::uint64_t nbits = int_bit_length(int_ref(i));
  int exponent;
  std::frexp(std::fabs(d), &exponent);  // |d| in [2**(exponent-1), 2**exponent)
  int mag;
  if (exponent < 0 || std::uint64_t(exponent) < nbits) {
    mag = -1;
  } else if (std::uint64_t(exponent) > nbits) {
    mag = 1;
  } else {
    double fl = std::floor(std::fabs(d));
    BigInt whole;
    NumError err;
    if (int_from_double(fl, whole, err) != NumStatus::ok) return 0;  // finite: cannot fail
    mag = int_compare(whole, int_ref(i).abs());
    if (mag == 0 && std::fabs(d) > fl) mag = 1;
  }
  return dsign < 0 ? -mag : mag;
}

}  // namespace

// ---- storage ------------------------------------------------------------------------------------

namespace {

void float_dealloc(Object* op) {
  if (op->type != &FloatType) {
    op->type->free_fn(op);
  } else if (g_numfree < FLOAT_MAXFREELIST) {
    op->type = reinterpret_cast<TypeObject*>(g_free);
    g_free = static_cast<FloatObject*>(op);
    ++g_numfree;
  } else {
    memory::free(op);
  }
}

}  // namespace

Object* float_from_double(double v) {
  FloatObject* f;
  if (g_free) {
    f = g_free;
    g_free = reinterpret_cast<FloatObject*>(f->type);
    --g_numfree;
    memory::tracer::note_reuse(f);
  } else {
    f = static_cast<FloatObject*>(memory::alloc(sizeof(FloatObject)));
    if (!f) return err_no_memory();
  }
  f->refcnt = 1;
  f->type = &FloatType;
  f->value = v;
  return f;
}

int float_free_list_size() {
  return g_numfree;
}

void float_clear_free_list() {
  while (g_free) {
    FloatObject* f = g_free;
    g_free = reinterpret_cast<FloatObject*>(f->type);
    memory::free(f);
  }
  g_numfree = 0;
}

namespace {

// ---- number slots -------------------------------------------------------------------------------

Object* float_nb_add(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_nb_sub(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_nb_mul(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x * y);
}
// x / y, x // y, x % y: one rule of the numeric layer each.
using FloatRule = NumStatus (*)(double, double, double*, NumError&);
Object* float_binary_rule(Object* a, Object* b, FloatRule rule) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  double r;
  NumError err;
  NumStatus s = rule(x, y, &r, err);
  return float_result(s, r, err);
}
Object* float_nb_truediv(Object* a, Object* b) {
  return float_binary_rule(a, b, float_div);
}
Object* float_nb_floordiv(Object* a, Object* b) {
  return float_binary_rule(a, b, float_floordiv);
}
Object* float_nb_mod(Object* a, Object* b) {
  return float_binary_rule(a, b, float_mod);
}
Object* float_nb_divmod(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  double q, r;
  NumError err;
  NumStatus s = float_divmod(x, y, &q, &r, err);
  if (s != NumStatus::ok) return num_error_raise(s, err);
  Object* p1 = float_from_double(q);
  Object* p2 = float_from_double(r);
  Object* t = (p1 && p2) ? tuple_pack({p1, p2}) : nullptr;
  xdecref(p1);
  xdecref(p2);
  return t;
}
Object* float_nb_pow(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  double r;
  NumError err;
  NumStatus s = float_pow(x, y, &r, err);
  // a negative base to a fractional power: complex.__pow__ of the same operands, as CPython
  if (s == NumStatus::complex_result) return complex_power(a, b);
  return float_result(s, r, err);
}
Object* float_nb_pow_mod(Object* a, Object* b, Object* m) {
  if (!is_none(m)) {
    err_set_string(&ExcTypeError,
                   "pow() 3rd argument not allowed unless all arguments are integers");
    return nullptr;
  }
  return float_nb_pow(a, b);
}

Object* float_nb_neg(Object* a) {
  return float_from_double(-fval(a));
}
Object* float_nb_abs(Object* a) {
  return float_from_double(std::fabs(fval(a)));
}
int float_nb_bool(Object* a) {
  return fval(a) != 0.0;
}
Object* float_nb_int(Object* a) {
  return int_from_double(fval(a));
}
Object* float_nb_float(Object* a) {
  if (is_float_exact(a)) return new_ref(a);
  return float_from_double(fval(a));
}
Object* float_nb_pos(Object* a) {
  return float_nb_float(a);
}

Object* float_richcompare(Object* a, Object* b, int op) {
  double x = fval(a);
  if (is_float(b)) {
    double y = fval(b);
    bool r;
    switch (op) {
      case CMP_LT:
        r = x < y;
        break;
      case CMP_LE:
        r = x <= y;
        break;
      case CMP_EQ:
        r = x == y;
        break;
      case CMP_NE:
        r = x != y;
        break;
      case CMP_GT:
        r = x > y;
        break;
      default:
        r = x >= y;
        break;
    }
    return bool_new_ref(r);
  }
  if (!is_int(b)) return not_implemented_new_ref();
  int c = compare_double_int(x, b);
  if (c == 2) return bool_new_ref(op == CMP_NE);
  return bool_new_ref(compare_holds(c, op));
}

hash_t float_hash_slot(Object* op) {
  bool identity;
  std::int64_t h = float_hash(fval(op), &identity);
  if (!identity) return hash_t(h);
  // NaN hashes by identity since 3.10 (CPython's _Py_HashPointer: the address rotated by 4)
  auto y = reinterpret_cast<std::uintptr_t>(op);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  hash_t r = hash_t(y);
  return r == -1 ? -2 : r;
}

}  // namespace

Object* float_repr(Object* op) {
  std::string s = float_repr(fval(op));
  return str_from_ascii(s.data(), s.size());
}

// ---- conversions --------------------------------------------------------------------------------

double float_as_double(Object* op) {
  if (is_float(op)) return fval(op);
  TypeObject* t = op->type;
  if (!t->as_number->nb_float) {
    if (t->as_number->nb_index) {
      Object* i = number_index(op);
      if (!i) return -1.0;
      double v = int_as_double(i);
      decref(i);
      return v;
    }
    err_format(&ExcTypeError, "must be real number, not {}", type_name(t));
    return -1.0;
  }
  Object* r = t->as_number->nb_float(op);
  if (!r) return -1.0;
  if (!is_float(r)) {
    err_format(&ExcTypeError, "{}.__float__ returned non-float (type {})", type_name(t),
               type_name(r->type));
    decref(r);
    return -1.0;
  }
  double v = fval(r);
  decref(r);
  return v;
}

void float_type_init() {
  FloatType.name = "float";
  FloatType.basicsize = sizeof(FloatObject);
  FloatType.flags = TPFLAG_BASETYPE | TPFLAG_VECTORCALL;
  FloatType.doc = "Convert a string or number to a floating point number, if possible.";
  FloatType.dealloc = float_dealloc;
  FloatType.repr = float_repr;
  FloatType.hash = float_hash_slot;
  FloatType.richcompare = float_richcompare;
  number_methods(FloatType).nb[BINOP_ADD] = float_nb_add;
  number_methods(FloatType).nb[BINOP_SUBTRACT] = float_nb_sub;
  number_methods(FloatType).nb[BINOP_MULTIPLY] = float_nb_mul;
  number_methods(FloatType).nb[BINOP_TRUE_DIVIDE] = float_nb_truediv;
  number_methods(FloatType).nb[BINOP_FLOOR_DIVIDE] = float_nb_floordiv;
  number_methods(FloatType).nb[BINOP_REMAINDER] = float_nb_mod;
  number_methods(FloatType).nb[BINOP_POWER] = float_nb_pow;
  number_methods(FloatType).nb_divmod = float_nb_divmod;
  number_methods(FloatType).nb_power_mod = float_nb_pow_mod;
  number_methods(FloatType).nb_negative = float_nb_neg;
  number_methods(FloatType).nb_positive = float_nb_pos;
  number_methods(FloatType).nb_absolute = float_nb_abs;
  number_methods(FloatType).nb_bool = float_nb_bool;
  number_methods(FloatType).nb_int = float_nb_int;
  number_methods(FloatType).nb_float = float_nb_float;
  FloatType.new_ = float_new;
  FloatType.methods = g_float_methods;
  FloatType.getset = g_float_getset;
}

}  // namespace mempy::runtime
