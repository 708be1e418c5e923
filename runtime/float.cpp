// runtime/float.cpp — float objects: CPython 3.11's arithmetic semantics (floor division and
// modulo take the divisor's sign, ** special cases, exact comparisons with ints), repr as the
// shortest round-trip string, and the 100-entry free list.
#include "runtime/float.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject FloatType;

namespace {

constexpr int FLOAT_MAXFREELIST = 100;
FloatObject* g_free = nullptr;  // chained through the type field
int g_numfree = 0;

inline double fval(Object* op) { return static_cast<FloatObject*>(op)->value; }

void float_dealloc(Object* op) {
  if (op->type == &FloatType && g_numfree < FLOAT_MAXFREELIST) {
    op->type = reinterpret_cast<TypeObject*>(g_free);
    g_free = static_cast<FloatObject*>(op);
    ++g_numfree;
    return;
  }
  if (op->type == &FloatType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

// Converts an operand to double for arithmetic: floats and ints; otherwise NotImplemented.
enum class Conv { Ok, NotImplemented, Error };
Conv to_double(Object* v, double* out) {
  if (is_float(v)) {
    *out = fval(v);
    return Conv::Ok;
  }
  if (is_int(v)) {
    if (int_is_medium(v)) {
      *out = double(int_medium_value(v));
      return Conv::Ok;
    }
    *out = int_as_double(v);
    if (*out == -1.0 && err_occurred()) return Conv::Error;
    return Conv::Ok;
  }
  return Conv::NotImplemented;
}

#define MEMPY_FLOAT_OPERANDS(a, b, x, y)                               \
  double x, y;                                                         \
  {                                                                    \
    Conv ca = to_double(a, &x);                                        \
    if (ca == Conv::Error) return nullptr;                             \
    if (ca == Conv::NotImplemented) return not_implemented_new_ref();  \
    Conv cb = to_double(b, &y);                                        \
    if (cb == Conv::Error) return nullptr;                             \
    if (cb == Conv::NotImplemented) return not_implemented_new_ref();  \
  }

Object* float_add(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_sub(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_mul(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_from_double(x * y);
}
Object* float_div(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) {
    err_set_string(&ExcZeroDivisionError, "float division by zero");
    return nullptr;
  }
  return float_from_double(x / y);
}

// CPython's _float_div_mod
void div_mod(double vx, double wx, double* floordiv, double* mod) {
  double m = std::fmod(vx, wx);
  double div = (vx - m) / wx;
  if (m) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, wx);
  }
  double fd;
  if (div) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, vx / wx);
  }
  *floordiv = fd;
  *mod = m;
}

Object* float_mod(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) {
    err_set_string(&ExcZeroDivisionError, "float modulo");
    return nullptr;
  }
  double fd, m;
  div_mod(x, y, &fd, &m);
  return float_from_double(m);
}
Object* float_floordiv(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) {
    err_set_string(&ExcZeroDivisionError, "float floor division by zero");
    return nullptr;
  }
  double fd, m;
  div_mod(x, y, &fd, &m);
  return float_from_double(fd);
}
Object* float_divmod(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  if (y == 0.0) {
    err_set_string(&ExcZeroDivisionError, "float divmod()");
    return nullptr;
  }
  double fd, m;
  div_mod(x, y, &fd, &m);
  Object* p = float_from_double(fd);
  Object* q = float_from_double(m);
  Object* t = (p && q) ? tuple_pack({p, q}) : nullptr;
  xdecref(p);
  xdecref(q);
  return t;
}

