// stdlib/math.cpp — the math module: C doubles through libm, with CPython 3.11's error rules.
//
// Errors follow one rule (CPython's): a NaN result from non-NaN input is "math domain error"
// (ValueError); an infinite result from finite input is "math range error" (OverflowError) for
// functions that can overflow (exp, cosh, ...) and a domain error otherwise (log(0), atanh(1)).
// Integer functions (gcd, factorial, comb, perm, isqrt) take a C fast path while values fit in
// 64 bits and fall back to the generic int operations (binary_op), so big ints stay exact.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

Object* domain_error() {
  err_set_string(&ExcValueError, "math domain error");
  return nullptr;
}
Object* range_error() {
  err_set_string(&ExcOverflowError, "math range error");
  return nullptr;
}

// The argument as a double; false with an exception (TypeError "must be real number").
bool as_double(Object* op, double* out) {
  if (is_float(op)) {
    *out = float_value(op);
    return true;
  }
  double v = float_as_double(op);
  if (v == -1.0 && err_occurred()) return false;
  *out = v;
  return true;
}

// Applies CPython's result checks to r = f(x).
Object* check_result1(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return float_from_double(r);
}

Object* math_1(const char* name, Object* const* args, ssize nargs, Object* kwnames,
               double (*f)(double), bool can_overflow) {
  if (!check_one_arg(name, nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return check_result1(x, f(x), can_overflow);
}

bool two_doubles(const char* name, Object* const* args, ssize nargs, Object* kwnames, double* x,
                 double* y) {
  if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 2, 2)) return false;
  return as_double(args[0], x) && as_double(args[1], y);
}

#define MATH_FUNC1(pyname, cfunc, overflow)                                                  \
  Object* math_##pyname(Object*, Object* const* args, ssize nargs, Object* kwnames) {        \
    return math_1(                                                                           \
        "math." #pyname, args, nargs, kwnames, [](double v) { return cfunc(v); }, overflow); \
  }

MATH_FUNC1(acos, std::acos, false)
MATH_FUNC1(acosh, std::acosh, false)
MATH_FUNC1(asin, std::asin, false)
MATH_FUNC1(asinh, std::asinh, false)
MATH_FUNC1(atan, std::atan, false)
MATH_FUNC1(atanh, std::atanh, false)
MATH_FUNC1(cbrt, std::cbrt, false)
MATH_FUNC1(cos, std::cos, false)
MATH_FUNC1(cosh, std::cosh, true)
MATH_FUNC1(erf, std::erf, false)
MATH_FUNC1(erfc, std::erfc, false)
MATH_FUNC1(exp, std::exp, true)
MATH_FUNC1(exp2, std::exp2, true)
MATH_FUNC1(expm1, std::expm1, true)
MATH_FUNC1(fabs, std::fabs, false)
MATH_FUNC1(log1p, std::log1p, false)
MATH_FUNC1(sin, std::sin, false)
MATH_FUNC1(sinh, std::sinh, true)
MATH_FUNC1(sqrt, std::sqrt, false)
MATH_FUNC1(tan, std::tan, false)
MATH_FUNC1(tanh, std::tanh, false)
#undef MATH_FUNC1

// gamma and lgamma: poles at zero and the negative integers are domain errors.
Object* math_gamma(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.gamma", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  if (std::isinf(x)) {
    if (x < 0) return domain_error();
    return float_from_double(x);
  }
  if (x == 0 || (x < 0 && x == std::floor(x))) return domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

