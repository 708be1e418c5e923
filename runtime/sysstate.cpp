// runtime/sysstate.cpp — see sysstate.h.
#include "runtime/sysstate.h"

#include <cstdio>

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/ids.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace mempy::runtime {

namespace {
Object* g_sys_dict = nullptr;
}

void set_sys_dict(Object* dict) {
  set_ref(g_sys_dict, xnew_ref(dict));
}
Object* sys_dict() {
  return g_sys_dict;
}

Object* sys_get(const char* name) {
  if (!g_sys_dict) return nullptr;
  return dict_get_item_cstr(g_sys_dict, name);
}
Object* sys_get(Object* name) {
  if (!g_sys_dict) return nullptr;
  return dict_get_item_str(g_sys_dict, name);
}

void write_stderr(std::string_view text) {
  Object* saved = err_fetch();
  Object* stream = g_sys_dict ? dict_get_item_str(g_sys_dict, ids::s_stderr) : nullptr;
  bool done = false;
  if (stream && !is_none(stream)) {
    // PySys_WriteStderr calls stderr.write without binding it (no bound-method object)
    Object* s = str_from_utf8_replace(text.data(), text.size());
    if (s) {
      incref(stream);
      Object* r = call_method(stream, ids::s_write, &s, 1);
      decref(stream);
      decref(s);
      if (r) {
        decref(r);
        done = true;
      }
    }
    if (!done) err_clear();
  }
  if (!done) {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
  err_restore(saved);
}

int file_write_object(Object* file, Object* value, bool raw) {
  Object* writer = get_attr(file, ids::s_write);
  if (!writer) return -1;
  Object* text = raw ? object_str(value) : object_repr(value);
  if (!text) {
    decref(writer);
    return -1;
  }
  Object* r = call_one_arg(writer, text);
  decref(text);
  decref(writer);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace mempy::runtime