// CPython's float_pow
Object* float_pow_impl(double iv, double iw) {
  if (iw == 0) return float_from_double(1.0);
  if (std::isnan(iv)) return float_from_double(iv == 1.0 ? 1.0 : iv);
  if (std::isnan(iw)) return float_from_double(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return float_from_double(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return float_from_double(std::fabs(iw));
    return float_from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
    if (iw > 0.0) return float_from_double(odd ? iv : std::fabs(iv));
    return float_from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
    if (iw < 0.0) {
      err_set_string(&ExcZeroDivisionError, "0.0 cannot be raised to a negative power");
      return nullptr;
    }
    return float_from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      // CPython returns a complex number here; mempy has no complex type
      err_set_string(&ExcValueError,
                     "negative number cannot be raised to a fractional power (complex results "
                     "are not supported by mempy)");
      return nullptr;
    }
    iv = -iv;
    negate = std::fmod(std::fabs(iw), 2.0) == 1.0;
  }
  if (iv == 1.0) return float_from_double(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (negate) ix = -ix;
  if (std::isinf(ix)) {
    err_set_string(&ExcOverflowError, "(34, 'Numerical result out of range')");
    return nullptr;
  }
  return float_from_double(ix);
}

Object* float_pow(Object* a, Object* b) {
  MEMPY_FLOAT_OPERANDS(a, b, x, y);
  return float_pow_impl(x, y);
}
Object* float_pow_mod(Object* a, Object* b, Object* m) {
  if (!is_none(m)) {
    err_set_string(&ExcTypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return nullptr;
  }
  return float_pow(a, b);
}

Object* float_neg(Object* a) { return float_from_double(-fval(a)); }
Object* float_pos(Object* a) { return float_from_double(fval(a)); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(fval(a))); }
int float_bool(Object* a) { return fval(a) != 0.0; }
Object* float_int(Object* a) { return int_from_double(fval(a)); }
Object* float_float(Object* a) {
  if (is_float_exact(a)) return new_ref(a);
  return float_from_double(fval(a));
}

// Exact comparison of a double with an int (CPython's float_richcompare logic).
int compare_double_int(double d, Object* i) {
  if (std::isnan(d)) return 2;  // unordered
  if (std::isinf(d)) return d > 0 ? 1 : -1;
  if (int_is_medium(i)) {
    double v = double(int_medium_value(i));
    return d < v ? -1 : d > v ? 1 : 0;
  }
  bool ov;
  std::int64_t v = int_as_i64(i, &ov);
  if (!ov) {
    long double ld = (long double)d;
    long double lv = (long double)v;
    return ld < lv ? -1 : ld > lv ? 1 : 0;
  }
  // |i| >= 2**63: compare the integral part exactly through an int
  double fl = std::floor(d);
  Object* di = int_from_double(fl);
  if (!di) {
    err_clear();
    return int_sign(i) > 0 ? -1 : 1;
  }
  int c = int_compare(di, i);
  decref(di);
  if (c == 0 && d > fl) return 1;
  return c;
}

Object* float_richcompare(Object* a, Object* b, int op) {
  double x = fval(a);
  int c;
  if (is_float(b)) {
    double y = fval(b);
    bool r;
    switch (op) {
      case CMP_LT: r = x < y; break;
      case CMP_LE: r = x <= y; break;
      case CMP_EQ: r = x == y; break;
      case CMP_NE: r = x != y; break;
      case CMP_GT: r = x > y; break;
      default: r = x >= y; break;
    }
    return bool_new_ref(r);
  }
  if (!is_int(b)) return not_implemented_new_ref();
  c = compare_double_int(x, b);
  if (c == 2) return bool_new_ref(op == CMP_NE);
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_new_ref(r);
}

hash_t float_hash_slot(Object* op) { return float_hash_value(fval(op), op); }

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
  double v = fval(r);
  decref(r);
  Object* sub = type_generic_alloc(type, 0);
  if (!sub) return nullptr;
  static_cast<FloatObject*>(sub)->value = v;
  return sub;
}

