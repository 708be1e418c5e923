// runtime/int_ops.cpp — int's number slots: + - * // % divmod / ** pow(a, b, m) << >> & | ^ ~,
// unary minus/plus/abs, comparisons.
//
// Every slot first tries the one-digit fast path (both operands |v| < 2**30, computed in int64),
// which is what loops and recursion mostly see, then a two-digit "word" path (|v| < 2**60, in
// int64 / int128); everything else goes to bigint.h. Operands that are not ints give
// NotImplemented so the other operand's slot (or float's) gets its turn. Allocation sizes follow
// CPython's x_add / x_sub / x_mul / long_lshift1 so traced sizes agree (see int.cpp).
#include <cmath>
#include <cstring>

#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/float_format.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

#define MEMPY_CHECK_INTS(a, b) \
  if (!is_int(a) || !is_int(b)) return not_implemented_new_ref()

inline bool both_medium(Object* a, Object* b) {
  return int_is_medium(a) && int_is_medium(b);
}

// Ints of at most two digits (|v| < 2**60) are computed in machine words too. CPython only does
// that for one digit; the results are the same, and where CPython's allocation size is visible
// (tracemalloc, pool size classes) the word paths reserve the same number of digits.
inline bool is_word(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s >= -2 && s <= 2;
}
inline bool both_words(Object* a, Object* b) {
  return is_word(a) && is_word(b);
}
inline std::int64_t word_value(const Object* op) {
  const IntObject* v = static_cast<const IntObject*>(op);
  ssize s = v->size;
  if (s >= -1 && s <= 1) return s * std::int64_t(v->digits[0]);
  std::int64_t m = (std::int64_t(v->digits[1]) << DIGIT_BITS) | v->digits[0];
  return s < 0 ? -m : m;
}
inline ssize ndigits_of(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s < 0 ? -s : s;
}

// An int of value v (|v| < 2**120) in an object with room for at least `alloc` digits; small
// values give the shared small int.
Object* int_from_i128(__int128 v, ssize alloc) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return small_int(int(v));
  unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : v;
  digit d[5];
  ssize n = 0;
  for (; mag; mag >>= DIGIT_BITS) d[n++] = digit(mag & DIGIT_MASK);
  IntObject* z = int_alloc(std::max(alloc, n));
  if (!z) return nullptr;
  std::memcpy(z->digits, d, sizeof(digit) * std::size_t(n));
  z->size = v < 0 ? -n : n;
  return z;
}

// Returns the shared small int instead of z when the value is in -5..256 (maybe_small_long).
Object* maybe_small(IntObject* z) {
  if (z->size >= -1 && z->size <= 1) {
    std::int64_t v = int_medium_value(z);
    if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) {
      memory::free(z);
      return small_int(int(v));
    }
  }
  return z;
}

Object* finish(NumStatus s, const BigInt& v, const NumError& err) {
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return int_from_ref(v);
}

// a + b for operands that are not both medium.
Object* add_refs(IntRef a, IntRef b) {
  std::size_t na = a.ndigits(), nb = b.ndigits();
  if (a.is_negative() == b.is_negative()) {
    IntObject* z = int_alloc(ssize(std::max(na, nb) + 1));
    if (!z) return nullptr;
    ssize n = ssize(mag_add(a.digits, na, b.digits, nb, z->digits));
    z->size = a.is_negative() ? -n : n;
    return maybe_small(z);
  }
  // Opposite signs: the larger magnitude minus the smaller. Equal leading digits cancel and are
  // not allocated (as CPython's x_sub).
  int c = mag_compare(a.digits, na, b.digits, nb);
  if (c == 0) return small_int(0);
  if (c < 0) std::swap(a, b);
  na = a.ndigits();
  nb = b.ndigits();
  if (na == nb) {
    while (na > 0 && a.digits[na - 1] == b.digits[na - 1]) --na;
    nb = na;
  }
  IntObject* z = int_alloc(ssize(na));
  if (!z) return nullptr;
  ssize n = ssize(mag_sub(a.digits, na, b.digits, nb, z->digits));
  z->size = a.is_negative() ? -n : n;
  return maybe_small(z);
}

Object* division_by_zero(const char* msg) {
  err_set_string(&ExcZeroDivisionError, msg);
  return nullptr;
}

// Python's floor division and modulo of word values.
inline void word_divmod(std::int64_t x, std::int64_t y, std::int64_t* q, std::int64_t* r) {
  std::int64_t qq = x / y, rr = x % y;
  if (rr != 0 && ((rr < 0) != (y < 0))) {
    rr += y;
    qq -= 1;
  }
  *q = qq;
  *r = rr;
}

