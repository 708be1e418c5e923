// runtime/bigint_str.cpp — integers to and from text and bytes.
//
// CPython 3.11 behaviour reproduced:
//  * str(int) converts through base 10**9 (quadratic, as 3.11's long_to_decimal_string);
//    bin/oct/hex read bits directly and carry their 0b/0o/0x prefix after the sign.
//  * The int_max_str_digits limit (CVE-2020-10735, new in 3.11): default 4300 decimal digits, 0
//    disables it, other values must be >= 640. It applies to decimal output and to parsing in
//    bases that are not powers of two; the sign does not count, leading zeros do.
//  * int(s, base) syntax (PyLong_FromString): ASCII whitespace around, one sign, a base prefix
//    (which also selects the base when base is 0; base 0 forbids leading zeros in a nonzero
//    decimal), single underscores between digits or right after the prefix, Unicode digits and
//    spaces via the str transform. The "invalid literal" message quotes the original text with
//    its repr cut to 200 characters and names the base the caller passed.
//  * to_bytes / from_bytes with two's complement for signed; (-1).to_bytes(0, signed=True) is b''
//    (a CPython quirk kept on purpose).
#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/numeric_text.h"

namespace mempy::runtime {

namespace {

std::int64_t g_max_str_digits = kIntMaxStrDigitsDefault;

constexpr digit kDecimalBase = 1000000000;  // 10**9, the largest power of ten below 2**30
constexpr int kDecimalShift = 9;

std::string limit_message() {
  return "Exceeds the limit (" + std::to_string(g_max_str_digits) +
         " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase "
         "the limit";
}

inline int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

inline bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

}  // namespace

NumStatus set_int_max_str_digits(std::int64_t maxdigits, NumError& err) {
  if (maxdigits != 0 && maxdigits < kIntMaxStrDigitsThreshold) {
    return err.set(NumStatus::value_error, "maxdigits must be 0 or larger than 640");
  }
  g_max_str_digits = maxdigits;
  return NumStatus::ok;
}

std::int64_t get_int_max_str_digits() {
  return g_max_str_digits;
}

// ---------------------------------------------------------------- int -> text

NumStatus int_append_decimal(IntRef a, std::string& out, NumError& err) {
  std::size_t n = a.ndigits();
  if (n <= 2) {
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, [&] {
      std::int64_t v = n == 0   ? 0
                       : n == 1 ? a.digits[0]
                                : (std::int64_t(a.digits[1]) << DIGIT_BITS) | a.digits[0];
      return a.is_negative() ? -v : v;
    }());
    out.append(buf, res.ptr);
    return NumStatus::ok;
  }
  std::int64_t limit = g_max_str_digits;
  // Cheap early refusal (CPython's): n digits hold at least (n-1)*30*log10(2) decimal digits.
  if (limit > 0 && std::int64_t(n) >= 10 * limit / (3 * DIGIT_BITS) + 2) {
    return err.set(NumStatus::value_error, limit_message());
  }
  // Convert to base 10**9, most significant 30-bit digit first: pout = pout * 2**30 + d.
  std::vector<digit> pout;
  pout.reserve(1 + n + n / 3);
  for (std::size_t i = n; i-- > 0;) {
    digit hi = a.digits[i];
    for (digit& p : pout) {
      twodigits z = (twodigits(p) << DIGIT_BITS) | hi;
      hi = digit(z / kDecimalBase);
      p = digit(z - twodigits(hi) * kDecimalBase);
    }
    while (hi) {
      pout.push_back(hi % kDecimalBase);
      hi /= kDecimalBase;
    }
  }
  if (pout.empty()) pout.push_back(0);
  char top[16];
  auto res = std::to_chars(top, top + sizeof top, pout.back());
  std::size_t top_len = std::size_t(res.ptr - top);
  std::size_t ndec = (pout.size() - 1) * kDecimalShift + top_len;
  if (limit > 0 && std::int64_t(ndec) > limit)
    return err.set(NumStatus::value_error, limit_message());
  std::size_t start = out.size();
  out.resize(start + ndec + (a.is_negative() ? 1 : 0));
  char* p = out.data() + start;
  if (a.is_negative()) *p++ = '-';
  std::memcpy(p, top, top_len);
  p += top_len;
  for (std::size_t i = pout.size() - 1; i-- > 0;) {
    digit v = pout[i];
    for (int k = kDecimalShift - 1; k >= 0; --k) {
      p[k] = char('0' + v % 10);
      v /= 10;
    }
    p += kDecimalShift;
  }
  return NumStatus::ok;
}

