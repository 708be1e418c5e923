// interp/lexer.h — CPython 3.11's tokenizer, rewritten: source text in, tokens out, on demand.
//
// The lexer is pulled one token at a time by the parser, as CPython's tokenizer is, because the
// order in which errors surface is observable: an error in line 9 is only met once the parser has
// asked for line 9's tokens, and after a parser error the rest of the file is still tokenized to
// look for a tokenizer error that takes priority (see parser.cpp).
//
// Input is the *prepared* source (prepare_source below): UTF-8 checked, BOM removed, CRLF and CR
// turned into LF, a final LF added. Errors come in two flavours, mirroring CPython:
//  - eager errors (bad number, unterminated string, invalid character, unmatched bracket...) are
//    complete SyntaxErrors when next() fails;
//  - state errors (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT in CPython) are reported as
//    a LexFailure code plus the tokenizer's position, because CPython's parser turns them into a
//    message using its own context (e.g. E_EOF becomes "'(' was never closed" or "unexpected EOF
//    while parsing").
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "interp/syntax_error.h"
#include "interp/token.h"

namespace mempy::interp {

// Checks and normalizes raw source bytes into `out` (see above). Returns false with `err` filled
// for a NUL byte, invalid UTF-8 or an unsupported coding declaration. `filename` is only used in
// the non-UTF-8 message, which names it as CPython does.
bool prepare_source(std::string_view raw, std::string& out, SyntaxError& err,
                    std::string_view filename = "<string>");

enum class LexFailure : std::uint8_t {
  None,
  Eager,     // error() is a complete SyntaxError
  Eof,       // end of input inside brackets or after a backslash continuation
  Dedent,    // "unindent does not match any outer indentation level"
  TabSpace,  // "inconsistent use of tabs and spaces in indentation"
  TooDeep,   // "too many levels of indentation" (100)
  LineCont,  // "unexpected character after line continuation character"
};

class Lexer {
 public:
  static constexpr int kMaxIndent = 100;  // CPython MAXINDENT
  static constexpr int kMaxLevel = 200;   // CPython MAXLEVEL: nested brackets

  // `source` must be prepared (or at least end with '\n') and outlive the lexer.
  // `first_lineno` numbers the first line (f-string expressions are lexed on their own).
  explicit Lexer(std::string_view source, int first_lineno = 1);

  // Produces the next token. Returns false on failure; then failure() says which kind, and every
  // later call fails the same way.
  bool next(Token& out) {
    bool ok = next_token(out);
    out.level = int(brackets_.size());
    return ok;
  }

  LexFailure failure() const { return failure_; }
  const SyntaxError& error() const { return error_; }  // for LexFailure::Eager
  // Where the tokenizer stood when a state error happened (CPython's tok->lineno and
  // tok->cur - line_start in bytes), used to place the parser's message.
  int fail_lineno() const { return fail_lineno_; }
  int fail_col() const { return fail_col_; }

  // Open brackets, innermost last (for "'(' was never closed").
  struct OpenBracket {
    char ch;
    int lineno;
    int col;  // bytes
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

  // The text of line `lineno` without its newline ("" when out of range).
  std::string_view line_text(int lineno) const;
  int current_lineno() const { return lineno_; }
  std::string_view source() const { return src_; }

 private:
  bool next_token(Token& out);
  int nextc();
  void backup(int c);
  bool fail_eager(const char* msg, int col_chars = -1, int end_col_chars = -1);
  bool fail_state(LexFailure f, int col_bytes);
  bool continuation_line();
  bool lex_number(int c, Token& out);
  bool decimal_tail(int& c);
  bool verify_end_of_number(int c, const char* kind);
  bool lookahead(const char* rest);
  bool lex_string(int quote, Token& out);
  bool verify_identifier();
  int chars_between(const char* from, const char* to) const;
  void finish(Token& out, TokenKind kind);

  std::string_view src_;
  const char* end_;
  const char* cur_;
  const char* line_start_;
  const char* line_end_;  // one past the '\n' of the current line
  const char* tok_start_ = nullptr;
  int tok_lineno_ = 0;
  int tok_col_ = 0;
  int lineno_;
  int first_lineno_;
  std::vector<const char*> line_starts_;  // index: lineno - first_lineno

  bool at_bol_ = true;
  int pending_ = 0;  // > 0: INDENTs to emit, < 0: DEDENTs
  int indent_ = 0;
  int indstack_[kMaxIndent + 1] = {0};
  int altindstack_[kMaxIndent + 1] = {0};
  std::vector<OpenBracket> brackets_;

  LexFailure failure_ = LexFailure::None;
  SyntaxError error_;
  int fail_lineno_ = 0;
  int fail_col_ = 0;
};

// Decodes one UTF-8 sequence at `p` (validated input); advances `p`.
char32_t decode_utf8(const char*& p);
// Appends the UTF-8 encoding of `c` (surrogates are encoded like any other code point).
void append_utf8(std::string& out, char32_t c);
// Number of code points in the UTF-8 text (CPython's byte-to-character offset conversion).
int utf8_length(std::string_view text);

}  // namespace mempy::interp
