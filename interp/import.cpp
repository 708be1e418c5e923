// interp/import.cpp — `import`: sys.modules, built-in modules (stdlib/registry.cpp), and .py
// modules and packages found on sys.path (CPython's path-based finder reduced to source files).
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "interp/compiler.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

namespace {

Object* sys_modules() {
  Object* m = sys_get("modules");
  if (!m || !is_dict(m)) {
    err_set_string(&ExcRuntimeError, "lost sys.modules");
    return nullptr;
  }
  return m;
}

bool file_exists(const std::string& path, bool dir) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) return false;
  return dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
}

void module_not_found(const std::string& name, const std::string& msg) {
  Object* n = str_from_utf8(name);
  Object* m = str_from_utf8(msg);
  if (!n || !m) {
    xdecref(n);
    xdecref(m);
    return;
  }
  Object* exc = exception_new_instance(&ExcModuleNotFoundError, &m, 1);
  decref(m);
  if (exc) {
    set_ref(static_cast<ImportErrorObject*>(exc)->name, n);
    err_raise(exc);
  } else {
    decref(n);
  }
}

// Executes a source file as module `name`.
Object* load_source_module(const std::string& name, const std::string& path, bool package,
                           const std::string& pkgdir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err_format(&ExcImportError, "cannot read {}", path);
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::string source = ss.str();
  Object* filename = str_from_utf8_surrogateescape(path.data(), path.size());
  if (!filename) return nullptr;
  Object* code = compile_text(source, filename, CompileMode::Exec);
  if (!code) {
    decref(filename);
    return nullptr;
  }
  Object* mod = module_new_cstr(name.c_str());
  if (!mod) {
    decref(code);
    decref(filename);
    return nullptr;
  }
  Object* d = module_dict(mod);
  bool ok = dict_set_item(d, ids::file, filename) == 0;
  decref(filename);
  if (ok && builtins_module()) ok = dict_set_item(d, ids::builtins, builtins_module()) == 0;
  std::string pkg =
      package ? name : name.substr(0, name.rfind('.') == std::string::npos ? 0 : name.rfind('.'));
  Object* pkgname = str_from_utf8(pkg);
  ok = ok && pkgname && dict_set_item(d, ids::package, pkgname) == 0;
  xdecref(pkgname);
  if (ok && package) {
    Object* p = str_from_utf8(pkgdir);
    Object* lst = p ? list_new(0) : nullptr;
    ok = lst && list_append(lst, p) == 0 && dict_set_item(d, ids::path, lst) == 0;
    xdecref(p);
    xdecref(lst);
  }
  Object* modules = ok ? sys_modules() : nullptr;
  if (!modules || dict_set_item_cstr(modules, name.c_str(), mod) < 0) {
    decref(code);
    decref(mod);
    return nullptr;
  }
  Object* r = eval_code(code, d, d);
  decref(code);
  if (!r) {
    Object* saved = err_fetch();
    dict_del_item_cstr(modules, name.c_str());
    err_clear();
    err_restore(saved);
    decref(mod);
    return nullptr;
  }
  decref(r);
  // the module object in sys.modules may have been replaced by the code it ran
  Object* final = dict_get_item_cstr(modules, name.c_str());
  Object* result = final ? new_ref(final) : new_ref(mod);
  decref(mod);
  return result;
}

// Finds and loads `fullname` (whose parent, if any, is already imported).
Object* find_and_load(const std::string& fullname) {
  Object* modules = sys_modules();
  if (!modules) return nullptr;
  if (Object* m = dict_get_item_cstr(modules, fullname.c_str())) return new_ref(m);
  std::size_t dot = fullname.rfind('.');
  Object* search_path = nullptr;
  Object* parent = nullptr;
  std::string child = fullname;
  if (dot != std::string::npos) {
    std::string parent_name = fullname.substr(0, dot);
    child = fullname.substr(dot + 1);
    parent = dict_get_item_cstr(modules, parent_name.c_str());
    if (!parent) {
      module_not_found(fullname, "No module named '" + fullname + "'");
      return nullptr;
    }
    if (lookup_attr(parent, ids::path, &search_path) < 0) return nullptr;
    if (!search_path) {
      module_not_found(
          fullname, "No module named '" + fullname + "'; '" + parent_name + "' is not a package");
      return nullptr;
    }
  } else {
    if (const ModuleDef* def = find_builtin_module(fullname.c_str())) {
      Object* m = def->create();
      if (!m) return nullptr;
      if (dict_set_item_cstr(modules, fullname.c_str(), m) < 0) {
        decref(m);
        return nullptr;
      }
      return m;
    }
    search_path = sys_get("path");
    if (!search_path || !is_list(search_path)) {
      err_set_string(&ExcImportError, "sys.path must be a list of directory names");
      return nullptr;
    }
    incref(search_path);
  }
  Ref<Object> path_ref = steal(search_path);
  Ref<Object> seq = steal(sequence_list(search_path));
  if (!seq) return nullptr;
  for (ssize i = 0; i < list_size(seq.get()); ++i) {
    Object* entry = list_get(seq.get(), i);
    if (!is_str(entry)) continue;
    std::string dir = str_to_std(entry);
    if (dir.empty()) dir = ".";
    std::string pkgdir = dir + "/" + child;
    if (file_exists(pkgdir + "/__init__.py", false)) {
      Object* m = load_source_module(fullname, pkgdir + "/__init__.py", true, pkgdir);
      if (m && parent) {
        Object* cn = str_from_utf8(child);
        if (!cn || set_attr(parent, cn, m) < 0) err_clear();
        xdecref(cn);
      }
      return m;
    }
    std::string file = dir + "/" + child + ".py";
    if (file_exists(file, false)) {
      Object* m = load_source_module(fullname, file, false, "");
      if (m && parent) {
        Object* cn = str_from_utf8(child);
        if (!cn || set_attr(parent, cn, m) < 0) err_clear();
        xdecref(cn);
      }
      return m;
    }
  }
  module_not_found(fullname, "No module named '" + fullname + "'");
  return nullptr;
}

