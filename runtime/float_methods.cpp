// runtime/float_methods.cpp — float(): the constructor and PyNumber_Float; float's methods and
// attributes (is_integer, as_integer_ratio, hex, fromhex, __round__, __format__, ...); the type.
//
// float(x): an exact str is parsed directly; otherwise __float__ (which must return a float),
// then __index__, then str / bytes / bytearray text; anything else is a TypeError.
#include <cmath>
#include <cstring>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/float_format.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

inline double fval(Object* op) {
  return static_cast<FloatObject*>(op)->value;
}

Object* exact_float(Object* op) {
  return is_float_exact(op) ? new_ref(op) : float_from_double(fval(op));
}

Object* float_result(NumStatus s, double r, const NumError& err) {
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return float_from_double(r);
}

// PyFloat_FromString: str, bytes and bytearray text.
Object* float_from_text(Object* op, bool* handled) {
  *handled = true;
  double d;
  NumError err;
  NumStatus s;
  std::string_view bytes;
  if (is_str(op)) {
    ssize len;
    const char* u = str_utf8(op, &len);
    if (!u) {  // lone surrogates cannot be digits
      err_clear();
      err_format(&ExcValueError, "could not convert string to float: {}", repr_for_message(op));
      return nullptr;
    }
    s = float_from_string(std::string_view(u, std::size_t(len)), &d, err);
  } else if (bytes_like_data(op, &bytes)) {
    s = float_from_bytes_literal(bytes, &d, err);
  } else {
    *handled = false;
    return nullptr;
  }
  return float_result(s, d, err);
}

Object* float_subtype_new(TypeObject* type, Object* value) {
  Object* sub = type_generic_alloc(type, 0);
  if (!sub) return nullptr;
  static_cast<FloatObject*>(sub)->value = fval(value);
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_track(sub);
  return sub;
}

// ---- methods ----------------------------------------------------------------------------------
Object* m_is_integer(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("is_integer", nargs, kwnames)) return nullptr;
  return bool_new_ref(float_is_integer(fval(self)));
}

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("conjugate", nargs, kwnames)) return nullptr;
  return exact_float(self);
}

Object* m_trunc(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__trunc__", nargs, kwnames)) return nullptr;
  return int_from_double(fval(self));
}

Object* m_floor(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__floor__", nargs, kwnames)) return nullptr;
  return int_from_double(std::floor(fval(self)));
}

Object* m_ceil(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__ceil__", nargs, kwnames)) return nullptr;
  return int_from_double(std::ceil(fval(self)));
}

Object* m_round(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("__round__", kwnames) || !check_nargs("__round__", nargs, 0, 1)) {
    return nullptr;
  }
  double x = fval(self), r;
  NumError err;
  if (nargs == 0 || is_none(args[0])) {
    NumStatus s = float_round_to_integral(x, &r, err);
    if (s != NumStatus::ok) return num_error_raise(s, err);
    return int_from_double(r);
  }
  ssize nd = number_as_ssize(args[0], nullptr);  // clipped, as PyNumber_AsSsize_t(o, NULL)
  if (nd == -1 && err_occurred()) return nullptr;
  NumStatus s = float_round(x, nd, &r, err);
  return float_result(s, r, err);
}

Object* m_as_integer_ratio(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("as_integer_ratio", nargs, kwnames)) return nullptr;
  BigInt num, den;
  NumError err;
  NumStatus s = num_guard([&] { return float_as_integer_ratio(fval(self), num, den, err); });
  if (s != NumStatus::ok) return num_error_raise(s, err);
  Object* n = int_from_ref(num);
  Object* d = n ? int_from_ref(den) : nullptr;
  Object* t = (n && d) ? tuple_pack({n, d}) : nullptr;
  xdecref(n);
  xdecref(d);
  return t;
}

Object* m_hex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("hex", nargs, kwnames)) return nullptr;
  std::string s = float_hex(fval(self));
  return str_from_ascii(s.data(), s.size());
}

Object* m_fromhex(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("fromhex", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_set_string(&ExcTypeError, "bad argument type for built-in operation");
    return nullptr;
  }
  ssize len;
  const char* u = str_utf8(args[0], &len);
  if (!u) return nullptr;
  double d;
  NumError err;
  NumStatus s = float_fromhex(std::string_view(u, std::size_t(len)), &d, err);
  Object* f = float_result(s, d, err);
  if (!f || cls == &FloatType) return f;
  Object* r = call_one_arg(cls, f);
  decref(f);
  return r;
}

Object* m_getformat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__getformat__", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "__getformat__() argument must be str, not {}",
               type_name(args[0]->type));
    return nullptr;
  }
  std::string_view t = str_view(args[0]);
  if (t != "double" && t != "float") {
    err_set_string(&ExcValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return nullptr;
  }
  return str_from_cstr("IEEE, little-endian");
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__getnewargs__", nargs, kwnames)) return nullptr;
  Ref<> v = steal(float_from_double(fval(self)));
  return v ? tuple_pack({v.get()}) : nullptr;
}

Object* g_real(Object* self, void*) {
  return exact_float(self);
}
Object* g_imag(Object*, void*) {
  return float_from_double(0.0);
}

}  // namespace

const MethodDef g_float_methods[] = {
    {"conjugate", m_conjugate, METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", m_round, METH_DEFAULT,
     "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is "
     "passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", m_hex, METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", m_is_integer, METH_DEFAULT, "Return True if the float is an integer."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__getformat__", m_getformat, METH_CLASS, "You probably don't want to use this function."},
    {"__format__", float_format_method, METH_DEFAULT,
     "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef g_float_getset[] = {
    {"real", g_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", g_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* float_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "float() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "float expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  Object* r = nargs ? float_from_object(args[0]) : float_from_double(0.0);
  if (!r || type == &FloatType) return r;
  Object* sub = float_subtype_new(type, r);
  decref(r);
  return sub;
}

Object* float_from_object(Object* op) {
  if (is_float_exact(op)) return new_ref(op);
  bool handled;
  if (is_str_exact(op)) return float_from_text(op, &handled);
  TypeObject* t = op->type;
  if (t->as_number->nb_float || t->as_number->nb_index) {
    double v = float_as_double(op);
    if (v == -1.0 && err_occurred()) return nullptr;
    return float_from_double(v);
  }
  if (is_float(op)) return float_from_double(fval(op));
  Object* r = float_from_text(op, &handled);
  if (handled) return r;
  err_format(&ExcTypeError, "float() argument must be a string or a real number, not '{}'",
             type_name(t));
  return nullptr;
}

}  // namespace mempy::runtime
