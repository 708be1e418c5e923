// runtime/bigint_div.cpp — integer division and what is built on it: single-digit division,
// Knuth's algorithm D, Python's floor division and modulo, pow (binary exponentiation, modular
// pow with CPython 3.11's sign and inverse rules) and gcd.
//
// CPython behaviour reproduced (Objects/longobject.c, 3.11): // rounds toward -inf and % takes
// the divisor's sign; "integer division or modulo by zero"; pow(a, b, m) reduces modulo |m| and
// then moves a nonzero result into m's sign; pow(a, -n, m) uses the modular inverse ("base is not
// invertible for the given modulus"); pow(a, b, 1) and pow(a, b, -1) are 0 before any inverse is
// attempted.
#include <algorithm>
#include <bit>
#include <utility>
#include <vector>

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

inline bool both_small(IntRef a, IntRef b) {
  return a.ndigits() <= 2 && b.ndigits() <= 2;
}

constexpr const char* kZeroDivision = "integer division or modulo by zero";  // //, divmod
constexpr const char* kZeroModulo = "integer modulo by zero";                // % (3.11 wording)

}  // namespace

// ---------------------------------------------------------------- magnitudes

digit mag_divrem1(const digit* a, std::size_t na, digit d, digit* q, std::size_t* nq) {
  twodigits rem = 0;
  for (std::size_t i = na; i-- > 0;) {
    rem = (rem << DIGIT_BITS) | a[i];
    digit hi = digit(rem / d);
    q[i] = hi;
    rem -= twodigits(hi) * d;
  }
  std::size_t n = na;
  while (n > 0 && q[n - 1] == 0) --n;
  *nq = n;
  return digit(rem);
}

void mag_divrem(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* q,
                std::size_t* nq, digit* r, std::size_t* nr) {
  // Normalize so the divisor's top digit has its high bit set; then each trial quotient digit
  // estimated from the top two dividend digits is at most 2 too large (Knuth, TAOCP 4.3.1).
  int d = DIGIT_BITS - std::bit_width(b[nb - 1]);
  std::vector<digit> w(nb + 1), v(na + 1);
  mag_lshift(b, nb, std::uint64_t(d), w.data());
  mag_lshift(a, na, std::uint64_t(d), v.data());
  std::size_t size_v = na;
  if (v[na] != 0 || v[na - 1] >= w[nb - 1]) ++size_v;
  std::size_t k = size_v - nb;  // number of quotient digits
  if (k == 0) {
    q[0] = 0;
    *nq = 0;
  }
  const digit wm1 = w[nb - 1], wm2 = w[nb - 2];
  for (std::size_t j = k; j-- > 0;) {
    digit* vk = v.data() + j;
    digit vtop = vk[nb];
    twodigits vv = (twodigits(vtop) << DIGIT_BITS) | vk[nb - 1];
    digit qd = digit(vv / wm1);
    digit rd = digit(vv - twodigits(wm1) * qd);
    while (twodigits(wm2) * qd > ((twodigits(rd) << DIGIT_BITS) | vk[nb - 2])) {
      --qd;
      rd += wm1;
      if (rd >= DIGIT_BASE) break;
    }
    // vk[0..nb] -= qd * w, tracking a signed borrow.
    stwodigits zhi = 0;
    for (std::size_t i = 0; i < nb; ++i) {
      stwodigits z = stwodigits(vk[i]) + zhi - stwodigits(twodigits(qd) * w[i]);
      vk[i] = digit(z) & DIGIT_MASK;
      zhi = z >> DIGIT_BITS;  // arithmetic shift (C++20)
    }
    if (stwodigits(vtop) + zhi < 0) {
      // The estimate was one too large: add w back.
      digit carry = 0;
      for (std::size_t i = 0; i < nb; ++i) {
        carry += vk[i] + w[i];
        vk[i] = carry & DIGIT_MASK;
        carry >>= DIGIT_BITS;
      }
      --qd;
    }
    q[j] = qd;
  }
  std::size_t n = k;
  while (n > 0 && q[n - 1] == 0) --n;
  *nq = n;
  *nr = mag_rshift(v.data(), nb, std::uint64_t(d), r);
}

// ---------------------------------------------------------------- signed division