std::string resolve_name(const std::string& name, Object* globals, int level) {
  Object* package = globals ? dict_get_item_str(globals, ids::package) : nullptr;
  std::string pkg;
  if (package && is_str(package)) {
    pkg = str_to_std(package);
  } else if (globals) {
    Object* modname = dict_get_item_str(globals, ids::name);
    if (modname && is_str(modname)) {
      pkg = str_to_std(modname);
      if (!dict_get_item_str(globals, ids::path)) {
        std::size_t d = pkg.rfind('.');
        pkg = d == std::string::npos ? "" : pkg.substr(0, d);
      }
    }
  }
  if (pkg.empty()) {
    err_set_string(&ExcImportError, "attempted relative import with no known parent package");
    return "";
  }
  for (int i = 1; i < level; ++i) {
    std::size_t d = pkg.rfind('.');
    if (d == std::string::npos) {
      err_set_string(&ExcImportError, "attempted relative import beyond top-level package");
      return "";
    }
    pkg = pkg.substr(0, d);
  }
  return name.empty() ? pkg : pkg + "." + name;
}

}  // namespace

}  // namespace mempy::interp

namespace mempy::runtime {

Object* import_module_level(Object* name_obj, Object* globals, Object* fromlist, int level) {
  using namespace interp;
  if (!is_str(name_obj)) {
    err_format(&ExcTypeError, "module name must be str, not {}", type_name(name_obj->type));
    return nullptr;
  }
  std::string name = str_to_std(name_obj);
  if (level < 0) {
    err_set_string(&ExcValueError, "level must be >= 0");
    return nullptr;
  }
  if (level == 0 && name.empty()) {
    err_set_string(&ExcValueError, "Empty module name");
    return nullptr;
  }
  std::string full = level > 0 ? resolve_name(name, globals, level) : name;
  if (full.empty()) return nullptr;
  // import every prefix: a, a.b, a.b.c
  Object* module = nullptr;
  std::size_t pos = 0;
  for (;;) {
    std::size_t dot = full.find('.', pos);
    std::string prefix = full.substr(0, dot);
    xdecref(module);
    module = find_and_load(prefix);
    if (!module) return nullptr;
    if (dot == std::string::npos) break;
    pos = dot + 1;
  }
  bool has_fromlist = fromlist && !is_none(fromlist) && object_is_true(fromlist) > 0;
  if (!has_fromlist) {
    if (level == 0) {
      std::string front = full.substr(0, full.find('.'));
      decref(module);
      Object* modules = sys_get("modules");
      Object* m = modules ? dict_get_item_cstr(modules, front.c_str()) : nullptr;
      if (!m) {
        module_not_found(front, "No module named '" + front + "'");
        return nullptr;
      }
      return new_ref(m);
    }
    if (name.empty()) return module;
    // relative: the module named by the first component after the package
    std::string cut = full.substr(0, full.size() - name.size() + name.find('.'));
    if (name.find('.') == std::string::npos) return module;
    decref(module);
    Object* modules = sys_get("modules");
    Object* m = modules ? dict_get_item_cstr(modules, cut.c_str()) : nullptr;
    return m ? new_ref(m) : nullptr;
  }
  // from package import submodule: load submodules named in fromlist when not attributes
  Object* path = nullptr;
  if (lookup_attr(module, ids::path, &path) > 0 && path) {
    decref(path);
    Object* it = get_iter(fromlist);
    if (it) {
      for (;;) {
        Object* item = iter_next(it);
        if (!item) break;
        if (is_str(item) && !str_eq_cstr(item, "*") && !has_attr(module, item)) {
          Object* sub = find_and_load(full + "." + str_to_std(item));
          if (!sub) {
            if (err_matches(&ExcModuleNotFoundError)) err_clear();
          } else {
            decref(sub);
          }
        }
        decref(item);
        if (err_occurred()) break;
      }
      decref(it);
    }
    if (err_occurred()) {
      decref(module);
      return nullptr;
    }
  } else if (err_occurred()) {
    err_clear();
  }
  return module;
}

Object* import_module(const char* name) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* one = tuple_pack({n});
  Object* m = one ? import_module_level(n, nullptr, one, 0) : nullptr;
  xdecref(one);
  decref(n);
  return m;
}

Object* compile_source(std::string_view source, Object* filename, const char* mode,
                       Object** literals) {
  interp::CompileMode m = std::string_view(mode) == "eval"     ? interp::CompileMode::Eval
                          : std::string_view(mode) == "single" ? interp::CompileMode::Single
                                                               : interp::CompileMode::Exec;
  return interp::compile_text(source, filename, m, true, literals);
}

}  // namespace mempy::runtime
