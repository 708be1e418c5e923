// runtime/percent_format.cpp — one conversion of printf-style formatting ('%d' % x, '%5.2f',
// '%-10s', '%c', ...). Declared in format_spec.h.
//
// CPython 3.11 behaviour reproduced (Objects/unicodeobject.c, PyUnicode_Format and helpers):
//  * Syntax: %[(key)][flags -+ #0][width|*][.precision|.*][h|l|L]conversion. A '*' width below
//    zero means '-' with its absolute value; a '*' precision below zero means 0. Errors
//    "incomplete format", "incomplete format key", "width too big", "precision too big", and
//    "unsupported format character 'z' (0x7a) at index N" (raised only when formatting, after the
//    argument was fetched, as CPython does).
//  * Integers: sign, then for '#' the 0o/0x/0X prefix, then zeros up to the precision, then the
//    digits; '0' pads with zeros between the sign/prefix and the digits, '-' pads on the right
//    with spaces, '+' and ' ' choose the sign of non-negatives.
//  * Floats: the format code core shared with format() (double_to_string), precision 6 by default,
//    '#' keeps the point; then the same padding as integers.
//  * %s %r %a: the precision cuts the text (code points); zero padding never applies to text or %c.
#include <algorithm>
#include <climits>
#include <cstdio>

#include "runtime/float_format.h"
#include "runtime/format_spec.h"
#include "runtime/numeric_text.h"