Object* math_lgamma(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.lgamma", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  if (std::isinf(x)) return float_from_double(HUGE_VAL);
  if (x <= 0 && x == std::floor(x)) return domain_error();
  int sign;
  double r = lgamma_r(x, &sign);
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

// ---- rounding to ints: __floor__ / __ceil__ / __trunc__
// ------------------------------------------
Object* round_to_int(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                     Object* dunder, double (*f)(double)) {
  if (!check_one_arg(fname, nargs, kwnames)) return nullptr;
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(f(float_value(x)));
  if (is_int_exact(x)) return new_ref(x);
  Object* meth = lookup_special(x, dunder);
  if (meth) {
    Object* r = call_no_args(meth);
    decref(meth);
    return r;
  }
  if (err_occurred()) return nullptr;
  double v;
  if (!as_double(x, &v)) return nullptr;
  return int_from_double(f(v));
}

Object* math_floor(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return round_to_int("math.floor", args, nargs, kwnames, ids::floor,
                      [](double v) { return std::floor(v); });
}
Object* math_ceil(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return round_to_int("math.ceil", args, nargs, kwnames, ids::ceil,
                      [](double v) { return std::ceil(v); });
}
Object* math_trunc(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.trunc", nargs, kwnames)) return nullptr;
  Object* x = args[0];
  if (is_float_exact(x)) return int_from_double(std::trunc(float_value(x)));
  Object* meth = lookup_special(x, ids::trunc);
  if (!meth) {
    if (!err_occurred()) {
      err_format(&ExcTypeError, "type {} doesn't define __trunc__ method", type_name(x->type));
    }
    return nullptr;
  }
  Object* r = call_no_args(meth);
  decref(meth);
  return r;
}

// ---- two-argument float functions --------------------------------------------------------------
Object* math_atan2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("atan2", args, nargs, kwnames, &y, &x)) return nullptr;
  return float_from_double(std::atan2(y, x));
}

Object* math_copysign(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("copysign", args, nargs, kwnames, &x, &y)) return nullptr;
  return float_from_double(std::copysign(x, y));
}

Object* math_fmod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("fmod", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return float_from_double(r);
}

Object* math_remainder(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("remainder", args, nargs, kwnames, &x, &y)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  if (std::isnan(y)) return float_from_double(y);
  if (std::isinf(x) || y == 0) return domain_error();
  return float_from_double(std::remainder(x, y));
}

Object* math_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("pow", args, nargs, kwnames, &x, &y)) return nullptr;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE special values, but 1**nan and x**0 are 1 (C99 Annex F)
    if (x == 1.0 || y == 0.0) return float_from_double(1.0);
    return float_from_double(std::pow(x, y));
  }
  if (x == 0.0 && y < 0.0) return domain_error();
  double r = std::pow(x, y);
  if (std::isnan(r)) return domain_error();
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

Object* math_nextafter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  double x, y;
  if (!two_doubles("nextafter", args, nargs, kwnames, &x, &y)) return nullptr;
  return float_from_double(std::nextafter(x, y));
}

Object* math_ulp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.ulp", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_from_double(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return float_from_double(x - std::nextafter(x, -INFINITY));
  return float_from_double(up - x);
}

Object* math_degrees(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.degrees", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return float_from_double(x * (180.0 / M_PI));
}

Object* math_radians(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.radians", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return float_from_double(x * (M_PI / 180.0));
}

Object* bool_result(bool b) {
  return bool_new_ref(b);
}

Object* math_isfinite(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.isfinite", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return bool_result(std::isfinite(x));
}
Object* math_isinf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.isinf", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return bool_result(std::isinf(x));
}
Object* math_isnan(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.isnan", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  return bool_result(std::isnan(x));
}

Object* math_isclose(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 0, 2, 2};
  Object* a[4];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  double x, y, rel = 1e-09, abs_tol = 0.0;
  if (!as_double(a[0], &x) || !as_double(a[1], &y)) return nullptr;
  if (a[2] && !as_double(a[2], &rel)) return nullptr;
  if (a[3] && !as_double(a[3], &abs_tol)) return nullptr;
  if (rel < 0.0 || abs_tol < 0.0) {
    err_set_string(&ExcValueError, "tolerances must be non-negative");
    return nullptr;
  }
  if (x == y) return bool_result(true);
  if (std::isinf(x) || std::isinf(y)) return bool_result(false);
  double diff = std::fabs(y - x);
  return bool_result((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) ||
                     diff <= abs_tol);
}

// ---- frexp / ldexp / modf -----------------------------------------------------------------------
Object* math_frexp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.frexp", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  Object* items[2] = {float_from_double(m), int_from_i64(e)};
  if (!items[0] || !items[1]) {
    xdecref(items[0]);
    xdecref(items[1]);
    return nullptr;
  }
  return tuple_from_array_steal(items, 2);
}