// ---- methods ----------------------------------------------------------------------------------
Object* m_is_integer(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("is_integer", nargs, kwnames)) return nullptr;
  double x = fval(self);
  return bool_new_ref(std::isfinite(x) && std::floor(x) == x);
}
Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("conjugate", nargs, kwnames)) return nullptr;
  return float_float(self);
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
  double x = fval(self);
  if (nargs == 0 || is_none(args[0])) {
    double r = std::nearbyint(x);  // round half to even (default rounding mode)
    return int_from_double(r);
  }
  ssize nd = number_as_ssize(args[0], nullptr);
  if (nd == -1 && err_occurred()) return nullptr;
  if (!std::isfinite(x) || x == 0.0) return float_from_double(x);
  // the printf of a correctly rounded decimal string, read back (CPython's approach via dtoa)
  if (nd > 320) return float_from_double(x);
  if (nd < -320) return float_from_double(std::copysign(0.0, x));
  char buf[512];
  if (nd >= 0) {
    std::snprintf(buf, sizeof buf, "%.*f", int(nd), x);
    return float_from_double(std::strtod(buf, nullptr));
  }
  double p = std::pow(10.0, double(-nd));
  double y = x / p;
  double z = std::nearbyint(y);
  if (std::fabs(y - z) == 0.5) z = 2.0 * std::nearbyint(y / 2.0);
  double r = z * p;
  if (std::isinf(r)) {
    err_set_string(&ExcOverflowError, "rounded value too large to represent");
    return nullptr;
  }
  return float_from_double(r);
}
Object* m_as_integer_ratio(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("as_integer_ratio", nargs, kwnames)) return nullptr;
  double x = fval(self);
  if (std::isinf(x)) {
    err_set_string(&ExcOverflowError, "cannot convert Infinity to integer ratio");
    return nullptr;
  }
  if (std::isnan(x)) {
    err_set_string(&ExcValueError, "cannot convert NaN to integer ratio");
    return nullptr;
  }
  int e;
  double m = std::frexp(x, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Object* num = int_from_double(m);
  if (!num) return nullptr;
  Object* den = small_int(1);
  Object* shift = int_from_i64(e < 0 ? -e : e);
  Object* r;
  if (e > 0) {
    Object* n2 = int_lshift(num, shift);
    decref(num);
    num = n2;
  } else {
    Object* d2 = int_lshift(den, shift);
    decref(den);
    den = d2;
  }
  decref(shift);
  r = (num && den) ? tuple_pack({num, den}) : nullptr;
  xdecref(num);
  xdecref(den);
  return r;
}
Object* m_hex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("hex", nargs, kwnames)) return nullptr;
  double x = fval(self);
  if (std::isnan(x)) return str_from_ascii("nan", 3);
  if (std::isinf(x)) return str_from_cstr(x > 0 ? "inf" : "-inf");
  char buf[64];
  if (x == 0.0) {
    std::snprintf(buf, sizeof buf, "%s0x0.0p+0", std::signbit(x) ? "-" : "");
    return str_from_cstr(buf);
  }
  // CPython's format: [-]0x1.<13 hex digits>p<exp>, normalised mantissa
  int e;
  double m = std::frexp(std::fabs(x), &e);
  m *= 2.0;
  e -= 1;
  if (e < -1022) {  // subnormal: CPython keeps the exponent at -1022
    m = std::ldexp(m, e + 1022);
    e = -1022;
  }
  std::string out = std::signbit(x) ? "-0x" : "0x";
  int lead = int(m);
  out += char('0' + lead);
  out += '.';
  m -= lead;
  for (int i = 0; i < 13; ++i) {
    m *= 16.0;
    int d = int(m);
    out += "0123456789abcdef"[d];
    m -= d;
  }
  std::snprintf(buf, sizeof buf, "p%+d", e);
  out += buf;
  return str_from_utf8(out);
}
Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}",
               type_name(args[0]->type));
    return nullptr;
  }
  return format_float_spec(fval(self), args[0]);
}
Object* m_getnewargs(Object* self, Object* const*, ssize, Object*) {
  Object* v = float_from_double(fval(self));
  if (!v) return nullptr;
  Object* t = tuple_pack({v});
  decref(v);
  return t;
}
Object* m_fromhex(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("fromhex", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "fromhex() argument must be str, not {}", type_name(args[0]->type));
    return nullptr;
  }
  std::string s = str_to_std(args[0]);
  char* end = nullptr;
  std::string t = s;
  std::size_t b = t.find_first_not_of(" \t\n\r\f\v");
  std::size_t e = t.find_last_not_of(" \t\n\r\f\v");
  t = b == std::string::npos ? "" : t.substr(b, e - b + 1);
  double v = std::strtod(t.c_str(), &end);
  if (t.empty() || *end) {
    err_set_string(&ExcValueError, "invalid hexadecimal floating-point string");
    return nullptr;
  }
  Object* f = float_from_double(v);
  if (!f || cls == &FloatType) return f;
  Object* r = call_one_arg(cls, f);
  decref(f);
  return r;
}
Object* g_real(Object* self, void*) { return float_float(self); }
Object* g_imag(Object*, void*) { return float_from_double(0.0); }

