// runtime/int.cpp — int and bool objects.
//
// Interim arithmetic: values are handled exactly while they fit in 64 bits (using 128-bit
// intermediates); results always use CPython's 30-bit digit layout. Operations on values beyond
// 64 bits raise OverflowError until the arbitrary-precision layer (runtime/bigint.h) is wired in.
#include "runtime/int.h"

#include <cmath>
#include <cstring>
#include <limits>

#include "memory/allocator.h"
#include "memory/gc.h"
#include <vector>
#include "runtime/bytes.h"
#include "runtime/format.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject IntType;
TypeObject BoolType;
IntObject g_small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
IntObject g_true_object;
IntObject g_false_object;

namespace {

using i128 = __int128;

constexpr std::size_t INT_HEADER = offsetof(IntObject, digits);

inline IntObject* as_int(Object* op) { return static_cast<IntObject*>(op); }
inline ssize ndigits(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s < 0 ? -s : s;
}

// The value when it fits in int64.
bool int_to_i64(const Object* op, std::int64_t* out) {
  const IntObject* v = static_cast<const IntObject*>(op);
  ssize n = ndigits(op);
  if (n > 3) return false;
  std::uint64_t mag = 0;
  for (ssize i = n - 1; i >= 0; --i) {
    if (mag >> (64 - INT_DIGIT_BITS)) return false;
    mag = (mag << INT_DIGIT_BITS) | v->digits[i];
  }
  if (v->size < 0) {
    if (mag > std::uint64_t(1) << 63) return false;
    *out = mag == (std::uint64_t(1) << 63) ? std::numeric_limits<std::int64_t>::min()
                                             : -std::int64_t(mag);
  } else {
    if (mag > std::uint64_t(std::numeric_limits<std::int64_t>::max())) return false;
    *out = std::int64_t(mag);
  }
  return true;
}

Object* big_not_supported() {
  err_set_string(&ExcOverflowError, "integer operation on values beyond 64 bits is not supported yet");
  return nullptr;
}

Object* int_from_i128(i128 v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return small_int(int(v));
  bool neg = v < 0;
  unsigned __int128 mag = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  ssize n = 0;
  for (unsigned __int128 t = mag; t; t >>= INT_DIGIT_BITS) ++n;
  IntObject* r = int_alloc(n);
  if (!r) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    r->digits[i] = digit(mag & INT_DIGIT_MASK);
    mag >>= INT_DIGIT_BITS;
  }
  r->size = neg ? -n : n;
  return r;
}

// Both operands as int64, or false (big values).
bool both_i64(Object* a, Object* b, std::int64_t* x, std::int64_t* y) {
  return int_to_i64(a, x) && int_to_i64(b, y);
}

Object* int_dealloc_placeholder = nullptr;

