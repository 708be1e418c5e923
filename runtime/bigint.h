// runtime/bigint.h — arbitrary-precision integer arithmetic in CPython 3.11's representation.
//
// An integer is a sign and a magnitude; the magnitude is a little-endian array of 30-bit digits
// stored in uint32 (the top two bits of every digit are zero), with no leading zero digits: zero
// has no digits. That is exactly PyLongObject's `ob_digit` with `ob_size` carrying the sign and the
// digit count, so an int object can keep its digits inline and pass them here without copying.
//
// Three levels:
//  * mag_*   raw magnitudes: pointer + length in, caller-provided buffer out, the normalized length
//            returned. No allocation except scratch vectors inside Karatsuba / long division.
//  * IntRef  a borrowed signed view {digits, size}, size < 0 for negatives (CPython's ob_size).
//  * BigInt  an owning signed result with 4 inline digits (values below 2**120 never touch the
//            heap) that spills to malloc; callers copy its digits into object storage.
// The int_* functions take IntRefs and write a BigInt; `out` must not alias an input.
//
// Errors follow num_status.h: fallible functions return NumStatus and fill NumError with the exact
// CPython message. Operations that can only fail by exhausting memory return NumStatus without a
// NumError (MemoryError has no message). Results larger than kMaxDigits digits (about 2**36 bits,
// 16 GiB) are refused with memory_error before any allocation is attempted.
//
// Files: bigint.cpp (storage, compare, add/sub, multiply, shifts, bitwise, machine-int
// conversions, hash), bigint_div.cpp (division, pow, gcd), bigint_str.cpp (string and bytes
// conversions, the int_max_str_digits limit), bigint_float.cpp (double conversions, true division).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/num_status.h"

namespace mempy::runtime {

using digit = std::uint32_t;
using sdigit = std::int32_t;
using twodigits = std::uint64_t;
using stwodigits = std::int64_t;
constexpr int DIGIT_BITS = 30;
constexpr digit DIGIT_BASE = digit{1} << DIGIT_BITS;
constexpr digit DIGIT_MASK = DIGIT_BASE - 1;

// CPython's cutoffs: below them schoolbook multiplication wins.
constexpr std::size_t KARATSUBA_CUTOFF = 70;
constexpr std::size_t KARATSUBA_SQUARE_CUTOFF = 2 * KARATSUBA_CUTOFF;

// Largest result we try to allocate, in digits (2**31 digits = 8 GiB of digit storage).
constexpr std::size_t kMaxDigits = std::size_t{1} << 31;

// A borrowed signed integer: |size| digits at `digits`, negative size for negative values.
struct IntRef {
  const digit* digits = nullptr;
  std::int64_t size = 0;

  std::size_t ndigits() const { return size < 0 ? std::size_t(-size) : std::size_t(size); }
  bool is_negative() const { return size < 0; }
  bool is_zero() const { return size == 0; }
  IntRef negated() const { return {digits, -size}; }
  IntRef abs() const { return {digits, size < 0 ? -size : size}; }
};

// Owning signed integer with small inline storage. Move-only on hot paths; copy is explicit.
class BigInt {
 public:
  static constexpr std::size_t kInline = 4;

  BigInt() = default;
  explicit BigInt(std::int64_t v) { set_int64(v); }
  BigInt(const BigInt& other);
  BigInt(BigInt&& other) noexcept;
  BigInt& operator=(const BigInt& other);
  BigInt& operator=(BigInt&& other) noexcept;
  ~BigInt() { release(); }

  IntRef ref() const { return {data_, size_}; }
  operator IntRef() const { return ref(); }
  const digit* digits() const { return data_; }
  digit* mutable_digits() { return data_; }
  std::int64_t size() const { return size_; }  // signed, like ob_size
  std::size_t ndigits() const { return size_ < 0 ? std::size_t(-size_) : std::size_t(size_); }
  bool is_zero() const { return size_ == 0; }
  bool is_negative() const { return size_ < 0; }
  std::size_t capacity() const { return cap_; }

  // Makes room for n digits, keeping the current ones; false when memory is exhausted.
  [[nodiscard]] bool reserve(std::size_t n);
  // Sets the value from |n| digits already written into mutable_digits(): strips leading zeros
  // and applies the sign.
  void set_normalized(std::size_t n, bool negative);
  void set_size(std::int64_t signed_size) { size_ = signed_size; }
  void negate() { size_ = -size_; }
  void set_zero() { size_ = 0; }
  void set_int64(std::int64_t v);
  void set_uint64(std::uint64_t v, bool negative = false);
  // Copies an IntRef's value in; false when memory is exhausted.
  [[nodiscard]] bool assign(IntRef v);

 private:
  void release();