namespace {

// |a| divided by |b| (b nonzero): q = trunc quotient, r = remainder, both non-negative.
NumStatus divrem_magnitudes(IntRef a, IntRef b, BigInt& q, BigInt& r) {
  std::size_t na = a.ndigits(), nb = b.ndigits();
  if (mag_compare(a.digits, na, b.digits, nb) < 0) {
    q.set_zero();
    return r.assign(a.abs()) ? NumStatus::ok : NumStatus::memory_error;
  }
  if (nb == 1) {
    if (!q.reserve(na)) return NumStatus::memory_error;
    std::size_t nq = 0;
    digit rem = mag_divrem1(a.digits, na, b.digits[0], q.mutable_digits(), &nq);
    q.set_normalized(nq, false);
    r.set_uint64(rem);
    return NumStatus::ok;
  }
  if (!q.reserve(na - nb + 1) || !r.reserve(nb)) return NumStatus::memory_error;
  std::size_t nq = 0, nr = 0;
  mag_divrem(a.digits, na, b.digits, nb, q.mutable_digits(), &nq, r.mutable_digits(), &nr);
  q.set_normalized(nq, false);
  r.set_normalized(nr, false);
  return NumStatus::ok;
}

// Adds one to a non-negative BigInt in place.
NumStatus increment_magnitude(BigInt& x) {
  std::size_t n = x.ndigits();
  if (!x.reserve(n + 1)) return NumStatus::memory_error;
  digit one = 1;
  x.set_normalized(mag_add(x.digits(), n, &one, 1, x.mutable_digits()), false);
  return NumStatus::ok;
}

// Floor division on magnitudes plus signs: want_q / want_r select the outputs to produce.
NumStatus floor_divmod(IntRef a, IntRef b, BigInt* q, BigInt* r, NumError& err) {
  if (b.is_zero()) return err.set(NumStatus::zero_division_error, kZeroDivision);
  if (both_small(a, b)) {
    std::int64_t x = small_value(a), y = small_value(b);
    std::int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      --qq;
      rr += y;
    }
    if (q) q->set_int64(qq);
    if (r) r->set_int64(rr);
    return NumStatus::ok;
  }
  BigInt q_local, r_local;
  BigInt& qq = q ? *q : q_local;
  BigInt& rr = r ? *r : r_local;
  NumStatus s = divrem_magnitudes(a, b, qq, rr);
  if (s != NumStatus::ok) return err.set(s, "");
  bool signs_differ = a.is_negative() != b.is_negative();
  if (signs_differ && !rr.is_zero()) {
    // Round the quotient down (away from zero) and move the remainder to the divisor's side.
    if (q && (s = increment_magnitude(qq)) != NumStatus::ok) return err.set(s, "");
    if (r) {
      std::size_t nb = b.ndigits();
      if (!rr.reserve(nb)) return err.set(NumStatus::memory_error, "");
      rr.set_normalized(mag_sub(b.digits, nb, rr.digits(), rr.ndigits(), rr.mutable_digits()),
                        false);
    }
  }
  if (q && signs_differ) qq.negate();
  if (r && b.is_negative()) rr.negate();
  return NumStatus::ok;
}

}  // namespace

NumStatus int_floordiv(IntRef a, IntRef b, BigInt& q, NumError& err) {
  return floor_divmod(a, b, &q, nullptr, err);
}

NumStatus int_mod(IntRef a, IntRef b, BigInt& r, NumError& err) {
  if (b.is_zero()) return err.set(NumStatus::zero_division_error, kZeroModulo);
  return floor_divmod(a, b, nullptr, &r, err);
}

NumStatus int_divmod(IntRef a, IntRef b, BigInt& q, BigInt& r, NumError& err) {
  return floor_divmod(a, b, &q, &r, err);
}

NumStatus int_divrem_trunc(IntRef a, IntRef b, BigInt& q, BigInt& r, NumError& err) {
  if (b.is_zero()) return err.set(NumStatus::zero_division_error, kZeroDivision);
  NumStatus s = divrem_magnitudes(a, b, q, r);
  if (s != NumStatus::ok) return err.set(s, "");
  if (a.is_negative() != b.is_negative()) q.negate();
  if (a.is_negative()) r.negate();
  return NumStatus::ok;
}

// ---------------------------------------------------------------- pow

NumStatus int_pow(IntRef a, IntRef e, BigInt& out, NumError& err) {
  if (e.is_negative()) return NumStatus::negative_exponent;
  if (e.is_zero()) {
    out.set_int64(1);
    return NumStatus::ok;
  }
  std::size_t na = a.ndigits();
  if (na == 0 || (na == 1 && a.digits[0] == 1)) {
    // 0**e == 0, 1**e == 1, (-1)**e == +-1 by parity of e.
    bool neg = a.is_negative() && (e.digits[0] & 1);
    out.set_int64(na == 0 ? 0 : neg ? -1 : 1);
    return NumStatus::ok;
  }
  std::uint64_t ev;
  std::uint64_t abits = int_bit_length(a);
  // |a| >= 2**(abits-1), so the result has at least (abits-1)*e bits: refuse hopeless sizes early.
  if (!int_to_uint64(e, &ev) ||
      (abits > 1 && ev > std::uint64_t(kMaxDigits) * DIGIT_BITS / (abits - 1)) ||
      (abits == 1 && ev > std::uint64_t(kMaxDigits) * DIGIT_BITS)) {
    return err.set(NumStatus::memory_error, "");
  }
  if (abits * ev <= 62) {
    // Fast path: the whole computation fits in a machine word.
    std::int64_t base = small_value(a), r = 1;
    for (std::uint64_t i = 0; i < ev; ++i) r *= base;
    out.set_int64(r);
    return NumStatus::ok;
  }
  // Left-to-right binary exponentiation.
  BigInt result, tmp;
  if (!result.assign(a)) return err.set(NumStatus::memory_error, "");
  int top = 63 - std::countl_zero(ev);
  for (int bit = top - 1; bit >= 0; --bit) {
    NumStatus s = int_mul(result, result, tmp);
    if (s != NumStatus::ok) return err.set(s, "");
    std::swap(result, tmp);
    if ((ev >> bit) & 1) {
      s = int_mul(result, a, tmp);
      if (s != NumStatus::ok) return err.set(s, "");
      std::swap(result, tmp);
    }
  }
  out = std::move(result);
  return NumStatus::ok;
}

