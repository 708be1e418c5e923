// runtime/bigint.cpp — BigInt storage and the linear-time and multiplicative integer operations:
// compare, add, subtract, multiply (schoolbook, Karatsuba, lopsided Karatsuba), shifts, bitwise
// operators, machine-integer conversions and hash.
//
// Reproduces CPython 3.11's Objects/longobject.c behaviour: 30-bit digits, Karatsuba above 70
// digits (140 for squares), floor semantics for >> of negatives, two's-complement semantics for
// & | ^ ~ on sign-magnitude values, and hash modulo 2**61 - 1 with -1 mapped to -2.
// Operands of one or two digits (|v| < 2**60) take int64 / int128 fast paths.
#include "runtime/bigint.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace mempy::runtime {

// ---------------------------------------------------------------- BigInt storage

BigInt::BigInt(const BigInt& other) {
  if (!assign(other.ref())) std::abort();  // copying is for tests and slow paths only
}

BigInt::BigInt(BigInt&& other) noexcept {
  *this = std::move(other);
}

BigInt& BigInt::operator=(const BigInt& other) {
  if (this != &other && !assign(other.ref())) std::abort();
  return *this;
}

BigInt& BigInt::operator=(BigInt&& other) noexcept {
  if (this == &other) return *this;
  if (other.data_ != other.inline_) {
    release();
    data_ = other.data_;
    cap_ = other.cap_;
    other.data_ = other.inline_;
    other.cap_ = kInline;
  } else {
    // The value fits inline, so it fits whatever storage we already have.
    std::memcpy(data_, other.inline_, other.ndigits() * sizeof(digit));
  }
  size_ = other.size_;
  other.size_ = 0;
  return *this;
}

void BigInt::release() {
  if (data_ != inline_) std::free(data_);
  data_ = inline_;
  cap_ = kInline;
}

bool BigInt::reserve(std::size_t n) {
  if (n <= cap_) return true;
  if (n > kMaxDigits) return false;
  std::size_t new_cap = std::max(n, cap_ + cap_ / 2);
  auto* p = static_cast<digit*>(std::malloc(new_cap * sizeof(digit)));
  if (p == nullptr) return false;
  std::memcpy(p, data_, ndigits() * sizeof(digit));
  if (data_ != inline_) std::free(data_);
  data_ = p;
  cap_ = new_cap;
  return true;
}

void BigInt::set_normalized(std::size_t n, bool negative) {
  while (n > 0 && data_[n - 1] == 0) --n;
  size_ = negative ? -std::int64_t(n) : std::int64_t(n);
}

void BigInt::set_uint64(std::uint64_t v, bool negative) {
  // Capacity is at least kInline (4) digits, and 64 bits need at most 3.
  std::int64_t n = digits_from_uint64(v, data_);
  size_ = negative ? -n : n;
}

void BigInt::set_int64(std::int64_t v) {
  if (v < 0) {
    set_uint64(0 - std::uint64_t(v), true);
  } else {
    set_uint64(std::uint64_t(v), false);
  }
}

bool BigInt::assign(IntRef v) {
  if (v.digits == data_) {
    size_ = v.size;
    return true;
  }
  std::size_t n = v.ndigits();
  if (!reserve(n)) return false;
  if (n) std::memmove(data_, v.digits, n * sizeof(digit));
  size_ = v.size;
  return true;
}

// ---------------------------------------------------------------- small-value helpers

