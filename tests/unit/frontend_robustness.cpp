// Pathological inputs: deep nesting and huge inputs must fail cleanly (never overflow the C
// stack), the way CPython 3.11 fails: "too many nested parentheses" past 200 brackets,
// MemoryError when the parser's own nesting overflows, RecursionError ("maximum recursion depth
// exceeded during compilation") from the symbol table for trees too deep to compile.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "interp/parser.h"
#include "interp/symtable.h"

using namespace mempy::interp;

namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * size_t(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// Parses and, when that succeeds, builds the symbol table; returns the error kind or nullopt.
const char* outcome(const std::string& src, std::string* msg = nullptr) {
  ParseResult r = parse(src);
  if (!r.ok()) {
    if (msg) *msg = r.error.msg;
    return error_kind_name(r.error.kind);
  }
  SymtableResult st = build_symtable(*r.module);
  if (!st.ok()) {
    if (msg) *msg = st.error.msg;
    return error_kind_name(st.error.kind);
  }
  return "ok";
}

}  // namespace

TEST_CASE("robustness: bracket nesting limit is 200") {
  CHECK(std::string(outcome("x = " + repeat("(", 200) + "1" + repeat(")", 200) + "\n")) == "ok");
  std::string msg;
  CHECK(std::string(outcome(repeat("[", 1000) + repeat("]", 1000) + "\n", &msg)) == "SyntaxError");
  CHECK(msg == "too many nested parentheses");
}

TEST_CASE("robustness: deep unary / not / lambda / power chains") {
  CHECK(std::string(outcome(repeat("-", 100000) + "1\n")) == "MemoryError");
  CHECK(std::string(outcome(repeat("not ", 10000) + "x\n")) == "MemoryError");
  CHECK(std::string(outcome(repeat("lambda: ", 10000) + "x\n")) == "MemoryError");
  CHECK(std::string(outcome("x" + repeat("**x", 100000) + "\n")) == "MemoryError");
  std::string msg;
  CHECK(std::string(outcome(repeat("-", 3000) + "1\n", &msg)) == "RecursionError");
  CHECK(msg == "maximum recursion depth exceeded during compilation");
  CHECK(std::string(outcome("x = " + repeat("1 if x else ", 5000) + "x\n")) != "ok");
}

TEST_CASE("robustness: long flat sequences parse with loops") {
  // 100 000 terms: the parser is fine (a loop); the tree is too deep to compile.
  std::string sum = "x = 1" + repeat(" + 1", 100000) + "\n";
  ParseResult r = parse(sum);
  REQUIRE(r.ok());
  SymtableResult st = build_symtable(*r.module);
  CHECK(!st.ok());
  CHECK(st.error.kind == ErrorKind::Recursion);
  CHECK(ast::ast_dump(*r.module, false).size() > 0);  // the dump stops at its depth limit
  // A long flat list is shallow.
  std::string list = "x = [" + repeat("1, ", 100000) + "]\n";
  CHECK(std::string(outcome(list)) == "ok");
  CHECK(std::string(outcome("x = f" + repeat("(1)", 100000) + "\n")) == "RecursionError");
  CHECK(std::string(outcome("x = a" + repeat(".b", 100000) + "\n")) == "RecursionError");
}

TEST_CASE("robustness: indentation depth limit") {
  std::string src;
  for (int i = 0; i < 120; ++i) src += std::string(size_t(i), ' ') + "if x:\n";
  src += std::string(120, ' ') + "pass\n";
  std::string msg;
  CHECK(std::string(outcome(src, &msg)) == "IndentationError");
  CHECK(msg == "too many levels of indentation");
}

TEST_CASE("robustness: 10 000 lines parse in milliseconds") {
  std::string src;
  for (int i = 0; i < 2500; ++i) {
    src += "def f" + std::to_string(i) + "(a, b=1, *c, **d):\n";
    src += "    x = [i * 2 for i in range(a) if i % 3] + {'k': b}.get('k')\n";
    src += "    return f\"{x!r:>10} {a + b}\" if x else (a, b, *c)\n";
    src += "\n";
  }
  auto t0 = std::chrono::steady_clock::now();
  ParseResult r = parse(src);
  auto t1 = std::chrono::steady_clock::now();
  REQUIRE(r.ok());
  SymtableResult st = build_symtable(*r.module);
  auto t2 = std::chrono::steady_clock::now();
  REQUIRE(st.ok());
  auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
  MESSAGE("10 000 lines: parse " << ms(t1 - t0) << " ms, symtable " << ms(t2 - t1) << " ms");
#ifndef MEMPY_SANITIZE
  CHECK(ms(t1 - t0) < 500);
#endif
}
