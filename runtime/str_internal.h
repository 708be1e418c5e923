// runtime/str_internal.h — pieces of the str type shared between its files (str.cpp core,
// str_methods.cpp, str_format.cpp, str_chars.cpp).
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

extern TypeObject StrIterType;

Object* str_getitem(Object* op, Object* key);
Object* str_iter(Object* op);
Object* str_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);
Object* str_mod_format(Object* a, Object* b);
const MethodDef* str_methods_table();
void str_iter_type_init();
// An instance of a str subclass with the text of `value` (an exact str).
Object* str_subtype_new(TypeObject* type, Object* value);
// str.format(*args, **kwargs)
Object* str_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// Character properties (Unicode 14 as in CPython 3.11).
bool str_is_space_char(std::uint32_t c);
bool str_is_linebreak_char(std::uint32_t c);
bool str_is_digit_char(std::uint32_t c);
bool str_is_decimal_char(std::uint32_t c);
bool str_is_numeric_char(std::uint32_t c);
bool str_is_alpha_char(std::uint32_t c);
bool str_is_alnum_char(std::uint32_t c);
bool str_is_upper_char(std::uint32_t c);
bool str_is_lower_char(std::uint32_t c);
bool str_is_title_char(std::uint32_t c);
bool str_is_cased_char(std::uint32_t c);
bool is_printable_codepoint(std::uint32_t c);
bool is_identifier_codepoint(std::uint32_t c, bool first);
// Full case mappings: write up to 3 code points to out, return the count.
int str_lower_char(std::uint32_t c, std::uint32_t* out);
int str_upper_char(std::uint32_t c, std::uint32_t* out);
int str_title_char(std::uint32_t c, std::uint32_t* out);

}  // namespace mempy::runtime