namespace {

// Value of an IntRef with at most two digits (|v| < 2**60).
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

// Sets out from a signed 128-bit value (products of two-digit operands).
void set_int128(BigInt& out, __int128 v) {
  bool neg = v < 0;
  unsigned __int128 m =
      neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  digit* d = out.mutable_digits();  // capacity >= 4 digits = 120 bits, enough for |v| < 2**120
  std::size_t n = 0;
  while (m) {
    d[n++] = digit(m & DIGIT_MASK);
    m >>= DIGIT_BITS;
  }
  out.set_size(neg ? -std::int64_t(n) : std::int64_t(n));
}

inline std::size_t normalized_length(const digit* a, std::size_t n) {
  while (n > 0 && a[n - 1] == 0) --n;
  return n;
}

// z[0..nz) += x[0..nx); the caller guarantees the sum fits in nz digits.
void add_in_place(digit* z, std::size_t nz, const digit* x, std::size_t nx) {
  digit carry = 0;
  std::size_t i = 0;
  for (; i < nx; ++i) {
    carry += z[i] + x[i];
    z[i] = carry & DIGIT_MASK;
    carry >>= DIGIT_BITS;
  }
  for (; carry && i < nz; ++i) {
    carry += z[i];
    z[i] = carry & DIGIT_MASK;
    carry >>= DIGIT_BITS;
  }
}

}  // namespace

// ---------------------------------------------------------------- raw magnitudes