MethodDef float_methods[] = {
    {"is_integer", m_is_integer, METH_DEFAULT, "Return True if the float is an integer."},
    {"conjugate", m_conjugate, METH_DEFAULT, "Return self, the complex conjugate of any float."},
    {"__trunc__", m_trunc, METH_DEFAULT, "Return the Integral closest to x between 0 and x."},
    {"__floor__", m_floor, METH_DEFAULT, "Return the floor as an Integral."},
    {"__ceil__", m_ceil, METH_DEFAULT, "Return the ceiling as an Integral."},
    {"__round__", m_round, METH_DEFAULT, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"hex", m_hex, METH_DEFAULT, "Return a hexadecimal representation of a floating-point number."},
    {"fromhex", m_fromhex, METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"__format__", m_format, METH_DEFAULT, "Formats the float according to format_spec."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef float_getset[] = {
    {"real", g_real, nullptr, nullptr, nullptr},
    {"imag", g_imag, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* float_from_double(double v) {
  FloatObject* f;
  if (g_free) {
    f = g_free;
    g_free = reinterpret_cast<FloatObject*>(f->type);
    --g_numfree;
  } else {
    f = static_cast<FloatObject*>(memory::alloc(sizeof(FloatObject)));
    if (!f) return err_no_memory();
  }
  f->refcnt = 1;
  f->type = &FloatType;
  f->value = v;
  return f;
}

double float_as_double(Object* op) {
  if (is_float(op)) return fval(op);
  if (is_int(op)) return int_as_double(op);
  TypeObject* t = op->type;
  if (t->nb_float) {
    Object* r = t->nb_float(op);
    if (!r) return -1.0;
    if (!is_float(r)) {
      err_format(&ExcTypeError, "{}.__float__ returned non-float (type {})", type_name(t),
                 type_name(r->type));
      decref(r);
      return -1.0;
    }
    double v = fval(r);
    decref(r);
    return v;
  }
  if (t->nb_index) {
    Object* i = number_index(op);
    if (!i) return -1.0;
    double v = int_as_double(i);
    decref(i);
    return v;
  }
  err_format(&ExcTypeError, "must be real number, not {}", type_name(t));
  return -1.0;
}

double parse_python_float(std::string_view text, bool* ok);

Object* float_from_object(Object* op) {
  if (is_float_exact(op)) return new_ref(op);
  std::string_view bytes_text;
  if (is_str(op) || bytes_like_data(op, &bytes_text)) {
    std::string s = is_str(op) ? str_to_std(op) : std::string(bytes_text);
    bool ok;
    double v = parse_python_float(s, &ok);
    if (!ok) {
      std::string r = repr_for_message(op);
      err_format(&ExcValueError, "could not convert string to float: {}", r);
      return nullptr;
    }
    return float_from_double(v);
  }
  TypeObject* t = op->type;
  if (t->nb_float || t->nb_index || is_int(op)) {
    double v = float_as_double(op);
    if (v == -1.0 && err_occurred()) return nullptr;
    return float_from_double(v);
  }
  err_format(&ExcTypeError, "float() argument must be a string or a real number, not '{}'",
             type_name(t));
  return nullptr;
}

// Python's float(str) grammar: whitespace, sign, digits with single underscores between them,
// optional fraction and exponent, or inf/infinity/nan in any case.
double parse_python_float(std::string_view text, bool* ok) {
  *ok = false;
  std::size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string s(text.substr(b, e - b));
  if (s.empty()) return 0.0;
  std::string lower;
  for (char c : s) lower += char(std::tolower(static_cast<unsigned char>(c)));
  std::string body = lower;
  double sign = 1.0;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    if (body[0] == '-') sign = -1.0;
    body = body.substr(1);
  }
  if (body == "inf" || body == "infinity") {
    *ok = true;
    return sign * HUGE_VAL;
  }
  if (body == "nan") {
    *ok = true;
    return std::copysign(NAN, sign);
  }
  std::string clean;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (i == 0 || i + 1 >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i - 1])) ||
          !std::isdigit(static_cast<unsigned char>(s[i + 1]))) {
        return 0.0;
      }
      continue;
    }
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == 'E' ||
          c == '+' || c == '-')) {
      return 0.0;
    }
    clean += c;
  }
  if (clean.empty() || clean == "." || clean == "+" || clean == "-") return 0.0;
  char* end = nullptr;
  double v = std::strtod(clean.c_str(), &end);
  if (*end) return 0.0;
  // strtod accepts "1e" prefixes etc.; insist on at least one digit in the mantissa
  bool digit = false;
  for (char c : clean) {
    if (c == 'e' || c == 'E') break;
    if (std::isdigit(static_cast<unsigned char>(c))) digit = true;
  }
  if (!digit) return 0.0;
  *ok = true;
  return v;
}

