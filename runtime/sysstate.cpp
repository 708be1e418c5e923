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

void write_stderr(std::string_view text) {
  Object* saved = err_fetch();
  Object* stream = g_sys_dict ? dict_get_item_str(g_sys_dict, ids::s_stderr) : nullptr;
  bool done = false;
  if (stream && !is_none(stream)) {
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

}  // namespace mempy::runtime