Object* math_ldexp(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("ldexp", kwnames) || !check_nargs("ldexp", nargs, 2, 2)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  if (!is_int(args[1])) {
    err_set_string(&ExcTypeError, "Expected an int as second argument to ldexp.");
    return nullptr;
  }
  bool overflow = false;
  std::int64_t e = int_as_i64(args[1], &overflow);
  if (overflow) e = int_sign(args[1]) < 0 ? INT32_MIN : INT32_MAX;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  if (x == 0 || !std::isfinite(x)) return float_from_double(x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

Object* math_modf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.modf", nargs, kwnames)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  double ip, fp;
  if (std::isinf(x)) {
    ip = x;
    fp = std::copysign(0.0, x);
  } else {
    fp = std::modf(x, &ip);
  }
  Object* items[2] = {float_from_double(fp), float_from_double(ip)};
  return tuple_from_array_steal(items, 2);
}

// ---- logarithms (exact for big ints) ------------------------------------------------------------
// log of a positive int that may not fit a double: log(m) + e*log(2) with n ~ m * 2**e.
bool int_log(Object* n, double (*f)(double), double* out) {
  if (int_sign(n) <= 0) {
    domain_error();
    return false;
  }
  double d = int_as_double(n);
  if (!(d == -1.0 && err_occurred())) {
    *out = f(d);
    return true;
  }
  if (!err_matches(&ExcOverflowError)) return false;
  err_clear();
  std::int64_t bits = int_bit_length(n);
  std::int64_t shift = bits - 60;
  Ref<Object> sh = steal(int_from_i64(shift));
  if (!sh) return false;
  Ref<Object> top = steal(binary_op(n, sh.get(), BINOP_RSHIFT));
  if (!top) return false;
  double m = int_as_double(top.get());
  *out = f(m) + double(shift) * f(2.0);
  return true;
}

bool log_value(Object* x, double (*f)(double), double* out) {
  if (is_int(x)) return int_log(x, f, out);
  double v;
  if (!as_double(x, &v)) return false;
  if (std::isnan(v)) {
    *out = v;
    return true;
  }
  if (v <= 0) {
    if (std::isinf(v) || v <= 0) {
      domain_error();
      return false;
    }
  }
  *out = f(v);
  return true;
}

double ln(double v) {
  return std::log(v);
}
double log2_(double v) {
  return std::log2(v);
}
double log10_(double v) {
  return std::log10(v);
}

Object* math_log(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("log", kwnames) || !check_nargs("log", nargs, 1, 2)) return nullptr;
  double num;
  if (!log_value(args[0], ln, &num)) return nullptr;
  if (nargs == 1) return float_from_double(num);
  double den;
  if (!log_value(args[1], ln, &den)) return nullptr;
  if (den == 0) {
    err_set_string(&ExcZeroDivisionError, "float division by zero");
    return nullptr;
  }
  return float_from_double(num / den);
}

Object* math_log2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.log2", nargs, kwnames)) return nullptr;
  double r;
  if (!log_value(args[0], log2_, &r)) return nullptr;
  return float_from_double(r);
}

Object* math_log10(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.log10", nargs, kwnames)) return nullptr;
  double r;
  if (!log_value(args[0], log10_, &r)) return nullptr;
  return float_from_double(r);
}

// Adds x into non-overlapping partials exactly (Shewchuk): every rounding error stays as a
// partial; returns the new leading sum, which the caller appends when it is non-zero.
double absorb_partials(std::vector<double>& partials, double x) {
  std::size_t kept = 0;
  for (double y : partials) {
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    double hi = x + y;
    double lo = y - (hi - x);
    if (lo != 0.0) partials[kept++] = lo;
    x = hi;
  }
  partials.resize(kept);
  return x;
}