Object* pack_pair(Object* p, Object* q) {
  Object* t = (p && q) ? tuple_pack({p, q}) : nullptr;
  xdecref(p);
  xdecref(q);
  return t;
}

enum class Division { floor, mod, both };

// //, % and divmod(); the messages differ only for % by zero (CPython 3.11's wording).
Object* divide(Object* a, Object* b, Division kind) {
  MEMPY_CHECK_INTS(a, b);
  if (both_words(a, b)) {
    std::int64_t y = word_value(b), q, r;
    if (y == 0) {
      return division_by_zero(kind == Division::mod ? "integer modulo by zero"
                                                    : "integer division or modulo by zero");
    }
    word_divmod(word_value(a), y, &q, &r);
    if (kind == Division::both) return pack_pair(int_from_i64(q), int_from_i64(r));
    return int_from_i64(kind == Division::floor ? q : r);
  }
  BigInt q, r;
  NumError err;
  NumStatus s = num_guard([&] {
    switch (kind) {
      case Division::floor:
        return int_floordiv(int_ref(a), int_ref(b), q, err);
      case Division::mod:
        return int_mod(int_ref(a), int_ref(b), r, err);
      default:
        return int_divmod(int_ref(a), int_ref(b), q, r, err);
    }
  });
  if (s != NumStatus::ok) return num_error_raise(s, err);
  if (kind == Division::both) return pack_pair(int_from_ref(q), int_from_ref(r));
  return int_from_ref(kind == Division::floor ? q : r);
}

// int ** negative int is a float power (CPython hands the operands to float.__pow__).
Object* float_power_of_ints(Object* a, Object* b) {
  double x = int_as_double(a);
  if (x == -1.0 && err_occurred()) return nullptr;
  double y = int_as_double(b);
  if (y == -1.0 && err_occurred()) return nullptr;
  double r;
  NumError err;
  NumStatus s = float_pow(x, y, &r, err);
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return float_from_double(r);
}

Object* bitwise(Object* a, Object* b, int op) {
  MEMPY_CHECK_INTS(a, b);
  if (both_words(a, b)) {
    std::int64_t x = word_value(a), y = word_value(b);
    return int_from_i64(op == BINOP_AND ? (x & y) : op == BINOP_OR ? (x | y) : (x ^ y));
  }
  BigInt out;
  NumStatus s = num_guard([&] {
    return op == BINOP_AND  ? int_and(int_ref(a), int_ref(b), out)
           : op == BINOP_OR ? int_or(int_ref(a), int_ref(b), out)
                            : int_xor(int_ref(a), int_ref(b), out);
  });
  return finish(s, out, NumError{});
}

Object* shift(Object* a, Object* b, bool left) {
  MEMPY_CHECK_INTS(a, b);
  if (is_word(a) && int_is_medium(b)) {
    std::int64_t x = word_value(a), n = int_medium_value(b);
    if (n < 0) {
      err_set_string(&ExcValueError, "negative shift count");
      return nullptr;
    }
    if (!left) return int_from_i64(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);  // floors negatives
    if (x == 0) return small_int(0);
    if (n <= 60) {  // |x| < 2**60: the result fits in 120 bits
      // CPython reserves the old digits + the whole shifted digits + one for the remainder
      ssize alloc = ndigits_of(a) + ssize(n / DIGIT_BITS) + (n % DIGIT_BITS ? 1 : 0);
      return int_from_i128(__int128(x) * (__int128(1) << n), alloc);
    }
  }
  BigInt out;
  NumError err;
  NumStatus s = num_guard([&] {
    return left ? int_lshift(int_ref(a), int_ref(b), out, err)
                : int_rshift(int_ref(a), int_ref(b), out, err);
  });
  return finish(s, out, err);
}

}  // namespace

Object* int_add(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (both_medium(a, b)) return int_from_i64(int_medium_value(a) + int_medium_value(b));
  return add_refs(int_ref(a), int_ref(b));
}

Object* int_sub(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (both_medium(a, b)) return int_from_i64(int_medium_value(a) - int_medium_value(b));
  return add_refs(int_ref(a), int_ref(b).negated());
}

