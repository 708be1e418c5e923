// runtime/format_spec.cpp — the format-spec mini-language: parsing and the int / float / str
// formatters behind format(), f-strings and str.format.
//
// CPython 3.11 behaviour reproduced (Python/formatter_unicode.c):
//  * Parsing order fill+align, sign, 'z', '#', '0', width, ',' or '_', '.precision', type; a '0'
//    without an explicit fill means fill '0' and, for numbers without an explicit alignment, '='.
//  * Numbers are laid out as  <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>,
//    where only the digit run before the point is grouped and zero padding under '=' is itself
//    grouped ("00,001,234"). ',' groups by 3; '_' by 3, or by 4 for b/o/x/X. 'n' uses the C
//    locale (no grouping, '.' as the point).
//  * Type '' for floats is repr-like with no precision, else like 'g' but keeping at least one
//    digit after the point; '%' multiplies by 100; ints with float types are converted first.
//  * Widths and precisions count code points; the fill may be any code point.
#include "runtime/format_spec.h"

#include <algorithm>
#include <climits>
#include <cstdio>

#include "runtime/float_format.h"
#include "runtime/numeric_text.h"

namespace mempy::runtime {

namespace {

// Bigger widths would only exhaust memory (CPython raises MemoryError there).
constexpr std::int64_t kMaxWidth = std::int64_t(1) << 31;

bool is_alignment_token(char32_t c) {
  return c == '<' || c == '>' || c == '=' || c == '^';
}
bool is_sign_element(char32_t c) {
  return c == ' ' || c == '+' || c == '-';
}

// A presentation type as CPython prints it in messages: the character when printable ASCII,
// else \x<hex>.
std::string type_for_message(char32_t t) {
  if (t > 32 && t < 128) return std::string(1, char(t));
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x%x", unsigned(t));
  return buf;
}

NumStatus unknown_presentation_type(char32_t type, std::string_view type_name, NumError& err) {
  return err.set(NumStatus::value_error, "Unknown format code '" + type_for_message(type) +
                                             "' for object of type '" +
                                             std::string(type_name.substr(0, 200)) + "'");
}

void append_fill(std::string& out, char32_t fill, std::int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(std::size_t(n), char(fill));
  } else {
    for (std::int64_t i = 0; i < n; ++i) utf8_append(out, fill);
  }
}

// Reads a run of Unicode decimal digits at cps[pos]; returns the count consumed or -1 on
// overflow (CPython's get_integer).
int get_integer(const std::u32string& cps, std::size_t& pos, std::int64_t* result) {
  std::int64_t acc = 0;
  int consumed = 0;
  for (; pos < cps.size(); ++pos, ++consumed) {
    int d = unicode_decimal_value(cps[pos]);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return -1;
    acc = acc * 10 + d;
  }
  *result = acc;
  return consumed;
}

// The digits with separators every `group` from the right, zero-padded (separators included)
// to min_width when the padding is '0' under '=' (CPython's _PyUnicode_InsertThousandsGrouping).
void append_grouped(std::string& out, std::string_view digits, std::int64_t min_width, char sep,
                    int group) {
  std::string rev;
  std::int64_t remaining = std::int64_t(digits.size());
  std::size_t pos = digits.size();
  bool use_sep = false, done = false;
  auto emit = [&](std::int64_t len) {
    std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
    if (use_sep) rev.push_back(sep);
    for (std::int64_t k = 0; k < chars; ++k) rev.push_back(digits[--pos]);
    rev.append(std::size_t(zeros), '0');
    remaining -= chars;
  };
  if (sep) {
    for (;;) {
      std::int64_t len =
          std::min<std::int64_t>(group, std::max({remaining, min_width, std::int64_t(1)}));
      emit(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;  // the separator's width
    }
  }
  if (!done) emit(std::max({remaining, min_width, std::int64_t(1)}));
  out.append(rev.rbegin(), rev.rend());
}

struct NumberParts {
  char sign_char = '\0';  // '-' when the number is negative
  std::string_view prefix;
  std::string_view digits;  // grouped part
  bool has_decimal = false;
  std::string_view remainder;  // after the point (or everything after the digits); UTF-8
};

// calc_number_widths + fill_number.
NumStatus layout_number(const FormatSpec& spec, const NumberParts& p, char sep, int group,
                        std::string& out) {
  char sign = '\0';
  if (spec.sign == '+')
    sign = p.sign_char == '-' ? '-' : '+';
  else if (spec.sign == ' ')
    sign = p.sign_char == '-' ? '-' : ' ';
  else if (p.sign_char == '-')
    sign = '-';
  std::int64_t n_non_digit = (sign ? 1 : 0) + std::int64_t(p.prefix.size()) +
                             (p.has_decimal ? 1 : 0) + std::int64_t(utf8_length(p.remainder));
  std::int64_t min_width = (spec.fill == '0' && spec.align == '=') ? spec.width - n_non_digit : 0;
  std::string grouped;
  if (!p.digits.empty()) append_grouped(grouped, p.digits, min_width, sep, group);
  std::int64_t padding = spec.width - (n_non_digit + std::int64_t(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<':
        rpad = padding;
        break;
      case '^':
        lpad = padding / 2;
        rpad = padding - lpad;
        break;
      case '=':
        spad = padding;
        break;
      default:
        lpad = padding;
        break;
    }
  }
  append_fill(out, spec.fill, lpad);
  if (sign) out.push_back(sign);
  out.append(p.prefix);
  append_fill(out, spec.fill, spad);
  out += grouped;
  if (p.has_decimal) out.push_back('.');
  out.append(p.remainder);
  append_fill(out, spec.fill, rpad);
  return NumStatus::ok;
}

char separator_of(const FormatSpec& spec) {
  return spec.type == 'n' ? '\0' : spec.grouping;
}

NumStatus format_long(IntRef v, const FormatSpec& spec, std::string& out, NumError& err) {
  if (spec.precision != -1) {
    return err.set(NumStatus::value_error, "Precision not allowed in integer format specifier");
  }
  if (spec.no_neg_0) {
    return err.set(NumStatus::value_error,
                   "Negative zero coercion (z) not allowed in integer format specifier");
  }
  NumberParts parts;
  std::string text, ch;
  if (spec.type == 'c') {
    if (spec.sign != '\0') {
      return err.set(NumStatus::value_error, "Sign not allowed with integer format specifier 'c'");
    }
    if (spec.alternate) {
      return err.set(NumStatus::value_error,
                     "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    std::int64_t x;
    if (!int_to_int64(v, &x)) {
      return err.set(NumStatus::overflow_error, "Python int too large to convert to C long");
    }
    if (x < 0 || x > 0x10FFFF) {
      return err.set(NumStatus::overflow_error, "%c arg not in range(0x110000)");
    }
    utf8_append(ch, char32_t(x));
    parts.remainder = ch;  // CPython lays the character out as an ungrouped "remainder"
    return layout_number(spec, parts, '\0', 3, out);
  }
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b':
      base = 2, prefix = "0b";
      break;
    case 'o':
      base = 8, prefix = "0o";
      break;
    case 'x':
      base = 16, prefix = "0x";
      break;
    case 'X':
      base = 16, prefix = "0X";
      break;
    default:
      break;
  }
  NumStatus s = base == 10 ? int_to_decimal_string(v.abs(), text, err)
                           : int_to_base_string(v.abs(), base, false, text, err);
  if (s != NumStatus::ok) return s;
  if (spec.type == 'X') {
    for (char& c : text) c = char(c >= 'a' && c <= 'f' ? c - 32 : c);
  }
  parts.sign_char = v.is_negative() ? '-' : '\0';
  parts.prefix = spec.alternate ? prefix : "";
  parts.digits = text;
  return layout_number(spec, parts, separator_of(spec), base == 10 ? 3 : 4, out);
}

}  // namespace

NumStatus parse_format_spec(std::string_view spec, char default_type, char default_align,
                            std::string_view type_name, FormatSpec& out, NumError& err) {
  std::u32string cps;
  cps.reserve(spec.size());
  for (std::size_t i = 0; i < spec.size();) cps.push_back(utf8_decode(spec, i));
  out = FormatSpec{};
  out.align = default_align;
  out.type = char32_t(default_type);
  std::size_t pos = 0, end = cps.size();
  bool align_specified = false, fill_specified = false;
  if (end - pos >= 2 && is_alignment_token(cps[pos + 1])) {
    out.align = char(cps[pos + 1]);
    out.fill = cps[pos];
    fill_specified = align_specified = true;
    pos += 2;
  } else if (end - pos >= 1 && is_alignment_token(cps[pos])) {
    out.align = char(cps[pos]);
    align_specified = true;
    ++pos;
  }
  if (pos < end && is_sign_element(cps[pos])) out.sign = char(cps[pos++]);
  if (pos < end && cps[pos] == 'z') {
    out.no_neg_0 = true;
    ++pos;
  }
  if (pos < end && cps[pos] == '#') {
    out.alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < end && cps[pos] == '0') {
    out.fill = '0';
    if (!align_specified && default_align == '>') out.align = '=';
    ++pos;
  }
  auto too_many = [&] {
    return err.set(NumStatus::value_error, "Too many decimal digits in format string");
  };
  int consumed = get_integer(cps, pos, &out.width);
  if (consumed < 0) return too_many();
  if (consumed == 0) out.width = -1;
  auto both = [&] { return err.set(NumStatus::value_error, "Cannot specify both ',' and '_'."); };
  if (pos < end && cps[pos] == ',') {
    out.grouping = ',';
    ++pos;
  }
  if (pos < end && cps[pos] == '_') {
    if (out.grouping) return both();
    out.grouping = '_';
    ++pos;
  }
  if (pos < end && cps[pos] == ',' && out.grouping == '_') return both();
  if (pos < end && cps[pos] == '.') {
    ++pos;
    consumed = get_integer(cps, pos, &out.precision);
    if (consumed < 0) return too_many();
    if (consumed == 0) return err.set(NumStatus::value_error, "Format specifier missing precision");
  }
  if (end - pos > 1) {
    return err.set(NumStatus::value_error, "Invalid format specifier '" + std::string(spec) +
                                               "' for object of type '" +
                                               std::string(type_name.substr(0, 200)) + "'");
  }
  if (end - pos == 1) out.type = cps[pos];
  if (out.grouping) {
    switch (out.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '\0':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (out.grouping == '_') break;  // every four digits (PEP 515)
        [[fallthrough]];
      default:
        return err.set(NumStatus::value_error, std::string("Cannot specify '") + out.grouping +
                                                   "' with '" + type_for_message(out.type) + "'.");
    }
  }
  if (out.width > kMaxWidth) return err.set(NumStatus::memory_error, "");
  return NumStatus::ok;
}

// ---------------------------------------------------------------- ints

NumStatus format_int_spec(IntRef v, const FormatSpec& spec, std::string& out, NumError& err,
                          std::string_view type_name) {
  switch (spec.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return format_long(v, spec, out, err);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      double x;
      NumStatus s = int_to_double(v, &x, err);
      if (s != NumStatus::ok) return s;
      return format_float_spec(x, spec, out, err, type_name);
    }
    default:
      return unknown_presentation_type(spec.type, type_name, err);
  }
}

NumStatus format_int(IntRef v, std::string_view spec, std::string& out, NumError& err,
                     std::string_view type_name) {
  if (spec.empty()) return int_append_decimal(v, out, err);
  FormatSpec fs;
  NumStatus s = parse_format_spec(spec, 'd', '>', type_name, fs, err);
  if (s != NumStatus::ok) return s;
  return format_int_spec(v, fs, out, err, type_name);
}

// ---------------------------------------------------------------- floats

NumStatus format_float_spec(double x, const FormatSpec& spec, std::string& out, NumError& err,
                            std::string_view type_name) {
  char32_t type = spec.type;
  switch (type) {
    case '\0':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      break;
    default:
      return unknown_presentation_type(type, type_name, err);
  }
  if (spec.precision > INT_MAX) return err.set(NumStatus::value_error, "precision too big");
  unsigned flags = 0;
  int default_precision = 6;
  if (spec.alternate) flags |= kDtsfAlt;
  if (spec.no_neg_0) flags |= kDtsfNoNegZero;
  if (type == '\0') {
    // Like repr without a precision; with one, like 'g' keeping a digit after the point.
    flags |= kDtsfAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    x *= 100;
    add_pct = true;
  }
  int precision = int(spec.precision);
  if (precision < 0)
    precision = default_precision;
  else if (type == 'r')
    type = 'g';
  if (spec.precision > kMaxWidth) return err.set(NumStatus::memory_error, "");
  std::string buf = double_to_string(x, char(type), precision, flags);
  if (add_pct) buf.push_back('%');
  NumberParts parts;
  std::string_view rest = buf;
  if (!rest.empty() && rest[0] == '-') {
    parts.sign_char = '-';
    rest.remove_prefix(1);
  }
  std::size_t ndig = 0;
  while (ndig < rest.size() && rest[ndig] >= '0' && rest[ndig] <= '9') ++ndig;
  parts.digits = rest.substr(0, ndig);
  rest.remove_prefix(ndig);
  if (!rest.empty() && rest[0] == '.') {
    parts.has_decimal = true;
    rest.remove_prefix(1);
  }
  parts.remainder = rest;
  return layout_number(spec, parts, separator_of(spec), 3, out);
}

NumStatus format_float(double x, std::string_view spec, std::string& out, NumError& err,
                       std::string_view type_name) {
  if (spec.empty()) {
    float_repr_append(x, out);
    return NumStatus::ok;
  }
  FormatSpec fs;
  NumStatus s = parse_format_spec(spec, '\0', '>', type_name, fs, err);
  if (s != NumStatus::ok) return s;
  return format_float_spec(x, fs, out, err, type_name);
}

// ---------------------------------------------------------------- strings

NumStatus format_str_spec(std::string_view s, const FormatSpec& spec, std::string& out,
                          NumError& err) {
  if (spec.sign != '\0') {
    return err.set(NumStatus::value_error, spec.sign == ' '
                                               ? "Space not allowed in string format specifier"
                                               : "Sign not allowed in string format specifier");
  }
  if (spec.no_neg_0) {
    return err.set(NumStatus::value_error,
                   "Negative zero coercion (z) not allowed in string format specifier");
  }
  if (spec.alternate) {
    return err.set(NumStatus::value_error,
                   "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align == '=') {
    return err.set(NumStatus::value_error, "'=' alignment not allowed in string format specifier");
  }
  std::int64_t len = std::int64_t(utf8_length(s));
  if (spec.precision >= 0 && len >= spec.precision) {
    s = s.substr(0, utf8_offset(s, std::size_t(spec.precision)));
    len = spec.precision;
  }
  std::int64_t total = spec.width >= 0 && spec.width > len ? spec.width : len;
  std::int64_t lpad = spec.align == '>' ? total - len : spec.align == '^' ? (total - len) / 2 : 0;
  append_fill(out, spec.fill, lpad);
  out.append(s);
  append_fill(out, spec.fill, total - len - lpad);
  return NumStatus::ok;
}

NumStatus format_str(std::string_view utf8, std::string_view spec, std::string& out, NumError& err,
                     std::string_view type_name) {
  if (spec.empty()) {
    out.append(utf8);
    return NumStatus::ok;
  }
  FormatSpec fs;
  NumStatus s = parse_format_spec(spec, 's', '<', type_name, fs, err);
  if (s != NumStatus::ok) return s;
  if (fs.type != 's') return unknown_presentation_type(fs.type, type_name, err);
  return format_str_spec(utf8, fs, out, err);
}

}  // namespace mempy::runtime