void int_dealloc(Object* op) {
  if (op->type == &IntType || op->type == &BoolType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

}  // namespace

IntObject* int_alloc(ssize n) {
  std::size_t size = INT_HEADER + sizeof(digit) * std::size_t(n > 0 ? n : 1);
  IntObject* r = static_cast<IntObject*>(memory::alloc(size));
  if (!r) {
    err_no_memory();
    return nullptr;
  }
  r->refcnt = 1;
  r->type = &IntType;
  r->size = n;
  r->digits[0] = 0;
  return r;
}

IntObject* int_normalize(IntObject* op) {
  ssize n = ndigits(op);
  while (n > 0 && op->digits[n - 1] == 0) --n;
  op->size = op->size < 0 ? -n : n;
  return op;
}

Object* int_from_i64(std::int64_t v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return small_int(int(v));
  std::uint64_t mag = v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
  if (mag < (std::uint64_t(1) << INT_DIGIT_BITS)) {
    IntObject* r = int_alloc(1);
    if (!r) return nullptr;
    r->digits[0] = digit(mag);
    r->size = v < 0 ? -1 : 1;
    return r;
  }
  return int_from_i128(v);
}

Object* int_from_u64(std::uint64_t v) { return int_from_i128(i128(v)); }

Object* int_from_digits(bool negative, const digit* digits, ssize n) {
  while (n > 0 && digits[n - 1] == 0) --n;
  if (n <= 1) {
    std::int64_t v = n ? digits[0] : 0;
    return int_from_i64(negative ? -v : v);
  }
  IntObject* r = int_alloc(n);
  if (!r) return nullptr;
  std::memcpy(r->digits, digits, sizeof(digit) * std::size_t(n));
  r->size = negative ? -n : n;
  return r;
}

Object* int_from_double(double v) {
  if (std::isinf(v)) {
    err_set_string(&ExcOverflowError, "cannot convert float infinity to integer");
    return nullptr;
  }
  if (std::isnan(v)) {
    err_set_string(&ExcValueError, "cannot convert float NaN to integer");
    return nullptr;
  }
  double t = std::trunc(v);
  if (t >= -9.2233720368547758e18 && t < 9.2233720368547758e18) {
    return int_from_i64(std::int64_t(t));
  }
  // exact conversion of a large double: mantissa * 2**exp
  int exp;
  double m = std::frexp(std::fabs(t), &exp);
  std::uint64_t mant = std::uint64_t(std::ldexp(m, 53));
  exp -= 53;
  ssize nd = (exp + 53 + INT_DIGIT_BITS - 1) / INT_DIGIT_BITS + 1;
  std::vector<digit> d(std::size_t(nd), 0);
  for (int bit = 0; bit < 53; ++bit) {
    if (mant >> bit & 1) {
      int pos = bit + exp;
      d[std::size_t(pos / INT_DIGIT_BITS)] |= digit(1) << (pos % INT_DIGIT_BITS);
    }
  }
  return int_from_digits(v < 0, d.data(), nd);
}

std::int64_t int_as_i64(Object* op, bool* overflow) {
  std::int64_t v = 0;
  *overflow = !int_to_i64(op, &v);
  return v;
}

ssize int_as_ssize(Object* op) {
  std::int64_t v;
  if (!int_to_i64(op, &v)) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return ssize(v);
}

double int_as_double(Object* op) {
  std::int64_t v;
  if (int_to_i64(op, &v)) return double(v);
  // sum digits from the top (rounding may differ from CPython's correctly rounded result for
  // values beyond 2**64; the bigint layer replaces this)
  const IntObject* i = as_int(op);
  double r = 0;
  for (ssize k = ndigits(op) - 1; k >= 0; --k) r = r * double(1u << INT_DIGIT_BITS) + i->digits[k];
  if (std::isinf(r)) {
    err_set_string(&ExcOverflowError, "int too large to convert to float");
    return -1.0;
  }
  return i->size < 0 ? -r : r;
}

int int_sign(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s < 0 ? -1 : s > 0;
}

std::int64_t int_bit_length(Object* op) {
  ssize n = ndigits(op);
  if (n == 0) return 0;
  digit top = as_int(op)->digits[n - 1];
  int bits = 0;
  while (top) {
    ++bits;
    top >>= 1;
  }
  return std::int64_t(n - 1) * INT_DIGIT_BITS + bits;
}

int int_compare(Object* a, Object* b) {
  IntObject* x = as_int(a);
  IntObject* y = as_int(b);
  if (x->size != y->size) return x->size < y->size ? -1 : 1;
  ssize n = ndigits(a);
  for (ssize i = n - 1; i >= 0; --i) {
    if (x->digits[i] != y->digits[i]) {
      bool less = x->digits[i] < y->digits[i];
      if (x->size < 0) less = !less;
      return less ? -1 : 1;
    }
  }
  return 0;
}

hash_t int_hash(Object* op) {
  // value mod (2**61 - 1), sign applied, -1 -> -2 (CPython's long_hash)
  constexpr std::uint64_t MODULUS = (std::uint64_t(1) << 61) - 1;
  IntObject* v = as_int(op);
  ssize n = ndigits(op);
  std::uint64_t x = 0;
  for (ssize i = n - 1; i >= 0; --i) {
    x = ((x << INT_DIGIT_BITS) & MODULUS) | (x >> (61 - INT_DIGIT_BITS));
    x += v->digits[i];
    if (x >= MODULUS) x -= MODULUS;
  }
  hash_t h = v->size < 0 ? -hash_t(x) : hash_t(x);
  return h == -1 ? -2 : h;
}

bool int_to_decimal(Object* op, std::string& out) {
  std::int64_t v;
  if (int_to_i64(op, &v)) {
    out = std::to_string(v);
    return true;
  }
  // repeated division by 10**9 on a copy of the digits
  IntObject* i = as_int(op);
  std::vector<digit> d(i->digits, i->digits + ndigits(op));
  std::string rev;
  while (!d.empty()) {
    std::uint64_t rem = 0;
    for (ssize k = ssize(d.size()) - 1; k >= 0; --k) {
      std::uint64_t cur = (rem << INT_DIGIT_BITS) | d[std::size_t(k)];
      d[std::size_t(k)] = digit(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (!d.empty() && d.back() == 0) d.pop_back();
    for (int k = 0; k < 9; ++k) {
      rev.push_back(char('0' + rem % 10));
      rem /= 10;
      if (d.empty() && rem == 0) break;
    }
  }
  if (i->size < 0) rev.push_back('-');
  out.assign(rev.rbegin(), rev.rend());
  return true;
}

Object* int_repr(Object* op) {
  std::string s;
  if (!int_to_decimal(op, s)) return nullptr;
  return str_from_ascii(s.data(), s.size());
}

Object* int_format_base(Object* op, int base) {
  std::int64_t v;
  if (!int_to_i64(op, &v)) return big_not_supported();
  std::uint64_t mag = v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
  std::string digits;
  do {
    int d = int(mag % unsigned(base));
    digits.push_back(char(d < 10 ? '0' + d : 'a' + d - 10));
    mag /= unsigned(base);
  } while (mag);
  std::string out = v < 0 ? "-" : "";
  out += base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  out.append(digits.rbegin(), digits.rend());
  return str_from_ascii(out.data(), out.size());
}

Object* int_from_string(const char* s, std::size_t len, int base) {
  std::string text(s, len);
  std::size_t i = 0, n = text.size();
  auto fail = [&]() -> Object* {
    Object* str = str_from_utf8(s, len);
    std::string r = str ? repr_for_message(str) : "''";
    xdecref(str);
    err_format(&ExcValueError, "invalid literal for int() with base {}: {}", base, r);
    return nullptr;
  };
  while (i < n && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  while (n > i && std::isspace(static_cast<unsigned char>(text[n - 1]))) --n;
  bool neg = false;
  if (i < n && (text[i] == '+' || text[i] == '-')) neg = text[i++] == '-';
  int b = base;
  if (i + 1 < n && text[i] == '0') {
    char p = char(std::tolower(static_cast<unsigned char>(text[i + 1])));
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (b == 0 || b == pb)) {
      b = pb;
      i += 2;
      if (i < n && text[i] == '_') ++i;
    }
  }
  if (b == 0) {
    b = 10;
    // base 0: a decimal with leading zeros is only valid when it is zero
    if (i < n && text[i] == '0') {
      for (std::size_t k = i; k < n; ++k) {
        if (text[k] != '0' && text[k] != '_') return fail();
      }
    }
  }
  if (i >= n) return fail();
  i128 acc = 0;
  bool prev_underscore = true;  // disallow a leading underscore
  for (; i < n; ++i) {
    char c = text[i];
    if (c == '_') {
      if (prev_underscore) return fail();
      prev_underscore = true;
      continue;
    }
    int d;
    if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      d = std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
    } else {
      return fail();
    }
    if (d >= b) return fail();
    prev_underscore = false;
    acc = acc * b + d;
    if (acc > (i128(1) << 100)) return big_not_supported();
  }
  if (prev_underscore) return fail();
  return int_from_i128(neg ? -acc : acc);
}

// ---- arithmetic -------------------------------------------------------------------------------
#define MEMPY_CHECK_INTS(a, b)                              \
  if (!is_int(a) || !is_int(b)) return not_implemented_new_ref();

Object* int_add(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (int_is_medium(a) && int_is_medium(b)) return int_from_i64(int_medium_value(a) + int_medium_value(b));
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  return int_from_i128(i128(x) + y);
}

Object* int_sub(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  if (int_is_medium(a) && int_is_medium(b)) return int_from_i64(int_medium_value(a) - int_medium_value(b));
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  return int_from_i128(i128(x) - y);
}

Object* int_mul(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  return int_from_i128(i128(x) * y);
}

namespace {

bool divmod_i64(Object* a, Object* b, i128* q, i128* r) {
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) {
    big_not_supported();
    return false;
  }
  if (y == 0) {
    err_set_string(&ExcZeroDivisionError, "integer division or modulo by zero");
    return false;
  }
  i128 qq = i128(x) / y, rr = i128(x) % y;
  if (rr != 0 && ((rr < 0) != (y < 0))) {
    rr += y;
    qq -= 1;
  }
  *q = qq;
  *r = rr;
  return true;
}

}  // namespace

Object* int_floordiv(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  i128 q, r;
  if (!divmod_i64(a, b, &q, &r)) return nullptr;
  return int_from_i128(q);
}

Object* int_mod(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  i128 q, r;
  if (!divmod_i64(a, b, &q, &r)) return nullptr;
  return int_from_i128(r);
}

namespace {

Object* int_divmod(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  i128 q, r;
  if (!divmod_i64(a, b, &q, &r)) return nullptr;
  Object* qo = int_from_i128(q);
  Object* ro = int_from_i128(r);
  if (!qo || !ro) {
    xdecref(qo);
    xdecref(ro);
    return nullptr;
  }
  Object* t = tuple_pack({qo, ro});
  decref(qo);
  decref(ro);
  return t;
}

}  // namespace

Object* int_true_divide(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  if (y == 0) {
    err_set_string(&ExcZeroDivisionError, "division by zero");
    return nullptr;
  }
  // exact when both fit in 53 bits (CPython's fast path); otherwise long double keeps it close
  constexpr std::int64_t LIM = std::int64_t(1) << 53;
  if (x > -LIM && x < LIM && y > -LIM && y < LIM) return float_from_double(double(x) / double(y));
  return float_from_double(double((long double)x / (long double)y));
}

Object* int_neg(Object* a) {
  std::int64_t x;
  if (!int_to_i64(a, &x)) return big_not_supported();
  return int_from_i128(-i128(x));
}

namespace {

Object* int_pos(Object* a) {
  if (is_int_exact(a)) return new_ref(a);
  return int_from_digits(as_int(a)->size < 0, as_int(a)->digits, ndigits(a));
}

Object* int_abs(Object* a) {
  if (as_int(a)->size < 0) return int_neg(a);
  return int_pos(a);
}

Object* int_invert(Object* a) {
  std::int64_t x;
  if (!int_to_i64(a, &x)) return big_not_supported();
  return int_from_i128(-i128(x) - 1);
}

int int_bool(Object* a) { return as_int(a)->size != 0; }

Object* int_pow_impl(Object* a, Object* b, Object* m) {
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  if (m && !is_none(m)) {
    if (!is_int(m)) return not_implemented_new_ref();
    std::int64_t mod;
    bool ov;
    mod = int_as_i64(m, &ov);
    if (ov) return big_not_supported();
    if (mod == 0) {
      err_set_string(&ExcValueError, "pow() 3rd argument cannot be 0");
      return nullptr;
    }
    if (y < 0) return big_not_supported();
    i128 base = ((i128(x) % mod) + mod) % mod, res = 1 % mod;
    while (y) {
      if (y & 1) res = res * base % mod;
      base = base * base % mod;
      y >>= 1;
    }
    if (res != 0 && mod < 0) res += mod;
    if (res > 0 && mod < 0) res = res + mod;
    return int_from_i128(res);
  }
  if (y < 0) {
    if (x == 0) {
      err_set_string(&ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
      return nullptr;
    }
    return float_from_double(std::pow(double(x), double(y)));
  }
  i128 res = 1, base = x;
  const i128 LIMIT = i128(1) << 100;
  while (y) {
    if (y & 1) {
      res *= base;
      if (res > LIMIT || res < -LIMIT) return big_not_supported();
    }
    y >>= 1;
    if (y) {
      base *= base;
      if (base > LIMIT || base < -LIMIT) return big_not_supported();
    }
  }
  return int_from_i128(res);
}

Object* int_pow(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  return int_pow_impl(a, b, nullptr);
}
Object* int_pow_mod(Object* a, Object* b, Object* m) {
  MEMPY_CHECK_INTS(a, b);
  return int_pow_impl(a, b, m);
}

Object* int_bitop(Object* a, Object* b, int op) {
  MEMPY_CHECK_INTS(a, b);
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  switch (op) {
    case BINOP_AND: return int_from_i64(x & y);
    case BINOP_OR: return int_from_i64(x | y);
    default: return int_from_i64(x ^ y);
  }
}
Object* int_and(Object* a, Object* b) { return int_bitop(a, b, BINOP_AND); }
Object* int_or(Object* a, Object* b) { return int_bitop(a, b, BINOP_OR); }
Object* int_xor(Object* a, Object* b) { return int_bitop(a, b, BINOP_XOR); }

Object* int_rshift(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  if (y < 0) {
    err_set_string(&ExcValueError, "negative shift count");
    return nullptr;
  }
  if (y >= 64) return int_from_i64(x < 0 ? -1 : 0);
  return int_from_i64(x >> y);
}

}  // namespace

Object* int_lshift(Object* a, Object* b) {
  MEMPY_CHECK_INTS(a, b);
  std::int64_t x, y;
  if (!both_i64(a, b, &x, &y)) return big_not_supported();
  if (y < 0) {
    err_set_string(&ExcValueError, "negative shift count");
    return nullptr;
  }
  if (x == 0) return small_int(0);
  if (y > 60) return big_not_supported();
  return int_from_i128(i128(x) << y);
}

namespace {

Object* int_richcompare(Object* a, Object* b, int op) {
  if (!is_int(a) || !is_int(b)) return not_implemented_new_ref();
  int c = int_compare(a, b);
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_new_ref(r);
}

hash_t int_hash_slot(Object* a) { return int_hash(a); }

Object* int_int(Object* a) { return int_pos(a); }
Object* int_float(Object* a) {
  double d = int_as_double(a);
  if (d == -1.0 && err_occurred()) return nullptr;
  return float_from_double(d);
}

Object* int_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);

Object* int_subtype_new(TypeObject* type, Object* value) {
  // an instance of an int subclass: copy the digits into a subtype-sized object
  ssize n = ndigits(value);
  IntObject* r = static_cast<IntObject*>(type_generic_alloc(type, n > 0 ? n : 1));
  if (!r) return nullptr;
  r->size = as_int(value)->size;
  std::memcpy(r->digits, as_int(value)->digits, sizeof(digit) * std::size_t(n));
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_track(r);
  return r;
}

Object* int_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"int", {"", "base"}, 1, 2, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Object* x = a[0];
  Object* result;
  if (!x) {
    if (a[1]) {
      err_set_string(&ExcTypeError, "int() missing string argument");
      return nullptr;
    }
    result = small_int(0);
  } else if (a[1]) {
    ssize base = number_as_ssize(a[1], &ExcOverflowError);
    if (base == -1 && err_occurred()) return nullptr;
    if ((base != 0 && base < 2) || base > 36) {
      err_set_string(&ExcValueError, "int() base must be >= 2 and <= 36, or 0");
      return nullptr;
    }
    if (is_str(x)) {
      ssize len;
      const char* s = str_utf8(x, &len);
      if (!s) return nullptr;
      result = int_from_string(s, std::size_t(len), int(base));
    } else if (std::string_view v; bytes_like_data(x, &v)) {
      result = int_from_string(v.data(), v.size(), int(base));
    } else {
      err_set_string(&ExcTypeError, "int() can't convert non-string with explicit base");
      return nullptr;
    }
  } else {
    result = number_long(x);
  }
  if (!result || type == &IntType) return result;
  Object* sub = int_subtype_new(type, result);
  decref(result);
  return sub;
}

// ---- methods ----------------------------------------------------------------------------------
Object* int_bit_length_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("bit_length", nargs, kwnames)) return nullptr;
  return int_from_i64(int_bit_length(self));
}
Object* int_bit_count_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("bit_count", nargs, kwnames)) return nullptr;
  std::int64_t c = 0;
  for (ssize i = 0; i < ndigits(self); ++i) c += __builtin_popcount(as_int(self)->digits[i]);
  return int_from_i64(c);
}
Object* int_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("conjugate", nargs, kwnames)) return nullptr;
  return int_pos(self);
}
Object* int_index_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__index__", nargs, kwnames)) return nullptr;
  return int_pos(self);
}
Object* int_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  // 3.11.7 counts at least one digit (getsizeof(0) == 28)
  ssize n = ndigits(self);
  // the int header, not the type's basicsize: a subclass's dict slot is not counted (CPython)
  return int_from_ssize(ssize(INT_HEADER) + (n > 0 ? n : 1) * ssize(sizeof(digit)));
}
Object* int_getnewargs(Object* self, Object* const*, ssize, Object*) {
  Object* v = int_pos(self);
  if (!v) return nullptr;
  Object* t = tuple_pack({v});
  decref(v);
  return t;
}
Object* int_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  return format_int_spec(self, args[0]);
}
Object* int_round_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_nargs("__round__", nargs, 0, 1) || !check_no_kwargs("__round__", kwnames)) return nullptr;
  if (nargs == 0 || is_none(args[0])) return int_pos(self);
  Object* nd = number_index(args[0]);
  if (!nd) return nullptr;
  std::int64_t n;
  bool ov;
  n = int_as_i64(nd, &ov);
  decref(nd);
  if (ov || n >= 0) return int_pos(self);
  std::int64_t x;
  if (!int_to_i64(self, &x)) return big_not_supported();
  if (n < -18) return small_int(0);
  i128 p = 1;
  for (std::int64_t k = 0; k < -n; ++k) p *= 10;
  i128 q = x / p, r = x % p;
  if (r < 0) {
    r += p;
    q -= 1;
  }
  // round half to even
  if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
  return int_from_i128(q * p);
}
Object* int_trunc_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__trunc__", nargs, kwnames)) return nullptr;
  return int_pos(self);
}
Object* int_get_real(Object* self, void*) { return int_pos(self); }
Object* int_get_imag(Object*, void*) { return small_int(0); }
Object* int_get_numerator(Object* self, void*) { return int_pos(self); }
Object* int_get_denominator(Object*, void*) { return small_int(1); }

