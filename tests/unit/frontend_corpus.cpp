// Front-end corpus: every source under tests/unit/data/frontend/ is parsed and compared with what
// python3 (CPython 3.11) said about it, as recorded by scripts/gen_frontend_expected.py:
// the ast.dump (NAME.ast), the symbol-table summary (NAME.sym) or the error (NAME.err).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interp/parser.h"
#include "interp/symtable.h"

using namespace mempy::interp;
namespace fs = std::filesystem;

namespace {

fs::path data_dir() {
  return fs::path(__FILE__).parent_path() / "data" / "frontend";
}

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<fs::path> sources(const char* sub) {
  std::vector<fs::path> out;
  fs::path dir = data_dir() / sub;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".py") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string describe(const SyntaxError& e) {
  std::ostringstream os;
  os << error_kind_name(e.kind) << "\n"
     << e.msg << "\n"
     << e.lineno << " " << e.offset << " " << e.end_lineno << " " << e.end_offset << "\n";
  return os.str();
}

// Runs one corpus source; returns "" when it matches, else a description of the difference.
std::string check_source(const fs::path& py) {
  fs::path base = py;
  base.replace_extension();
  std::string src = slurp(py);
  ParseResult r = parse(src, ParseOptions{ParseMode::Exec, py.filename().string()});
  fs::path ast_file = base.string() + ".ast";
  fs::path err_file = base.string() + ".err";
  fs::path sym_file = base.string() + ".sym";
  if (fs::exists(ast_file)) {
    if (!r.ok()) return "unexpected error: " + describe(r.error);
    std::string got = ast::ast_dump(*r.module, true) + "\n";
    std::string want = slurp(ast_file);
    if (got != want) return "ast differs\n  got:  " + got + "  want: " + want;
    SymtableResult st = build_symtable(*r.module);
    if (!st.ok()) return "unexpected symtable error: " + describe(st.error);
    std::string gsym = st.table->dump();
    std::string wsym = slurp(sym_file);
    if (gsym != wsym) return "symtable differs\n--- got\n" + gsym + "--- want\n" + wsym;
    return "";
  }
  if (fs::exists(err_file)) {
    std::string want = slurp(err_file);
    std::string got;
    if (!r.ok()) {
      got = describe(r.error);
    } else {
      SymtableResult st = build_symtable(*r.module);
      if (st.ok()) return "expected an error, parsed fine; want:\n" + want;
      got = describe(st.error);
    }
    if (got != want) return "error differs\n  got:  " + got + "  want: " + want;
    return "";
  }
  return "no expectation file (run scripts/gen_frontend_expected.py)";
}

void run_dir(const char* sub, int& total, int& failed) {
  for (const fs::path& py : sources(sub)) {
    ++total;
    std::string diff = check_source(py);
    if (!diff.empty()) {
      ++failed;
      FAIL_CHECK(py.filename().string() << ": " << diff << "\nsource:\n" << slurp(py));
    }
  }
}

}  // namespace

TEST_CASE("frontend corpus: valid programs match ast.dump and symtable") {
  int total = 0, failed = 0;
  run_dir("valid", total, failed);
  MESSAGE("valid sources: " << total << ", mismatches: " << failed);
  CHECK(total >= 150);
}

TEST_CASE("frontend corpus: erroneous programs match CPython's SyntaxError") {
  int total = 0, failed = 0;
  run_dir("error", total, failed);
  MESSAGE("error sources: " << total << ", mismatches: " << failed);
  CHECK(total >= 80);
}

TEST_CASE("frontend corpus: unsupported constructs are named") {
  for (const fs::path& py : sources("unsupported")) {
    ParseResult r = parse(slurp(py));
    CHECK_MESSAGE(!r.ok(), py.filename().string());
    if (!r.ok()) {
      CHECK_MESSAGE(r.error.msg.rfind("mempy does not support", 0) == 0,
                    py.filename().string() << ": " << r.error.msg);
    }
  }
}