// ---- fsum: Shewchuk's exact summation with a list of non-overlapping partials
// --------------------
Object* math_fsum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.fsum", nargs, kwnames)) return nullptr;
  Ref<Object> it = steal(get_iter(args[0]));
  if (!it) return nullptr;
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Ref<Object> item = steal(iter_next(it.get()));
    if (!item) {
      if (err_occurred()) return nullptr;
      break;
    }
    double x;
    if (!as_double(item.get(), &x)) return nullptr;
    double xsave = x;
    x = absorb_partials(partials, x);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // an infinite partial from finite input is an intermediate overflow
        if (std::isfinite(xsave)) {
          err_set_string(&ExcOverflowError, "intermediate overflow in fsum");
          return nullptr;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) {
      err_set_string(&ExcValueError, "-inf + inf in fsum");
      return nullptr;
    }
    return float_from_double(special_sum);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    std::size_t n = partials.size();
    hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // round half-even correctly when the remaining partials push the rounding over the edge
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from_double(hi);
}

// ---- hypot / dist -------------------------------------------------------------------------------
// sqrt of the sum of squares, scaled by the largest magnitude and summed exactly.
double vector_norm(const std::vector<double>& v, bool found_nan) {
  double max = 0.0;
  for (double x : v) {
    double a = std::fabs(x);
    if (std::isinf(a)) return a;
    if (a > max) max = a;
  }
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  int e;
  std::frexp(max, &e);
  std::vector<double> partials;
  auto add = [&partials](double x) {
    x = absorb_partials(partials, x);
    if (x != 0.0) partials.push_back(x);
  };
  for (double x : v) {
    double s = std::ldexp(std::fabs(x), -e);
    double sq = s * s;
    add(sq);
    add(std::fma(s, s, -sq));
  }
  double total = 0.0;
  for (double p : partials) total += p;
  double r = std::sqrt(total);
  // one Newton step on the exact residual removes most rounding error of the square root
  double resid = 0.0;
  {
    double sq = r * r;
    double err = std::fma(r, r, -sq);
    double acc = 0.0;
    for (double p : partials) acc += p;
    resid = (acc - sq) - err;
  }
  r += resid / (2.0 * r);
  return std::ldexp(r, e);
}

Object* math_hypot(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("hypot", kwnames)) return nullptr;
  std::vector<double> v(static_cast<std::size_t>(nargs));
  bool found_nan = false;
  for (ssize i = 0; i < nargs; ++i) {
    if (!as_double(args[i], &v[std::size_t(i)])) return nullptr;
    found_nan |= std::isnan(v[std::size_t(i)]);
  }
  return float_from_double(vector_norm(v, found_nan));
}

Object* math_dist(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("dist", kwnames) || !check_nargs("dist", nargs, 2, 2)) return nullptr;
  for (int k = 0; k < 2; ++k) {
    if (!is_tuple(args[k]) && !type_has_flag(args[k]->type, TPFLAG_LIST_SUBCLASS)) {
      // CPython converts any sequence; non-sequences are rejected
      if (!args[k]->type->as_mapping->getitem || !args[k]->type->as_mapping->length) {
        err_format(&ExcTypeError, "dist() argument {} must be tuple, not {}", k + 1,
                   type_name(args[k]->type));
        return nullptr;
      }
    }
  }
  Ref<Object> p = steal(sequence_tuple(args[0]));
  if (!p) return nullptr;
  Ref<Object> q = steal(sequence_tuple(args[1]));
  if (!q) return nullptr;
  ssize n = tuple_size(p.get());
  if (n != tuple_size(q.get())) {
    err_set_string(&ExcValueError, "both points must have the same number of dimensions");
    return nullptr;
  }
  std::vector<double> v(static_cast<std::size_t>(n));
  bool found_nan = false;
  for (ssize i = 0; i < n; ++i) {
    double a, b;
    if (!as_double(tuple_get(p.get(), i), &a) || !as_double(tuple_get(q.get(), i), &b)) {
      return nullptr;
    }
    v[std::size_t(i)] = a - b;
    found_nan |= std::isnan(a - b);
  }
  return float_from_double(vector_norm(v, found_nan));
}