namespace mempy::runtime {

namespace {

bool is_flag(char c) {
  return c == '-' || c == '+' || c == ' ' || c == '#' || c == '0';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// unicode_format_arg_output: pads `str` (UTF-8) to the width. For numbers, `str` may start with
// its sign and, with '#' and o/x/X, the base prefix; padding goes between those and the digits
// when the fill is '0'.
void output(std::string_view str, const PercentSpec& spec, bool is_number, std::string& out) {
  std::int64_t len = std::int64_t(utf8_length(str));
  char32_t conv = spec.conversion;
  if ((spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len) &&
      !(is_number && (spec.plus || spec.blank))) {
    out.append(str);
    return;
  }
  if (conv == 's' || conv == 'r' || conv == 'a') {
    if (spec.precision >= 0 && len > spec.precision) {
      str = str.substr(0, utf8_offset(str, std::size_t(spec.precision)));
      len = spec.precision;
    }
  }
  char fill = is_number && spec.zero ? '0' : ' ';
  bool sign = is_number;
  char signchar = '\0';
  std::size_t p = 0;
  if (sign) {
    if (!str.empty() && (str[0] == '-' || str[0] == '+')) {
      signchar = str[0];
      --len;
      ++p;
    } else if (spec.plus) {
      signchar = '+';
    } else if (spec.blank) {
      signchar = ' ';
    } else {
      sign = false;
    }
  }
  std::int64_t width = std::max(spec.width, len);
  if (sign) {
    if (fill != ' ') out.push_back(signchar);
    if (width > len) --width;
  }
  bool prefix = spec.alternate && (conv == 'x' || conv == 'X' || conv == 'o');
  if (prefix) {
    if (fill != ' ') {
      out.append(str.substr(p, 2));
      p += 2;
    }
    width = std::max<std::int64_t>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !spec.left) {
    out.append(std::size_t(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out.push_back(signchar);
    if (prefix) {
      out.append(str.substr(p, 2));
      p += 2;
    }
  }
  out.append(str.substr(p));
  if (width > len) out.append(std::size_t(width - len), ' ');
}

}  // namespace

NumStatus parse_percent_spec(std::string_view fmt, std::size_t& pos, PercentSpec& spec,
                             NumError& err) {
  spec = PercentSpec{};
  auto incomplete = [&] { return err.set(NumStatus::value_error, "incomplete format"); };
  std::size_t i = pos + 1, end = fmt.size();
  if (i >= end) return incomplete();
  if (fmt[i] == '%') {
    spec.literal_percent = true;
    spec.conversion = '%';
    spec.conversion_index = utf8_length(fmt.substr(0, i));
    pos = i + 1;
    return NumStatus::ok;
  }
  if (fmt[i] == '(') {
    std::size_t keystart = ++i;
    int depth = 1;
    while (depth > 0 && i < end) {
      if (fmt[i] == ')')
        --depth;
      else if (fmt[i] == '(')
        ++depth;
      ++i;
    }
    if (depth > 0) return err.set(NumStatus::value_error, "incomplete format key");
    spec.key = fmt.substr(keystart, i - keystart - 1);
    spec.has_key = true;
  }
  for (; i < end && is_flag(fmt[i]); ++i) {
    switch (fmt[i]) {
      case '-':
        spec.left = true;
        break;
      case '+':
        spec.plus = true;
        break;
      case ' ':
        spec.blank = true;
        break;
      case '#':
        spec.alternate = true;
        break;
      default:
        spec.zero = true;
        break;
    }
  }
  if (i < end && fmt[i] == '*') {
    spec.width_from_arg = true;
    ++i;
  } else if (i < end && is_digit(fmt[i])) {
    std::int64_t w = 0;
    for (; i < end && is_digit(fmt[i]); ++i) {
      int d = fmt[i] - '0';
      if (w > (INT64_MAX - d) / 10) return err.set(NumStatus::value_error, "width too big");
      w = w * 10 + d;
    }
    spec.width = w;
  }
  if (i < end && fmt[i] == '.') {
    ++i;
    spec.precision = 0;
    if (i < end && fmt[i] == '*') {
      spec.precision_from_arg = true;
      ++i;
    } else {
      std::int64_t prec = 0;
      for (; i < end && is_digit(fmt[i]); ++i) {
        int d = fmt[i] - '0';
        if (prec > (INT_MAX - d) / 10) return err.set(NumStatus::value_error, "precision too big");
        prec = prec * 10 + d;
      }
      spec.precision = prec;
    }
  }
  if (i < end && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;  // length modifiers
  if (i >= end) return incomplete();
  spec.conversion_index = utf8_length(fmt.substr(0, i));
  spec.conversion = utf8_decode(fmt, i);
  pos = i;
  return NumStatus::ok;
}

void percent_apply_star_width(PercentSpec& spec, std::int64_t width) {
  if (width < 0) {
    spec.left = true;
    width = -width;
  }
  spec.width = width;
}

void percent_apply_star_precision(PercentSpec& spec, std::int64_t precision) {
  spec.precision = precision < 0 ? 0 : precision;
}

NumStatus percent_unsupported(const PercentSpec& spec, NumError& err) {
  char32_t c = spec.conversion;
  char buf[96];
  std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                (c >= 31 && c <= 126) ? char(c) : '?', unsigned(c), spec.conversion_index);
  return err.set(NumStatus::value_error, buf);
}

bool percent_is_int_conversion(char32_t c) {
  return c == 'd' || c == 'i' || c == 'u' || c == 'o' || c == 'x' || c == 'X';
}

bool percent_is_float_conversion(char32_t c) {
  return c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G';
}

NumStatus percent_format_int(IntRef v, const PercentSpec& spec, std::string& out, NumError& err) {
  char32_t conv = spec.conversion;
  if (!percent_is_int_conversion(conv)) return percent_unsupported(spec, err);
  std::string digits;
  int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
  NumStatus s = base == 10 ? int_to_decimal_string(v.abs(), digits, err)
                           : int_to_base_string(v.abs(), base, false, digits, err);
  if (s != NumStatus::ok) return s;
  if (conv == 'X') {
    for (char& c : digits) c = char(c >= 'a' && c <= 'f' ? c - 32 : c);
  }
  std::string str;
  if (v.is_negative()) str.push_back('-');
  if (spec.alternate && base != 10) {
    str.push_back('0');
    str.push_back(char(conv == 'o' ? 'o' : conv));
  }
  if (spec.precision > std::int64_t(digits.size())) {
    str.append(std::size_t(spec.precision) - digits.size(), '0');
  }
  str += digits;
  output(str, spec, true, out);
  return NumStatus::ok;
}

NumStatus percent_format_float(double x, const PercentSpec& spec, std::string& out, NumError& err) {
  if (!percent_is_float_conversion(spec.conversion)) return percent_unsupported(spec, err);
  int prec = spec.precision < 0 ? 6 : int(spec.precision);
  std::string str =
      double_to_string(x, char(spec.conversion), prec, spec.alternate ? unsigned(kDtsfAlt) : 0u);
  output(str, spec, true, out);
  return NumStatus::ok;
}

void percent_format_text(std::string_view piece, const PercentSpec& spec, std::string& out) {
  output(piece, spec, false, out);
}

NumStatus percent_format_char(IntRef code_point, const PercentSpec& spec, std::string& out,
                              NumError& err) {
  std::int64_t cp;
  if (!int_to_int64(code_point, &cp) || cp < 0 || cp > 0x10FFFF) {
    return err.set(NumStatus::overflow_error, "%c arg not in range(0x110000)");
  }
  std::string ch;
  utf8_append(ch, char32_t(cp));
  output(ch, spec, false, out);
  return NumStatus::ok;
}

}  // namespace mempy::runtime
