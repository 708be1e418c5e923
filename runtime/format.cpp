// runtime/format.cpp — __format__ for int/float/str and % formatting.
//
// Interim: a compact implementation of the common specs ([[fill]align][sign][0][width][,][.prec]
// [type]) pending the full mini-language of runtime/format_spec.h.
#include "runtime/format.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

struct Spec {
  char fill = ' ';
  char align = 0;
  char sign = '-';
  bool alt = false;
  bool zero = false;
  int width = -1;
  char group = 0;
  int precision = -1;
  char type = 0;
};

bool parse_spec(const std::string& s, Spec& sp) {
  std::size_t i = 0, n = s.size();
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (n >= 2 && is_align(s[1])) {
    sp.fill = s[0];
    sp.align = s[1];
    i = 2;
  } else if (n >= 1 && is_align(s[0])) {
    sp.align = s[0];
    i = 1;
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = s[i++];
  if (i < n && s[i] == '#') {
    sp.alt = true;
    ++i;
  }
  if (i < n && s[i] == '0') {
    sp.zero = true;
    ++i;
  }
  if (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) {
    sp.width = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) sp.width = sp.width * 10 + (s[i++] - '0');
  }
  if (i < n && (s[i] == ',' || s[i] == '_')) sp.group = s[i++];
  if (i < n && s[i] == '.') {
    ++i;
    if (i >= n || !std::isdigit(static_cast<unsigned char>(s[i]))) {
      err_set_string(&ExcValueError, "Format specifier missing precision");
      return false;
    }
    sp.precision = 0;
    while (i < n && std::isdigit(static_cast<unsigned char>(s[i]))) sp.precision = sp.precision * 10 + (s[i++] - '0');
  }
  if (i < n) sp.type = s[i++];
  if (i != n) {
    err_set_string(&ExcValueError, "Invalid format specifier");
    return false;
  }
  if (sp.zero && !sp.align) {
    sp.fill = '0';
    sp.align = '=';
  }
  return true;
}

std::string group_digits(const std::string& digits, char sep) {
  std::string out;
  int count = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (count && count % 3 == 0) out += sep;
    out += *it;
    ++count;
  }
  return std::string(out.rbegin(), out.rend());
}

std::string pad(const std::string& sign, const std::string& body, const Spec& sp, char def_align) {
  std::string all = sign + body;
  int len = int(all.size());
  if (sp.width <= len) return all;
  int padn = sp.width - len;
  char align = sp.align ? sp.align : def_align;
  std::string fill(std::size_t(padn), sp.fill);
  switch (align) {
    case '<': return all + fill;
    case '^': return std::string(std::size_t(padn / 2), sp.fill) + all + std::string(std::size_t(padn - padn / 2), sp.fill);
    case '=': return sign + fill + body;
    default: return fill + all;
  }
}

}  // namespace

Object* format_int_spec(Object* value, Object* spec) {
  std::string s = str_to_std(spec);
  if (s.empty()) return object_str(value);
  Spec sp;
  if (!parse_spec(s, sp)) return nullptr;
  char t = sp.type ? sp.type : 'd';
  if (t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == '%') {
    double d = int_as_double(value);
    if (d == -1.0 && err_occurred()) return nullptr;
    return format_float_spec(d, spec);
  }
  bool ov;
  std::int64_t v = int_as_i64(value, &ov);
  std::string digits;
  if (ov) {
    if (!int_to_decimal(value, digits)) return nullptr;
    if (digits[0] == '-') digits = digits.substr(1);
  } else {
    std::uint64_t mag = v < 0 ? std::uint64_t(0) - std::uint64_t(v) : std::uint64_t(v);
    int base = t == 'x' || t == 'X' ? 16 : t == 'o' ? 8 : t == 'b' ? 2 : 10;
    if (t == 'c') {
      Object* ch = str_from_codepoint(std::uint32_t(v));
      if (!ch) return nullptr;
      std::string body = str_to_std(ch);
      decref(ch);
      return str_from_utf8(pad("", body, sp, '<'));
    }
    if (t != 'd' && t != 'x' && t != 'X' && t != 'o' && t != 'b' && t != 'n') {
      err_format(&ExcValueError, "Unknown format code '{}' for object of type 'int'", t);
      return nullptr;
    }
    do {
      int d = int(mag % unsigned(base));
      digits += char(d < 10 ? '0' + d : (t == 'X' ? 'A' : 'a') + d - 10);
      mag /= unsigned(base);
    } while (mag);
    digits = std::string(digits.rbegin(), digits.rend());
    if (sp.alt && base != 10) digits = (base == 16 ? (t == 'X' ? "0X" : "0x") : base == 8 ? "0o" : "0b") + digits;
  }
  if (sp.group) digits = group_digits(digits, sp.group);
  bool neg = ov ? int_sign(value) < 0 : v < 0;
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  return str_from_utf8(pad(sign, digits, sp, '>'));
}

