// The lexer on its own: token streams compared with python3's `tokenize` (NAME.tok files made by
// scripts/gen_frontend_expected.py), plus the tokenizer's own error rules.
//
// Known, deliberate differences from the pure-Python `tokenize` (which is not CPython's C
// tokenizer): tokenize counts columns in characters (converted here), gives NEWLINE a width and
// INDENT/DEDENT/ENDMARKER positions that the C tokenizer does not have (a DEDENT at the end of
// the file is on the last line there); for those four kinds only the kind (and, for NEWLINE and
// INDENT, the line) are compared.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "interp/lexer.h"

using namespace mempy::interp;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string py_repr(std::string_view s) {
  // repr() of the ASCII-or-UTF-8 token text, as tokenize writes it (quotes chosen like Python).
  bool sq = s.find('\'') != std::string_view::npos, dq = s.find('"') != std::string_view::npos;
  char q = sq && !dq ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == q || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  out += q;
  return out;
}

struct Tok {
  std::string kind;
  int lineno, col, end_lineno, end_col;
  std::string text;
};

std::vector<Tok> lex_all(const std::string& raw, std::string& err) {
  std::string src;
  SyntaxError e;
  std::vector<Tok> out;
  if (!prepare_source(raw, src, e)) {
    err = e.msg;
    return out;
  }
  Lexer lx(src);
  Token t;
  for (;;) {
    if (!lx.next(t)) {
      err = lx.failure() == LexFailure::Eager ? lx.error().msg : "lexer failure";
      return out;
    }
    auto chars = [&](int line, int col) {
      return col < 0 ? col : utf8_length(lx.line_text(line).substr(0, size_t(col)));
    };
    out.push_back({token_kind_name(t.kind), t.lineno, chars(t.lineno, t.col), t.end_lineno,
                   chars(t.end_lineno, t.end_col), std::string(t.text)});
    if (t.kind == TokenKind::EndMarker) return out;
  }
}

}  // namespace

TEST_CASE("lexer: token streams match tokenize") {
  fs::path dir = fs::path(__FILE__).parent_path() / "data" / "frontend" / "tokens";
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  CHECK(files.size() >= 20);
  for (const fs::path& py : files) {
    fs::path tok = py;
    tok.replace_extension(".tok");
    std::string err;
    std::vector<Tok> got = lex_all(slurp(py), err);
    CHECK_MESSAGE(err.empty(), py.filename().string() << ": " << err);
    std::istringstream want(slurp(tok));
    std::string line;
    size_t i = 0;
    while (std::getline(want, line)) {
      std::istringstream ls(line);
      Tok w;
      ls >> w.kind >> w.lineno >> w.col >> w.end_lineno >> w.end_col;
      std::getline(ls, w.text);
      if (!w.text.empty() && w.text[0] == ' ') w.text.erase(0, 1);
      if (i >= got.size()) {
        FAIL_CHECK(py.filename().string() << ": missing token " << line);
        break;
      }
      const Tok& g = got[i++];
      std::string where = py.filename().string() + " token " + std::to_string(i) + ": " + line;
      CHECK_MESSAGE(g.kind == w.kind, where << " got " << g.kind);
      if (w.kind == "NEWLINE" || w.kind == "INDENT" || w.kind == "DEDENT" ||
          w.kind == "ENDMARKER") {
        if (w.kind == "NEWLINE" || w.kind == "INDENT") CHECK_MESSAGE(g.lineno == w.lineno, where);
        continue;
      }
      CHECK_MESSAGE(g.lineno == w.lineno, where);
      CHECK_MESSAGE(g.col == w.col, where << " got col " << g.col);
      CHECK_MESSAGE(g.end_lineno == w.end_lineno, where);
      CHECK_MESSAGE(g.end_col == w.end_col, where << " got end col " << g.end_col);
      CHECK_MESSAGE(py_repr(g.text) == w.text, where << " got " << py_repr(g.text));
    }
    CHECK_MESSAGE(i == got.size(), py.filename().string() << ": extra tokens");
  }
}

TEST_CASE("lexer: keywords, operators and levels") {
  std::string err;
  auto toks = lex_all("if a and b: x **= (1, [2])\n", err);
  REQUIRE(err.empty());
  std::vector<std::string> kinds;
  for (const Tok& t : toks) kinds.push_back(t.kind);
  std::vector<std::string> want = {
      "NAME",   "NAME",  "NAME", "NAME",   "COLON", "NAME", "DOUBLESTAREQUAL", "LPAR",
      "NUMBER", "COMMA", "LSQB", "NUMBER", "RSQB",  "RPAR", "NEWLINE",         "ENDMARKER"};
  CHECK(kinds == want);
}

TEST_CASE("lexer: eager errors") {
  struct Case {
    const char* src;
    const char* msg;
  } cases[] = {
      {"x = 1_\n", "invalid decimal literal"},
      {"x = 0b2\n", "invalid digit '2' in binary literal"},
      {"x = 'abc\n", "unterminated string literal (detected at line 1)"},
      {"x = '''abc\n\n", "unterminated triple-quoted string literal (detected at line 2)"},
      {"x = )\n", "unmatched ')'"},
      {"x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('"},
      {"x = \xE2\x82\xAC\n", "invalid character '\xE2\x82\xAC' (U+20AC)"},
      {"x = a\xC2\xA0"
       "b\n",
       "invalid non-printable character U+00A0"},
  };
  for (const Case& c : cases) {
    std::string err;
    lex_all(c.src, err);
    CHECK_MESSAGE(err == c.msg, c.src);
  }
}
