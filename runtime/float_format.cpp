// runtime/float_format.cpp — floats to text and back: repr, the format-code core shared with
// format() and %-formatting, float(str), float.hex and float.fromhex.
//
// CPython 3.11 behaviour reproduced (Python/pystrtod.c, Objects/floatobject.c):
//  * Digits come from std::to_chars, which is exact: shortest round-trip digits for repr (what
//    David Gay's dtoa mode 0 gives CPython), correctly rounded (half to even on the exact binary
//    value) for a fixed count of significant digits (mode 2) or of decimals (mode 3).
//  * Layout follows format_float_short: repr switches to exponent notation when the decimal point
//    position is <= -4 or > 16; 'g' when it is <= -4 or > precision; exponents have a sign and at
//    least two digits; '#' keeps the point and trailing zeros; 'z' drops the sign of a result
//    that rounds to zero; NaN is never signed.
//  * float(str) strips ASCII whitespace (after mapping Unicode spaces and digits), allows an
//    underscore only between two digits, accepts inf/infinity/nan in any case, and never raises
//    for out-of-range values (they become inf or 0.0).
//  * float.hex always writes 13 hex digits after the point; fromhex rounds half to even.
// No iostreams anywhere: repr is on the hot path of print().
#include "runtime/float_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "runtime/numeric_text.h"

namespace mempy::runtime {

namespace {

// A decimal digit string d1 d2 ... dn meaning 0.d1d2...dn * 10**decpt; no leading or trailing
// zeros except that zero itself is "0" with decpt 1 (dtoa's conventions).
struct Decimal {
  char buf[32];
  std::string big;  // used instead of buf when the digit count is large
  const char* digits = buf;
  int ndigits = 0;
  int decpt = 0;
};

// Parses to_chars' "d.ddde+XX" / "ddd" / "ddd.ddd" output for a non-negative value into Decimal.
void collect_digits(const char* first, const char* last, Decimal& d, char* dst) {
  int n = 0;
  int int_digits = -1;  // digits before the point, when no exponent
  int exp10 = 0;
  const char* p = first;
  for (; p < last && *p != 'e'; ++p) {
    if (*p == '.') {
      int_digits = n;
      continue;
    }
    dst[n++] = *p;
  }
  if (int_digits < 0) int_digits = n;
  bool scientific = p < last;
  if (scientific) {
    std::from_chars(p + 1 + (p[1] == '+'), last, exp10);
    int_digits = 1;
  }
  // Strip leading zeros (only "0.000ddd" fixed output has them).
  int lead = 0;
  while (lead < n && dst[lead] == '0') ++lead;
  if (lead == n) {
    dst[0] = '0';
    d.digits = dst;
    d.ndigits = 1;
    d.decpt = 1;
    return;
  }
  int end = n;
  while (end > lead && dst[end - 1] == '0') --end;
  d.digits = dst + lead;
  d.ndigits = end - lead;
  d.decpt = int_digits - lead + exp10;
}

// Digits of |x| (finite): mode 0 shortest, mode 2 `precision` significant digits, mode 3
// `precision` digits after the point.
void decimal_digits(double x, int mode, int precision, Decimal& d) {
  x = std::fabs(x);
  if (x == 0.0) {
    d.buf[0] = '0';
    d.digits = d.buf;
    d.ndigits = 1;
    d.decpt = 1;
    return;
  }
  char tmp[64];
  if (mode == 0) {
    auto r = std::to_chars(tmp, tmp + sizeof tmp, x, std::chars_format::scientific);
    collect_digits(tmp, r.ptr, d, d.buf);
    return;
  }
  // Fixed output of a huge value, or very high precision, needs a large buffer.
  std::size_t need = std::size_t(precision) + (mode == 3 ? 330 : 16);
  d.big.resize(2 * need);
  char* out = d.big.data();
  std::to_chars_result r;
  if (mode == 2) {
    r = std::to_chars(out, out + need, x, std::chars_format::scientific, precision - 1);
  } else {
    r = std::to_chars(out, out + need, x, std::chars_format::fixed, precision);
  }
  collect_digits(out, r.ptr, d, out + need);
}

void append_exponent(std::string& out, int exp, bool upper) {
  out.push_back(upper ? 'E' : 'e');
  out.push_back(exp < 0 ? '-' : '+');
  unsigned e = unsigned(exp < 0 ? -exp : exp);
  char buf[8];
  auto r = std::to_chars(buf, buf + sizeof buf, e);
  if (r.ptr - buf < 2) out.push_back('0');
  out.append(buf, r.ptr);
}

// format_float_short: lays out the digits for one format code.
void format_float_short(double x, char code, int precision, unsigned flags, bool upper,
                        std::string& out) {
  bool negative = std::signbit(x);
  if (std::isnan(x) || std::isinf(x)) {
    if (std::isnan(x)) negative = false;  // the sign of a NaN is ignored
    if (negative)
      out.push_back('-');
    else if (flags & kDtsfSign)
      out.push_back('+');
    out += std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return;
  }
  int mode = code == 'r' ? 0 : code == 'f' ? 3 : 2;
  Decimal d;
  decimal_digits(x, mode, precision, d);
  bool add_dot_0 = flags & kDtsfAddDot0;
  bool alt = flags & kDtsfAlt;
  if ((flags & kDtsfNoNegZero) && d.ndigits == 1 && d.digits[0] == '0') negative = false;

  int decpt = d.decpt;
  int vdigits_end = d.ndigits;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // Print the slice [vdigits_start, vdigits_end) of the digits padded with zeros on both
  // sides; there is always at least one digit before the point.
  int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }
  if (negative)
    out.push_back('-');
  else if (flags & kDtsfSign)
    out.push_back('+');
  out.reserve(out.size() + std::size_t(vdigits_end - vdigits_start) + 8);
  for (int i = vdigits_start; i < vdigits_end; ++i) {
    if (i == decpt) out.push_back('.');
    out.push_back(i >= 0 && i < d.ndigits ? d.digits[i] : '0');
  }
  if (decpt == vdigits_end && alt) out.push_back('.');
  if (use_exp) append_exponent(out, exp, upper);
}

}  // namespace

