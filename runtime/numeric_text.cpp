// runtime/numeric_text.cpp — UTF-8 helpers, the Unicode digit/space tables int() and float()
// need, and reprs for error messages. See numeric_text.h.
//
// The decimal-digit table lists the zero of every run of ten Unicode decimal digits (category Nd,
// Unicode 14.0.0 as shipped with CPython 3.11; every run is contiguous 0..9). The whitespace list
// is str.isspace() of the same version.
#include "runtime/numeric_text.h"

#include <algorithm>
#include <array>

namespace mempy::runtime {

char32_t utf8_decode(std::string_view s, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (len == 0 || i + std::size_t(len) > s.size()) {
    ++i;
    return b0;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[i + std::size_t(k)]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return b0;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += std::size_t(len);
  return cp;
}

void utf8_append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

std::size_t utf8_length(std::string_view s) {
  if (is_ascii(s)) return s.size();
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) utf8_decode(s, i);
  return n;
}

std::size_t utf8_offset(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) utf8_decode(s, i);
  return i;
}

std::string utf8_truncate(std::string_view s, std::size_t n) {
  return std::string(s.substr(0, utf8_offset(s, n)));
}

// ---------------------------------------------------------------- Unicode digits and spaces

namespace {

constexpr std::array<char32_t, 66> kDecimalZeros = {
    0x30,    0x660,   0x6F0,   0x7C0,   0x966,   0x9E6,   0xA66,   0xAE6,   0xB66,   0xBE6,
    0xC66,   0xCE6,   0xD66,   0xDE6,   0xE50,   0xED0,   0xF20,   0x1040,  0x1090,  0x17E0,
    0x1810,  0x1946,  0x19D0,  0x1A80,  0x1A90,  0x1B50,  0x1BB0,  0x1C40,  0x1C50,  0xA620,
    0xA8D0,  0xA900,  0xA9D0,  0xA9F0,  0xAA50,  0xABF0,  0xFF10,  0x104A0, 0x10D30, 0x11066,
    0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0,
    0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2,
    0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
};

constexpr std::array<char32_t, 29> kSpaces = {
    0x9,    0xA,    0xB,    0xC,    0xD,    0x1C,   0x1D,   0x1E,   0x1F,   0x20,
    0x85,   0xA0,   0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
};

}  // namespace

int unicode_decimal_value(char32_t cp) {
  if (cp >= '0' && cp <= '9') return int(cp - '0');
  if (cp < 0x660) return -1;
  auto it = std::upper_bound(kDecimalZeros.begin(), kDecimalZeros.end(), cp);
  char32_t zero = *(it - 1);
  return cp - zero < 10 ? int(cp - zero) : -1;
}

bool unicode_is_space(char32_t cp) {
  return std::binary_search(kSpaces.begin(), kSpaces.end(), cp);
}

std::string transform_decimal_and_space_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    char32_t cp = utf8_decode(utf8, i);
    if (cp < 127) {
      out.push_back(char(cp));
    } else if (unicode_is_space(cp)) {
      out.push_back(' ');
    } else {
      int d = unicode_decimal_value(cp);
      if (d < 0) {
        out.push_back('?');
        break;
      }
      out.push_back(char('0' + d));
    }
  }
  return out;
}

// ---------------------------------------------------------------- reprs

namespace {

StrReprHook g_str_repr_hook = nullptr;

// An approximation of str.isprintable() for non-ASCII code points (see the header).
bool approx_printable(char32_t cp) {
  struct Range {
    char32_t lo, hi;
  };
  static constexpr Range kNonPrintable[] = {
      {0x80, 0xA0},       {0xAD, 0xAD},        {0x378, 0x379},     {0x600, 0x605},
      {0x61C, 0x61C},     {0x6DD, 0x6DD},      {0x70F, 0x70F},     {0x890, 0x891},
      {0x8E2, 0x8E2},     {0x1680, 0x1680},    {0x180E, 0x180E},   {0x2000, 0x200F},
      {0x2028, 0x202F},   {0x205F, 0x2064},    {0x2066, 0x206F},   {0x3000, 0x3000},
      {0xD800, 0xF8FF},   {0xFEFF, 0xFEFF},    {0xFFF9, 0xFFFB},   {0xFFFE, 0xFFFF},
      {0x110BD, 0x110BD}, {0x110CD, 0x110CD},  {0x13430, 0x13438}, {0x1BCA0, 0x1BCA3},
      {0x1D173, 0x1D17A}, {0xE0000, 0x10FFFF},
  };
  for (const Range& r : kNonPrintable) {
    if (cp >= r.lo && cp <= r.hi) return false;
  }
  return true;
}

void append_hex(std::string& out, char32_t v, int width) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(v >> shift) & 0xF]);
}

std::string builtin_str_repr(std::string_view s) {
  bool has_single = s.find('\'') != std::string_view::npos;
  bool has_double = s.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back(quote);
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = utf8_decode(s, i);
    if (cp == char32_t(quote) || cp == '\\') {
      out.push_back('\\');
      out.push_back(char(cp));
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp < 0x7F || approx_printable(cp)) {
      utf8_append(out, cp);
    } else if (cp <= 0xFF) {
      out += "\\x";
      append_hex(out, cp, 2);
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      append_hex(out, cp, 4);
    } else {
      out += "\\U";
      append_hex(out, cp, 8);
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace

void set_str_repr_hook(StrReprHook hook) {
  g_str_repr_hook = hook;
}

std::string py_str_repr(std::string_view utf8) {
  return g_str_repr_hook ? g_str_repr_hook(utf8) : builtin_str_repr(utf8);
}

std::string py_bytes_repr(std::string_view bytes) {
  bool has_single = bytes.find('\'') != std::string_view::npos;
  bool has_double = bytes.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out = "b";
  out.push_back(quote);
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(char(c));
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      append_hex(out, c, 2);
    } else {
      out.push_back(char(c));
    }
  }
  out.push_back(quote);
  return out;
}

}  // namespace mempy::runtime
