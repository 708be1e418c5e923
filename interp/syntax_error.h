// interp/syntax_error.h — how the front end reports a failure: one value, no C++ exceptions.
//
// The lexer, the parser and the symbol table return a SyntaxError (kind + CPython's attributes)
// instead of throwing. The caller (compiler / VM) turns it into the Python exception of the same
// name. Positions follow CPython 3.11's SyntaxError attributes exactly: `lineno`/`end_lineno` are
// 1-based, `offset`/`end_offset` are 1-based columns. Like CPython reading a file (or compile()
// of bytes), tokenizer errors count columns in characters while parser and symbol-table errors
// count UTF-8 bytes; the quirky end values CPython produces (0, -1) are reproduced too, because
// the traceback printer draws its carets from them.
#pragma once
#include <cstdint>
#include <string>

namespace mempy::interp {

enum class ErrorKind : std::uint8_t {
  Syntax,       // SyntaxError
  Indentation,  // IndentationError (a subclass of SyntaxError)
  Tab,          // TabError (a subclass of IndentationError)
  Recursion,    // RecursionError: nesting too deep for the compile stage ("maximum recursion
                // depth exceeded during compilation"); raised by the symbol table
  Memory,       // MemoryError: nesting too deep for the parser (CPython's parser stack limit)
};

// The Python exception class name: "SyntaxError", "IndentationError", "TabError", ...
const char* error_kind_name(ErrorKind kind);

struct SyntaxError {
  ErrorKind kind = ErrorKind::Syntax;
  std::string msg;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;  // the offending source line without its newline ("" when unknown)
};

inline const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Syntax:
      return "SyntaxError";
    case ErrorKind::Indentation:
      return "IndentationError";
    case ErrorKind::Tab:
      return "TabError";
    case ErrorKind::Recursion:
      return "RecursionError";
    case ErrorKind::Memory:
      return "MemoryError";
  }
  return "SyntaxError";
}

}  // namespace mempy::interp