NumStatus int_to_decimal_string(IntRef a, std::string& out, NumError& err) {
  out.clear();
  return int_append_decimal(a, out, err);
}

NumStatus int_to_base_string(IntRef a, int base, bool prefix, std::string& out, NumError& err) {
  out.clear();
  if (base == 10) {
    NumStatus s = int_append_decimal(a, out, err);
    return s;
  }
  static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  std::string body;  // digits, least significant first
  std::size_t n = a.ndigits();
  if (n == 0) {
    body = "0";
  } else if (std::has_single_bit(unsigned(base))) {
    int bits = std::countr_zero(unsigned(base));
    twodigits acc = 0;
    int accbits = 0;
    for (std::size_t i = 0; i < n; ++i) {
      acc |= twodigits(a.digits[i]) << accbits;
      accbits += DIGIT_BITS;
      while (accbits >= bits) {
        body.push_back(kDigits[acc & unsigned(base - 1)]);
        acc >>= bits;
        accbits -= bits;
      }
    }
    if (accbits > 0) body.push_back(kDigits[acc]);
    while (body.size() > 1 && body.back() == '0') body.pop_back();
  } else {
    // Repeated division by the largest power of the base that fits in a digit.
    digit chunk = base;
    int per = 1;
    while (twodigits(chunk) * unsigned(base) <= DIGIT_MASK) {
      chunk *= digit(base);
      ++per;
    }
    std::vector<digit> work(a.digits, a.digits + n);
    std::size_t len = n;
    while (len > 0) {
      digit rem = mag_divrem1(work.data(), len, chunk, work.data(), &len);
      for (int k = 0; k < per && (len > 0 || rem > 0); ++k) {
        body.push_back(kDigits[rem % unsigned(base)]);
        rem /= unsigned(base);
      }
    }
  }
  if (a.is_negative()) out.push_back('-');
  if (prefix) {
    out.push_back('0');
    out.push_back(base == 2 ? 'b' : base == 8 ? 'o' : 'x');
  }
  out.append(body.rbegin(), body.rend());
  return NumStatus::ok;
}

// ---------------------------------------------------------------- text -> int

namespace {

// Parses ASCII text; on a syntax error calls make_message() for the value_error message.
template <typename MakeMessage>
NumStatus parse_ascii(std::string_view text, int base, BigInt& out, NumError& err,
                      MakeMessage make_message) {
  const int orig_base = base;
  if (base != 0 && (base < 2 || base > 36)) {
    return err.set(NumStatus::value_error, "int() base must be >= 2 and <= 36, or 0");
  }
  auto invalid = [&] { return err.set(NumStatus::value_error, make_message(orig_base)); };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  auto at = [&](const unsigned char* q) -> unsigned char { return q < end ? *q : 0; };

  while (p < end && is_ascii_space(*p)) ++p;
  bool negative = false;
  if (at(p) == '+' || at(p) == '-') negative = *p++ == '-';
  bool error_if_nonzero = false;
  if (base == 0) {
    unsigned char c1 = at(p + 1);
    if (at(p) != '0')
      base = 10;
    else if (c1 == 'x' || c1 == 'X')
      base = 16;
    else if (c1 == 'o' || c1 == 'O')
      base = 8;
    else if (c1 == 'b' || c1 == 'B')
      base = 2;
    else {
      base = 10;  // "0", "00", "0_0" are fine; "010" is not (no octal without 0o)
      error_if_nonzero = true;
    }
  }
  if (at(p) == '0') {
    unsigned char c1 = at(p + 1);
    if ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O')) ||
        (base == 2 && (c1 == 'b' || c1 == 'B'))) {
      p += 2;
      if (at(p) == '_') ++p;  // one underscore may follow the prefix
    }
  }
  if (at(p) == '_') return invalid();

