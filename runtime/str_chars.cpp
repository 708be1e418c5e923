// runtime/str_chars.cpp — character properties for str methods.
//
// Interim: exact for ASCII and Latin-1; other code points use coarse ranges until the generated
// Unicode database (runtime/unicode_db.h) is wired in.
#include <cwctype>

#include "runtime/str_internal.h"

namespace mempy::runtime {

bool str_is_space_char(std::uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
bool str_is_linebreak_char(std::uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
         c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}
bool str_is_decimal_char(std::uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return std::iswdigit(wint_t(c)) || (c >= 0x660 && c <= 0x669) || (c >= 0xFF10 && c <= 0xFF19);
}
bool str_is_digit_char(std::uint32_t c) {
  return str_is_decimal_char(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 ||
         (c >= 0x2070 && c <= 0x2079) || (c >= 0x2080 && c <= 0x2089) ||
         (c >= 0x2460 && c <= 0x2468);
}
bool str_is_numeric_char(std::uint32_t c) {
  return str_is_digit_char(c) || c == 0xBC || c == 0xBD || c == 0xBE ||
         (c >= 0x2150 && c <= 0x218B) || (c >= 0x4E00 && c <= 0x4E09 && (c == 0x4E00 || c == 0x4E8C || c == 0x4E09));
}
bool str_is_upper_char(std::uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  if (c < 256) return (c >= 0xC0 && c <= 0xDE && c != 0xD7);
  return std::iswupper(wint_t(c));
}
bool str_is_lower_char(std::uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  if (c < 256) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c != 0xF7);
  return std::iswlower(wint_t(c));
}
bool str_is_title_char(std::uint32_t c) {
  return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2;
}
bool str_is_alpha_char(std::uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 256) return c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xC0 && c != 0xD7 && c != 0xF7);
  return std::iswalpha(wint_t(c)) || (c >= 0x370 && c <= 0x3FF) || (c >= 0x400 && c <= 0x4FF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3040 && c <= 0x30FF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x100 && c <= 0x24F);
}
bool str_is_alnum_char(std::uint32_t c) {
  return str_is_alpha_char(c) || str_is_decimal_char(c) || str_is_digit_char(c) ||
         str_is_numeric_char(c);
}
bool str_is_cased_char(std::uint32_t c) {
  return str_is_upper_char(c) || str_is_lower_char(c) || str_is_title_char(c);
}
bool is_printable_codepoint(std::uint32_t c) {
  if (c < 0x20 || c == 0x7F) return false;
  if (c < 0xA0) return c < 0x7F;
  if (c == 0xAD) return false;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  if (c == 0x2028 || c == 0x2029 || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
      (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF || (c >= 0xE000 && c <= 0xF8FF) ||
      c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x1680 || c == 0x202F || c == 0x205F) {
    return false;
  }
  if (c >= 0xFFF0 && c <= 0xFFFB) return false;
  if (c >= 0xF0000) return false;
  return true;
}
bool is_identifier_codepoint(std::uint32_t c, bool first) {
  if (first) return str_is_alpha_char(c) || c == '_';
  return str_is_alnum_char(c) || c == '_' || c == 0xB7;
}

int str_lower_char(std::uint32_t c, std::uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
  } else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
    out[0] = c + 32;
  } else if (c == 0x130) {
    out[0] = 'i';
    out[1] = 0x307;
    return 2;
  } else {
    out[0] = std::uint32_t(std::towlower(wint_t(c)));
  }
  return 1;
}
int str_upper_char(std::uint32_t c, std::uint32_t* out) {
  if (c < 128) {
    out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
  } else if (c == 0xDF) {
    out[0] = 'S';
    out[1] = 'S';
    return 2;
  } else if (c == 0xB5) {
    out[0] = 0x39C;
  } else if (c == 0xFF) {
    out[0] = 0x178;
  } else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) {
    out[0] = c - 32;
  } else {
    out[0] = std::uint32_t(std::towupper(wint_t(c)));
  }
  return 1;
}
int str_title_char(std::uint32_t c, std::uint32_t* out) {
  if (c == 0xDF) {
    out[0] = 'S';
    out[1] = 's';
    return 2;
  }
  return str_upper_char(c, out);
}

}  // namespace mempy::runtime