Object* int_mul(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (both_medium(a, b)) return int_from_i64(int_medium_value(a) * int_medium_value(b));
  IntRef x = int_ref(a), y = int_ref(b);
  std::size_t na = x.ndigits(), nb = y.ndigits();
  if (na == 0 || nb == 0) return small_int(0);
  if (na <= 2 && nb <= 2) {
    return int_from_i128(__int128(word_value(a)) * word_value(b), ssize(na + nb));
  }
  IntObject* z = int_alloc(ssize(na + nb));  // CPython's x_mul / k_mul result size
  if (!z) return nullptr;
  std::size_t n = 0;
  NumStatus s = num_guard([&] {
    n = mag_mul(x.digits, na, y.digits, nb, z->digits);
    return NumStatus::ok;
  });
  if (s != NumStatus::ok) {
    memory::free(z);
    return err_no_memory();
  }
  z->size = x.is_negative() != y.is_negative() ? -ssize(n) : ssize(n);
  return z;
}

Object* int_floordiv(Object* a, Object* b) {
  return divide(a, b, Division::floor);
}
Object* int_mod(Object* a, Object* b) {
  return divide(a, b, Division::mod);
}
Object* int_divmod(Object* a, Object* b) {
  return divide(a, b, Division::both);
}

Object* int_true_divide(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (both_words(a, b)) {
    // both exact in a double (|v| <= 2**53), so one IEEE division is correctly rounded
    constexpr std::int64_t kExact = std::int64_t(1) << 53;
    std::int64_t x = word_value(a), y = word_value(b);
    if (y == 0) return division_by_zero("division by zero");
    if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact) {
      return float_from_double(double(x) / double(y));
    }
  }
  double d;
  NumError err;
  NumStatus s = num_guard([&] { return int_true_divide(int_ref(a), int_ref(b), &d, err); });
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return float_from_double(d);
}

Object* int_pow(Object* a, Object* b) {
  return int_pow_mod(a, b, nullptr);
}

Object* int_pow_mod(Object* a, Object* b, Object* m) {
  MEMPY_CHECK_INTS(a, b);
  if (m && is_none(m)) m = nullptr;
  if (m && !is_int(m)) return not_implemented_new_ref();
  BigInt out;
  NumError err;
  NumStatus s;
  if (m) {
    s = num_guard([&] { return int_pow_mod(int_ref(a), int_ref(b), int_ref(m), out, err); });
  } else {
    if (int_sign(b) < 0) return float_power_of_ints(a, b);
    s = num_guard([&] { return int_pow(int_ref(a), int_ref(b), out, err); });
  }
  // CPython's last step (a multiplication or a remainder) gives a one-digit result through
  // _PyLong_FromSTwoDigits / PyLong_FromLong: a 32-byte block
  if (s == NumStatus::ok && out.ref().ndigits() <= 1) {
    IntRef v = out;
    std::int64_t m = v.ndigits() ? v.digits[0] : 0;
    return int_from_i64(v.is_negative() ? -m : m);
  }
  return finish(s, out, err);
}

Object* int_lshift(Object* a, Object* b) {
  return shift(a, b, true);
}
Object* int_rshift(Object* a, Object* b) {
  return shift(a, b, false);
}

Object* int_and(Object* a, Object* b) {
  return bitwise(a, b, BINOP_AND);
}
Object* int_or(Object* a, Object* b) {
  return bitwise(a, b, BINOP_OR);
}
Object* int_xor(Object* a, Object* b) {
  return bitwise(a, b, BINOP_XOR);
}

Object* int_neg(Object* a) {
  if (int_is_medium(a)) return int_from_i64(-int_medium_value(a));
  IntRef x = int_ref(a);
  return int_from_digits(!x.is_negative(), x.digits, ssize(x.ndigits()));
}

Object* int_pos(Object* a) {
  return int_exact_copy(a);
}

Object* int_abs(Object* a) {
  return int_sign(a) < 0 ? int_neg(a) : int_pos(a);
}

Object* int_invert(Object* a) {
  if (int_is_medium(a)) return int_from_i64(-(int_medium_value(a) + 1));
  BigInt out;
  NumStatus s = num_guard([&] { return int_invert(int_ref(a), out); });
  return finish(s, out, NumError{});
}

int int_bool(Object* a) {
  return static_cast<IntObject*>(a)->size != 0;
}

Object* int_float(Object* a) {
  double d = int_as_double(a);
  if (d == -1.0 && err_occurred()) return nullptr;
  return float_from_double(d);
}

Object* int_richcompare(Object* a, Object* b, int op) {
  if (!is_int(a) || !is_int(b)) return not_implemented_new_ref();
  int c;
  if (both_medium(a, b)) {  // sorting and loops compare small ints: no digit walk
    std::int64_t x = int_medium_value(a), y = int_medium_value(b);
    c = (x > y) - (x < y);
  } else {
    c = a == b ? 0 : int_compare(a, b);
  }
  return bool_new_ref(compare_holds(c, op));
}

}  // namespace mempy::runtime