int mag_compare(const digit* a, std::size_t na, const digit* b, std::size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (std::size_t i = na; i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

std::size_t mag_add(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  digit carry = 0;
  std::size_t i = 0;
  for (; i < nb; ++i) {
    carry += a[i] + b[i];
    out[i] = carry & DIGIT_MASK;
    carry >>= DIGIT_BITS;
  }
  for (; i < na; ++i) {
    carry += a[i];
    out[i] = carry & DIGIT_MASK;
    carry >>= DIGIT_BITS;
  }
  out[i] = carry;
  return normalized_length(out, na + 1);
}

std::size_t mag_sub(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  digit borrow = 0;
  std::size_t i = 0;
  for (; i < nb; ++i) {
    borrow = a[i] - b[i] - borrow;  // wraps; the top bits then hold the borrow
    out[i] = borrow & DIGIT_MASK;
    borrow = (borrow >> DIGIT_BITS) & 1;
  }
  for (; i < na; ++i) {
    borrow = a[i] - borrow;
    out[i] = borrow & DIGIT_MASK;
    borrow = (borrow >> DIGIT_BITS) & 1;
  }
  return normalized_length(out, na);
}

namespace {

// out[0..na+nb) = a * b; out must be zeroed by the caller.
void mul_schoolbook(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  for (std::size_t i = 0; i < na; ++i) {
    twodigits f = a[i];
    if (f == 0) continue;
    twodigits carry = 0;
    digit* z = out + i;
    for (std::size_t j = 0; j < nb; ++j) {
      carry += z[j] + f * b[j];
      z[j] = digit(carry & DIGIT_MASK);
      carry >>= DIGIT_BITS;
    }
    for (std::size_t k = nb; carry; ++k) {
      carry += z[k];
      z[k] = digit(carry & DIGIT_MASK);
      carry >>= DIGIT_BITS;
    }
  }
}

void kmul(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out);

// Either operand order; writes all na + nb digits of out.
void kmul_any(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  if (na > nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  kmul(a, na, b, nb, out);
}

// When b is much longer than a, Karatsuba's even split would waste work on zeros: multiply a by
// a-sized slices of b instead and add the partial products in (CPython's k_lopsided_mul).
void kmul_lopsided(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  std::fill(out, out + na + nb, 0);
  std::vector<digit> part(2 * na);
  for (std::size_t off = 0; off < nb; off += na) {
    std::size_t len = std::min(na, nb - off);
    kmul_any(a, na, b + off, len, part.data());
    add_in_place(out + off, na + nb - off, part.data(), na + len);
  }
}

// Karatsuba for na <= nb: with B = base**shift, a = ah*B + al and b = bh*B + bl,
// a*b = ah*bh*B**2 + ((ah+al)(bh+bl) - ah*bh - al*bl)*B + al*bl: three half-size products.
void kmul(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  std::size_t cutoff = (a == b && na == nb) ? KARATSUBA_SQUARE_CUTOFF : KARATSUBA_CUTOFF;
  if (na <= cutoff) {
    std::fill(out, out + na + nb, 0);
    mul_schoolbook(a, na, b, nb, out);
    return;
  }
  if (2 * na <= nb) {
    kmul_lopsided(a, na, b, nb, out);
    return;
  }
  std::size_t shift = nb >> 1;  // na > nb/2 >= shift, so ah is never empty
  const digit *al = a, *ah = a + shift, *bl = b, *bh = b + shift;
  std::size_t nah = na - shift, nbh = nb - shift;
  digit* hi = out + 2 * shift;
  kmul_any(ah, nah, bh, nbh, hi);       // ah*bh fills out[2*shift, na+nb)
  kmul_any(al, shift, bl, shift, out);  // al*bl fills out[0, 2*shift)

  std::vector<digit> sa(std::max(nah, shift) + 1), sb(std::max(nbh, shift) + 1);
  std::size_t nsa = mag_add(ah, nah, al, normalized_length(al, shift), sa.data());
  std::size_t nsb = mag_add(bh, nbh, bl, normalized_length(bl, shift), sb.data());
  std::vector<digit> mid(nsa + nsb + 1, 0);
  if (nsa && nsb) kmul_any(sa.data(), nsa, sb.data(), nsb, mid.data());
  std::size_t nmid = normalized_length(mid.data(), nsa + nsb);
  nmid = mag_sub(mid.data(), nmid, hi, normalized_length(hi, nah + nbh), mid.data());
  nmid = mag_sub(mid.data(), nmid, out, normalized_length(out, 2 * shift), mid.data());
  add_in_place(out + shift, na + nb - shift, mid.data(), nmid);
}

}  // namespace

std::size_t mag_mul(const digit* a, std::size_t na, const digit* b, std::size_t nb, digit* out) {
  if (na == 0 || nb == 0) return 0;
  kmul_any(a, na, b, nb, out);
  return normalized_length(out, na + nb);
}

std::size_t mag_lshift(const digit* a, std::size_t na, std::uint64_t bits, digit* out) {
  std::size_t wordshift = std::size_t(bits / DIGIT_BITS);
  int rem = int(bits % DIGIT_BITS);
  if (na == 0) return 0;
  // Top-down, so that out may alias a.
  if (rem == 0) {
    out[wordshift + na] = 0;
    for (std::size_t i = na; i-- > 0;) out[wordshift + i] = a[i];
  } else {
    out[wordshift + na] = a[na - 1] >> (DIGIT_BITS - rem);
    for (std::size_t i = na - 1; i > 0; --i) {
      out[wordshift + i] = ((a[i] << rem) & DIGIT_MASK) | (a[i - 1] >> (DIGIT_BITS - rem));
    }
    out[wordshift] = (a[0] << rem) & DIGIT_MASK;
  }
  std::fill(out, out + wordshift, 0);
  return normalized_length(out, na + wordshift + 1);
}

std::size_t mag_rshift(const digit* a, std::size_t na, std::uint64_t bits, digit* out) {
  std::uint64_t wordshift = bits / DIGIT_BITS;
  if (wordshift >= na) return 0;
  int rem = int(bits % DIGIT_BITS);
  std::size_t n = na - std::size_t(wordshift);
  const digit* src = a + wordshift;
  for (std::size_t i = 0; i < n; ++i) {
    twodigits lo = src[i] >> rem;
    twodigits hi = i + 1 < n ? (twodigits(src[i + 1]) << (DIGIT_BITS - rem)) & DIGIT_MASK : 0;
    out[i] = digit(lo | hi);
  }
  return normalized_length(out, n);
}

std::uint64_t mag_bit_length(const digit* a, std::size_t na) {
  na = normalized_length(a, na);
  if (na == 0) return 0;
  return std::uint64_t(na - 1) * DIGIT_BITS + std::uint64_t(std::bit_width(a[na - 1]));
}

// ---------------------------------------------------------------- signed arithmetic

int int_sign(IntRef a) {
  return a.size < 0 ? -1 : a.size > 0 ? 1 : 0;
}

int int_compare(IntRef a, IntRef b) {
  if (a.size != b.size) return a.size < b.size ? -1 : 1;
  int c = mag_compare(a.digits, a.ndigits(), b.digits, b.ndigits());
  return a.size < 0 ? -c : c;
}

NumStatus int_add(IntRef a, IntRef b, BigInt& out) {
  if (both_small(a, b)) {
    out.set_int64(small_value(a) + small_value(b));
    return NumStatus::ok;
  }
  std::size_t na = a.ndigits(), nb = b.ndigits();
  if (!out.reserve(std::max(na, nb) + 1)) return NumStatus::memory_error;
  if (a.is_negative() == b.is_negative()) {
    out.set_normalized(mag_add(a.digits, na, b.digits, nb, out.mutable_digits()), a.is_negative());
    return NumStatus::ok;
  }
  int c = mag_compare(a.digits, na, b.digits, nb);
  if (c == 0) {
    out.set_zero();
  } else if (c > 0) {
    out.set_normalized(mag_sub(a.digits, na, b.digits, nb, out.mutable_digits()), a.is_negative());
  } else {
    out.set_normalized(mag_sub(b.digits, nb, a.digits, na, out.mutable_digits()), b.is_negative());
  }
  return NumStatus::ok;
}

NumStatus int_sub(IntRef a, IntRef b, BigInt& out) {
  return int_add(a, b.negated(), out);
}

NumStatus int_mul(IntRef a, IntRef b, BigInt& out) {
  if (both_small(a, b)) {
    set_int128(out, static_cast<__int128>(small_value(a)) * small_value(b));
    return NumStatus::ok;
  }
  std::size_t na = a.ndigits(), nb = b.ndigits();
  if (na == 0 || nb == 0) {
    out.set_zero();
    return NumStatus::ok;
  }
  if (na + nb > kMaxDigits || !out.reserve(na + nb)) return NumStatus::memory_error;
  std::size_t n = mag_mul(a.digits, na, b.digits, nb, out.mutable_digits());
  out.set_normalized(n, a.is_negative() != b.is_negative());
  return NumStatus::ok;
}

NumStatus int_negate(IntRef a, BigInt& out) {
  if (!out.assign(a)) return NumStatus::memory_error;
  out.negate();
  return NumStatus::ok;
}

NumStatus int_abs(IntRef a, BigInt& out) {
  return out.assign(a.abs()) ? NumStatus::ok : NumStatus::memory_error;
}

// ---------------------------------------------------------------- shifts

NumStatus int_lshift_bits(IntRef a, std::uint64_t bits, BigInt& out) {
  std::size_t na = a.ndigits();
  if (na == 0) {
    out.set_zero();
    return NumStatus::ok;
  }
  if (na <= 1 && bits <= 32) {
    out.set_uint64(std::uint64_t(a.digits[0]) << bits, a.is_negative());
    return NumStatus::ok;
  }
  std::uint64_t words = bits / DIGIT_BITS;
  if (words > kMaxDigits || na + words + 1 > kMaxDigits) return NumStatus::memory_error;
  if (!out.reserve(na + std::size_t(words) + 1)) return NumStatus::memory_error;
  out.set_normalized(mag_lshift(a.digits, na, bits, out.mutable_digits()), a.is_negative());
  return NumStatus::ok;
}

NumStatus int_rshift_bits(IntRef a, std::uint64_t bits, BigInt& out) {
  std::size_t na = a.ndigits();
  if (!a.is_negative()) {
    if (!out.reserve(na)) return NumStatus::memory_error;
    out.set_normalized(mag_rshift(a.digits, na, bits, out.mutable_digits()), false);
    return NumStatus::ok;
  }
  if (na <= 2) {
    std::int64_t v = small_value(a);
    out.set_int64(bits >= 63 ? -1 : v >> bits);  // arithmetic shift floors
    return NumStatus::ok;
  }
  // Floor for negatives: -a >> n == -((|a| - 1) >> n) - 1.
  if (!out.reserve(na + 1)) return NumStatus::memory_error;
  digit one = 1;
  digit* d = out.mutable_digits();
  std::size_t m = mag_sub(a.digits, na, &one, 1, d);
  m = mag_rshift(d, m, bits, d);
  m = mag_add(d, m, &one, 1, d);
  out.set_normalized(m, true);
  return NumStatus::ok;
}

namespace {

// Reads a shift count; returns false (after filling err) when it is negative.
bool shift_count(IntRef count, std::uint64_t* bits, bool* huge, NumError& err) {
  if (count.is_negative()) {
    err.set(NumStatus::value_error, "negative shift count");
    return false;
  }
  *huge = !int_to_uint64(count, bits);
  return true;
}

}  // namespace

NumStatus int_lshift(IntRef a, IntRef count, BigInt& out, NumError& err) {
  std::uint64_t bits = 0;
  bool huge = false;
  if (!shift_count(count, &bits, &huge, err)) return err.status;
  if (a.is_zero()) {
    out.set_zero();
    return NumStatus::ok;
  }
  if (huge) {
    // CPython splits the count into (count // 30, count % 30), clipping the word count at
    // PY_SSIZE_T_MAX / 4; a result longer than MAX_LONG_DIGITS is an OverflowError, anything
    // shorter but still impossible to allocate is a MemoryError.
    constexpr std::uint64_t kClip = std::uint64_t(INT64_MAX) / sizeof(digit);
    constexpr std::uint64_t kMaxLongDigits = (std::uint64_t(INT64_MAX) - 24) / sizeof(digit);
    std::vector<digit> q(count.ndigits());
    std::size_t nq = 0;
    digit rem = mag_divrem1(count.digits, count.ndigits(), DIGIT_BITS, q.data(), &nq);
    std::uint64_t words;
    if (!int_to_uint64(IntRef{q.data(), std::int64_t(nq)}, &words) || words >= kClip) {
      words = kClip;
      rem = 0;
    }
    if (a.ndigits() + words + (rem ? 1 : 0) > kMaxLongDigits) {
      return err.set(NumStatus::overflow_error, "too many digits in integer");
    }
    return err.set(NumStatus::memory_error, "");
  }
  NumStatus s = int_lshift_bits(a, bits, out);
  if (s != NumStatus::ok) err.set(s, "");
  return s;
}

NumStatus int_rshift(IntRef a, IntRef count, BigInt& out, NumError& err) {
  std::uint64_t bits = 0;
  bool huge = false;
  if (!shift_count(count, &bits, &huge, err)) return err.status;
  if (huge) {
    out.set_int64(a.is_negative() ? -1 : 0);
    return NumStatus::ok;
  }
  NumStatus s = int_rshift_bits(a, bits, out);
  if (s != NumStatus::ok) err.set(s, "");
  return s;
}

// ---------------------------------------------------------------- bitwise

namespace {

// Streams the two's-complement digits of a sign-magnitude value: a negative value is
// (~|v| + 1) digit by digit, continued by all-ones digits past its length.
struct TwosComplementReader {
  const digit* d;
  std::size_t n;
  bool negative;
  digit carry = 1;

  digit at(std::size_t i) {
    digit v = i < n ? d[i] : 0;
    if (!negative) return v;
    digit t = (v ^ DIGIT_MASK) + carry;
    carry = t >> DIGIT_BITS;
    return t & DIGIT_MASK;
  }
};

NumStatus bitwise(IntRef a, IntRef b, char op, BigInt& out) {
  if (both_small(a, b)) {
    std::int64_t x = small_value(a), y = small_value(b);
    out.set_int64(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    return NumStatus::ok;
  }
  bool na_neg = a.is_negative(), nb_neg = b.is_negative();
  std::size_t n = std::max(a.ndigits(), b.ndigits());
  bool neg = op == '&' ? (na_neg && nb_neg) : op == '|' ? (na_neg || nb_neg) : (na_neg != nb_neg);
  // A non-negative operand of & bounds the result's length.
  if (op == '&') {
    if (!na_neg && !nb_neg)
      n = std::min(a.ndigits(), b.ndigits());
    else if (!na_neg)
      n = a.ndigits();
    else if (!nb_neg)
      n = b.ndigits();
  }
  if (!out.reserve(n + 1)) return NumStatus::memory_error;
  digit* z = out.mutable_digits();
  TwosComplementReader ra{a.digits, a.ndigits(), na_neg}, rb{b.digits, b.ndigits(), nb_neg};
  for (std::size_t i = 0; i < n; ++i) {
    digit x = ra.at(i), y = rb.at(i);
    z[i] = op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y);
  }
  if (neg) {
    // Back to sign-magnitude: the magnitude is ~z + 1 (the digits above n are all ones, so a
    // carry out of the top becomes one more digit).
    digit carry = 1;
    for (std::size_t i = 0; i < n; ++i) {
      digit t = (z[i] ^ DIGIT_MASK) + carry;
      z[i] = t & DIGIT_MASK;
      carry = t >> DIGIT_BITS;
    }
    z[n] = carry;
    out.set_normalized(n + 1, true);
  } else {
    out.set_normalized(n, false);
  }
  return NumStatus::ok;
}

}  // namespace

NumStatus int_and(IntRef a, IntRef b, BigInt& out) {
  return bitwise(a, b, '&', out);
}
NumStatus int_or(IntRef a, IntRef b, BigInt& out) {
  return bitwise(a, b, '|', out);
}
NumStatus int_xor(IntRef a, IntRef b, BigInt& out) {
  return bitwise(a, b, '^', out);
}

NumStatus int_invert(IntRef a, BigInt& out) {
  // ~a == -(a + 1)
  digit one = 1;
  NumStatus s = int_add(a, IntRef{&one, 1}, out);
  if (s == NumStatus::ok) out.negate();
  return s;
}

std::uint64_t int_bit_length(IntRef a) {
  return mag_bit_length(a.digits, a.ndigits());
}

std::uint64_t int_bit_count(IntRef a) {
  std::uint64_t c = 0;
  for (std::size_t i = 0; i < a.ndigits(); ++i) c += std::uint64_t(std::popcount(a.digits[i]));
  return c;
}

// ---------------------------------------------------------------- machine integers

std::int64_t digits_from_uint64(std::uint64_t v, digit* out) {
  std::int64_t n = 0;
  while (v) {
    out[n++] = digit(v & DIGIT_MASK);
    v >>= DIGIT_BITS;
  }
  return n;
}

std::int64_t digits_from_int64(std::int64_t v, digit* out) {
  if (v < 0) return -digits_from_uint64(0 - std::uint64_t(v), out);
  return digits_from_uint64(std::uint64_t(v), out);
}

namespace {

bool magnitude_u64(IntRef a, std::uint64_t* out) {
  std::size_t n = a.ndigits();
  if (n > 3 || (n == 3 && (a.digits[2] >> 4) != 0)) return false;  // more than 64 bits
  std::uint64_t v = 0;
  for (std::size_t i = n; i-- > 0;) v = (v << DIGIT_BITS) | a.digits[i];
  *out = v;
  return true;
}

}  // namespace

bool int_to_uint64(IntRef a, std::uint64_t* out) {
  if (a.is_negative()) return false;
  return magnitude_u64(a, out);
}

bool int_to_int64(IntRef a, std::int64_t* out) {
  std::uint64_t m;
  if (!magnitude_u64(a, &m)) return false;
  if (a.is_negative()) {
    if (m > (std::uint64_t{1} << 63)) return false;
    *out = std::int64_t(0 - m);
  } else {
    if (m > std::uint64_t(INT64_MAX)) return false;
    *out = std::int64_t(m);
  }
  return true;
}

// ---------------------------------------------------------------- hash

std::int64_t int_hash(IntRef a) {
  // 2**61 == 1 modulo the Mersenne prime 2**61 - 1, so multiplying by 2**30 is a 61-bit rotation.
  std::uint64_t x = 0;
  for (std::size_t i = a.ndigits(); i-- > 0;) {
    x = ((x << DIGIT_BITS) & kHashModulus) | (x >> (kHashBits - DIGIT_BITS));
    x += a.digits[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  std::int64_t h = a.is_negative() ? -std::int64_t(x) : std::int64_t(x);
  return h == -1 ? -2 : h;
}

}  // namespace mempy::runtime