std::string double_to_string(double x, char format_code, int precision, unsigned flags) {
  bool upper = false;
  switch (format_code) {
    case 'E':
      upper = true;
      [[fallthrough]];
    case 'e':
      format_code = 'e';
      ++precision;  // digits after the point -> significant digits
      break;
    case 'F':
      upper = true;
      [[fallthrough]];
    case 'f':
      format_code = 'f';
      break;
    case 'G':
      upper = true;
      [[fallthrough]];
    case 'g':
      format_code = 'g';
      if (precision == 0) precision = 1;
      break;
    default:
      format_code = 'r';
      precision = 0;
      break;
  }
  std::string out;
  format_float_short(x, format_code, precision, flags, upper, out);
  return out;
}

void float_repr_append(double x, std::string& out) {
  if (!std::isfinite(x)) {
    format_float_short(x, 'r', 0, kDtsfAddDot0, false, out);
    return;
  }
  // The hot path of print(): the same layout as format_float_short's 'r' case, written into a
  // stack buffer (at most 17 digits, sign, point, padding zeros up to 1e-4 and "e+308").
  char sci[32];
  auto r = std::to_chars(sci, sci + sizeof sci, std::fabs(x), std::chars_format::scientific);
  Decimal d;
  collect_digits(sci, r.ptr, d, d.buf);
  char buf[48];
  char* p = buf;
  if (std::signbit(x)) *p++ = '-';
  int decpt = d.decpt;
  if (decpt <= -4 || decpt > 16) {
    *p++ = d.digits[0];
    if (d.ndigits > 1) {
      *p++ = '.';
      std::memcpy(p, d.digits + 1, std::size_t(d.ndigits - 1));
      p += d.ndigits - 1;
    }
    out.append(buf, p);
    append_exponent(out, decpt - 1, false);
    return;
  }
  if (decpt <= 0) {  // 0.000ddd
    *p++ = '0';
    *p++ = '.';
    for (int i = decpt; i < 0; ++i) *p++ = '0';
    std::memcpy(p, d.digits, std::size_t(d.ndigits));
    p += d.ndigits;
  } else if (d.ndigits <= decpt) {  // ddd000.0
    std::memcpy(p, d.digits, std::size_t(d.ndigits));
    p += d.ndigits;
    for (int i = d.ndigits; i < decpt; ++i) *p++ = '0';
    *p++ = '.';
    *p++ = '0';
  } else {  // ddd.ddd
    std::memcpy(p, d.digits, std::size_t(decpt));
    p += decpt;
    *p++ = '.';
    std::memcpy(p, d.digits + decpt, std::size_t(d.ndigits - decpt));
    p += d.ndigits - decpt;
  }
  out.append(buf, p);
}

