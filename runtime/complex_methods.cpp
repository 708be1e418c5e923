// runtime/complex_methods.cpp — complex(): the constructor, and complex's methods and attributes
// (conjugate, __getnewargs__, __complex__, __format__, real, imag).
//
// complex(real=0, imag=0), CPython 3.11's rules in order:
//  1. complex(z) of an exact complex, building an exact complex, returns z itself.
//  2. A str `real` is parsed (complex_from_text), and then `imag` must be absent ("complex()
//     can't take second arg if first is a string"); a str `imag` is refused ("complex() second
//     arg can't be a string").
//  3. `real` with a __complex__ method (looked up on the type) is replaced by its result, which
//     must be a complex ("__complex__ returned non-complex (type X)"). CPython also warns
//     (DeprecationWarning) when that result is a strict subclass; mempy has no warnings and just
//     accepts it.
//  4. Each argument must then be a complex or have __float__ or __index__ ("complex() first
//     argument must be a string or a number, not 'X'", "complex() second argument must be a
//     number, not 'X'"); a non-complex is converted with float().
//  5. The result is real + imag*1j computed part by part, so complex(1j, 1j) is (-1+1j).
#include <cstddef>
#include <cstdint>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/complex.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/numeric_text.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

Object* complex_from_str(TypeObject* type, Object* str) {
  std::string ascii = transform_decimal_and_space_to_ascii(str_to_std(str));
  ComplexValue v;
  NumError err;
  NumStatus s;
  if (ascii.find('_') != std::string::npos) {
    s = complex_from_text(ascii, repr_for_message(str), &v, err);
  } else {
    s = complex_from_text(ascii, "", &v, err);
  }
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return complex_subtype_from_value(type, v);
}

// The __complex__ result of `op` (new reference); nullptr without an exception when op has no
// __complex__.
Object* try_complex_special_method(Object* op) {
  Object* method = lookup_special(op, ids::complex_);
  if (!method) return nullptr;
  Object* res = call_no_args(method);
  decref(method);
  if (!res || is_complex(res)) return res;
  err_format(&ExcTypeError, "__complex__ returned non-complex (type {})", type_name(res->type));
  decref(res);
  return nullptr;
}

bool is_number_for_complex(Object* op) {
  return op->type->as_number->nb_float || op->type->as_number->nb_index || is_int(op) ||
         is_complex(op);
}

// float(op) as a double (op has __float__ or __index__); false with an exception.
bool real_part_of(Object* op, double* out) {
  Object* f = number_float(op);
  if (!f) return false;
  *out = float_value(f);
  decref(f);
  return true;
}

}  // namespace

Object* complex_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"complex", {"real", "imag"}, 0, 2, 0};
  Object* argv[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, argv)) return nullptr;
  Object* r = argv[0];
  Object* i = argv[1];
  Ref<> zero;
  if (!r) {
    zero = steal(small_int(0));
    r = zero.get();
  }
  if (is_complex_exact(r) && !i && type == &ComplexType) return new_ref(r);
  if (is_str(r)) {
    if (i) {
      err_set_string(&ExcTypeError, "complex() can't take second arg if first is a string");
      return nullptr;
    }
    return complex_from_str(type, r);
  }
  if (i && is_str(i)) {
    err_set_string(&ExcTypeError, "complex() second arg can't be a string");
    return nullptr;
  }
  Ref<> special = steal(try_complex_special_method(r));
  if (!special && err_occurred()) return nullptr;
  if (special) r = special.get();
  if (!is_number_for_complex(r)) {
    err_format(&ExcTypeError, "complex() first argument must be a string or a number, not '{}'",
               type_name(r->type));
    return nullptr;
  }
  if (i && !is_number_for_complex(i)) {
    err_format(&ExcTypeError, "complex() second argument must be a number, not '{}'",
               type_name(i->type));
    return nullptr;
  }
  // real + imag*1j, part by part (either argument may itself be complex)
  ComplexValue cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = complex_value(r);
    cr_is_complex = true;
  } else if (!real_part_of(r, &cr.real)) {
    return nullptr;
  }
  special.reset();
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = complex_value(i);
    ci_is_complex = true;
  } else if (!real_part_of(i, &ci.real)) {
    return nullptr;
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && i) ci.real += cr.imag;
  return complex_subtype_from_value(type, {cr.real, ci.real});
}

namespace {

// ---- methods ----------------------------------------------------------------------------------

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("conjugate", nargs, kwnames)) return nullptr;
  ComplexValue v = complex_value(self);
  return complex_from_doubles(v.real, -v.imag);
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__getnewargs__", nargs, kwnames)) return nullptr;
  ComplexValue v = complex_value(self);
  Ref<> re = steal(float_from_double(v.real));
  Ref<> im = steal(re ? float_from_double(v.imag) : nullptr);
  return im ? tuple_pack({re.get(), im.get()}) : nullptr;
}

Object* m_complex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__complex__", nargs, kwnames)) return nullptr;
  if (is_complex_exact(self)) return new_ref(self);
  return complex_from_value(complex_value(self));
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  Object* spec = args[0];
  if (!is_str(spec)) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}", type_name(spec->type));
    return nullptr;
  }
  std::string_view sv = str_view(spec);
  if (err_occurred()) return nullptr;
  if (sv.empty()) return object_str(self);
  std::string out;
  NumError err;
  NumStatus s = num_guard(
      [&] { return format_complex(complex_value(self), sv, out, err, type_name(self->type)); });
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return str_from_utf8(out);
}

}  // namespace

const MethodDef g_complex_methods[] = {
    {"conjugate", m_conjugate, METH_DEFAULT,
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", m_complex, METH_DEFAULT, "Convert this value to exact type complex."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", m_format, METH_DEFAULT, "Convert to a string according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef g_complex_members[] = {
    {"real", MemberKind::DOUBLE,
     ssize(offsetof(ComplexObject, value) + offsetof(ComplexValue, real)), true,
     "the real part of a complex number"},
    {"imag", MemberKind::DOUBLE,
     ssize(offsetof(ComplexObject, value) + offsetof(ComplexValue, imag)), true,
     "the imaginary part of a complex number"},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

}  // namespace mempy::runtime