Object* format_float_spec(double value, Object* spec) {
  std::string s = str_to_std(spec);
  if (s.empty()) return str_from_utf8(float_repr_string(value));
  Spec sp;
  if (!parse_spec(s, sp)) return nullptr;
  char t = sp.type;
  int prec = sp.precision < 0 ? 6 : sp.precision;
  bool neg = std::signbit(value) && !std::isnan(value);
  double mag = std::fabs(value);
  std::string body;
  char buf[512];
  if (t == 0 && sp.precision < 0) {
    body = float_repr_string(mag);
  } else if (t == 'f' || t == 'F' || t == 'e' || t == 'E' || t == '%') {
    double x = t == '%' ? mag * 100 : mag;
    char f = t == '%' ? 'f' : t;
    std::snprintf(buf, sizeof buf, sp.alt ? "%#.*%c" : "%.*%c", prec, f);
    char fmtbuf[16];
    std::snprintf(fmtbuf, sizeof fmtbuf, "%%%s.*%c", sp.alt ? "#" : "", f);
    std::snprintf(buf, sizeof buf, fmtbuf, prec, x);
    body = buf;
    if (t == '%') body += '%';
  } else if (t == 'g' || t == 'G' || t == 0 || t == 'n') {
    char fmtbuf[16];
    std::snprintf(fmtbuf, sizeof fmtbuf, "%%%s.*%c", sp.alt ? "#" : "", t == 'G' ? 'G' : 'g');
    std::snprintf(buf, sizeof buf, fmtbuf, prec == 0 ? 1 : prec, mag);
    body = buf;
    if (t == 0 && body.find_first_of(".eE") == std::string::npos && std::isfinite(mag)) body += ".0";
  } else {
    err_format(&ExcValueError, "Unknown format code '{}' for object of type 'float'", t);
    return nullptr;
  }
  if (std::isinf(mag)) body = t == 'F' || t == 'E' || t == 'G' ? "INF" : "inf";
  if (std::isnan(value)) body = t == 'F' || t == 'E' || t == 'G' ? "NAN" : "nan";
  if (sp.group && std::isfinite(mag)) {
    std::size_t dot = body.find_first_of(".eE%");
    std::string ip = body.substr(0, dot);
    std::string rest = dot == std::string::npos ? "" : body.substr(dot);
    body = group_digits(ip, sp.group) + rest;
  }
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  return str_from_utf8(pad(sign, body, sp, '>'));
}

Object* format_str_spec(Object* value, Object* spec) {
  std::string s = str_to_std(spec);
  if (s.empty()) return object_str(value);
  Spec sp;
  if (!parse_spec(s, sp)) return nullptr;
  if (sp.type && sp.type != 's') {
    err_format(&ExcValueError, "Unknown format code '{}' for object of type 'str'", sp.type);
    return nullptr;
  }
  Object* text = sp.precision >= 0 ? str_substring(value, 0, sp.precision) : new_ref(value);
  if (!text) return nullptr;
  ssize len = str_length(text);
  if (sp.width <= len) return text;
  ssize padn = sp.width - len;
  StrBuilder b;
  char align = sp.align ? sp.align : '<';
  ssize left = align == '>' ? padn : align == '^' ? padn / 2 : 0;
  ssize right = padn - left;
  for (ssize i = 0; i < left; ++i) b.append_char(std::uint8_t(sp.fill));
  b.append_str(text);
  for (ssize i = 0; i < right; ++i) b.append_char(std::uint8_t(sp.fill));
  decref(text);
  return b.finish();
}

