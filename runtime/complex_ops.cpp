// runtime/complex_ops.cpp — the numeric layer of complex (declared in complex.h): arithmetic,
// abs, parsing complex(str), the repr text and format specs.
//
// CPython 3.11 behaviour reproduced (Objects/complexobject.c, Python/formatter_unicode.c):
//  * Division scales by the larger-magnitude component of the divisor (Smith's method): with
//    r = b.imag / b.real when |b.real| >= |b.imag| the quotient is
//    ((a.real + a.imag*r) / d, (a.imag - a.real*r) / d) where d = b.real + b.imag*r, and the
//    mirror image otherwise. A zero divisor is an error, a NaN component gives nan+nanj.
//  * Powers: z**0 is 1 (even 0**0); an exponent that is a real integer of magnitude <= 100 is
//    computed by binary powering — multiplying by the running square for every set bit — and a
//    negative one as 1 / z**|n| (so 0j ** -1 fails in the division); other exponents go
//    through the polar form |z|**b * e**(i*b*arg z). CPython learns about failures from errno;
//    the conditions behind errno are written out here: 0 to a negative or complex power, and
//    sin/cos of an infinite phase (EDOM), are "0.0 to a negative or complex power"; an
//    infinite component in the result (ERANGE) is "complex exponentiation".
//  * abs: an infinite component gives inf even beside a NaN; otherwise a NaN gives nan; hypot
//    overflowing finite parts is "absolute value too large".
//  * complex(str): after the decimal/space transform, underscores are checked over the text up
//    to the first NUL (only between digits); then the forms listed in complex.h, each <float>
//    being the longest prefix of the decimal grammar — [sign] digits [. digits] [e [sign]
//    digits], at least one digit, an exponent without digits not consumed — or inf, infinity,
//    nan with an optional sign. Out-of-range values become inf or 0.0 without an error.
//  * repr: the parts in shortest repr digits without ".0"; the imaginary part signed when the
//    real part is shown.
//  * format: see format_complex in complex.h; the parts are laid out without padding, then the
//    whole (with "j" and any parentheses) is padded to the width.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/complex.h"
#include "runtime/float_format.h"
#include "runtime/format_spec.h"
#include "runtime/numeric_text.h"

namespace mempy::runtime {

// ---------------------------------------------------------------- arithmetic

ComplexValue complex_sum(ComplexValue a, ComplexValue b) {
  return {a.real + b.real, a.imag + b.imag};
}

ComplexValue complex_diff(ComplexValue a, ComplexValue b) {
  return {a.real - b.real, a.imag - b.imag};
}

ComplexValue complex_neg(ComplexValue a) {
  return {-a.real, -a.imag};
}

ComplexValue complex_prod(ComplexValue a, ComplexValue b) {
  return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

namespace {

constexpr const char* kDivisionByZero = "complex division by zero";
constexpr const char* kZeroToNegative = "0.0 to a negative or complex power";
constexpr const char* kPowOverflow = "complex exponentiation";

// Smith's division; false when b is zero (the caller decides what that means).
bool smith_quot(ComplexValue a, ComplexValue b, ComplexValue* out) {
  double abs_real = std::fabs(b.real), abs_imag = std::fabs(b.imag);
  if (abs_real >= abs_imag) {
    if (abs_real == 0.0) {
      *out = {0.0, 0.0};
      return false;
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    *out = {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  } else if (abs_imag >= abs_real) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    *out = {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  } else {  // a NaN makes both comparisons false
    *out = {NAN, NAN};
  }
  return true;
}

// x**n for n >= 0 by binary powering: the result is multiplied by x**(2**k) for each set bit k.
ComplexValue power_unsigned(ComplexValue x, long n) {
  ComplexValue r{1.0, 0.0};
  ComplexValue p = x;
  for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = complex_prod(r, p);
    p = complex_prod(p, p);
  }
  return r;
}

// The polar-form power; *domain_error mirrors CPython's EDOM.
ComplexValue power_polar(ComplexValue a, ComplexValue b, bool* domain_error) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *domain_error = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  if (std::isinf(phase)) *domain_error = true;  // cos/sin of an infinity set EDOM
  return {len * std::cos(phase), len * std::sin(phase)};
}

}  // namespace

NumStatus complex_quot(ComplexValue a, ComplexValue b, ComplexValue* out, NumError& err) {
  if (!smith_quot(a, b, out)) return err.set(NumStatus::zero_division_error, kDivisionByZero);
  return NumStatus::ok;
}

NumStatus complex_pow(ComplexValue a, ComplexValue b, ComplexValue* out, NumError& err) {
  bool domain_error = false;
  ComplexValue p;
  if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
    long n = long(b.real);
    if (n > 0) {
      p = power_unsigned(a, n);
    } else {
      domain_error = !smith_quot({1.0, 0.0}, power_unsigned(a, -n), &p);
    }
  } else {
    p = power_polar(a, b, &domain_error);
  }
  if (domain_error) return err.set(NumStatus::zero_division_error, kZeroToNegative);
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    return err.set(NumStatus::overflow_error, kPowOverflow);
  }
  *out = p;
  return NumStatus::ok;
}