// ---- integer functions --------------------------------------------------------------------------
std::uint64_t gcd_u64(std::uint64_t a, std::uint64_t b) {
  while (b) {
    std::uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// gcd of two non-negative ints (new reference).
Object* gcd2(Object* a, Object* b) {
  Ref<Object> x = borrow(a);
  Ref<Object> y = borrow(b);
  for (;;) {
    bool ox = false, oy = false;
    std::int64_t vx = int_as_i64(x.get(), &ox);
    std::int64_t vy = int_as_i64(y.get(), &oy);
    if (!ox && !oy) return int_from_u64(gcd_u64(std::uint64_t(vx), std::uint64_t(vy)));
    if (int_sign(y.get()) == 0) return x.release();
    Object* r = binary_op(x.get(), y.get(), BINOP_REMAINDER);
    if (!r) return nullptr;
    x = std::move(y);
    y = steal(r);
  }
}

Object* math_gcd(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("gcd", kwnames)) return nullptr;
  Ref<Object> res = steal(small_int(0));
  for (ssize i = 0; i < nargs; ++i) {
    Ref<Object> x = steal(number_index(args[i]));
    if (!x) return nullptr;
    Ref<Object> ax = steal(int_abs(x.get()));
    if (!ax) return nullptr;
    bool of = false;
    if (int_as_i64(res.get(), &of) == 1 && !of) continue;  // gcd stays 1; still check args
    res = steal(gcd2(res.get(), ax.get()));
    if (!res) return nullptr;
  }
  return res.release();
}

Object* math_lcm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("lcm", kwnames)) return nullptr;
  Ref<Object> res = steal(small_int(1));
  for (ssize i = 0; i < nargs; ++i) {
    Ref<Object> x = steal(number_index(args[i]));
    if (!x) return nullptr;
    Ref<Object> ax = steal(int_abs(x.get()));
    if (!ax) return nullptr;
    if (int_sign(ax.get()) == 0) {
      res = std::move(ax);
      continue;
    }
    if (int_sign(res.get()) == 0) continue;
    Ref<Object> g = steal(gcd2(res.get(), ax.get()));
    if (!g) return nullptr;
    Ref<Object> q = steal(binary_op(res.get(), g.get(), BINOP_FLOOR_DIVIDE));
    if (!q) return nullptr;
    res = steal(binary_op(q.get(), ax.get(), BINOP_MULTIPLY));
    if (!res) return nullptr;
  }
  return res.release();
}

// Product of the integers lo..hi (inclusive) by splitting in halves, so big factorials multiply
// numbers of similar size.
Object* range_product(std::uint64_t lo, std::uint64_t hi) {
  if (hi < lo) return small_int(1);
  if (hi - lo < 8) {
    std::uint64_t acc = 1;
    Ref<Object> res = steal(small_int(1));
    for (std::uint64_t k = lo; k <= hi; ++k) {
      if (acc > UINT64_MAX / k) {
        Ref<Object> a = steal(int_from_u64(acc));
        if (!a) return nullptr;
        res = steal(int_mul(res.get(), a.get()));
        if (!res) return nullptr;
        acc = 1;
      }
      acc *= k;
    }
    Ref<Object> a = steal(int_from_u64(acc));
    if (!a) return nullptr;
    return int_mul(res.get(), a.get());
  }
  std::uint64_t mid = lo + (hi - lo) / 2;
  Ref<Object> left = steal(range_product(lo, mid));
  if (!left) return nullptr;
  Ref<Object> right = steal(range_product(mid + 1, hi));
  if (!right) return nullptr;
  return int_mul(left.get(), right.get());
}

Object* math_factorial(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.factorial", nargs, kwnames)) return nullptr;
  Ref<Object> n = steal(number_index(args[0]));
  if (!n) return nullptr;
  bool overflow = false;
  std::int64_t v = int_as_i64(n.get(), &overflow);
  if (overflow) {
    if (int_sign(n.get()) < 0) {
      err_set_string(&ExcValueError, "factorial() not defined for negative values");
    } else {
      err_format(&ExcOverflowError, "factorial() argument should not exceed {}", INT64_MAX);
    }
    return nullptr;
  }
  if (v < 0) {
    err_set_string(&ExcValueError, "factorial() not defined for negative values");
    return nullptr;
  }
  return range_product(1, std::uint64_t(v));
}

