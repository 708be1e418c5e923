// runtime/format.h — the object side of formatting numbers and text: __format__ of int (and
// bool), float and str (format(), f-strings, str.format), and the per-argument conversions of
// printf-style '%' formatting. The spec parsing and layout are the tested layer in format_spec.h.
#pragma once
#include <string>

#include "runtime/format_spec.h"
#include "runtime/object.h"

namespace mempy::runtime {

// int.__format__ / float.__format__ / str.__format__: `spec` is a str. An empty spec gives
// str(value) (so bool prints True, subclasses their own __str__).
Object* int_format(Object* value, Object* spec);
Object* float_format(Object* value, Object* spec);
Object* format_str_spec(Object* value, Object* spec);
// int.__format__ / float.__format__ as methods (MethodDef functions).
Object* int_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* float_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// One '%' conversion of `arg` for the numeric conversions d i u o x X e E f F g G and c,
// appended to `out` as UTF-8: %d takes any real number (int(x) of floats), %o %x %X need
// __index__, the float codes take anything float() of a number accepts, %c an int or a
// one-character str. False with CPython's exception ("%d format: a real number is required, not
// str", "%c requires int or char", ...).
bool percent_format_number(Object* arg, const PercentSpec& spec, std::string& out);

// 'fmt' % args (str.__mod__).
Object* str_percent_format(Object* fmt, Object* args);

}  // namespace mempy::runtime
