// interp/parser.h — source text to AST (CPython 3.11's grammar, mempy's subset of constructs).
//
//     ParseResult r = parse(source_bytes);
//     if (!r.ok()) { report(r.error); }            // SyntaxError / IndentationError / ...
//     else { for (ast::StmtNode* s : r.module->body) ... }
//
// The result owns everything: the prepared source, the arena with every node. Move it around
// freely (node addresses do not change). Errors are values (interp/syntax_error.h); nothing
// throws out of parse().
//
// Supported: all of Python 3.11's syntax except async/await, `match`, `except*` and the type
// parameter syntax, which fail with a SyntaxError "mempy does not support ...".
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "interp/ast.h"
#include "interp/syntax_error.h"

namespace mempy::interp {

enum class ParseMode {
  Exec,  // a module: compile(..., 'exec')
  Eval,  // a single expression: compile(..., 'eval'); fills Module::expression
};

struct ParseOptions {
  ParseMode mode = ParseMode::Exec;
  // Named in the "Non-UTF-8 code" message only.
  std::string_view filename = "<string>";
  // CPython reports parser-error columns in bytes when it reads a file (or compile() of bytes)
  // and in characters for compile() of a str. Set for exec()/eval() of a str.
  bool char_offsets = false;
};

struct ParseResult {
  std::unique_ptr<ast::Arena> arena;
  std::string source;             // the prepared source (LF line ends, final LF)
  ast::Module* module = nullptr;  // null on error
  SyntaxError error;              // meaningful when !ok()

  bool ok() const { return module != nullptr; }
};

ParseResult parse(std::string_view source, const ParseOptions& options = {});

// Limits (see the robustness notes in parser.cpp).
constexpr int kMaxParserDepth = 4000;  // nested expressions/statements before MemoryError

}  // namespace mempy::interp
