// runtime/function.h — Python functions, cells and bound methods (CPython 3.11 layouts:
// function 136 + 16 GC = 152, cell 24 + 16 = 40, bound method 48 + 16 = 64).
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct CodeObject;

struct FunctionObject : Object {
  Object* globals;   // dict
  Object* builtins;  // dict
  Object* name;      // str
  Object* qualname;  // str
  CodeObject* code;
  Object* defaults;    // tuple or null
  Object* kwdefaults;  // dict or null
  Object* closure;     // tuple of cells or null
  Object* doc;
  Object* dict;  // __dict__ (function attributes), created on demand
  Object* weakreflist;
  Object* module;       // __module__
  Object* annotations;  // dict or null
  VectorcallFn vectorcall;
  std::uint32_t version;  // for call specialization; 0 = unversioned
};
static_assert(sizeof(FunctionObject) == 136);

struct CellObject : Object {
  Object* ref;  // null: empty cell
};
static_assert(sizeof(CellObject) == 24);

struct MethodObject : Object {  // bound method
  Object* func;
  Object* self;
  Object* weakreflist;
  VectorcallFn vectorcall;
};
static_assert(sizeof(MethodObject) == 48);

extern TypeObject FunctionType;
extern TypeObject CellType;
extern TypeObject MethodType;

inline bool is_function(const Object* op) {
  return op->type == &FunctionType;
}
inline bool is_cell(const Object* op) {
  return op->type == &CellType;
}
inline bool is_method(const Object* op) {
  return op->type == &MethodType;
}
// The parts of a bound method (borrowed), for the VM's call path.
inline Object* method_func(Object* op) {
  return static_cast<MethodObject*>(op)->func;
}
inline Object* method_self(Object* op) {
  return static_cast<MethodObject*>(op)->self;
}

// A function for `code` with the given globals (builtins come from globals['__builtins__'] or
// the builtins module). qualname defaults to the code's.
Object* function_new(Object* code, Object* globals, Object* qualname);
Object* cell_new(Object* value);  // value may be null
Object* method_new(Object* func, Object* self);

void function_types_init();

}  // namespace mempy::runtime
