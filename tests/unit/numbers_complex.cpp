// Unit tests for runtime/complex_ops.cpp, the numeric layer of complex: expected values are
// python3 3.11.7's (repr of the result, or the exception's message).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "runtime/complex.h"

using namespace mempy::runtime;

namespace {

std::string result_text(NumStatus s, ComplexValue z, const NumError& e) {
  if (s != NumStatus::ok) return std::string(num_status_exception_name(s)) + ": " + e.message;
  return complex_repr_text(z);
}

std::string parse(std::string_view text, std::string_view repr = "'?'") {
  ComplexValue z;
  NumError e;
  return result_text(complex_from_text(text, repr, &z, e), z, e);
}

std::string pow_text(ComplexValue a, ComplexValue b) {
  ComplexValue z;
  NumError e;
  return result_text(complex_pow(a, b, &z, e), z, e);
}

std::string quot_text(ComplexValue a, ComplexValue b) {
  ComplexValue z;
  NumError e;
  return result_text(complex_quot(a, b, &z, e), z, e);
}

std::string fmt(ComplexValue z, std::string_view spec) {
  std::string out;
  NumError e;
  NumStatus s = format_complex(z, spec, out, e);
  return s == NumStatus::ok ? out : std::string(num_status_exception_name(s)) + ": " + e.message;
}

constexpr double inf = HUGE_VAL;

}  // namespace

TEST_CASE("complex repr text") {
  CHECK(complex_repr_text({0.0, 1.0}) == "1j");
  CHECK(complex_repr_text({1.0, 2.0}) == "(1+2j)");
  CHECK(complex_repr_text({-0.0, -1.0}) == "(-0-1j)");
  CHECK(complex_repr_text({0.0, -0.0}) == "-0j");
  CHECK(complex_repr_text({NAN, inf}) == "(nan+infj)");
  CHECK(complex_repr_text({0.0, 1e16}) == "1e+16j");
  CHECK(complex_repr_text({1e16, 1e-5}) == "(1e+16+1e-05j)");
  CHECK(complex_repr_text({-1.0, -inf}) == "(-1-infj)");
}

TEST_CASE("complex(str) parsing") {
  CHECK(parse("1+2j") == "(1+2j)");
  CHECK(parse(" ( 1+2j ) ") == "(1+2j)");
  CHECK(parse("inf") == "(inf+0j)");
  CHECK(parse("-infinityj") == "-infj");
  CHECK(parse("nan-nanj") == "(nan+nanj)");
  CHECK(parse("j") == "1j");
  CHECK(parse("-j") == "-1j");
  CHECK(parse("+J") == "1j");
  CHECK(parse("1-j") == "(1-1j)");
  CHECK(parse("1e5j") == "100000j");
  CHECK(parse("1.e-3-.5j") == "(0.001-0.5j)");
  CHECK(parse("1e500+1e-500j") == "(inf+0j)");
  CHECK(parse("1_000+2_0j") == "(1000+20j)");
  CHECK(parse("1e1_0j") == "10000000000j");
  const char* malformed[] = {"",   " ",    "()", "(1",  "1)",   "1 + 2j",
                             "1e", "1e+j", ".j", "1jj", "0x1j", "1?"};
  for (const char* m : malformed) {
    INFO("text: '" << m << "'");
    CHECK(parse(m) == "ValueError: complex() arg is a malformed string");
  }
  CHECK(parse(std::string_view("1\0"
                               "2j",
                               3)) == "ValueError: complex() arg is a malformed string");
  CHECK(parse("1__0j", "'1__0j'") == "ValueError: could not convert string to complex: '1__0j'");
  CHECK(parse("_1j", "'_1j'") == "ValueError: could not convert string to complex: '_1j'");
  CHECK(parse("1_", "'1_'") == "ValueError: could not convert string to complex: '1_'");
}

TEST_CASE("complex division and powers") {
  CHECK(quot_text({1, 2}, {3, 4}) == "(0.44+0.08j)");
  CHECK(quot_text({1, 2}, {0, 0}) == "ZeroDivisionError: complex division by zero");
  CHECK(quot_text({inf, 1}, {inf, 1}) == "(nan+nanj)");
  CHECK(quot_text({0, 1}, {NAN, 1}) == "(nan+nanj)");
  CHECK(quot_text({1e300, 1e300}, {1e-300, 1e-300}) == "(inf+0j)");
  CHECK(pow_text({1, 2}, {2, 0}) == "(-3+4j)");
  CHECK(pow_text({1, 2}, {-2, 0}) == "(-0.12-0.16j)");
  CHECK(pow_text({1, 2}, {0.5, 0}) == "(1.272019649514069+0.7861513777574233j)");
  CHECK(pow_text({1, 1}, {100, 0}) == "(-1125899906842624+0j)");
  CHECK(pow_text({1, 1}, {101, 0}) == "(-1125899906842634.5-1125899906842629.5j)");
  CHECK(pow_text({0, 0}, {0, 0}) == "(1+0j)");
  CHECK(pow_text({0, 0}, {-1, 0}) == "ZeroDivisionError: 0.0 to a negative or complex power");
  CHECK(pow_text({0, 0}, {0, 1}) == "ZeroDivisionError: 0.0 to a negative or complex power");
  CHECK(pow_text({2, 0}, {1e10, 0}) == "OverflowError: complex exponentiation");
  CHECK(pow_text({1e300, 1e300}, {2, 0}) == "(nan+nanj)");
  CHECK(pow_text({-8, 0}, {1.0 / 3, 0}) == "(1.0000000000000002+1.7320508075688772j)");
  CHECK(pow_text({0, 1}, {0, 1}) == "(0.20787957635076193+0j)");
  double r;
  NumError e;
  CHECK(complex_abs({3, 4}, &r, e) == NumStatus::ok);
  CHECK(r == 5.0);
  CHECK(complex_abs({NAN, inf}, &r, e) == NumStatus::ok);
  CHECK(r == inf);
  CHECK(complex_abs({1e308, 1e308}, &r, e) == NumStatus::ok);
  CHECK(complex_abs({1.7e308, 1.7e308}, &r, e) == NumStatus::overflow_error);
  CHECK(e.message == "absolute value too large");
}

TEST_CASE("format() of complex") {
  CHECK(fmt({1, 2}, "<10") == "(1+2j)    ");
  CHECK(fmt({0, 2}, "<10") == "2j        ");
  CHECK(fmt({-0.0, 2}, "10") == "   (-0+2j)");
  CHECK(fmt({1.5, 2}, ".2f") == "1.50+2.00j");
  CHECK(fmt({1234567, 1}, ",") == "(1,234,567+1j)");
  CHECK(fmt({1, 2}, "+") == "(+1+2j)");
  CHECK(fmt({0, 2}, " ") == " 2j");
  CHECK(fmt({1, 2}, "#") == "(1.+2.j)");
  CHECK(fmt({-0.0, -0.0}, "z.1f") == "0.0+0.0j");
  CHECK(fmt({1, 2}, "*^20") == "*******(1+2j)*******");
  CHECK(fmt({NAN, inf}, "+F") == "+NAN+INFj");
  CHECK(fmt({1, 2}, "%") == "ValueError: Unknown format code '%' for object of type 'complex'");
  CHECK(fmt({1, 2}, "010") ==
        "ValueError: Zero padding is not allowed in complex format specifier");
  CHECK(fmt({1, 2}, "=10") ==
        "ValueError: '=' alignment flag is not allowed in complex format specifier");
  CHECK(fmt({1, 2}, ".2147483648f") == "ValueError: precision too big");
}
