// stdlib/pysource.cpp — built-in modules written in Python.
//
// CPython writes parts of its standard library in Python (collections.namedtuple, Counter,
// functools.lru_cache, operator's fallback). mempy does the same: the sources live in
// stdlib/py/*.py, CMake embeds their text (stdlib/py/embed.cmake -> stdlib_py.inc) and importing
// such a module compiles that text and runs it in a fresh module, like a .py file on sys.path
// but without touching the file system. A Python module may import the C++ helper modules
// (_collections, _functools) that hold the types which must have CPython's layout.
#include <cstring>

#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

struct PySource {
  const char* name;
  const char* text;
};

const PySource g_py_sources[] = {
#include "stdlib_py.inc"
    {nullptr, nullptr},
};

}  // namespace

Object* py_module_create(const char* name) {
  const PySource* src = g_py_sources;
  while (src->name && std::strcmp(src->name, name) != 0) ++src;
  if (!src->name) {
    err_format(&ExcImportError, "no embedded source for module '{}'", name);
    return nullptr;
  }
  Ref<Object> filename = steal(str_from_utf8(fmt::format("<frozen {}>", name)));
  if (!filename) return nullptr;
  Ref<Object> code = steal(compile_source(src->text, filename.get(), "exec"));
  if (!code) return nullptr;
  Ref<Object> mod = steal(module_new_cstr(name));
  if (!mod) return nullptr;
  Object* d = module_dict(mod.get());
  if (builtins_module() && dict_set_item(d, ids::builtins, builtins_module()) < 0) return nullptr;
  Ref<Object> r = steal(eval_code(code.get(), d, d));
  if (!r) return nullptr;
  return mod.release();
}

}  // namespace mempy::stdlib
