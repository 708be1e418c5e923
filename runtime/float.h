// runtime/float.h — float: a C double behind the 16-byte header (getsizeof 24), with CPython
// 3.11's free list of 100 objects (recycled floats produce no allocation and no trace).
//
// Files: float.cpp (storage, free list, number slots, comparison with ints, hash, repr) and
// float_methods.cpp (float(), methods and attributes, the type object). The algorithms (repr,
// parsing, rounding, hex, the %, //, ** rules) are the tested numeric layer in float_format.h.
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

inline bool is_float(const Object* op) {
  return op->type == &FloatType || type_is_subtype(op->type, &FloatType);
}
inline bool is_float_exact(const Object* op) {
  return op->type == &FloatType;
}
inline double float_value(const Object* op) {
  return static_cast<const FloatObject*>(op)->value;
}

Object* float_from_double(double v);
// float(x) for any object (number or string); TypeError/ValueError as CPython.
Object* float_from_object(Object* op);
// The value of a float or int (or __float__/__index__ result) as a double; -1.0 + exception.
double float_as_double(Object* op);
Object* float_repr(Object* op);

// float_methods.cpp: tp_new and the method / attribute tables that float_type_init installs.
Object* float_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);
extern const MethodDef g_float_methods[];
extern const GetSetDef g_float_getset[];

int float_free_list_size();  // for sys._debugmallocstats
void float_clear_free_list();
void float_type_init();

}  // namespace mempy::runtime
