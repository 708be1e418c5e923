// runtime/unraisable.cpp — see unraisable.h.
#include "runtime/unraisable.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/sysstate.h"

namespace mempy::runtime {

void write_unraisable(Object* obj) {
  write_unraisable_msg("in", obj);
}

void write_unraisable_msg(const char* where, Object* obj) {
  Object* exc = err_fetch();
  if (!exc) return;
  std::string text;
  if (obj) {
    if (!repr_utf8_of(obj, text)) {
      err_clear();
      text = "<object repr() failed>";
    }
    write_stderr(std::string("Exception ignored ") + where + ": " + text + "\n");
  }
  print_exception(exc);
  decref(exc);
}

void write_unraisable_method(Object* method, Object* self) {
  // a bound method's function is what CPython reports for __del__
  Object* target = method;
  if (is_method(method)) target = static_cast<MethodObject*>(method)->func;
  (void)self;
  write_unraisable(target);
}

}  // namespace mempy::runtime