// n and k as non-negative ints for comb/perm; returns 1 when ok, 0 when the result is
// trivially 0 (k > n), -1 on error.
int comb_args(const char* fname, Object* const* args, Ref<Object>& n, Ref<Object>& k) {
  n = steal(number_index(args[0]));
  if (!n) return -1;
  k = steal(number_index(args[1]));
  if (!k) return -1;
  if (int_sign(n.get()) < 0) {
    err_format(&ExcValueError, "n must be a non-negative integer");
    return -1;
  }
  if (int_sign(k.get()) < 0) {
    err_format(&ExcValueError, "k must be a non-negative integer");
    return -1;
  }
  (void)fname;
  return int_compare(k.get(), n.get()) > 0 ? 0 : 1;
}

Object* math_perm(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("perm", kwnames) || !check_nargs("perm", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return math_factorial(nullptr, args, 1, nullptr);
  if (args[1] == None()) return math_factorial(nullptr, args, 1, nullptr);
  Ref<Object> n, k;
  int ok = comb_args("perm", args, n, k);
  if (ok <= 0) return ok < 0 ? nullptr : small_int(0);
  bool of = false;
  std::int64_t kv = int_as_i64(k.get(), &of);
  if (of) {
    err_format(&ExcOverflowError, "k must not exceed {}", INT64_MAX);
    return nullptr;
  }
  bool nof = false;
  std::int64_t nv = int_as_i64(n.get(), &nof);
  if (!nof) return range_product(std::uint64_t(nv - kv + 1), std::uint64_t(nv));
  // huge n: multiply n * (n-1) * ... generically
  Ref<Object> res = steal(small_int(1));
  Ref<Object> cur = borrow(n.get());
  Ref<Object> one = steal(small_int(1));
  for (std::int64_t i = 0; i < kv; ++i) {
    res = steal(int_mul(res.get(), cur.get()));
    if (!res) return nullptr;
    cur = steal(int_sub(cur.get(), one.get()));
    if (!cur) return nullptr;
  }
  return res.release();
}

Object* math_comb(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("comb", kwnames) || !check_nargs("comb", nargs, 2, 2)) return nullptr;
  Ref<Object> n, k;
  int ok = comb_args("comb", args, n, k);
  if (ok <= 0) return ok < 0 ? nullptr : small_int(0);
  // use the smaller of k and n-k
  Ref<Object> nk = steal(int_sub(n.get(), k.get()));
  if (!nk) return nullptr;
  if (int_compare(nk.get(), k.get()) < 0) k = std::move(nk);
  bool of = false;
  std::int64_t kv = int_as_i64(k.get(), &of);
  if (of) {
    err_format(&ExcOverflowError, "min(n - k, k) must not exceed {}", INT64_MAX);
    return nullptr;
  }
  Ref<Object> res = steal(small_int(1));
  Ref<Object> cur = borrow(n.get());
  Ref<Object> one = steal(small_int(1));
  for (std::int64_t i = 1; i <= kv; ++i) {
    res = steal(int_mul(res.get(), cur.get()));
    if (!res) return nullptr;
    Ref<Object> d = steal(int_from_i64(i));
    if (!d) return nullptr;
    res = steal(int_floordiv(res.get(), d.get()));
    if (!res) return nullptr;
    cur = steal(int_sub(cur.get(), one.get()));
    if (!cur) return nullptr;
  }
  return res.release();
}

std::uint64_t isqrt_u64(std::uint64_t n) {
  std::uint64_t r = std::uint64_t(std::sqrt(double(n)));
  while (r * r > n) --r;
  while ((r + 1) * (r + 1) <= n && (r + 1) * (r + 1) > r * r) ++r;
  return r;
}

