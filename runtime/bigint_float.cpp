// runtime/bigint_float.cpp — conversions between big integers and IEEE doubles, and int / int.
//
// CPython 3.11 behaviour reproduced: float(int) rounds half to even and raises "int too large to
// convert to float" past DBL_MAX; int(float) truncates and refuses inf ("cannot convert float
// infinity to integer") and NaN ("cannot convert float NaN to integer"); a / b is correctly
// rounded even when a and b are far beyond double range (long_true_divide's method: scale a so the
// integer quotient carries 55-56 significant bits, divide exactly, round once with a sticky bit),
// raising "integer division result too large for a float" on overflow and returning a signed zero
// on underflow.
#include <bit>
#include <cfloat>
#include <cmath>

#include "runtime/bigint.h"

namespace mempy::runtime {

namespace {

inline std::int64_t small_value(IntRef a) {
  std::size_t n = a.ndigits();
  std::int64_t v = n == 0   ? 0
                   : n == 1 ? a.digits[0]
                            : (std::int64_t(a.digits[1]) << DIGIT_BITS) | a.digits[0];
  return a.size < 0 ? -v : v;
}

// (|a| >> shift) for a result below 2**64; *sticky tells whether a 1 bit was shifted out.
std::uint64_t shifted_top(IntRef a, std::uint64_t shift, bool* sticky) {
  std::size_t n = a.ndigits();
  std::size_t ws = std::size_t(shift / DIGIT_BITS);
  int rem = int(shift % DIGIT_BITS);
  bool s = false;
  for (std::size_t i = 0; i < ws && i < n && !s; ++i) s = a.digits[i] != 0;
  if (rem && ws < n && (a.digits[ws] & ((digit{1} << rem) - 1))) s = true;
  unsigned __int128 acc = 0;
  int bits = 0;
  for (std::size_t i = ws; i < n && bits < 128 - DIGIT_BITS; ++i, bits += DIGIT_BITS) {
    acc |= static_cast<unsigned __int128>(a.digits[i]) << bits;
  }
  *sticky = s;
  return std::uint64_t(acc >> rem);
}

// |a| rounded half-even to 53 significant bits: returns m in [2**52, 2**53] with |a| ~ m * 2**exp.
std::uint64_t round_to_53_bits(IntRef a, std::uint64_t nbits, std::int64_t* exp) {
  std::uint64_t shift = nbits - 55;  // keep 55 bits: 53 + a half bit + a sticky bit
  bool sticky;
  std::uint64_t m = shifted_top(a, shift, &sticky) | (sticky ? 1 : 0);
  std::uint64_t low = m & 3;
  m >>= 2;
  if (low > 2 || (low == 2 && (m & 1))) ++m;
  *exp = std::int64_t(shift) + 2;
  return m;
}

}  // namespace

NumStatus int_to_double(IntRef a, double* out, NumError& err) {
  if (a.ndigits() <= 2) {
    *out = double(small_value(a));  // |v| < 2**60: the hardware conversion rounds half-even
    return NumStatus::ok;
  }
  std::uint64_t nbits = int_bit_length(a);
  if (nbits > DBL_MAX_EXP)
    return err.set(NumStatus::overflow_error, "int too large to convert to float");
  std::int64_t e;
  std::uint64_t m = round_to_53_bits(a, nbits, &e);
  double x = std::ldexp(double(m), int(e));
  if (std::isinf(x)) return err.set(NumStatus::overflow_error, "int too large to convert to float");
  *out = a.is_negative() ? -x : x;
  return NumStatus::ok;
}

double int_frexp(IntRef a, std::int64_t* e) {
  if (a.ndigits() <= 2) {
    int ie;
    double m = std::frexp(double(small_value(a)), &ie);
    *e = ie;
    return m;
  }
  std::uint64_t nbits = int_bit_length(a);
  std::int64_t shift;
  std::uint64_t m = round_to_53_bits(a, nbits, &shift);
  double x = std::ldexp(double(m), -53);
  std::int64_t exp = std::int64_t(nbits);
  if (x == 1.0) {  // rounding carried into a new bit
    x = 0.5;
    ++exp;
  }
  *e = exp;
  return a.is_negative() ? -x : x;
}

NumStatus int_from_double(double d, BigInt& out, NumError& err) {
  if (std::isnan(d)) return err.set(NumStatus::value_error, "cannot convert float NaN to integer");
  if (std::isinf(d)) {
    return err.set(NumStatus::overflow_error, "cannot convert float infinity to integer");
  }
  d = std::trunc(d);
  if (std::fabs(d) < 9223372036854775808.0) {  // 2**63
    out.set_int64(std::int64_t(d));
    return NumStatus::ok;
  }
  int e;
  double frac = std::frexp(std::fabs(d), &e);  // |d| = frac * 2**e, e >= 64
  auto mant = std::uint64_t(std::ldexp(frac, DBL_MANT_DIG));
  BigInt m;
  m.set_uint64(mant, d < 0);
  NumStatus s = int_lshift_bits(m, std::uint64_t(e - DBL_MANT_DIG), out);
  if (s != NumStatus::ok) return err.set(s, "");
  return NumStatus::ok;
}

NumStatus int_true_divide(IntRef a, IntRef b, double* out, NumError& err) {
  if (b.is_zero()) return err.set(NumStatus::zero_division_error, "division by zero");
  bool negate = a.is_negative() != b.is_negative();
  if (a.is_zero()) {
    *out = negate ? -0.0 : 0.0;
    return NumStatus::ok;
  }
  std::uint64_t a_bits = int_bit_length(a), b_bits = int_bit_length(b);
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    // Both convert exactly, and IEEE division rounds the quotient correctly.
    *out = double(small_value(a)) / double(small_value(b));
    return NumStatus::ok;
  }
  std::int64_t diff = std::int64_t(a_bits) - std::int64_t(b_bits);
  if (diff > DBL_MAX_EXP) {
    return err.set(NumStatus::overflow_error, "integer division result too large for a float");
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = negate ? -0.0 : 0.0;
    return NumStatus::ok;
  }
  // Scale a by 2**-shift so that |a| / |b| has DBL_MANT_DIG + 2 or + 3 bits (fewer for results in
  // the subnormal range, where the precision is fixed by DBL_MIN_EXP).
  std::int64_t shift = std::max<std::int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  BigInt x, q, r;
  NumStatus s;
  if (shift <= 0) {
    s = int_lshift_bits(a.abs(), std::uint64_t(-shift), x);
  } else {
    // The shifted value is as wide as b, so shift for real and test the dropped bits.
    s = int_rshift_bits(a.abs(), std::uint64_t(shift), x);
    std::size_t ws = std::size_t(std::uint64_t(shift) / DIGIT_BITS);
    int rem = int(std::uint64_t(shift) % DIGIT_BITS);
    for (std::size_t i = 0; i < ws && i < a.ndigits() && !inexact; ++i) inexact = a.digits[i] != 0;
    if (!inexact && rem && ws < a.ndigits())
      inexact = (a.digits[ws] & ((digit{1} << rem) - 1)) != 0;
  }
  if (s != NumStatus::ok) return err.set(s, "");
  NumError derr;
  if ((s = int_divmod(x, b.abs(), q, r, derr)) != NumStatus::ok) return err.set(s, "");
  if (!r.is_zero()) inexact = true;

  std::uint64_t xv = 0;
  int_to_uint64(q, &xv);  // at most DBL_MANT_DIG + 3 bits
  int x_bits = std::bit_width(xv);
  std::int64_t extra_bits = std::max<std::int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  // Round half to even at bit `extra_bits`, the inexact flag acting as a sticky bit below it.
  std::uint64_t mask = std::uint64_t{1} << (extra_bits - 1);
  std::uint64_t low = xv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  xv = low & ~(2 * mask - 1);
  double dx = double(xv);  // exact: at most 53 significant bits remain
  if (shift + x_bits >= DBL_MAX_EXP && std::isinf(std::ldexp(dx, int(shift)))) {
    return err.set(NumStatus::overflow_error, "integer division result too large for a float");
  }
  double result = std::ldexp(dx, int(shift));
  *out = negate ? -result : result;
  return NumStatus::ok;
}

}  // namespace mempy::runtime