namespace {

// Modular inverse of a modulo n (n > 1) by the extended Euclidean algorithm.
NumStatus invmod(IntRef a, IntRef n, BigInt& out, NumError& err) {
  BigInt x, y, b(1), c(0), q, r, t, qc;
  NumStatus s = int_mod(a, n, x, err);  // x = a mod n, in [0, n)
  if (s != NumStatus::ok) return s;
  if (!y.assign(n)) return err.set(NumStatus::memory_error, "");
  while (!y.is_zero()) {
    if ((s = int_divmod(x, y, q, r, err)) != NumStatus::ok) return s;
    std::swap(x, y);
    std::swap(y, r);  // (x, y) = (y, x mod y)
    if ((s = int_mul(q, c, qc)) != NumStatus::ok || (s = int_sub(b, qc, t)) != NumStatus::ok) {
      return err.set(s, "");
    }
    std::swap(b, c);
    std::swap(c, t);  // (b, c) = (c, b - q*c)
  }
  if (!(x.ndigits() == 1 && x.digits()[0] == 1 && !x.is_negative())) {
    return err.set(NumStatus::value_error, "base is not invertible for the given modulus");
  }
  return int_mod(b, n, out, err);
}

}  // namespace

NumStatus int_pow_mod(IntRef a, IntRef e, IntRef m, BigInt& out, NumError& err) {
  if (m.is_zero()) return err.set(NumStatus::value_error, "pow() 3rd argument cannot be 0");
  bool negative_output = m.is_negative();
  IntRef mod = m.abs();
  if (mod.ndigits() == 1 && mod.digits[0] == 1) {
    out.set_zero();
    return NumStatus::ok;
  }
  BigInt base, exp_abs;
  NumStatus s;
  if (e.is_negative()) {
    if ((s = invmod(a, mod, base, err)) != NumStatus::ok) return s;
    e = e.abs();
  } else if ((s = int_mod(a, mod, base, err)) != NumStatus::ok) {
    return s;
  }
  BigInt result(1), tmp, q;
  std::uint64_t nbits = int_bit_length(e);
  for (std::uint64_t bit = nbits; bit-- > 0;) {
    if ((s = int_mul(result, result, tmp)) != NumStatus::ok) return err.set(s, "");
    if ((s = int_mod(tmp, mod, result, err)) != NumStatus::ok) return s;
    if ((e.digits[bit / DIGIT_BITS] >> (bit % DIGIT_BITS)) & 1) {
      if ((s = int_mul(result, base, tmp)) != NumStatus::ok) return err.set(s, "");
      if ((s = int_mod(tmp, mod, result, err)) != NumStatus::ok) return s;
    }
  }
  if (negative_output && !result.is_zero()) {
    if ((s = int_sub(result, mod, out)) != NumStatus::ok) return err.set(s, "");
    return NumStatus::ok;
  }
  out = std::move(result);
  return NumStatus::ok;
}

// ---------------------------------------------------------------- gcd

NumStatus int_gcd(IntRef a, IntRef b, BigInt& out) {
  BigInt x, y, r;
  if (!x.assign(a.abs()) || !y.assign(b.abs())) return NumStatus::memory_error;
  NumError err;
  while (!y.is_zero()) {
    std::uint64_t ux, uy;
    if (int_to_uint64(x, &ux) && int_to_uint64(y, &uy)) {
      while (uy) {
        std::uint64_t t = ux % uy;
        ux = uy;
        uy = t;
      }
      out.set_uint64(ux);
      return NumStatus::ok;
    }
    NumStatus s = int_mod(x, y, r, err);
    if (s != NumStatus::ok) return s;
    std::swap(x, y);
    std::swap(y, r);
  }
  out = std::move(x);
  return NumStatus::ok;
}

}  // namespace mempy::runtime
