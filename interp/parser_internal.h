// interp/parser_internal.h — the Parser class shared by parser*.cpp (not a public header).
//
// A hand-written recursive-descent parser over CPython 3.11's grammar (Grammar/python.gram).
// Where the PEG grammar backtracks, this parser mostly decides with one or two tokens of lookahead
// and parses "expression first, check later" (an assignment target is parsed as an expression
// and then validated, as CPython's invalid_* rules do); a few places speculate with mark()/reset().
//
// Errors: the first error is recorded in `error_` and a ParseAbort is thrown to unwind to the
// entry point, which never lets it escape (parse() returns the error as a value). The error
// helpers mirror CPython's RAISE_* macros, because each places the caret differently:
//   fail_last()      RAISE_SYNTAX_ERROR: at the last token fetched
//   fail_at(a)       RAISE_SYNTAX_ERROR_KNOWN_LOCATION: a node's or token's span
//   fail_range(a,b)  RAISE_SYNTAX_ERROR_KNOWN_RANGE: from a's start to b's end
//   fail_generic()   "invalid syntax" at the last token fetched (the furthest the parser looked)
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "interp/ast.h"
#include "interp/lexer.h"
#include "interp/parser.h"

namespace mempy::interp::detail {

struct ParseAbort {};

enum class TargetsType { Star, Del, For };

// A span for error reporting: CPython's (lineno, col_offset, end_lineno, end_col_offset) with
// col == -1 meaning "no column" (INDENT/DEDENT/ENDMARKER tokens).
struct Span {
  int lineno, col, end_lineno, end_col;
  const char* cur = nullptr;  // for col == -1: where the tokenizer stood
};

class Parser {
 public:
  Parser(ast::Arena& arena, std::string_view source, const ParseOptions& options,
         int first_lineno = 1);

  // Entry points; each returns nullptr on error (see error()).
  ast::Module* parse_file();
  ast::Module* parse_eval();
  const SyntaxError& error() const { return error_; }

  // f-string expression mode: this parser reads "(expr)" and shifts the columns of tokens on its
  // first line by `col_shift` (CPython's starting_col_offset).
  void set_fstring_mode(int col_shift) {
    fstring_mode_ = true;
    col_shift_ = col_shift;
  }
  ast::ExprNode* parse_fstring_expr();

  // ---- tokens
  const Token& peek(int k = 0);
  const Token& next();
  bool at(TokenKind k) { return peek().kind == k; }
  bool accept(TokenKind k);
  const Token& expect(TokenKind k);
  const Token& prev() const { return toks_[pos_ - 1]; }
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  bool at_name(std::string_view name) {
    return peek().kind == TokenKind::Name && peek().text == name;
  }

  // ---- locations
  ast::Location loc_from(const Token& start) const;
  ast::Location loc_from(const ast::Location& start) const;
  static Span span_of(const Token& t);
  static Span span_of(const ast::Location& l);

  // ---- errors
  [[noreturn]] void fail_generic();
  [[noreturn]] void fail_last(const std::string& msg, ErrorKind kind = ErrorKind::Syntax);
  [[noreturn]] void fail_at(const Span& a, const std::string& msg,
                            ErrorKind kind = ErrorKind::Syntax);
  [[noreturn]] void fail_range(const Span& a, const Span& b, const std::string& msg);
  [[noreturn]] void fail_starting_from(const Span& a, const std::string& msg);
  [[noreturn]] void fail_unsupported(const Token& t, const char* what);
  [[noreturn]] void fail_memory();
  [[noreturn]] void fail_lexer();
  void set_error(ErrorKind kind, const std::string& msg, int lineno, int col, int end_lineno,
                 int end_col, bool convert);

  // Nesting guard: too deep → MemoryError (CPython's parser stack overflow).
  struct Deeper {
    Parser& p;
    explicit Deeper(Parser& parser) : p(parser) {
      if (++p.depth_ > kMaxParserDepth) p.fail_memory();
    }
    ~Deeper() { --p.depth_; }
  };

