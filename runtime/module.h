// runtime/module.h — module objects (56 bytes + 16 GC = getsizeof 72) and the registry of
// built-in modules implemented in stdlib/.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct ModuleDef;

struct ModuleObject : Object {
  Object* dict;
  ModuleDef* def;  // built-in modules: their definition; null for .py modules
  void* state;
  Object* weaklist;
  Object* name;
};
static_assert(sizeof(ModuleObject) == 56);

extern TypeObject ModuleType;

inline bool is_module(const Object* op) {
  return type_check(op, &ModuleType);
}

Object* module_new(
    Object* name);  // sets __name__, __doc__ = None, __package__, __loader__, __spec__
Object* module_new_cstr(const char* name);
inline Object* module_dict(Object* m) {
  return static_cast<ModuleObject*>(m)->dict;
}  // borrowed
// Adds the functions of a MethodDef table to a module (as builtin_function_or_method objects).
int module_add_functions(Object* module, const MethodDef* defs);
int module_add_object(Object* module, const char* name, Object* value);  // borrows value
int module_add_int(Object* module, const char* name, long long value);
int module_add_string(Object* module, const char* name, const char* value);

// A built-in module: its name and the function that creates and fills it (returns a new
// reference, or nullptr with an exception).
struct ModuleDef {
  const char* name;
  Object* (*create)();
};
// The table of built-in modules (stdlib/registry.cpp); terminated by a null name.
extern const ModuleDef g_builtin_modules[];
const ModuleDef* find_builtin_module(const char* name);

// The builtins module and its dict (borrowed), set once at start-up.
Object* builtins_dict();
void set_builtins_dict(Object* dict);
Object* builtins_module();
void set_builtins_module(Object* module);

void module_type_init();

}  // namespace mempy::runtime