Object* math_isqrt(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("math.isqrt", nargs, kwnames)) return nullptr;
  Ref<Object> n = steal(number_index(args[0]));
  if (!n) return nullptr;
  if (int_sign(n.get()) < 0) {
    err_set_string(&ExcValueError, "isqrt() argument must be nonnegative");
    return nullptr;
  }
  bool of = false;
  std::int64_t v = int_as_i64(n.get(), &of);
  if (!of && v < (std::int64_t(1) << 52)) return int_from_u64(isqrt_u64(std::uint64_t(v)));
  // Newton's iteration from a power of two above the root: x decreases monotonically to isqrt
  std::int64_t bits = int_bit_length(n.get());
  Ref<Object> one = steal(small_int(1));
  Ref<Object> sh = steal(int_from_i64(bits / 2 + 1));
  if (!sh) return nullptr;
  Ref<Object> x = steal(int_lshift(one.get(), sh.get()));
  if (!x) return nullptr;
  for (;;) {
    Ref<Object> q = steal(int_floordiv(n.get(), x.get()));
    if (!q) return nullptr;
    Ref<Object> s = steal(int_add(x.get(), q.get()));
    if (!s) return nullptr;
    Ref<Object> two = steal(small_int(2));
    Ref<Object> y = steal(int_floordiv(s.get(), two.get()));
    if (!y) return nullptr;
    if (int_compare(y.get(), x.get()) >= 0) return x.release();
    x = std::move(y);
  }
}

Object* math_prod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"prod", {"iterable", "start"}, 1, 1, 1};
  Object* a[2];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  Ref<Object> res = a[1] ? borrow(a[1]) : steal(small_int(1));
  Ref<Object> it = steal(get_iter(a[0]));
  if (!it) return nullptr;
  for (;;) {
    Ref<Object> item = steal(iter_next(it.get()));
    if (!item) {
      if (err_occurred()) return nullptr;
      return res.release();
    }
    res = steal(binary_op(res.get(), item.get(), BINOP_MULTIPLY));
    if (!res) return nullptr;
  }
}

