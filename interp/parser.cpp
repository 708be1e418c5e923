// interp/parser.cpp — the parser's machinery: token buffer, error placement, entry points.
//
// How errors are chosen (CPython 3.11's _PyPegen_run_parser and _Pypegen_set_syntax_error):
//  1. Tokens are pulled lazily. A tokenizer error met while parsing is the error.
//  2. A parser error ("invalid syntax", "expected ':'", ...) is provisional: the rest of the
//     source is then tokenized, and a tokenizer error found there wins (an unterminated string on
//     line 9 beats a parse error on line 3); an unclosed bracket opened on an earlier line than
//     the parse error wins too ("'(' was never closed").
//  3. A generic failure is reported as "invalid syntax" at the last token fetched — the furthest
//     the parser looked — except that a failing INDENT/DEDENT is "unexpected indent"/"unindent".
//
// Robustness: brackets nest at most 200 deep (the tokenizer's limit); expression and statement
// recursion is counted by Parser::Deeper and stops at kMaxParserDepth with MemoryError, as
// CPython's parser does when its stack overflows, so the C stack is never at risk. Long flat
// sequences (100 000-term sums, long lists) are parsed by loops, not recursion.
#include <cstdarg>
#include <cstdio>

#include "interp/parser_internal.h"

namespace mempy::interp {
namespace detail {

std::string format(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return buf;
}

Parser::Parser(ast::Arena& arena, std::string_view source, const ParseOptions& options,
               int first_lineno)
    : arena_(arena), options_(options), lexer_(source, first_lineno), first_lineno_(first_lineno) {}

// ------------------------------------------------------------------------------------- tokens

const Token& Parser::peek(int k) {
  while (toks_.size() <= pos_ + k) {
    Token t;
    if (!lexer_.next(t)) fail_lexer();
    if (fstring_mode_ && t.end_lineno == first_lineno_) {
      if (t.col >= 0) t.col += col_shift_;
      if (t.end_col >= 0) t.end_col += col_shift_;
    }
    toks_.push_back(t);
  }
  return toks_[pos_ + k];
}

const Token& Parser::next() {
  peek();
  return toks_[pos_++];
}

bool Parser::accept(TokenKind k) {
  if (peek().kind != k) return false;
  ++pos_;
  return true;
}

const Token& Parser::expect(TokenKind k) {
  if (peek().kind != k) fail_generic();
  return next();
}

// A node ends where its last real token ends: NEWLINE, INDENT and DEDENT consumed by a compound
// statement do not count (CPython's _PyPegen_get_last_nonnwhitespace_token).
static const Token& last_real_token(const std::deque<Token>& toks, size_t pos) {
  for (size_t i = pos; i > 0; --i) {
    TokenKind k = toks[i - 1].kind;
    if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent &&
        k != TokenKind::EndMarker)
      return toks[i - 1];
  }
  return toks[pos - 1];
}

ast::Location Parser::loc_from(const Token& start) const {
  const Token& end = last_real_token(toks_, pos_);
  return {start.lineno, start.col, end.end_lineno, end.end_col};
}

ast::Location Parser::loc_from(const ast::Location& start) const {
  const Token& end = last_real_token(toks_, pos_);
  return {start.lineno, start.col_offset, end.end_lineno, end.end_col};
}

Span Parser::span_of(const Token& t) {
  Span s{t.lineno, t.col, t.end_lineno, t.end_col};
  if (t.col < 0) s.cur = t.text.data();
  return s;
}

Span Parser::span_of(const ast::Location& l) {
  return Span{l.lineno, l.col_offset, l.end_lineno, l.end_col_offset};
}

// ------------------------------------------------------------------------------------- errors

void Parser::set_error(ErrorKind kind, const std::string& msg, int lineno, int col, int end_lineno,
                       int end_col, bool convert) {
  has_error_ = true;
  error_ = SyntaxError{};
  error_.kind = kind;
  error_.msg = msg;
  if (fstring_mode_ && convert) {
    // CPython subtracts the f-string's starting column from every position it reports.
    col -= col_shift_;
    end_col -= col_shift_;
  }
  std::string_view line = lexer_.line_text(lineno);
  if (convert && options_.char_offsets) {
    auto to_chars = [&](int c) {
      std::string with_nl = std::string(line) + "\n";
      int n = c > int(with_nl.size()) + 1 ? int(with_nl.size()) + 1 : c;
      if (n <= 0) return c;
      return utf8_length(std::string_view(with_nl).substr(0, std::min<size_t>(n, with_nl.size())));
    };
    col = to_chars(col);
    if (end_col > 0) end_col = to_chars(end_col);
  }
  error_.lineno = lineno;
  error_.offset = col;
  error_.end_lineno = end_lineno;
  error_.end_offset = end_col;
  error_.text = std::string(line);
}

// CPython's _PyPegen_raise_error: the last token fetched; a token without columns
// (INDENT/DEDENT/ENDMARKER) reports where the tokenizer stands and no end.
void Parser::fail_last(const std::string& msg, ErrorKind kind) {
  peek();  // make sure there is a token
  const Token& t = toks_.back();
  Span s = span_of(t);
  if (s.col < 0) {
    std::string_view line = lexer_.line_text(t.lineno);
    int col = s.cur ? int(s.cur - line.data()) : 0;
    set_error(kind, msg, t.lineno, col, t.end_lineno, -1, true);
  } else {
    set_error(kind, msg, t.lineno, t.col + 1, t.end_lineno, t.end_col + 1, true);
  }
  throw ParseAbort{};
}

void Parser::fail_at(const Span& a, const std::string& msg, ErrorKind kind) {
  if (a.col < 0) {
    std::string_view line = lexer_.line_text(a.lineno);
    int col = a.cur ? int(a.cur - line.data()) : 0;
    set_error(kind, msg, a.lineno, col, a.end_lineno, -1, true);
  } else {
    set_error(kind, msg, a.lineno, a.col + 1, a.end_lineno, a.end_col + 1, true);
  }
  throw ParseAbort{};
}

void Parser::fail_range(const Span& a, const Span& b, const std::string& msg) {
  set_error(ErrorKind::Syntax, msg, a.lineno, a.col + 1, b.end_lineno, b.end_col + 1, true);
  throw ParseAbort{};
}

void Parser::fail_starting_from(const Span& a, const std::string& msg) {
  // The end is wherever the tokenizer stands now.
  const Token& t = toks_.back();
  set_error(ErrorKind::Syntax, msg, a.lineno, a.col + 1, t.end_lineno, t.end_col, true);
  throw ParseAbort{};
}

void Parser::fail_generic() {
  peek();
  const Token& t = toks_.back();
  if (t.kind == TokenKind::Indent) fail_last("unexpected indent", ErrorKind::Indentation);
  if (t.kind == TokenKind::Dedent) fail_last("unexpected unindent", ErrorKind::Indentation);
  fail_at(span_of(t), "invalid syntax");
}

void Parser::fail_unsupported(const Token& t, const char* what) {
  fail_at(span_of(t), format("mempy does not support %s", what));
}

void Parser::fail_memory() {
  has_error_ = true;
  error_ = SyntaxError{};
  error_.kind = ErrorKind::Memory;
  throw ParseAbort{};
}

// A tokenizer failure while fetching a token (CPython's _Pypegen_tokenizer_error).
void Parser::fail_lexer() {
  lexer_failed_ = true;
  has_error_ = true;
  int line = lexer_.fail_lineno();
  int col = lexer_.fail_col();
  switch (lexer_.failure()) {
    case LexFailure::Eager:
    case LexFailure::None:
      error_ = lexer_.error();
      break;
    case LexFailure::Eof:
      if (!lexer_.open_brackets().empty()) {
        const auto& b = lexer_.open_brackets().back();
        set_error(ErrorKind::Syntax, format("'%c' was never closed", b.ch), b.lineno, b.col + 1,
                  b.lineno, 0, true);
      } else {
        set_error(ErrorKind::Syntax, "unexpected EOF while parsing", line, col, line, -1, true);
      }
      break;
    case LexFailure::Dedent:
      set_error(ErrorKind::Indentation, "unindent does not match any outer indentation level", line,
                col, line, -1, true);
      break;
    case LexFailure::TabSpace:
      set_error(ErrorKind::Tab, "inconsistent use of tabs and spaces in indentation", line, 1, line,
                0, true);
      break;
    case LexFailure::TooDeep:
      set_error(ErrorKind::Indentation, "too many levels of indentation", line, 1, line, 0, true);
      break;
    case LexFailure::LineCont:
      set_error(ErrorKind::Syntax, "unexpected character after line continuation character", line,
                col + 1, line, 0, true);
      break;
  }
  throw ParseAbort{};
}

// ------------------------------------------------------------------------------------- entry

namespace {

// After a parser error, a tokenizer error later in the source takes priority (see the top).
void check_rest_of_source(Parser& p) {
  if (p.lexer_failed_ || p.error_.kind == ErrorKind::Memory ||
      p.error_.kind == ErrorKind::Recursion)
    return;
  int err_line = p.toks_.empty() ? 0 : p.toks_.back().lineno;
  Token t;
  for (;;) {
    if (!p.lexer_.next(t)) break;
    if (t.kind == TokenKind::EndMarker) return;
  }
  if (p.lexer_.failure() == LexFailure::Eager) {
    p.error_ = p.lexer_.error();
    return;
  }
  const auto& brackets = p.lexer_.open_brackets();
  if (!brackets.empty() && err_line > brackets.back().lineno) {
    try {
      p.lexer_failed_ = false;
      const auto& b = brackets.back();
      p.set_error(ErrorKind::Syntax, format("'%c' was never closed", b.ch), b.lineno, b.col + 1,
                  b.lineno, 0, true);
    } catch (ParseAbort&) {
    }
  }
}

}  // namespace

ast::Module* Parser::parse_file() {
  try {
    std::vector<ast::StmtNode*> body;
    statements(body);
    if (!at(TokenKind::EndMarker)) fail_generic();
    auto* m = arena_.make<ast::Module>();
    m->body = seq(body);
    return m;
  } catch (ParseAbort&) {
    check_rest_of_source(*this);
    return nullptr;
  }
}

ast::Module* Parser::parse_eval() {
  try {
    ast::ExprNode* e = expressions();
    while (accept(TokenKind::Newline)) {
    }
    if (!at(TokenKind::EndMarker)) fail_generic();
    auto* m = arena_.make<ast::Module>();
    m->is_expression = true;
    m->expression = e;
    return m;
  } catch (ParseAbort&) {
    check_rest_of_source(*this);
    return nullptr;
  }
}

// "(expr)" of an f-string replacement field: CPython's fstring rule, star_expressions in parens.
ast::ExprNode* Parser::parse_fstring_expr() {
  try {
    ast::ExprNode* e = star_expressions();
    if (!at(TokenKind::Newline) && !at(TokenKind::EndMarker)) fail_generic();
    return e;
  } catch (ParseAbort&) {
    check_rest_of_source(*this);
    // CPython prefixes the sub-parser's messages.
    if (error_.kind == ErrorKind::Syntax && error_.msg.rfind("f-string", 0) != 0)
      error_.msg = "f-string: " + error_.msg;
    return nullptr;
  }
}

}  // namespace detail

ParseResult parse(std::string_view source, const ParseOptions& options) {
  ParseResult r;
  r.arena = std::make_unique<ast::Arena>();
  if (!prepare_source(source, r.source, r.error, options.filename)) return r;
  detail::Parser p(*r.arena, r.source, options);
  r.module = options.mode == ParseMode::Eval ? p.parse_eval() : p.parse_file();
  if (!r.module) r.error = p.error();
  return r;
}

}  // namespace mempy::interp
