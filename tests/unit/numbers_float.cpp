// Unit tests for runtime/float_format.cpp and float_ops.cpp against CPython 3.11's results
// (tables from scripts/gen_numbers_expected.py: float.txt, float_text.txt).
#include "numbers_data.h"
#include "runtime/float_format.h"

using namespace numbers_test;

namespace {

// Takes the result by pointer: it is read only after the call that fills it.
std::string dbl_or_err(NumStatus s, const double* d, const NumError& e) {
  return s == NumStatus::ok ? denc(*d) : err_text(e);
}

std::string run_float(const Case& c) {
  const std::string& op = c.f[0];
  NumError e;
  double r = 0, r2 = 0;
  if (op == "parse") return dbl_or_err(float_from_string(unescape(c.f[1]), &r, e), &r, e);
  if (op == "parse_bytes") {
    std::string bytes;
    for (std::size_t i = 0; i + 1 < c.f[1].size(); i += 2) {
      bytes.push_back(char(hexval(c.f[1][i]) * 16 + hexval(c.f[1][i + 1])));
    }
    return dbl_or_err(float_from_bytes_literal(bytes, &r, e), &r, e);
  }
  if (op == "fromhex") return dbl_or_err(float_fromhex(unescape(c.f[1]), &r, e), &r, e);
  double x = from_dbits(c.f[1]);
  if (op == "repr") return escape(float_repr(x));
  if (op == "hex") return escape(float_hex(x));
  if (op == "isint") return float_is_integer(x) ? "1" : "0";
  if (op == "hash") {
    bool identity;
    std::int64_t h = float_hash(x, &identity);
    return identity ? "identity" : std::to_string(h);
  }
  if (op == "ratio") {
    BigInt n, d;
    NumStatus s = float_as_integer_ratio(x, n, d, e);
    return s == NumStatus::ok ? to_hex(n) + " " + to_hex(d) : err_text(e);
  }
  if (op == "round0") {  // round(x) -> int: the caller converts the integral double
    NumStatus s = float_round_to_integral(x, &r, e);
    BigInt v;
    if (s == NumStatus::ok) s = int_from_double(r, v, e);
    return s == NumStatus::ok ? to_hex(v) : err_text(e);
  }
  if (op == "round") return dbl_or_err(float_round(x, std::stoll(c.f[2]), &r, e), &r, e);
  double y = from_dbits(c.f[2]);
  if (op == "div") return dbl_or_err(float_div(x, y, &r, e), &r, e);
  if (op == "mod") return dbl_or_err(float_mod(x, y, &r, e), &r, e);
  if (op == "floordiv") return dbl_or_err(float_floordiv(x, y, &r, e), &r, e);
  if (op == "divmod") {
    NumStatus s = float_divmod(x, y, &r, &r2, e);
    return s == NumStatus::ok ? denc(r) + " " + denc(r2) : err_text(e);
  }
  if (op == "pow") {
    NumStatus s = float_pow(x, y, &r, e);
    if (s == NumStatus::complex_result) return "complex";
    return dbl_or_err(s, &r, e);
  }
  return "<unknown op " + op + ">";
}

}  // namespace

TEST_CASE("float repr, rounding, ratios and arithmetic rules match CPython 3.11") {
  Checker check("float.txt");
  for (const Case& c : load_cases("float.txt")) check.check(c, run_float(c));
}

TEST_CASE("float parsing and fromhex match CPython 3.11") {
  Checker check("float_text.txt");
  for (const Case& c : load_cases("float_text.txt")) check.check(c, run_float(c));
}
