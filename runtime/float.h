// runtime/float.h — float: a C double behind the 16-byte header (getsizeof 24), with CPython
// 3.11's free list of 100 objects (recycled floats produce no allocation and no trace).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct FloatObject : Object {
  double value;
};
static_assert(sizeof(FloatObject) == 24);

extern TypeObject FloatType;

inline bool is_float(const Object* op) { return op->type == &FloatType || type_is_subtype(op->type, &FloatType); }
inline bool is_float_exact(const Object* op) { return op->type == &FloatType; }
inline double float_value(const Object* op) { return static_cast<const FloatObject*>(op)->value; }

Object* float_from_double(double v);
// float(x) for any object (number or string); TypeError/ValueError as CPython.
Object* float_from_object(Object* op);
// The value of a float or int (or __float__/__index__ result) as a double; -1.0 + exception.
double float_as_double(Object* op);
Object* float_repr(Object* op);
std::string float_repr_string(double v);  // repr(float) text
// float(str) parsing with Python's grammar; *ok false when the text is not a float
double parse_python_float(std::string_view text, bool* ok);
hash_t float_hash_value(double v, Object* identity);

int float_free_list_size();  // for sys._debugmallocstats
void float_clear_free_list();
void float_type_init();

}  // namespace mempy::runtime