Object* str_percent_format(Object* fmt, Object* args) {
  std::string f = str_to_std(fmt);
  StrBuilder out;
  ssize argi = 0;
  bool tuple_args = is_tuple(args);
  ssize nargs = tuple_args ? tuple_size(args) : 1;
  auto next_arg = [&]() -> Object* {
    if (argi >= nargs) {
      err_set_string(&ExcTypeError, "not enough arguments for format string");
      return nullptr;
    }
    return tuple_args ? tuple_get(args, argi++) : (argi++, args);
  };
  for (std::size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c != '%') {
      std::size_t j = i;
      while (j < f.size() && f[j] != '%') ++j;
      out.append_utf8(f.substr(i, j - i));
      i = j - 1;
      continue;
    }
    ++i;
    if (i >= f.size()) {
      err_set_string(&ExcValueError, "incomplete format");
      return nullptr;
    }
    std::string flags;
    while (i < f.size() && std::string("-+ #0").find(f[i]) != std::string::npos) flags += f[i++];
    std::string width;
    while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) width += f[i++];
    std::string precision;
    if (i < f.size() && f[i] == '.') {
      ++i;
      while (i < f.size() && std::isdigit(static_cast<unsigned char>(f[i]))) precision += f[i++];
      if (precision.empty()) precision = "0";
    }
    if (i >= f.size()) {
      err_set_string(&ExcValueError, "incomplete format");
      return nullptr;
    }
    char conv = f[i];
    if (conv == '%') {
      out.append_char('%');
      continue;
    }
    Object* arg = next_arg();
    if (!arg) return nullptr;
    std::string piece;
    if (conv == 's' || conv == 'r' || conv == 'a') {
      Object* s = conv == 's' ? object_str(arg) : conv == 'r' ? object_repr(arg) : object_ascii(arg);
      if (!s) return nullptr;
      piece = str_to_std(s);
      decref(s);
      if (!precision.empty()) {
        Object* ps = str_from_utf8(piece);
        Object* cut = str_substring(ps, 0, std::stol(precision));
        piece = str_to_std(cut);
        decref(ps);
        decref(cut);
      }
    } else if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X' || conv == 'o') {
      Object* iv = number_long(arg);
      if (!iv) {
        if (err_matches(&ExcTypeError)) {
          err_clear();
          err_format(&ExcTypeError, "%{} format: a real number is required, not {}", conv,
                     type_name(arg->type));
        }
        return nullptr;
      }
      bool ov;
      std::int64_t v = int_as_i64(iv, &ov);
      if (ov) {
        if (!int_to_decimal(iv, piece)) {
          decref(iv);
          return nullptr;
        }
      } else {
        char buf[64];
        std::string pf = "%" + std::string(flags.find('#') != std::string::npos ? "#" : "") + "ll" +
                         (conv == 'i' || conv == 'u' ? 'd' : conv);
        std::snprintf(buf, sizeof buf, pf.c_str(), (long long)v);
        piece = buf;
        if (conv == 'o' && flags.find('#') != std::string::npos) piece = (v < 0 ? "-0o" : "0o") + std::string(piece.substr(v < 0 ? 2 : 1));
      }
      decref(iv);
      if (flags.find('+') != std::string::npos && piece[0] != '-') piece = "+" + piece;
      else if (flags.find(' ') != std::string::npos && piece[0] != '-') piece = " " + piece;
    } else if (conv == 'f' || conv == 'F' || conv == 'e' || conv == 'E' || conv == 'g' || conv == 'G') {
      double d = float_as_double(arg);
      if (d == -1.0 && err_occurred()) {
        if (err_matches(&ExcTypeError)) {
          err_clear();
          err_format(&ExcTypeError, "must be real number, not {}", type_name(arg->type));
        }
        return nullptr;
      }
      char buf[512];
      std::string pf = "%" + flags + "." + (precision.empty() ? "6" : precision) + conv;
      std::snprintf(buf, sizeof buf, pf.c_str(), d);
      piece = buf;
    } else if (conv == 'c') {
      if (is_str(arg)) {
        piece = str_to_std(arg);
      } else {
        ssize cp = number_as_ssize(arg, &ExcOverflowError);
        if (cp == -1 && err_occurred()) return nullptr;
        Object* ch = str_from_codepoint(std::uint32_t(cp));
        if (!ch) return nullptr;
        piece = str_to_std(ch);
        decref(ch);
      }
    } else {
      err_format(&ExcValueError, "unsupported format character '{}' (0x{:x}) at index {}", conv,
                 int(conv), i);
      return nullptr;
    }
    if (!width.empty()) {
      std::size_t w = std::stoul(width);
      Object* ps = str_from_utf8(piece);
      std::size_t len = ps ? std::size_t(str_length(ps)) : piece.size();
      xdecref(ps);
      if (len < w) {
        if (flags.find('-') != std::string::npos) {
          piece += std::string(w - len, ' ');
        } else if (flags.find('0') != std::string::npos && conv != 's' && conv != 'r') {
          std::size_t signlen = (piece[0] == '-' || piece[0] == '+' || piece[0] == ' ') ? 1 : 0;
          piece.insert(signlen, std::string(w - len, '0'));
        } else {
          piece = std::string(w - len, ' ') + piece;
        }
      }
    }
    out.append_utf8(piece);
  }
  if (argi < nargs && tuple_args) {
    err_set_string(&ExcTypeError, "not all arguments converted during string formatting");
    return nullptr;
  }
  return out.finish();
}

}  // namespace mempy::runtime
