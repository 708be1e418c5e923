// runtime/int.cpp — int objects: storage, the small-int cache, conversions to and from machine
// numbers and text, comparison and hashing.
//
// Storage: an int is allocated with exactly as many digits as the code creating it asks for
// (CPython's _PyLong_New(n) reserves max(n, 1) digits), so that tracemalloc and the pools see
// CPython's block sizes: additions reserve one digit more than the longer operand and keep it
// after normalisation, as x_add does (memory-facts: `i + 2**40` traces 36 bytes). Results that
// land in -5..256 are replaced by the shared small int.
//
// Arithmetic lives in int_ops.cpp, int() and the methods in int_methods.cpp; everything numeric
// is delegated to the tested layer in bigint.h.
#include "runtime/int.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "memory/allocator.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/numeric_text.h"
#include "runtime/str.h"

namespace mempy::runtime {

TypeObject IntType;
TypeObject BoolType;
IntObject g_small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
IntObject g_true_object;
IntObject g_false_object;

namespace {

constexpr std::size_t INT_HEADER = offsetof(IntObject, digits);

inline IntObject* as_int(Object* op) {
  return static_cast<IntObject*>(op);
}

}  // namespace

Object* num_error_raise(NumStatus s, const NumError& err) {
  switch (s) {
    case NumStatus::value_error:
      err_set_string(&ExcValueError, err.message);
      break;
    case NumStatus::overflow_error:
      err_set_string(&ExcOverflowError, err.message);
      break;
    case NumStatus::zero_division_error:
      err_set_string(&ExcZeroDivisionError, err.message);
      break;
    case NumStatus::memory_error:
      err_no_memory();
      break;
    default:
      err_bad_internal_call("num_error_raise");
      break;
  }
  return nullptr;
}

// ---- storage ------------------------------------------------------------------------------------

IntObject* int_alloc(ssize n) {
  if (std::size_t(n) > kMaxDigits) {
    err_no_memory();
    return nullptr;
  }
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

Object* int_from_i64_slow(std::int64_t v) {
  std::uint64_t mag = v < 0 ? 0 - std::uint64_t(v) : std::uint64_t(v);
  if (mag <= DIGIT_MASK) {  // the common one-digit case, kept short for the VM's fast paths
    // CPython's _PyLong_FromMedium asks for sizeof(PyLongObject): 28 bytes padded to 32, which
    // tracemalloc shows (getsizeof still says 28)
    static_assert(sizeof(IntObject) == 32);
    IntObject* r = static_cast<IntObject*>(memory::alloc(sizeof(IntObject)));
    if (!r) return err_no_memory();
    r->refcnt = 1;
    r->type = &IntType;
    r->size = v < 0 ? -1 : 1;
    r->digits[0] = digit(mag);
    return r;
  }
  ssize n = mag < (std::uint64_t(1) << 2 * DIGIT_BITS) ? 2 : 3;
  IntObject* r = int_alloc(n);
  if (!r) return nullptr;
  for (ssize i = 0; i < n; ++i, mag >>= DIGIT_BITS) r->digits[i] = digit(mag & DIGIT_MASK);
  if (v < 0) r->size = -n;
  return r;
}

Object* int_from_ssize_slow(ssize v) {
  std::uint64_t mag = v < 0 ? 0 - std::uint64_t(v) : std::uint64_t(v);
  if (mag > DIGIT_MASK) return int_from_i64_slow(v);  // several digits: the same in both
  IntObject* r = int_alloc(1);
  if (!r) return nullptr;
  r->size = v < 0 ? -1 : 1;
  r->digits[0] = digit(mag);
  return r;
}

Object* int_from_u64(std::uint64_t v) {
  if (v <= std::uint64_t(INT64_MAX)) return int_from_i64(std::int64_t(v));
  digit d[3];
  std::int64_t n = digits_from_uint64(v, d);
  IntObject* r = int_alloc(n);
  if (!r) return nullptr;
  std::memcpy(r->digits, d, sizeof(digit) * std::size_t(n));
  return r;
}

Object* int_from_digits(bool negative, const digit* digits, ssize n) {
  while (n > 0 && digits[n - 1] == 0) --n;
  if (n <= 1) {
    // CPython's _PyLong_New(1) + maybe_small_long: a 28-byte block unless the value is cached
    std::int64_t v = n ? digits[0] : 0;
    return int_from_ssize(ssize(negative ? -v : v));
  }
  IntObject* r = int_alloc(n);
  if (!r) return nullptr;
  std::memcpy(r->digits, digits, sizeof(digit) * std::size_t(n));
  r->size = negative ? -n : n;
  return r;
}

Object* int_from_ref(IntRef v) {
  return int_from_digits(v.is_negative(), v.digits, ssize(v.ndigits()));
}

Object* int_exact_copy(Object* op) {
  if (is_int_exact(op)) return new_ref(op);
  return int_from_ref(int_ref(op));
}

// ---- conversions --------------------------------------------------------------------------------

Object* int_from_double(double v) {
  if (v > -1073741824.0 && v < 1073741824.0) return int_from_i64(std::int64_t(v));
  BigInt out;
  NumError err;
  NumStatus s = int_from_double(v, out, err);
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return int_from_ref(out);
}

namespace {

// How many digits CPython 3.11's PyLong_FromString allocates before it knows the value: from the
// count of digit characters, exactly for power-of-two bases, else the estimate
// count * log(base) / log(2**30) + 1. The int keeps that allocation after normalising (so
// int('7000') is a 28-byte block where 7000 computed is a 32-byte one), which tracemalloc shows.
std::size_t parsed_digits_allocated(std::string_view text, int base) {
  std::size_t i = 0;
  std::size_t n = text.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (i < n && space(text[i])) ++i;
  if (i < n && (text[i] == '+' || text[i] == '-')) ++i;
  if (i + 1 < n && text[i] == '0') {
    char p = char(text[i + 1] | 0x20);
    int prefixed = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (prefixed && (base == 0 || base == prefixed)) {
      base = prefixed;
      i += 2;
    }
  }
  if (base == 0) base = 10;
  std::size_t count = 0;
  for (; i < n && !space(text[i]); ++i) count += text[i] != '_';
  if ((base & (base - 1)) == 0) {
    unsigned bits = 0;
    while ((1 << bits) < base) ++bits;
    return (count * bits + DIGIT_BITS - 1) / DIGIT_BITS;
  }
  return std::size_t(double(count) * std::log(double(base)) / std::log(double(DIGIT_BASE)) + 1.0);
}

}  // namespace

Object* int_from_string(const char* s, std::size_t len, int base) {
  BigInt out;
  NumError err;
  std::string_view text(s, len);
  NumStatus st = num_guard([&] { return int_from_string(text, base, out, err); });
  if (st != NumStatus::ok) return num_error_raise(st, err);
  IntRef v = out;
  if (v.ndigits() <= 1) {
    std::int64_t m = v.ndigits() ? v.digits[0] : 0;
    if (v.is_negative()) m = -m;
    if (m >= -5 && m <= 256) return int_from_i64(m);  // the small-int cache
  }
  std::size_t alloc = std::max(parsed_digits_allocated(text, base), v.ndigits());
  IntObject* r = int_alloc(ssize(alloc));
  if (!r) return nullptr;
  std::memcpy(r->digits, v.digits, sizeof(digit) * v.ndigits());
  r->size = v.is_negative() ? -ssize(v.ndigits()) : ssize(v.ndigits());
  return r;
}

Object* int_from_str_object(Object* str, int base) {
  ssize len;
  const char* s = str_utf8(str, &len);
  if (s) return int_from_string(s, std::size_t(len), base);
  // lone surrogates: no digits there, so it is an invalid literal (CPython shows the repr)
  err_clear();
  err_format(&ExcValueError, "invalid literal for int() with base {}: {}", base,
             utf8_truncate(repr_for_message(str), 200));
  return nullptr;
}

Object* int_from_bytes_text(std::string_view bytes, int base) {
  BigInt out;
  NumError err;
  NumStatus st = num_guard([&] { return int_from_bytes_literal(bytes, base, out, err); });
  if (st != NumStatus::ok) return num_error_raise(st, err);
  return int_from_ref(out);
}

std::int64_t int_as_i64(Object* op, bool* overflow) {
  std::int64_t v = 0;
  *overflow = !int_to_int64(int_ref(op), &v);
  return v;
}

ssize int_as_ssize(Object* op) {
  if (int_is_medium(op)) return ssize(int_medium_value(op));
  std::int64_t v;
  if (!int_to_int64(int_ref(op), &v)) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return ssize(v);
}

double int_as_double(Object* op) {
  if (int_is_medium(op)) return double(int_medium_value(op));
  double d;
  NumError err;
  NumStatus s = int_to_double(int_ref(op), &d, err);
  if (s != NumStatus::ok) {
    num_error_raise(s, err);
    return -1.0;
  }
  return d;
}

int int_sign(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s < 0 ? -1 : s > 0;
}

std::int64_t int_bit_length(Object* op) {
  return std::int64_t(int_bit_length(int_ref(op)));
}

int int_compare(Object* a, Object* b) {
  return int_compare(int_ref(a), int_ref(b));
}

hash_t int_hash(Object* op) {
  if (int_is_medium(op)) {
    hash_t h = hash_t(int_medium_value(op));
    return h == -1 ? -2 : h;
  }
  return hash_t(int_hash(int_ref(op)));
}

// ---- text ---------------------------------------------------------------------------------------

bool int_to_decimal(Object* op, std::string& out) {
  if (int_is_medium(op)) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, int_medium_value(op));
    out.assign(buf, res.ptr);
    return true;
  }
  NumError err;
  NumStatus s = num_guard([&] { return int_to_decimal_string(int_ref(op), out, err); });
  if (s != NumStatus::ok) {
    num_error_raise(s, err);
    return false;
  }
  return true;
}

namespace {
// CPython writes an int's digits into a new string (PyUnicode_New), even a single one: str(5) is
// not str(5), and each is a 50-byte block that tracemalloc sees.
Object* fresh_ascii(const std::string& s) {
  Object* r = str_new(ssize(s.size()), 127);
  if (r) std::memcpy(str_data(r), s.data(), s.size());
  return r;
}
}  // namespace

Object* int_repr(Object* op) {
  std::string s;
  if (!int_to_decimal(op, s)) return nullptr;
  return fresh_ascii(s);
}

Object* int_format_base(Object* op, int base) {
  std::string s;
  NumError err;
  NumStatus st = num_guard([&] { return int_to_base_string(int_ref(op), base, true, s, err); });
  if (st != NumStatus::ok) return num_error_raise(st, err);
  return str_from_ascii(s.data(), ssize(s.size()));
}

}  // namespace mempy::runtime