std::string float_repr(double x) {
  std::string out;
  float_repr_append(x, out);
  return out;
}

// ---------------------------------------------------------------- parsing

namespace {

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool equals_nocase(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((s[i] | 0x20) != word[i]) return false;
  }
  return true;
}

// Parses an ASCII float literal with no surrounding whitespace; false on bad syntax.
bool parse_decimal(std::string_view s, double* out) {
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_nocase(s, "inf") || equals_nocase(s, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return true;
  }
  if (equals_nocase(s, "nan")) {
    *out = negative ? -std::nan("") : std::nan("");
    return true;
  }
  // digits [. digits] [(e|E) [sign] digits], at least one mantissa digit.
  std::size_t i = 0, mantissa_digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++mantissa_digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++mantissa_digits;
  }
  if (mantissa_digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  if (i != s.size()) return false;
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
  if (r.ec == std::errc::result_out_of_range) {
    // from_chars leaves v untouched; strtod (C locale) gives the IEEE result: inf or 0.
    std::string copy(s);
    v = std::strtod(copy.c_str(), nullptr);
  } else if (r.ec != std::errc() || r.ptr != s.data() + s.size()) {
    return false;
  }
  *out = negative ? -v : v;
  return true;
}

// Strips whitespace and underscores (between digits only), then parses.
bool parse_float_text(std::string_view s, double* out) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  if (s.find('_') == std::string_view::npos) return parse_decimal(s, out);
  std::string clean;
  clean.reserve(s.size());
  char prev = '\0';
  for (char c : s) {
    if (c == '_') {
      if (!is_digit(prev)) return false;
    } else {
      if (prev == '_' && !is_digit(c)) return false;
      clean.push_back(c);
    }
    prev = c;
  }
  if (prev == '_') return false;
  return parse_decimal(clean, out);
}

}  // namespace

NumStatus float_from_string(std::string_view text, double* out, NumError& err) {
  bool ok = is_ascii(text) ? parse_float_text(text, out)
                           : parse_float_text(transform_decimal_and_space_to_ascii(text), out);
  if (ok) return NumStatus::ok;
  return err.set(NumStatus::value_error, "could not convert string to float: " + py_str_repr(text));
}

NumStatus float_from_bytes_literal(std::string_view bytes, double* out, NumError& err) {
  if (parse_float_text(bytes, out) && is_ascii(bytes)) return NumStatus::ok;
  return err.set(NumStatus::value_error,
                 "could not convert string to float: " + py_bytes_repr(bytes));
}

// ---------------------------------------------------------------- hex

std::string float_hex(double x) {
  if (std::isnan(x) || std::isinf(x)) return float_repr(x);
  if (x == 0.0) return std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
  std::uint64_t bits = std::bit_cast<std::uint64_t>(x);
  std::uint64_t mant = bits & ((std::uint64_t{1} << 52) - 1);
  int biased = int((bits >> 52) & 0x7FF);
  // Normal numbers print as 1.xxx p e; subnormals as 0.xxx p-1022 (CPython's layout).
  int lead = biased == 0 ? 0 : 1;
  int exp = biased == 0 ? -1022 : biased - 1023;
  std::string out;
  if (std::signbit(x)) out.push_back('-');
  out += "0x";
  out.push_back(char('0' + lead));
  out.push_back('.');
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 48; shift >= 0; shift -= 4) out.push_back(kHex[(mant >> shift) & 0xF]);
  out.push_back('p');
  out.push_back(exp < 0 ? '-' : '+');
  out += std::to_string(exp < 0 ? -exp : exp);
  return out;
}