const MethodDef math_functions[] = {
    {"acos", math_acos, METH_DEFAULT, "Return the arc cosine (measured in radians) of x."},
    {"acosh", math_acosh, METH_DEFAULT, "Return the inverse hyperbolic cosine of x."},
    {"asin", math_asin, METH_DEFAULT, "Return the arc sine (measured in radians) of x."},
    {"asinh", math_asinh, METH_DEFAULT, "Return the inverse hyperbolic sine of x."},
    {"atan", math_atan, METH_DEFAULT, "Return the arc tangent (measured in radians) of x."},
    {"atan2", math_atan2, METH_DEFAULT, "Return the arc tangent (measured in radians) of y/x."},
    {"atanh", math_atanh, METH_DEFAULT, "Return the inverse hyperbolic tangent of x."},
    {"cbrt", math_cbrt, METH_DEFAULT, "Return the cube root of x."},
    {"ceil", math_ceil, METH_DEFAULT, "Return the ceiling of x as an Integral."},
    {"comb", math_comb, METH_DEFAULT, "Number of ways to choose k items from n items."},
    {"copysign", math_copysign, METH_DEFAULT,
     "Return a float with the magnitude of x and the sign of y."},
    {"cos", math_cos, METH_DEFAULT, "Return the cosine of x (measured in radians)."},
    {"cosh", math_cosh, METH_DEFAULT, "Return the hyperbolic cosine of x."},
    {"degrees", math_degrees, METH_DEFAULT, "Convert angle x from radians to degrees."},
    {"dist", math_dist, METH_DEFAULT, "Return the Euclidean distance between two points p and q."},
    {"erf", math_erf, METH_DEFAULT, "Error function at x."},
    {"erfc", math_erfc, METH_DEFAULT, "Complementary error function at x."},
    {"exp", math_exp, METH_DEFAULT, "Return e raised to the power of x."},
    {"exp2", math_exp2, METH_DEFAULT, "Return 2 raised to the power of x."},
    {"expm1", math_expm1, METH_DEFAULT, "Return exp(x)-1."},
    {"fabs", math_fabs, METH_DEFAULT, "Return the absolute value of the float x."},
    {"factorial", math_factorial, METH_DEFAULT, "Find x!."},
    {"floor", math_floor, METH_DEFAULT, "Return the floor of x as an Integral."},
    {"fmod", math_fmod, METH_DEFAULT, "Return fmod(x, y), according to platform C."},
    {"frexp", math_frexp, METH_DEFAULT, "Return the mantissa and exponent of x, as pair (m, e)."},
    {"fsum", math_fsum, METH_DEFAULT,
     "Return an accurate floating point sum of values in the iterable seq."},
    {"gamma", math_gamma, METH_DEFAULT, "Gamma function at x."},
    {"gcd", math_gcd, METH_DEFAULT, "Greatest Common Divisor."},
    {"hypot", math_hypot, METH_DEFAULT,
     "Multidimensional Euclidean distance from the origin to a point."},
    {"isclose", math_isclose, METH_DEFAULT,
     "Determine whether two floating point numbers are close in value."},
    {"isfinite", math_isfinite, METH_DEFAULT,
     "Return True if x is neither an infinity nor a NaN, and False otherwise."},
    {"isinf", math_isinf, METH_DEFAULT,
     "Return True if x is a positive or negative infinity, and False otherwise."},
    {"isnan", math_isnan, METH_DEFAULT,
     "Return True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", math_isqrt, METH_DEFAULT, "Return the integer part of the square root of the input."},
    {"lcm", math_lcm, METH_DEFAULT, "Least Common Multiple."},
    {"ldexp", math_ldexp, METH_DEFAULT, "Return x * (2**i)."},
    {"lgamma", math_lgamma, METH_DEFAULT,
     "Natural logarithm of absolute value of Gamma function at x."},
    {"log", math_log, METH_DEFAULT,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base."},
    {"log10", math_log10, METH_DEFAULT, "Return the base 10 logarithm of x."},
    {"log1p", math_log1p, METH_DEFAULT, "Return the natural logarithm of 1+x (base e)."},
    {"log2", math_log2, METH_DEFAULT, "Return the base 2 logarithm of x."},
    {"modf", math_modf, METH_DEFAULT, "Return the fractional and integer parts of x."},
    {"nextafter", math_nextafter, METH_DEFAULT,
     "Return the next floating-point value after x towards y."},
    {"perm", math_perm, METH_DEFAULT,
     "Number of ways to choose k items from n items without repetition and with order."},
    {"pow", math_pow, METH_DEFAULT, "Return x**y (x to the power of y)."},
    {"prod", math_prod, METH_DEFAULT,
     "Calculate the product of all the elements in the input iterable."},
    {"radians", math_radians, METH_DEFAULT, "Convert angle x from degrees to radians."},
    {"remainder", math_remainder, METH_DEFAULT,
     "Difference between x and the closest integer multiple of y."},
    {"sin", math_sin, METH_DEFAULT, "Return the sine of x (measured in radians)."},
    {"sinh", math_sinh, METH_DEFAULT, "Return the hyperbolic sine of x."},
    {"sqrt", math_sqrt, METH_DEFAULT, "Return the square root of x."},
    {"tan", math_tan, METH_DEFAULT, "Return the tangent of x (measured in radians)."},
    {"tanh", math_tanh, METH_DEFAULT, "Return the hyperbolic tangent of x."},
    {"trunc", math_trunc, METH_DEFAULT, "Truncates the Real x to the nearest Integral toward 0."},
    {"ulp", math_ulp, METH_DEFAULT,
     "Return the value of the least significant bit of the float x."},
    {nullptr, nullptr, 0, nullptr},
};

int add_float(Object* m, const char* name, double v) {
  Object* f = float_from_double(v);
  if (!f) return -1;
  int r = module_add_object(m, name, f);
  decref(f);
  return r;
}

}  // namespace

Object* math_module_create() {
  Object* m = module_new_cstr("math");
  if (!m) return nullptr;
  if (module_add_functions(m, math_functions) < 0 || add_float(m, "pi", M_PI) < 0 ||
      add_float(m, "e", M_E) < 0 || add_float(m, "tau", 2 * M_PI) < 0 ||
      add_float(m, "inf", INFINITY) < 0 || add_float(m, "nan", NAN) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
