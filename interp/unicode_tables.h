// interp/unicode_tables.h — the Unicode character classes the front end needs (generated data in
// unicode_tables.cpp, from CPython 3.11's unicodedata by scripts/gen_unicode_tables.py).
#pragma once

namespace mempy::interp::unicode {

bool is_xid_start(char32_t c);     // may start an identifier ('_' included)
bool is_xid_continue(char32_t c);  // may continue an identifier
bool is_printable(char32_t c);     // str.isprintable() of the single character

}  // namespace mempy::interp::unicode