  // Scan the digit run, checking underscores and counting digits.
  const unsigned char* start = p;
  std::int64_t ndigits = 0;
  bool prev_underscore = false;
  while (p < end) {
    if (*p == '_') {
      if (prev_underscore) return invalid();
      prev_underscore = true;
    } else if (digit_value(*p) < base) {
      ++ndigits;
      prev_underscore = false;
    } else {
      break;
    }
    ++p;
  }
  if (prev_underscore || ndigits == 0) return invalid();
  const unsigned char* digits_end = p;
  bool binary_base = std::has_single_bit(unsigned(base));
  if (!binary_base && g_max_str_digits > 0 && ndigits > kIntMaxStrDigitsThreshold &&
      ndigits > g_max_str_digits) {
    return err.set(NumStatus::value_error,
                   "Exceeds the limit (" + std::to_string(g_max_str_digits) +
                       " digits) for integer string conversion: value has " +
                       std::to_string(ndigits) +
                       " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  // Trailing garbage is checked after the digit limit, as CPython does.
  while (p < end && is_ascii_space(*p)) ++p;
  if (p != end) return invalid();

  if (binary_base) {
    int bits = std::countr_zero(unsigned(base));
    std::uint64_t total_bits = std::uint64_t(ndigits) * std::uint64_t(bits);
    std::size_t nd = std::size_t((total_bits + DIGIT_BITS - 1) / DIGIT_BITS);
    if (!out.reserve(nd + 1)) return err.set(NumStatus::memory_error, "");
    digit* z = out.mutable_digits();
    std::size_t n = 0;
    twodigits acc = 0;
    int accbits = 0;
    for (const unsigned char* q = digits_end; q-- > start;) {
      if (*q == '_') continue;
      acc |= twodigits(digit_value(*q)) << accbits;
      accbits += bits;
      if (accbits >= DIGIT_BITS) {
        z[n++] = digit(acc & DIGIT_MASK);
        acc >>= DIGIT_BITS;
        accbits -= DIGIT_BITS;
      }
    }
    if (accbits) z[n++] = digit(acc);
    out.set_normalized(n, negative);
  } else {
    // Horner's rule in chunks: fold as many digits as fit under 2**30 at once.
    digit chunk_base = digit(base);
    int per = 1;
    while (twodigits(chunk_base) * unsigned(base) <= DIGIT_MASK) {
      chunk_base *= digit(base);
      ++per;
    }
    double digits_per_limb = DIGIT_BITS / std::log2(double(base));
    std::size_t cap = std::size_t(double(ndigits) / digits_per_limb) + 3;
    if (!out.reserve(cap)) return err.set(NumStatus::memory_error, "");
    digit* z = out.mutable_digits();
    std::size_t n = 0;
    const unsigned char* q = start;
    while (q < digits_end) {
      digit c = 0, mult = 1;
      for (int k = 0; k < per && q < digits_end; ++q) {
        if (*q == '_') continue;
        c = c * digit(base) + digit(digit_value(*q));
        mult *= digit(base);
        ++k;
      }
      // z = z * mult + c
      twodigits carry = c;
      for (std::size_t i = 0; i < n; ++i) {
        carry += twodigits(z[i]) * mult;
        z[i] = digit(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
      }
      while (carry) {
        z[n++] = digit(carry & DIGIT_MASK);
        carry >>= DIGIT_BITS;
      }
    }
    out.set_normalized(n, negative);
  }
  if (error_if_nonzero && !out.is_zero()) return invalid();
  return NumStatus::ok;
}

}  // namespace

NumStatus int_from_string(std::string_view text, int base, BigInt& out, NumError& err) {
  auto message = [&](int b) {
    return "invalid literal for int() with base " + std::to_string(b) + ": " +
           utf8_truncate(py_str_repr(text), 200);
  };
  if (is_ascii(text)) return parse_ascii(text, base, out, err, message);
  std::string ascii = transform_decimal_and_space_to_ascii(text);
  return parse_ascii(ascii, base, out, err, message);
}

NumStatus int_from_bytes_literal(std::string_view bytes, int base, BigInt& out, NumError& err) {
  auto message = [&](int b) {
    return "invalid literal for int() with base " + std::to_string(b) + ": " +
           utf8_truncate(py_bytes_repr(bytes), 200);
  };
  return parse_ascii(bytes, base, out, err, message);
}

// ---------------------------------------------------------------- bytes

NumStatus int_to_bytes(IntRef a, std::size_t length, bool little_endian, bool is_signed,
                       std::uint8_t* out, NumError& err) {
  bool negative = a.is_negative();
  if (negative && !is_signed) {
    return err.set(NumStatus::overflow_error, "can't convert negative int to unsigned");
  }
  std::uint64_t bits = int_bit_length(a);
  bool fits;
  if (!is_signed) {
    fits = bits <= std::uint64_t(length) * 8;
  } else if (!negative) {
    fits = bits + 1 <= std::uint64_t(length) * 8 || bits == 0;
  } else {
    // -x fits in n bytes iff x - 1 < 2**(8n-1); a power of two needs one bit less.
    bool power_of_two = int_bit_count(a) == 1;
    std::uint64_t need = power_of_two ? bits : bits + 1;
    fits = need <= std::uint64_t(length) * 8 || (length == 0 && bits == 1);  // -1 -> b''
  }
  if (!fits) return err.set(NumStatus::overflow_error, "int too big to convert");
  // Stream the magnitude's bytes from the least significant; negatives get ~x + 1 on the fly.
  std::size_t n = a.ndigits();
  twodigits acc = 0;
  int accbits = 0;
  std::size_t di = 0;
  unsigned carry = 1;
  for (std::size_t k = 0; k < length; ++k) {
    if (accbits < 8 && di < n) {
      acc |= twodigits(a.digits[di++]) << accbits;
      accbits += DIGIT_BITS;
    }
    unsigned byte = unsigned(acc & 0xFF);
    acc >>= 8;
    accbits -= 8;
    if (accbits < 0) accbits = 0;
    if (negative) {
      unsigned t = (byte ^ 0xFF) + carry;
      byte = t & 0xFF;
      carry = t >> 8;
    }
    out[little_endian ? k : length - 1 - k] = std::uint8_t(byte);
  }
  return NumStatus::ok;
}

NumStatus int_from_bytes(const std::uint8_t* bytes, std::size_t n, bool little_endian,
                         bool is_signed, BigInt& out) {
  auto byte_at = [&](std::size_t k) { return bytes[little_endian ? k : n - 1 - k]; };
  bool negative = is_signed && n > 0 && (byte_at(n - 1) & 0x80);
  std::size_t nd = (n * 8 + DIGIT_BITS - 1) / DIGIT_BITS + 1;
  if (!out.reserve(nd)) return NumStatus::memory_error;
  digit* z = out.mutable_digits();
  std::size_t nz = 0;
  twodigits acc = 0;
  int accbits = 0;
  unsigned carry = 1;
  for (std::size_t k = 0; k < n; ++k) {
    unsigned b = byte_at(k);
    if (negative) {  // magnitude of a two's-complement value: ~x + 1
      unsigned t = (b ^ 0xFF) + carry;
      b = t & 0xFF;
      carry = t >> 8;
    }
    acc |= twodigits(b) << accbits;
    accbits += 8;
    if (accbits >= DIGIT_BITS) {
      z[nz++] = digit(acc & DIGIT_MASK);
      acc >>= DIGIT_BITS;
      accbits -= DIGIT_BITS;
    }
  }
  if (accbits) z[nz++] = digit(acc);
  // With the sign bit set the magnitude 2**(8n) - x is at most 2**(8n-1): no carry out.
  out.set_normalized(nz, negative);
  return NumStatus::ok;
}

}  // namespace mempy::runtime
