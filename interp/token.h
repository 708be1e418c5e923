// interp/token.h — the tokens the lexer hands the parser.
//
// The kinds are CPython 3.11's token types (Grammar/Tokens), with two refinements the parser
// wants: every operator has its own kind (tokenize's `exact_type`), and every hard keyword has its
// own kind (CPython's parser compares NAME strings against its keyword list; doing it once in the
// lexer is cheaper). Soft keywords (`match`, `case`, `_`) are plain names. A token's text is a view
// into the lexer's source buffer; its positions are CPython's: 1-based lines, 0-based UTF-8 byte
// columns, end exclusive. (As in CPython's C tokenizer, a NEWLINE token is zero-width.)
#pragma once
#include <cstdint>
#include <string_view>

namespace mempy::interp {

// X(kind, tokenize name, fixed text or "")
#define MEMPY_TOKEN_LIST(X)                               \
  X(EndMarker, "ENDMARKER", "")                           \
  X(Name, "NAME", "")                                     \
  X(Number, "NUMBER", "")                                 \
  X(String, "STRING", "")                                 \
  X(Newline, "NEWLINE", "")                               \
  X(Indent, "INDENT", "")                                 \
  X(Dedent, "DEDENT", "")                                 \
  X(LPar, "LPAR", "(")                                    \
  X(RPar, "RPAR", ")")                                    \
  X(LSqb, "LSQB", "[")                                    \
  X(RSqb, "RSQB", "]")                                    \
  X(Colon, "COLON", ":")                                  \
  X(Comma, "COMMA", ",")                                  \
  X(Semi, "SEMI", ";")                                    \
  X(Plus, "PLUS", "+")                                    \
  X(Minus, "MINUS", "-")                                  \
  X(Star, "STAR", "*")                                    \
  X(Slash, "SLASH", "/")                                  \
  X(VBar, "VBAR", "|")                                    \
  X(Amper, "AMPER", "&")                                  \
  X(Less, "LESS", "<")                                    \
  X(Greater, "GREATER", ">")                              \
  X(Equal, "EQUAL", "=")                                  \
  X(Dot, "DOT", ".")                                      \
  X(Percent, "PERCENT", "%")                              \
  X(LBrace, "LBRACE", "{")                                \
  X(RBrace, "RBRACE", "}")                                \
  X(EqEqual, "EQEQUAL", "==")                             \
  X(NotEqual, "NOTEQUAL", "!=")                           \
  X(LessEqual, "LESSEQUAL", "<=")                         \
  X(GreaterEqual, "GREATEREQUAL", ">=")                   \
  X(Tilde, "TILDE", "~")                                  \
  X(Circumflex, "CIRCUMFLEX", "^")                        \
  X(LeftShift, "LEFTSHIFT", "<<")                         \
  X(RightShift, "RIGHTSHIFT", ">>")                       \
  X(DoubleStar, "DOUBLESTAR", "**")                       \
  X(PlusEqual, "PLUSEQUAL", "+=")                         \
  X(MinEqual, "MINEQUAL", "-=")                           \
  X(StarEqual, "STAREQUAL", "*=")                         \
  X(SlashEqual, "SLASHEQUAL", "/=")                       \
  X(PercentEqual, "PERCENTEQUAL", "%=")                   \
  X(AmperEqual, "AMPEREQUAL", "&=")                       \
  X(VBarEqual, "VBAREQUAL", "|=")                         \
  X(CircumflexEqual, "CIRCUMFLEXEQUAL", "^=")             \
  X(LeftShiftEqual, "LEFTSHIFTEQUAL", "<<=")              \
  X(RightShiftEqual, "RIGHTSHIFTEQUAL", ">>=")            \
  X(DoubleStarEqual, "DOUBLESTAREQUAL", "**=")            \
  X(DoubleSlash, "DOUBLESLASH", "//")                     \
  X(DoubleSlashEqual, "DOUBLESLASHEQUAL", "//=")          \
  X(At, "AT", "@")                                        \
  X(AtEqual, "ATEQUAL", "@=")                             \
  X(RArrow, "RARROW", "->")                               \
  X(Ellipsis, "ELLIPSIS", "...")                          \
  X(ColonEqual, "COLONEQUAL", ":=")                       \
  X(Op, "OP", "") /* a character no rule uses: $ ? ! ` */ \
  X(KwFalse, "NAME", "False")                             \
  X(KwNone, "NAME", "None")                               \
  X(KwTrue, "NAME", "True")                               \
  X(KwAnd, "NAME", "and")                                 \
  X(KwAs, "NAME", "as")                                   \
  X(KwAssert, "NAME", "assert")                           \
  X(KwAsync, "NAME", "async")                             \
  X(KwAwait, "NAME", "await")                             \
  X(KwBreak, "NAME", "break")                             \
  X(KwClass, "NAME", "class")                             \
  X(KwContinue, "NAME", "continue")                       \
  X(KwDef, "NAME", "def")                                 \
  X(KwDel, "NAME", "del")                                 \
  X(KwElif, "NAME", "elif")                               \
  X(KwElse, "NAME", "else")                               \
  X(KwExcept, "NAME", "except")                           \
  X(KwFinally, "NAME", "finally")                         \
  X(KwFor, "NAME", "for")                                 \
  X(KwFrom, "NAME", "from")                               \
  X(KwGlobal, "NAME", "global")                           \
  X(KwIf, "NAME", "if")                                   \
  X(KwImport, "NAME", "import")                           \
  X(KwIn, "NAME", "in")                                   \
  X(KwIs, "NAME", "is")                                   \
  X(KwLambda, "NAME", "lambda")                           \
  X(KwNonlocal, "NAME", "nonlocal")                       \
  X(KwNot, "NAME", "not")                                 \
  X(KwOr, "NAME", "or")                                   \
  X(KwPass, "NAME", "pass")                               \
  X(KwRaise, "NAME", "raise")                             \
  X(KwReturn, "NAME", "return")                           \
  X(KwTry, "NAME", "try")                                 \
  X(KwWhile, "NAME", "while")                             \
  X(KwWith, "NAME", "with")                               \
  X(KwYield, "NAME", "yield")

enum class TokenKind : std::uint8_t {
#define MEMPY_TOKEN_ENUM(kind, name, text) kind,
  MEMPY_TOKEN_LIST(MEMPY_TOKEN_ENUM)
#undef MEMPY_TOKEN_ENUM
};

// tokenize's exact_type name ("LPAR", "NAME" for keywords, ...).
const char* token_kind_name(TokenKind kind);
// The fixed spelling of an operator or keyword ("" for NAME, NUMBER, STRING, ...).
const char* token_kind_text(TokenKind kind);

inline bool is_keyword(TokenKind k) {
  return k >= TokenKind::KwFalse;
}

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  int lineno = 0;      // start line (1-based)
  int col = 0;         // start column (0-based, bytes); -1 for INDENT/DEDENT as in CPython
  int end_lineno = 0;  // end line
  int end_col = 0;     // end column (exclusive, bytes); -1 for INDENT/DEDENT
  int level = 0;       // open brackets after this token (CPython's tok->level)
  std::string_view text;
};

}  // namespace mempy::interp
