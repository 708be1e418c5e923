// runtime/numeric_text.h — the small amount of text handling the numeric layer needs: UTF-8
// decoding and code-point counting (format widths count code points), CPython's
// "decimal and space to ASCII" transform that int() and float() apply to str arguments, and the
// str / bytes repr used inside error messages ("invalid literal for int() with base 10: 'x'").
//
// The str type owns the real repr (it needs the full Unicode printable table); until it installs
// it with set_str_repr_hook, a built-in approximation is used that is exact for ASCII and for the
// common non-printable ranges (C0/C1 controls, Unicode spaces and format characters, surrogates,
// private use).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace mempy::runtime {

// Decodes the code point at s[i] and advances i. Malformed bytes decode as themselves (U+0080..FF).
char32_t utf8_decode(std::string_view s, std::size_t& i);
void utf8_append(std::string& out, char32_t cp);
std::size_t utf8_length(std::string_view s);  // in code points
// Byte offset of the code point with index n (s.size() when n >= the length).
std::size_t utf8_offset(std::string_view s, std::size_t n);
bool is_ascii(std::string_view s);

// Unicode decimal digit value (Python's str.isdecimal digits) or -1.
int unicode_decimal_value(char32_t cp);
// Python's str.isspace() for one code point.
bool unicode_is_space(char32_t cp);
// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII kept, other whitespace -> ' ',
// decimal digits -> '0'..'9', anything else -> '?' and the text stops there.
std::string transform_decimal_and_space_to_ascii(std::string_view utf8);

// repr(str) of UTF-8 text (through the hook when one is installed).
std::string py_str_repr(std::string_view utf8);
using StrReprHook = std::string (*)(std::string_view utf8);
void set_str_repr_hook(StrReprHook hook);  // nullptr restores the built-in approximation
// repr(bytes): b'...' with CPython's quoting and escapes.
std::string py_bytes_repr(std::string_view bytes);
// The first n code points of s (CPython's "%.200R" precision cut).
std::string utf8_truncate(std::string_view s, std::size_t n);

}  // namespace mempy::runtime