  // ---- statements (parser_stmt.cpp)
  void statements(std::vector<ast::StmtNode*>& out);
  void statement(std::vector<ast::StmtNode*>& out);
  void simple_stmts(std::vector<ast::StmtNode*>& out);
  ast::StmtNode* simple_stmt();
  ast::StmtNode* compound_stmt();
  ast::StmtSeq block(const Token& owner, const char* what, bool statement_word = true);
  ast::StmtNode* expr_or_assign_stmt();
  ast::StmtNode* import_stmt();
  ast::StmtNode* from_import_stmt();
  ast::StmtNode* if_stmt(bool elif);
  ast::StmtNode* while_stmt();
  ast::StmtNode* for_stmt();
  ast::StmtNode* with_stmt();
  ast::StmtNode* try_stmt();
  ast::StmtNode* function_def(std::vector<ast::ExprNode*>* decorators, const Token* first);
  ast::StmtNode* class_def(std::vector<ast::ExprNode*>* decorators, const Token* first);
  ast::StmtNode* decorated();
  ast::StmtSeq else_block();
  ast::Arguments* parameters(bool lambda, TokenKind closer);
  ast::Arg* param(bool lambda, bool star_annotation = false);
  bool is_match_statement();
  void expect_colon_or_newline_error();

  // ---- expressions (parser_expr.cpp)
  ast::ExprNode* expressions();
  ast::ExprNode* star_expressions();
  ast::ExprNode* star_expression();
  ast::ExprNode* star_named_expression();
  ast::ExprNode* named_expression();
  ast::ExprNode* expression();
  ast::ExprNode* disjunction();
  ast::ExprNode* conjunction();
  ast::ExprNode* inversion();
  ast::ExprNode* comparison();
  ast::ExprNode* bitwise_or();
  ast::ExprNode* binary(int min_prec);
  ast::ExprNode* factor();
  ast::ExprNode* power();
  ast::ExprNode* primary();
  ast::ExprNode* atom();
  ast::ExprNode* paren_atom();
  ast::ExprNode* list_atom();
  ast::ExprNode* brace_atom();
  ast::ExprNode* lambdef();
  ast::ExprNode* yield_expr();
  ast::ExprNode* starred_bitwise_or();
  ast::ExprNode* slices();
  ast::ExprNode* slice();
  ast::ExprNode* call(ast::ExprNode* func);
  ast::ExprNode* number(const Token& t);
  ast::Seq<ast::Comprehension*> for_if_clauses();
  ast::ExprNode* star_targets();
  ast::ExprNode* target_primary();
  bool starts_expression(const Token& t) const;
  void check_forgot_comma(ast::ExprNode* a);
  ast::ExprNode* make_tuple(std::vector<ast::ExprNode*>& elts, const ast::Location& loc);

  // ---- targets
  static const char* expr_name(const ast::ExprNode* e);
  static ast::ExprNode* invalid_target(ast::ExprNode* e, TargetsType type);
  void set_context(ast::ExprNode* e, ast::ExprContext ctx);
  [[noreturn]] void fail_invalid_target(ast::ExprNode* e, TargetsType type);
  void check_target(ast::ExprNode* e, TargetsType type);

  // ---- strings (parser_string.cpp)
  ast::ExprNode* strings();

  // ---- state
  ast::Arena& arena_;
  ParseOptions options_;
  Lexer lexer_;
  std::deque<Token> toks_;  // a deque: references to tokens stay valid as it grows
  size_t pos_ = 0;
  int depth_ = 0;
  int first_lineno_;
  bool fstring_mode_ = false;
  int col_shift_ = 0;
  bool has_error_ = false;
  bool lexer_failed_ = false;  // the recorded error came from the tokenizer
  SyntaxError error_;
  std::vector<ast::ExprNode*> scratch_;

  template <class T>
  ast::Seq<T> seq(const std::vector<T>& v) {
    return ast::Seq<T>::copy(arena_, v);
  }
  ast::Identifier ident(std::string_view s) { return arena_.copy_string(s); }
};

std::string format(const char* fmt, ...);

}  // namespace mempy::interp::detail
