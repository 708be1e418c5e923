// runtime/cfunction.h — built-in functions and bound built-in methods
// (`builtin_function_or_method`): a MethodDef plus the bound `self` (the module for module
// functions, the instance for methods bound from a method descriptor).
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct CFunctionObject : Object {
  const MethodDef* def;
  Object* self;    // may be null (static) — strong
  Object* module;  // __module__ (str) or null
  Object* weakreflist;
  VectorcallFn vectorcall;
};
static_assert(sizeof(CFunctionObject) == 56);

extern TypeObject CFunctionType;

inline bool is_cfunction(const Object* op) {
  return op->type == &CFunctionType;
}
Object* cfunction_new(const MethodDef* def, Object* self, Object* module);

// Argument checking helpers for CFunction implementations. All return false with TypeError set.
bool check_no_kwargs(const char* fname, Object* kwnames);
bool check_nargs(const char* fname, ssize nargs, ssize min, ssize max);
// CPython's "f() takes exactly one argument (N given)" family for METH_O/METH_NOARGS methods.
bool check_one_arg(const char* fname, ssize nargs, Object* kwnames);
bool check_no_args(const char* fname, ssize nargs, Object* kwnames);

void cfunction_type_init();

}  // namespace mempy::runtime
