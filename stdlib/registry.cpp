// stdlib/registry.cpp — the table of built-in modules, consulted by `import` before sys.path.
#include "runtime/module.h"
#include "stdlib/modules.h"

namespace mempy::runtime {

namespace {
// Built-in modules written in Python (stdlib/py/NAME.py).
Object* collections_create() {
  return stdlib::py_module_create("collections");
}
Object* functools_create() {
  return stdlib::py_module_create("functools");
}
Object* operator_create() {
  return stdlib::py_module_create("operator");
}
Object* weakref_create() {
  return stdlib::py_module_create("weakref");
}
Object* os_create() {
  return stdlib::py_module_create("os");
}
Object* weakrefset_create() {
  return stdlib::py_module_create("_weakrefset");
}
Object* tracemalloc_create() {
  return stdlib::py_module_create("tracemalloc");
}
Object* fnmatch_create() {
  return stdlib::py_module_create("fnmatch");
}
Object* linecache_create() {
  return stdlib::py_module_create("linecache");
}
Object* pickle_create() {
  return stdlib::py_module_create("pickle");
}
Object* random_create() {
  return stdlib::py_module_create("random");
}
Object* posixpath_create() {
  return stdlib::py_module_create("posixpath");
}
Object* psutil_create() {
  return stdlib::py_module_create("psutil");
}
Object* memory_profiler_create() {
  return stdlib::py_module_create("memory_profiler");
}
Object* bisect_create() {
  return stdlib::py_module_create("bisect");
}
}  // namespace

const ModuleDef g_builtin_modules[] = {
    {"builtins", stdlib::builtins_module_create},
    {"sys", stdlib::sys_module_create},
    {"io", stdlib::io_module_create},
    {"_io", stdlib::io_module_create},
    {"math", stdlib::math_module_create},
    {"time", stdlib::time_module_create},
    {"operator", operator_create},
    {"_collections", stdlib::collections_c_module_create},
    {"collections", collections_create},
    {"itertools", stdlib::itertools_module_create},
    {"_functools", stdlib::functools_c_module_create},
    {"functools", functools_create},
    {"gc", stdlib::gc_module_create},
    {"_weakref", stdlib::weakref_c_module_create},
    {"_weakrefset", weakrefset_create},
    {"weakref", weakref_create},
    {"atexit", stdlib::atexit_module_create},
    {"_tracemalloc", stdlib::tracemalloc_c_module_create},
    {"tracemalloc", tracemalloc_create},
    {"fnmatch", fnmatch_create},
    {"linecache", linecache_create},
    {"pickle", pickle_create},
    {"posix", stdlib::posix_module_create},
    {"posixpath", posixpath_create},
    {"os", os_create},
    {"_random", stdlib::random_module_create},
    {"_sha512", stdlib::sha512_module_create},
    {"random", random_create},
    {"bisect", bisect_create},
    {"psutil", psutil_create},
    {"_rss_sampler", stdlib::rss_sampler_module_create},
    {"memory_profiler", memory_profiler_create},
    {nullptr, nullptr},
};

}  // namespace mempy::runtime