  digit* data_ = inline_;
  std::int64_t size_ = 0;
  std::size_t cap_ = kInline;
  digit inline_[kInline] = {};
};

// ---------------------------------------------------------------- raw magnitudes
// Lengths are digit counts; inputs need not be normalized unless stated; results are normalized
// and the return value is the normalized length.

// -1, 0, 1 as |a| <, ==, > |b| (inputs normalized).
int mag_compare(const digit* a, std::size_t na, const digit* b, std::size_t nb);
// out needs max(na, nb) + 1 digits.
std::size_t mag_add(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out);
// Requires |a| >= |b|; out needs na digits (may alias a).
std::size_t mag_sub(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out);
// out needs na + nb digits and must not alias an input. Karatsuba above KARATSUBA_CUTOFF.
std::size_t mag_mul(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out);
// q needs na digits (may alias a); returns the remainder. d must be in [1, DIGIT_MASK].
digit mag_divrem1(const digit* a, std::size_t na, digit d, digit* q, std::size_t* nq);
// Knuth's algorithm D: a = q*b + r with 0 <= r < b. nb >= 2, a and b normalized, |a| >= |b|.
// q needs na - nb + 1 digits, r needs nb digits. (Its scratch copies are std::vectors.)
void mag_divrem(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* q,
                std::size_t* nq, digit* r, std::size_t* nr);
// out needs na + bits/30 + 1 digits.
std::size_t mag_lshift(const digit* a, std::size_t na, std::uint64_t bits, digit* out);
// out needs na - bits/30 digits (or none); may alias a.
std::size_t mag_rshift(const digit* a, std::size_t na, std::uint64_t bits, digit* out);
std::uint64_t mag_bit_length(const digit* a, std::size_t na);

// ---------------------------------------------------------------- signed operations
int int_compare(IntRef a, IntRef b);  // -1, 0, 1
int int_sign(IntRef a);               // -1, 0, 1
NumStatus int_add(IntRef a, IntRef b, BigInt& out);
NumStatus int_sub(IntRef a, IntRef b, BigInt& out);
NumStatus int_mul(IntRef a, IntRef b, BigInt& out);
NumStatus int_negate(IntRef a, BigInt& out);
NumStatus int_abs(IntRef a, BigInt& out);

// Python's // and %: the quotient rounds toward -inf, the remainder takes the divisor's sign.
// b == 0 -> zero_division_error "integer division or modulo by zero" for // and divmod,
// "integer modulo by zero" for % (CPython 3.11's wording).
NumStatus int_floordiv(IntRef a, IntRef b, BigInt& q, NumError& err);
NumStatus int_mod(IntRef a, IntRef b, BigInt& r, NumError& err);
NumStatus int_divmod(IntRef a, IntRef b, BigInt& q, BigInt& r, NumError& err);
// C-style truncating division (quotient toward zero, remainder has the dividend's sign).
NumStatus int_divrem_trunc(IntRef a, IntRef b, BigInt& q, BigInt& r, NumError& err);

// a ** e for e >= 0. e < 0 -> negative_exponent without touching `out` (the caller computes the
// float power, as CPython does).
NumStatus int_pow(IntRef a, IntRef e, BigInt& out, NumError& err);
// pow(a, e, m): m == 0 -> value_error "pow() 3rd argument cannot be 0"; e < 0 uses the inverse of
// a modulo m, or value_error "base is not invertible for the given modulus". The result has m's
// sign (CPython's rule: compute modulo |m|, then subtract |m| from a nonzero result when m < 0).
NumStatus int_pow_mod(IntRef a, IntRef e, IntRef m, BigInt& out, NumError& err);
// math.gcd for two ints: non-negative.
NumStatus int_gcd(IntRef a, IntRef b, BigInt& out);

// Shifts by a (possibly huge) signed count. A negative count -> value_error "negative shift
// count". Right shifts of negatives floor, as Python's >>. A left shift whose result would exceed
// kMaxDigits -> memory_error (CPython raises MemoryError there too), or overflow_error "too many
// digits in integer" past CPython's MAX_LONG_DIGITS (counts of about 2**66 and more).
NumStatus int_lshift(IntRef a, IntRef count, BigInt& out, NumError& err);
NumStatus int_rshift(IntRef a, IntRef count, BigInt& out, NumError& err);
NumStatus int_lshift_bits(IntRef a, std::uint64_t bits, BigInt& out);
NumStatus int_rshift_bits(IntRef a, std::uint64_t bits, BigInt& out);

// Two's-complement bitwise operators on sign-magnitude values (Python's &, |, ^, ~).
NumStatus int_and(IntRef a, IntRef b, BigInt& out);
NumStatus int_or(IntRef a, IntRef b, BigInt& out);
NumStatus int_xor(IntRef a, IntRef b, BigInt& out);
NumStatus int_invert(IntRef a, BigInt& out);

// int.bit_length(): bits of |a|, 0 for 0.
std::uint64_t int_bit_length(IntRef a);
// int.bit_count(): set bits of |a|.
std::uint64_t int_bit_count(IntRef a);

// Machine integers. The to_* functions return false when the value does not fit.
bool int_to_int64(IntRef a, std::int64_t* out);
bool int_to_uint64(IntRef a, std::uint64_t* out);  // false for negatives too
// Writes |v| into out (3 digits suffice for 64 bits) and returns the signed size.
std::int64_t digits_from_int64(std::int64_t v, digit* out);
std::int64_t digits_from_uint64(std::uint64_t v, digit* out);

// hash(int) as CPython: the value modulo 2**61 - 1 with the sign applied; -1 becomes -2.
std::int64_t int_hash(IntRef a);
constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
constexpr int kHashBits = 61;

// ---------------------------------------------------------------- doubles (bigint_float.cpp)
// float(int), correctly rounded (half to even). Overflow -> overflow_error "int too large to
// convert to float".
NumStatus int_to_double(IntRef a, double* out, NumError& err);
// int(float): truncates toward zero. inf -> overflow_error "cannot convert float infinity to
// integer"; nan -> value_error "cannot convert float NaN to integer".
NumStatus int_from_double(double d, BigInt& out, NumError& err);
// a / b correctly rounded, as CPython's long_true_divide. b == 0 -> zero_division_error
// "division by zero"; too large -> overflow_error "integer division result too large for a float".
NumStatus int_true_divide(IntRef a, IntRef b, double* out, NumError& err);
// Exponent-and-mantissa view used by float code: |a| ~= m * 2**e with m in [0.5, 1); returns m
// with a's sign (0 for 0), e in *e. Rounded half-even to 53 bits.
double int_frexp(IntRef a, std::int64_t* e);

// ---------------------------------------------------------------- text (bigint_str.cpp)
// sys.set_int_max_str_digits / sys.get_int_max_str_digits. 0 means unlimited; other values
// below 640 -> value_error "maxdigits must be 0 or larger than 640". Default 4300.
constexpr std::int64_t kIntMaxStrDigitsDefault = 4300;
constexpr std::int64_t kIntMaxStrDigitsThreshold = 640;
NumStatus set_int_max_str_digits(std::int64_t maxdigits, NumError& err);
std::int64_t get_int_max_str_digits();

// str(int) / repr(int). Beyond the digit limit -> value_error "Exceeds the limit (4300 digits)
// for integer string conversion; use sys.set_int_max_str_digits() to increase the limit".
NumStatus int_to_decimal_string(IntRef a, std::string& out, NumError& err);
// Appends instead of replacing (used by the formatters).
NumStatus int_append_decimal(IntRef a, std::string& out, NumError& err);
// Base 2, 8, 16 (and any other base 2..36, for completeness). With `prefix`, bin/oct/hex style
// ("-0b101", "0o17", "0xff"); lowercase digits. Power-of-two bases have no digit limit.
NumStatus int_to_base_string(IntRef a, int base, bool prefix, std::string& out, NumError& err);

// int(text, base) for a str argument given as UTF-8. base 0 or 2..36 (anything else ->
// value_error "int() base must be >= 2 and <= 36, or 0"). Accepts Python's syntax: surrounding
// whitespace, a sign, single underscores between digits (and after a base prefix), base prefixes
// (0x/0o/0b; required for base 0 detection, optional for the matching base), Unicode decimal
// digits and spaces (transformed as CPython does). Invalid text -> value_error "invalid literal for
// int() with base 10: 'x'" (the repr of the text, cut at 200 characters); too many digits for a
// non-power-of-two base -> value_error "Exceeds the limit (4300 digits) for integer string
// conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit".
NumStatus int_from_string(std::string_view text, int base, BigInt& out, NumError& err);
// Same for a bytes / bytearray argument: ASCII only, and the message shows the bytes repr (b'..').
NumStatus int_from_bytes_literal(std::string_view bytes, int base, BigInt& out, NumError& err);

// int.to_bytes(length, byteorder, signed=): writes exactly `length` bytes into out.
// Too small -> overflow_error "int too big to convert"; negative and !is_signed -> overflow_error
// "can't convert negative int to unsigned".
NumStatus int_to_bytes(IntRef a, std::size_t length, bool little_endian, bool is_signed,
                       std::uint8_t* out, NumError& err);
// int.from_bytes(bytes, byteorder, signed=).
NumStatus int_from_bytes(const std::uint8_t* bytes, std::size_t n, bool little_endian,
                         bool is_signed, BigInt& out);

}  // namespace mempy::runtime
