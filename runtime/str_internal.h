// runtime/str_internal.h — pieces of the str type shared between its files: str.cpp (core),
// str_methods.cpp, str_case.cpp, str_format.cpp and str_printf.cpp.
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

extern TypeObject StrIterType;

Object* str_getitem(Object* op, Object* key);
Object* str_iter(Object* op);
Object* str_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);
const MethodDef* str_methods_table();
void str_iter_type_init();
// An instance of a str subclass with the text of `value` (an exact str).
Object* str_subtype_new(TypeObject* type, Object* value);

// str % args and bytes % args (str_printf.cpp); NotImplemented for a foreign left operand.
Object* str_mod_format(Object* a, Object* b);

// str.format(*args, **kwargs) and str.format_map(mapping) (str_format.cpp)
Object* str_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_format_map(Object* self, Object* mapping);

// Case mapping and predicate methods (str_case.cpp), in the CFunction signature.
Object* str_m_lower(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_upper(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_casefold(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_swapcase(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_title(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_capitalize(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isalpha(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isalnum(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isdecimal(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isdigit(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isnumeric(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isspace(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_islower(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isupper(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_istitle(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isprintable(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isascii(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_m_isidentifier(Object* self, Object* const* args, ssize nargs, Object* kwnames);

}  // namespace mempy::runtime
