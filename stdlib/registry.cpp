// stdlib/registry.cpp — the table of built-in modules, consulted by `import` before sys.path.
#include "runtime/module.h"
#include "stdlib/modules.h"

namespace mempy::runtime {

const ModuleDef g_builtin_modules[] = {
    {"builtins", stdlib::builtins_module_create},
    {"sys", stdlib::sys_module_create},
    {"io", stdlib::io_module_create},
    {"_io", stdlib::io_module_create},
    {nullptr, nullptr},
};

}  // namespace mempy::runtime