NumStatus float_fromhex(std::string_view s, double* out, NumError& err) {
  auto invalid = [&] {
    return err.set(NumStatus::value_error, "invalid hexadecimal floating-point string");
  };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (equals_nocase(s, "inf") || equals_nocase(s, "infinity")) {
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return NumStatus::ok;
  }
  if (equals_nocase(s, "nan")) {
    *out = negative ? -std::nan("") : std::nan("");
    return NumStatus::ok;
  }
  if (s.size() >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s.remove_prefix(2);
  auto hexdigit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    c = char(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  // Mantissa digits, most significant first; leading zeros dropped.
  std::string digits;
  std::size_t i = 0, total = 0;
  std::int64_t frac_digits = 0;
  for (; i < s.size() && hexdigit(s[i]) >= 0; ++i, ++total) {
    if (!digits.empty() || s[i] != '0') digits.push_back(s[i]);
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    for (; i < s.size() && hexdigit(s[i]) >= 0; ++i, ++total, ++frac_digits) {
      if (!digits.empty() || s[i] != '0')
        digits.push_back(s[i]);
      else if (digits.empty())
        continue;
    }
  }
  if (total == 0) return invalid();
  // Binary exponent; huge exponents are clamped (the outcome is then 0 or overflow anyway).
  std::int64_t exp = 0;
  if (i < s.size() && (s[i] == 'p' || s[i] == 'P')) {
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
    std::size_t start = i;
    for (; i < s.size() && is_digit(s[i]); ++i) {
      if (exp < (std::int64_t(1) << 40)) exp = exp * 10 + (s[i] - '0');
    }
    if (i == start) return invalid();
    if (eneg) exp = -exp;
  }
  if (i != s.size()) return invalid();
  if (digits.empty()) {
    *out = negative ? -0.0 : 0.0;
    return NumStatus::ok;
  }
  // Fractional digits counted after leading zeros were dropped still scale the value.
  exp -= 4 * frac_digits;
  // value = M * 2**exp, M the integer spelled by `digits`, with nbits significant bits.
  std::int64_t nbits =
      std::int64_t(digits.size()) * 4 - (std::countl_zero(unsigned(hexdigit(digits[0]))) - 28);
  std::int64_t top = nbits + exp;  // value in [2**(top-1), 2**top)
  if (top > 1024) {
    return err.set(NumStatus::overflow_error,
                   "hexadecimal value too large to represent as a float");
  }
  // Keep 53 bits, fewer in the subnormal range (the lowest representable bit is 2**-1074).
  std::int64_t keep = std::min<std::int64_t>(53, top + 1074);
  if (keep < 0) {
    *out = negative ? -0.0 : 0.0;
    return NumStatus::ok;
  }
  auto bit_at = [&](std::int64_t k) -> int {  // bit k of M, k = 0 least significant
    if (k < 0 || k >= nbits) return 0;
    std::int64_t from_top = nbits - 1 - k;
    std::int64_t lead_pad = std::int64_t(digits.size()) * 4 - nbits;
    std::int64_t pos = from_top + lead_pad;
    return (hexdigit(digits[std::size_t(pos / 4)]) >> (3 - pos % 4)) & 1;
  };
  std::uint64_t m = 0;
  for (std::int64_t k = 0; k < keep; ++k) m = (m << 1) | unsigned(bit_at(nbits - 1 - k));
  std::int64_t low = nbits - keep;  // bits below the kept ones
  int half = bit_at(low - 1);
  bool sticky = false;
  for (std::int64_t k = low - 2; k >= 0 && !sticky; --k) sticky = bit_at(k);
  if (half && (sticky || (m & 1))) ++m;
  double v = std::ldexp(double(m), int(top - keep));
  if (std::isinf(v)) {
    return err.set(NumStatus::overflow_error,
                   "hexadecimal value too large to represent as a float");
  }
  *out = negative ? -v : v;
  return NumStatus::ok;
}

}  // namespace mempy::runtime
