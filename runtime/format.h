// runtime/format.h — the format-spec mini-language for __format__ of int, float and str
// (format(), f-strings, str.format) and printf-style % formatting of str.
#pragma once
#include "runtime/object.h"

namespace mempy::runtime {

Object* format_int_spec(Object* value, Object* spec);    // int.__format__
Object* format_float_spec(double value, Object* spec);   // float.__format__
Object* format_str_spec(Object* value, Object* spec);    // str.__format__
// 'fmt' % args (str.__mod__)
Object* str_percent_format(Object* fmt, Object* args);

}  // namespace mempy::runtime
