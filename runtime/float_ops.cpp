// runtime/float_ops.cpp — float rounding, ratios, the arithmetic rules of %, //, divmod and **,
// and hash. Declared in float_format.h.
//
// CPython 3.11 behaviour reproduced (Objects/floatobject.c, Python/pyhash.c):
//  * round(x, n) rounds the *exact* binary value half to even at 10**-n (so round(2.675, 2) is
//    2.67 because 2.675 is really 2.67499999...). CPython gets there through dtoa; here the
//    exact value m * 2**e is scaled with big integers, rounded once, and converted back with a
//    correctly rounded division (the same result, with no decimal string in between). n above 323
//    returns x, n below -308 returns +-0.0.
//  * % and divmod follow the divisor's sign, with signed zeros chosen as CPython does; // snaps
//    the quotient to the nearest integer.
//  * ** handles zeros, infinities, NaN and negative bases before calling pow(), as float_pow.
//  * hash reduces m * 2**e modulo the Mersenne prime 2**61 - 1, where multiplying by 2**e is a
//    rotation by e mod 61.
#include <bit>
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <utility>

#include "runtime/float_format.h"

namespace mempy::runtime {

namespace {

// |x| == m * 2**e exactly, m a 53-bit integer (finite nonzero x).
void decompose(double x, std::uint64_t* m, int* e) {
  int exp;
  double frac = std::frexp(std::fabs(x), &exp);
  *m = std::uint64_t(std::ldexp(frac, DBL_MANT_DIG));
  *e = exp - DBL_MANT_DIG;
}

// q = round_half_even(num / den) for positive den.
NumStatus divide_round_half_even(IntRef num, IntRef den, BigInt& q, NumError& err) {
  BigInt r, twice_r;
  NumStatus s = int_divmod(num, den, q, r, err);
  if (s != NumStatus::ok) return s;
  if (r.is_zero()) return NumStatus::ok;
  if ((s = int_lshift_bits(r, 1, twice_r)) != NumStatus::ok) return err.set(s, "");
  int c = int_compare(twice_r, den);
  if (c > 0 || (c == 0 && q.ndigits() > 0 && (q.digits()[0] & 1))) {
    BigInt one(1), t;
    if ((s = int_add(q, one, t)) != NumStatus::ok) return err.set(s, "");
    q = std::move(t);
  }
  return NumStatus::ok;
}

NumStatus pow10(std::int64_t n, BigInt& out, NumError& err) {
  BigInt ten(10), exp(n);
  return int_pow(ten, exp, out, err);
}

}  // namespace

NumStatus float_round(double x, std::int64_t ndigits, double* out, NumError& err) {
  constexpr int kNdigitsMax = int((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);  // 323
  constexpr int kNdigitsMin = -int((DBL_MAX_EXP + 1) * 0.30103);            // -308
  if (!std::isfinite(x) || ndigits > kNdigitsMax) {
    *out = x;
    return NumStatus::ok;
  }
  if (ndigits < kNdigitsMin) {
    *out = 0.0 * x;
    return NumStatus::ok;
  }
  if (x == 0.0) {
    *out = x;
    return NumStatus::ok;
  }
  std::uint64_t m;
  int e;
  decompose(x, &m, &e);
  BigInt mant, scale, num, den, n, tmp;
  mant.set_uint64(m);
  NumStatus s;
  if ((s = pow10(ndigits >= 0 ? ndigits : -ndigits, scale, err)) != NumStatus::ok) return s;
  double result;
  if (ndigits >= 0) {
    // n = round(m * 2**e * 10**ndigits); result = n / 10**ndigits.
    if ((s = int_mul(mant, scale, num)) != NumStatus::ok) return err.set(s, "");
    if (e >= 0) {
      if ((s = int_lshift_bits(num, std::uint64_t(e), n)) != NumStatus::ok) return err.set(s, "");
    } else {
      den.set_int64(1);
      if ((s = int_lshift_bits(den, std::uint64_t(-e), tmp)) != NumStatus::ok)
        return err.set(s, "");
      if ((s = divide_round_half_even(num, tmp, n, err)) != NumStatus::ok) return s;
    }
    if ((s = int_true_divide(n, scale, &result, err)) != NumStatus::ok) {
      if (s != NumStatus::overflow_error) return s;
      return err.set(NumStatus::overflow_error, "rounded value too large to represent");
    }
  } else {
    // n = round(m * 2**e / 10**-ndigits); result = n * 10**-ndigits.
    if (e >= 0) {
      if ((s = int_lshift_bits(mant, std::uint64_t(e), num)) != NumStatus::ok)
        return err.set(s, "");
      if ((s = divide_round_half_even(num, scale, n, err)) != NumStatus::ok) return s;
    } else {
      if ((s = int_lshift_bits(scale, std::uint64_t(-e), den)) != NumStatus::ok)
        return err.set(s, "");
      if ((s = divide_round_half_even(mant, den, n, err)) != NumStatus::ok) return s;
    }
    if ((s = int_mul(n, scale, tmp)) != NumStatus::ok) return err.set(s, "");
    NumError conv;
    if (int_to_double(tmp, &result, conv) != NumStatus::ok) {
      return err.set(NumStatus::overflow_error, "rounded value too large to represent");
    }
  }
  *out = std::copysign(result, x);
  return NumStatus::ok;
}

NumStatus float_round_to_integral(double x, double* out, NumError& err) {
  if (std::isnan(x)) return err.set(NumStatus::value_error, "cannot convert float NaN to integer");
  if (std::isinf(x)) {
    return err.set(NumStatus::overflow_error, "cannot convert float infinity to integer");
  }
  double r = std::round(x);  // halves away from zero; fix them up to even
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  *out = r;
  return NumStatus::ok;
}

NumStatus float_as_integer_ratio(double x, BigInt& numerator, BigInt& denominator, NumError& err) {
  if (std::isinf(x))
    return err.set(NumStatus::overflow_error, "cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return err.set(NumStatus::value_error, "cannot convert NaN to integer ratio");
  if (x == 0.0) {
    numerator.set_zero();
    denominator.set_int64(1);
    return NumStatus::ok;
  }
  std::uint64_t m;
  int e;
  decompose(x, &m, &e);
  int tz = std::countr_zero(m);  // lowest terms: the denominator is a power of two
  m >>= tz;
  e += tz;
  BigInt mant;
  mant.set_uint64(m, x < 0);
  BigInt one(1);
  NumStatus s;
  if (e >= 0) {
    if ((s = int_lshift_bits(mant, std::uint64_t(e), numerator)) != NumStatus::ok)
      return err.set(s, "");
    denominator.set_int64(1);
  } else {
    numerator = std::move(mant);
    if ((s = int_lshift_bits(one, std::uint64_t(-e), denominator)) != NumStatus::ok)
      return err.set(s, "");
  }
  return NumStatus::ok;
}

bool float_is_integer(double x) {
  return std::isfinite(x) && std::floor(x) == x;
}

// ---------------------------------------------------------------- arithmetic rules

NumStatus float_div(double x, double y, double* out, NumError& err) {
  if (y == 0.0) return err.set(NumStatus::zero_division_error, "float division by zero");
  *out = x / y;
  return NumStatus::ok;
}

NumStatus float_mod(double x, double y, double* out, NumError& err) {
  if (y == 0.0) return err.set(NumStatus::zero_division_error, "float modulo");
  double mod = std::fmod(x, y);
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) mod += y;  // the remainder takes the divisor's sign
  } else {
    mod = std::copysign(0.0, y);  // fmod's zero sign varies across platforms; pin it to y's
  }
  *out = mod;
  return NumStatus::ok;
}

namespace {

void divmod_core(double x, double y, double* quotient, double* remainder) {
  double mod = std::fmod(x, y);
  // x - mod is an exact multiple of y mathematically; the division may still be off by a hair.
  double div = (x - mod) / y;
  if (mod != 0.0) {
    if ((y < 0) != (mod < 0)) {
      mod += y;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, y);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;  // snap to the nearest integer
  } else {
    floordiv = std::copysign(0.0, x / y);  // a zero quotient gets the true quotient's sign
  }
  *quotient = floordiv;
  *remainder = mod;
}

}  // namespace

NumStatus float_floordiv(double x, double y, double* out, NumError& err) {
  if (y == 0.0) return err.set(NumStatus::zero_division_error, "float floor division by zero");
  double r;
  divmod_core(x, y, out, &r);
  return NumStatus::ok;
}

NumStatus float_divmod(double x, double y, double* quotient, double* remainder, NumError& err) {
  if (y == 0.0) return err.set(NumStatus::zero_division_error, "float divmod()");
  divmod_core(x, y, quotient, remainder);
  return NumStatus::ok;
}

namespace {

bool is_odd_integer(double y) {
  // An odd integer's magnitude is below 2**53, so fmod is exact.
  return std::fabs(std::fmod(y, 2.0)) == 1.0;
}

}  // namespace

NumStatus float_pow(double x, double y, double* out, NumError& err) {
  if (y == 0.0) {  // x**0 is 1, even for NaN and 0
    *out = 1.0;
    return NumStatus::ok;
  }
  if (std::isnan(x)) {
    *out = x;
    return NumStatus::ok;
  }
  if (std::isnan(y)) {
    *out = x == 1.0 ? 1.0 : y;
    return NumStatus::ok;
  }
  if (std::isinf(y)) {
    double ax = std::fabs(x);
    if (ax == 1.0)
      *out = 1.0;
    else if ((y > 0.0) == (ax > 1.0))
      *out = std::fabs(y);  // inf
    else
      *out = 0.0;
    return NumStatus::ok;
  }
  if (std::isinf(x)) {
    bool odd = is_odd_integer(y);
    if (y > 0.0)
      *out = odd ? x : std::fabs(x);
    else
      *out = odd ? std::copysign(0.0, x) : 0.0;
    return NumStatus::ok;
  }
  if (x == 0.0) {
    if (y < 0.0) {
      return err.set(NumStatus::zero_division_error, "0.0 cannot be raised to a negative power");
    }
    *out = is_odd_integer(y) ? x : 0.0;
    return NumStatus::ok;
  }
  bool negate = false;
  if (x < 0.0) {
    if (y != std::floor(y)) return NumStatus::complex_result;
    x = -x;
    negate = is_odd_integer(y);
  }
  if (x == 1.0) {
    *out = negate ? -1.0 : 1.0;
    return NumStatus::ok;
  }
  errno = 0;
  double r = std::pow(x, y);
  // Only overflow is an error; underflow to zero is fine (CPython's _Py_ADJUST_ERANGE1).
  if (std::isinf(r)) {
    return err.set(NumStatus::overflow_error, "(34, 'Numerical result out of range')");
  }
  *out = negate ? -r : r;
  return NumStatus::ok;
}

// ---------------------------------------------------------------- hash

std::int64_t float_hash(double x, bool* use_identity) {
  *use_identity = false;
  if (std::isnan(x)) {
    *use_identity = true;
    return 0;
  }
  if (std::isinf(x)) return x > 0 ? kHashInf : -kHashInf;
  if (x == 0.0) return 0;
  std::uint64_t m;
  int e;
  decompose(x, &m, &e);  // m < 2**53 < the modulus, so m is already reduced
  // Multiply by 2**e: 2**61 == 1 (mod 2**61 - 1), so rotate left by e mod 61 within 61 bits.
  int r = ((e % kHashBits) + kHashBits) % kHashBits;
  std::uint64_t h = r == 0 ? m : (((m << r) & kHashModulus) | (m >> (kHashBits - r)));
  if (h >= kHashModulus) h -= kHashModulus;
  std::int64_t v = x < 0 ? -std::int64_t(h) : std::int64_t(h);
  return v == -1 ? -2 : v;
}

}  // namespace mempy::runtime