Object* float_repr(Object* op) {
  std::string s = float_repr_string(fval(op));
  return str_from_ascii(s.data(), s.size());
}

std::string float_repr_string(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0.0) return std::signbit(v) ? "-0.0" : "0.0";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string sci(buf, res.ptr);
  // sci: [-]d[.ddd]e[+-]XX
  bool neg = sci[0] == '-';
  if (neg) sci = sci.substr(1);
  std::size_t epos = sci.find('e');
  std::string mant = sci.substr(0, epos);
  int exp = std::atoi(sci.c_str() + epos + 1);
  std::string digits;
  for (char c : mant) {
    if (c != '.') digits += c;
  }
  std::string out = neg ? "-" : "";
  if (exp >= -5 && exp < 16) {
    // fixed notation with at least one digit after the point
    if (exp < 0) {
      out += "0.";
      out += std::string(std::size_t(-exp - 1), '0');
      out += digits;
    } else {
      std::size_t intlen = std::size_t(exp) + 1;
      if (digits.size() <= intlen) {
        out += digits + std::string(intlen - digits.size(), '0') + ".0";
      } else {
        out += digits.substr(0, intlen) + "." + digits.substr(intlen);
      }
    }
    return out;
  }
  out += digits.substr(0, 1);
  if (digits.size() > 1) out += "." + digits.substr(1);
  char ebuf[16];
  std::snprintf(ebuf, sizeof ebuf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
  out += ebuf;
  return out;
}

hash_t float_hash_value(double v, Object* identity) {
  // CPython's _Py_HashDouble (3.10+: NaN hashes by identity)
  constexpr int HASH_BITS = 61;
  constexpr std::uint64_t MODULUS = (std::uint64_t(1) << HASH_BITS) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    auto y = reinterpret_cast<std::uintptr_t>(identity);
    y = (y >> 4) | (y << (8 * sizeof(y) - 4));
    hash_t h = hash_t(y);
    return h == -1 ? -2 : h;
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m) {
    x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
    m *= 268435456.0;
    e -= 28;
    std::uint64_t y = std::uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= MODULUS) x -= MODULUS;
  }
  e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
  x = ((x << e) & MODULUS) | x >> (HASH_BITS - e);
  hash_t h = hash_t(x) * sign;
  return h == -1 ? -2 : h;
}

int float_free_list_size() { return g_numfree; }

void float_clear_free_list() {
  while (g_free) {
    FloatObject* f = g_free;
    g_free = reinterpret_cast<FloatObject*>(f->type);
    memory::free(f);
  }
  g_numfree = 0;
}

void float_type_init() {
  FloatType.name = "float";
  FloatType.basicsize = sizeof(FloatObject);
  FloatType.flags = TPFLAG_BASETYPE;
  FloatType.doc = "Convert a string or number to a floating point number, if possible.";
  FloatType.dealloc = float_dealloc;
  FloatType.repr = float_repr;
  FloatType.hash = float_hash_slot;
  FloatType.richcompare = float_richcompare;
  FloatType.nb[BINOP_ADD] = float_add;
  FloatType.nb[BINOP_SUBTRACT] = float_sub;
  FloatType.nb[BINOP_MULTIPLY] = float_mul;
  FloatType.nb[BINOP_TRUE_DIVIDE] = float_div;
  FloatType.nb[BINOP_FLOOR_DIVIDE] = float_floordiv;
  FloatType.nb[BINOP_REMAINDER] = float_mod;
  FloatType.nb[BINOP_POWER] = float_pow;
  FloatType.nb_divmod = float_divmod;
  FloatType.nb_power_mod = float_pow_mod;
  FloatType.nb_negative = float_neg;
  FloatType.nb_positive = float_pos;
  FloatType.nb_absolute = float_abs;
  FloatType.nb_bool = float_bool;
  FloatType.nb_int = float_int;
  FloatType.nb_float = float_float;
  FloatType.new_ = float_new;
  FloatType.methods = float_methods;
  FloatType.getset = float_getset;
}

}  // namespace mempy::runtime