NumStatus complex_abs(ComplexValue z, double* out, NumError& err) {
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    if (std::isinf(z.real))
      *out = std::fabs(z.real);
    else if (std::isinf(z.imag))
      *out = std::fabs(z.imag);
    else
      *out = NAN;
    return NumStatus::ok;
  }
  double r = std::hypot(z.real, z.imag);
  if (!std::isfinite(r)) return err.set(NumStatus::overflow_error, "absolute value too large");
  *out = r;
  return NumStatus::ok;
}

// ---------------------------------------------------------------- complex(str)

namespace {

bool is_ascii_space(char c) {  // Py_ISSPACE
  return c == ' ' || (c >= '\t' && c <= '\r');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool match_word(std::string_view s, std::size_t pos, const char* word) {
  std::size_t n = std::strlen(word);
  if (s.size() - pos < n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = char(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

// The longest float at s[pos] (see the file comment); returns the position after it, or pos
// when there is none.
std::size_t scan_float(std::string_view s, std::size_t pos, double* out) {
  std::size_t i = pos, n = s.size();
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  std::size_t digits_start = i;
  std::size_t ndigits = 0;
  while (i < n && is_digit(s[i])) ++i, ++ndigits;
  if (i < n && s[i] == '.') {
    ++i;
    while (i < n && is_digit(s[i])) ++i, ++ndigits;
  }
  if (ndigits == 0) {
    // not a decimal number: inf, infinity or nan
    i = digits_start;
    if (match_word(s, i, "inf")) {
      i += 3;
      if (match_word(s, i, "inity")) i += 5;
      *out = negative ? -HUGE_VAL : HUGE_VAL;
      return i;
    }
    if (match_word(s, i, "nan")) {
      *out = negative ? -NAN : NAN;
      return i + 3;
    }
    return pos;
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < n && (s[j] == '+' || s[j] == '-')) ++j;
    std::size_t exp_digits = j;
    while (j < n && is_digit(s[j])) ++j;
    if (j > exp_digits) i = j;  // an exponent needs at least one digit
  }
  // The text is a plain decimal now; strtod rounds correctly and maps out-of-range values to
  // inf / 0.0 as CPython's dtoa does.
  std::string text(s.substr(digits_start, i - digits_start));
  double v = std::strtod(text.c_str(), nullptr);
  *out = negative ? -v : v;
  return i;
}

NumStatus malformed(NumError& err) {
  return err.set(NumStatus::value_error, "complex() arg is a malformed string");
}

// The parse proper, on text without underscores.
NumStatus parse_complex(std::string_view s, ComplexValue* out, NumError& err) {
  std::size_t i = 0, n = s.size();
  double x = 0.0, y = 0.0, z = 0.0;
  while (i < n && is_ascii_space(s[i])) ++i;
  bool bracket = false;
  if (i < n && s[i] == '(') {
    bracket = true;
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  auto is_j = [&](std::size_t k) { return k < n && (s[k] == 'j' || s[k] == 'J'); };
  auto is_sign = [&](std::size_t k) { return k < n && (s[k] == '+' || s[k] == '-'); };
  std::size_t end = scan_float(s, i, &z);
  if (end != i) {
    i = end;
    if (is_sign(i)) {  // <float><signed-float>j or <float><sign>j
      x = z;
      end = scan_float(s, i, &y);
      if (end != i) {
        i = end;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        ++i;
      }
      if (!is_j(i)) return malformed(err);
      ++i;
    } else if (is_j(i)) {  // <float>j
      ++i;
      y = z;
    } else {  // <float>
      x = z;
    }
  } else {  // <sign>j or j
    if (is_sign(i)) {
      y = s[i] == '+' ? 1.0 : -1.0;
      ++i;
    } else {
      y = 1.0;
    }
    if (!is_j(i)) return malformed(err);
    ++i;
  }
  while (i < n && is_ascii_space(s[i])) ++i;
  if (bracket) {
    if (i >= n || s[i] != ')') return malformed(err);
    ++i;
    while (i < n && is_ascii_space(s[i])) ++i;
  }
  if (i != n) return malformed(err);
  *out = {x, y};
  return NumStatus::ok;
}

}  // namespace

NumStatus complex_from_text(std::string_view ascii, std::string_view original_repr,
                            ComplexValue* out, NumError& err) {
  // CPython works on a C string: underscores are looked for before the first NUL only.
  std::string_view c_text = ascii.substr(0, std::min(ascii.find('\0'), ascii.size()));
  if (c_text.find('_') == std::string_view::npos) return parse_complex(ascii, out, err);
  auto bad_underscore = [&] {
    return err.set(NumStatus::value_error,
                   "could not convert string to complex: " + std::string(original_repr));
  };
  std::string stripped;
  stripped.reserve(c_text.size());
  char prev = '\0';
  for (char c : c_text) {
    if (c == '_') {
      if (!is_digit(prev)) return bad_underscore();  // only after a digit
    } else {
      if (prev == '_' && !is_digit(c)) return bad_underscore();  // and before one
      stripped.push_back(c);
    }
    prev = c;
  }
  if (prev == '_' || c_text.size() != ascii.size()) return bad_underscore();
  return parse_complex(stripped, out, err);
}

// ---------------------------------------------------------------- repr

std::string complex_repr_text(ComplexValue z) {
  if (z.real == 0.0 && !std::signbit(z.real)) {
    std::string out = double_to_string(z.imag, 'r', 0, 0);
    out.push_back('j');
    return out;
  }
  std::string out = "(";
  out += double_to_string(z.real, 'r', 0, 0);
  out += double_to_string(z.imag, 'r', 0, kDtsfSign);
  out += "j)";
  return out;
}

// ---------------------------------------------------------------- format

namespace {

// One part laid out without padding: sign, the integer digits grouped, the rest as is.
void append_part(std::string& out, const std::string& text, char sign_mode, char sep) {
  std::string_view rest = text;
  bool negative = !rest.empty() && rest[0] == '-';
  if (negative) rest.remove_prefix(1);
  if (negative)
    out.push_back('-');
  else if (sign_mode == '+' || sign_mode == ' ')
    out.push_back(sign_mode);
  std::size_t ndigits = 0;
  while (ndigits < rest.size() && is_digit(rest[ndigits])) ++ndigits;
  for (std::size_t i = 0; i < ndigits; ++i) {
    if (sep && i > 0 && (ndigits - i) % 3 == 0) out.push_back(sep);
    out.push_back(rest[i]);
  }
  out.append(rest.substr(ndigits));
}

// "Unknown format code 'x' for object of type 'complex'" (a code outside printable ASCII is shown
// as \x<hex>).
NumStatus unknown_type(char32_t type, std::string_view type_name, NumError& err) {
  std::string code;
  if (type > 32 && type < 128) {
    code.push_back(char(type));
  } else {
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\x%x", unsigned(type));
    code = buf;
  }
  return err.set(NumStatus::value_error, "Unknown format code '" + code + "' for object of type '" +
                                             std::string(type_name.substr(0, 200)) + "'");
}

void append_fill(std::string& out, char32_t fill, std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) utf8_append(out, fill);
}

}  // namespace

NumStatus format_complex(ComplexValue z, std::string_view spec, std::string& out, NumError& err,
                         std::string_view type_name) {
  FormatSpec fs;
  NumStatus s = parse_format_spec(spec, '\0', '>', type_name, fs, err);
  if (s != NumStatus::ok) return s;
  char type;
  switch (fs.type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      type = char(fs.type);
      break;
    default:
      return unknown_type(fs.type, type_name, err);
  }
  if (fs.precision > INT32_MAX) return err.set(NumStatus::value_error, "precision too big");
  if (fs.fill == '0') {
    return err.set(NumStatus::value_error,
                   "Zero padding is not allowed in complex format specifier");
  }
  if (fs.align == '=') {
    return err.set(NumStatus::value_error,
                   "'=' alignment flag is not allowed in complex format specifier");
  }
  unsigned flags = 0;
  if (fs.alternate) flags |= kDtsfAlt;
  if (fs.no_neg_0) flags |= kDtsfNoNegZero;
  int default_precision = 6;
  bool skip_real = false, parens = false;
  if (type == '\0') {  // like str(z)
    type = 'r';
    default_precision = 0;
    if (z.real == 0.0 && !std::signbit(z.real))
      skip_real = true;
    else
      parens = true;
  }
  if (type == 'n') type = 'g';  // the C locale: no grouping
  int precision = int(fs.precision);
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  char sep = fs.type == 'n' ? '\0' : fs.grouping;
  std::string re = double_to_string(z.real, type, precision, flags);
  std::string im = double_to_string(z.imag, type, precision, flags);
  std::string body;
  if (parens) body.push_back('(');
  if (!skip_real) append_part(body, re, fs.sign, sep);
  append_part(body, im, skip_real ? fs.sign : '+', sep);
  body.push_back('j');
  if (parens) body.push_back(')');
  std::int64_t len = std::int64_t(body.size());  // ASCII only
  std::int64_t total = fs.width > len ? fs.width : len;
  std::int64_t lpad = fs.align == '>' ? total - len : fs.align == '^' ? (total - len) / 2 : 0;
  append_fill(out, fs.fill, lpad);
  out += body;
  append_fill(out, fs.fill, total - len - lpad);
  return NumStatus::ok;
}

}  // namespace mempy::runtime