MethodDef int_methods[] = {
    {"bit_length", int_bit_length_method, METH_DEFAULT, "Number of bits necessary to represent self in binary."},
    {"bit_count", int_bit_count_method, METH_DEFAULT, "Number of ones in the binary representation."},
    {"conjugate", int_conjugate, METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"__sizeof__", int_sizeof, METH_DEFAULT, "Returns size in memory, in bytes."},
    {"__getnewargs__", int_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", int_format_method, METH_DEFAULT, nullptr},
    {"__round__", int_round_method, METH_DEFAULT, "Rounding an Integral returns itself."},
    {"__trunc__", int_trunc_method, METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", int_trunc_method, METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", int_trunc_method, METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef int_getset[] = {
    {"real", int_get_real, nullptr, nullptr, nullptr},
    {"imag", int_get_imag, nullptr, nullptr, nullptr},
    {"numerator", int_get_numerator, nullptr, nullptr, nullptr},
    {"denominator", int_get_denominator, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- bool ----------------------------------------------------------------------------------------
Object* bool_repr(Object* self) {
  return self == True() ? str_from_ascii("True", 4) : str_from_ascii("False", 5);
}
Object* bool_new(TypeObject*, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "bool() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "bool expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  if (nargs == 0) return bool_new_ref(false);
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  return bool_new_ref(t);
}
Object* bool_logic(Object* a, Object* b, int op) {
  if (!is_bool(a) || !is_bool(b)) return int_bitop(a, b, op);
  bool x = a == True(), y = b == True();
  bool r = op == BINOP_AND ? (x && y) : op == BINOP_OR ? (x || y) : (x != y);
  return bool_new_ref(r);
}
Object* bool_and(Object* a, Object* b) { return bool_logic(a, b, BINOP_AND); }
Object* bool_or(Object* a, Object* b) { return bool_logic(a, b, BINOP_OR); }
Object* bool_xor(Object* a, Object* b) { return bool_logic(a, b, BINOP_XOR); }
void bool_dealloc(Object* op) { op->refcnt = 1; }  // static: never freed

void init_static_int(IntObject& o, TypeObject* type, int v, ssize refcnt) {
  o.refcnt = refcnt;
  o.type = type;
  o.size = v < 0 ? -1 : v > 0 ? 1 : 0;
  o.digits[0] = digit(v < 0 ? -v : v);
}

}  // namespace

void int_types_init() {
  IntType.name = "int";
  IntType.basicsize = INT_HEADER;
  IntType.itemsize = sizeof(digit);
  IntType.flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS;
  IntType.doc = "int([x]) -> integer\nint(x, base=10) -> integer";
  IntType.dealloc = int_dealloc;
  IntType.repr = int_repr;
  IntType.hash = int_hash_slot;
  IntType.richcompare = int_richcompare;
  IntType.nb[BINOP_ADD] = int_add;
  IntType.nb[BINOP_SUBTRACT] = int_sub;
  IntType.nb[BINOP_MULTIPLY] = int_mul;
  IntType.nb[BINOP_FLOOR_DIVIDE] = int_floordiv;
  IntType.nb[BINOP_REMAINDER] = int_mod;
  IntType.nb[BINOP_TRUE_DIVIDE] = int_true_divide;
  IntType.nb[BINOP_POWER] = int_pow;
  IntType.nb[BINOP_AND] = int_and;
  IntType.nb[BINOP_OR] = int_or;
  IntType.nb[BINOP_XOR] = int_xor;
  IntType.nb[BINOP_LSHIFT] = int_lshift;
  IntType.nb[BINOP_RSHIFT] = int_rshift;
  IntType.nb_divmod = int_divmod;
  IntType.nb_power_mod = int_pow_mod;
  IntType.nb_negative = int_neg;
  IntType.nb_positive = int_pos;
  IntType.nb_absolute = int_abs;
  IntType.nb_invert = int_invert;
  IntType.nb_bool = int_bool;
  IntType.nb_int = int_int;
  IntType.nb_float = int_float;
  IntType.nb_index = int_int;
  IntType.new_ = int_new;
  IntType.methods = int_methods;
  IntType.getset = int_getset;

  BoolType.name = "bool";
  BoolType.base = &IntType;
  BoolType.basicsize = INT_HEADER;
  BoolType.itemsize = sizeof(digit);
  BoolType.flags = TPFLAG_INT_SUBCLASS;
  BoolType.doc = "bool(x) -> bool";
  BoolType.dealloc = bool_dealloc;
  BoolType.repr = bool_repr;
  BoolType.new_ = bool_new;
  BoolType.nb[BINOP_AND] = bool_and;
  BoolType.nb[BINOP_OR] = bool_or;
  BoolType.nb[BINOP_XOR] = bool_xor;

  for (int v = SMALL_INT_MIN; v <= SMALL_INT_MAX; ++v) {
    init_static_int(g_small_ints[v - SMALL_INT_MIN], &IntType, v, STATIC_REFCNT);
  }
  init_static_int(g_true_object, &BoolType, 1, 1);
  init_static_int(g_false_object, &BoolType, 0, 1);
}

}  // namespace mempy::runtime
