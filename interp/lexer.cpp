// interp/lexer.cpp — the tokenizer.
//
// Structure follows CPython 3.11's tok_get() so that the same input fails at the same place with
// the same words: indentation is measured at the beginning of each logical line (tabs to the next
// multiple of 8, and a second measure with tabs as 1 column, "altcol", which must order lines the
// same way or the indentation is ambiguous → TabError); blank and comment-only lines never reach
// the parser; inside brackets newlines and indentation are ignored; numbers and strings are
// scanned with CPython's exact error rules (underscore placement, "invalid decimal literal" when a
// letter is glued to a number, the "unterminated string literal" location at the opening quote).
//
// Positions: the current line is [line_start_, line_end_). The line number advances only when a
// character of the next line is read, as CPython's buffer refill does; errors that report "where
// the tokenizer stands" depend on that.
#include "interp/lexer.h"

#include <cstring>

#include "interp/unicode_tables.h"

namespace mempy::interp {

namespace {

constexpr int kEof = -1;

bool is_digit(int c) {
  return c >= '0' && c <= '9';
}
bool is_xdigit(int c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool potential_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool potential_identifier_char(int c) {
  return potential_identifier_start(c) || is_digit(c);
}

TokenKind keyword_kind(std::string_view s) {
  struct Entry {
    const char* text;
    TokenKind kind;
  };
  static constexpr Entry kKeywords[] = {
      {"False", TokenKind::KwFalse},
      {"None", TokenKind::KwNone},
      {"True", TokenKind::KwTrue},
      {"and", TokenKind::KwAnd},
      {"as", TokenKind::KwAs},
      {"assert", TokenKind::KwAssert},
      {"async", TokenKind::KwAsync},
      {"await", TokenKind::KwAwait},
      {"break", TokenKind::KwBreak},
      {"class", TokenKind::KwClass},
      {"continue", TokenKind::KwContinue},
      {"def", TokenKind::KwDef},
      {"del", TokenKind::KwDel},
      {"elif", TokenKind::KwElif},
      {"else", TokenKind::KwElse},
      {"except", TokenKind::KwExcept},
      {"finally", TokenKind::KwFinally},
      {"for", TokenKind::KwFor},
      {"from", TokenKind::KwFrom},
      {"global", TokenKind::KwGlobal},
      {"if", TokenKind::KwIf},
      {"import", TokenKind::KwImport},
      {"in", TokenKind::KwIn},
      {"is", TokenKind::KwIs},
      {"lambda", TokenKind::KwLambda},
      {"nonlocal", TokenKind::KwNonlocal},
      {"not", TokenKind::KwNot},
      {"or", TokenKind::KwOr},
      {"pass", TokenKind::KwPass},
      {"raise", TokenKind::KwRaise},
      {"return", TokenKind::KwReturn},
      {"try", TokenKind::KwTry},
      {"while", TokenKind::KwWhile},
      {"with", TokenKind::KwWith},
      {"yield", TokenKind::KwYield},
  };
  // Keywords are 2..8 ASCII letters; a cheap filter keeps ordinary names off the table scan.
  if (s.size() < 2 || s.size() > 8) return TokenKind::Name;
  char c0 = s[0];
  if (!((c0 >= 'a' && c0 <= 'y') || c0 == 'F' || c0 == 'N' || c0 == 'T')) return TokenKind::Name;
  for (const Entry& e : kKeywords) {
    if (e.text[0] == c0 && s == e.text) return e.kind;
  }
  return TokenKind::Name;
}

TokenKind one_char(int c) {
  switch (c) {
    case '%':
      return TokenKind::Percent;
    case '&':
      return TokenKind::Amper;
    case '(':
      return TokenKind::LPar;
    case ')':
      return TokenKind::RPar;
    case '*':
      return TokenKind::Star;
    case '+':
      return TokenKind::Plus;
    case ',':
      return TokenKind::Comma;
    case '-':
      return TokenKind::Minus;
    case '.':
      return TokenKind::Dot;
    case '/':
      return TokenKind::Slash;
    case ':':
      return TokenKind::Colon;
    case ';':
      return TokenKind::Semi;
    case '<':
      return TokenKind::Less;
    case '=':
      return TokenKind::Equal;
    case '>':
      return TokenKind::Greater;
    case '@':
      return TokenKind::At;
    case '[':
      return TokenKind::LSqb;
    case ']':
      return TokenKind::RSqb;
    case '^':
      return TokenKind::Circumflex;
    case '{':
      return TokenKind::LBrace;
    case '|':
      return TokenKind::VBar;
    case '}':
      return TokenKind::RBrace;
    case '~':
      return TokenKind::Tilde;
    default:
      return TokenKind::Op;
  }
}

// CPython's PyToken_TwoChars; Op means "not a two-character token".
TokenKind two_chars(int c1, int c2) {
  switch (c1) {
    case '!':
      return c2 == '=' ? TokenKind::NotEqual : TokenKind::Op;
    case '%':
      return c2 == '=' ? TokenKind::PercentEqual : TokenKind::Op;
    case '&':
      return c2 == '=' ? TokenKind::AmperEqual : TokenKind::Op;
    case '*':
      if (c2 == '*') return TokenKind::DoubleStar;
      return c2 == '=' ? TokenKind::StarEqual : TokenKind::Op;
    case '+':
      return c2 == '=' ? TokenKind::PlusEqual : TokenKind::Op;
    case '-':
      if (c2 == '=') return TokenKind::MinEqual;
      return c2 == '>' ? TokenKind::RArrow : TokenKind::Op;
    case '/':
      if (c2 == '/') return TokenKind::DoubleSlash;
      return c2 == '=' ? TokenKind::SlashEqual : TokenKind::Op;
    case ':':
      return c2 == '=' ? TokenKind::ColonEqual : TokenKind::Op;
    case '<':
      if (c2 == '<') return TokenKind::LeftShift;
      if (c2 == '=') return TokenKind::LessEqual;
      return c2 == '>' ? TokenKind::NotEqual : TokenKind::Op;  // "<>": rejected by the parser
    case '=':
      return c2 == '=' ? TokenKind::EqEqual : TokenKind::Op;
    case '>':
      if (c2 == '=') return TokenKind::GreaterEqual;
      return c2 == '>' ? TokenKind::RightShift : TokenKind::Op;
    case '@':
      return c2 == '=' ? TokenKind::AtEqual : TokenKind::Op;
    case '^':
      return c2 == '=' ? TokenKind::CircumflexEqual : TokenKind::Op;
    case '|':
      return c2 == '=' ? TokenKind::VBarEqual : TokenKind::Op;
    default:
      return TokenKind::Op;
  }
}

TokenKind three_chars(int c1, int c2, int c3) {
  if (c3 != '=') {
    return (c1 == '.' && c2 == '.' && c3 == '.') ? TokenKind::Ellipsis : TokenKind::Op;
  }
  if (c1 == '*' && c2 == '*') return TokenKind::DoubleStarEqual;
  if (c1 == '/' && c2 == '/') return TokenKind::DoubleSlashEqual;
  if (c1 == '<' && c2 == '<') return TokenKind::LeftShiftEqual;
  if (c1 == '>' && c2 == '>') return TokenKind::RightShiftEqual;
  return TokenKind::Op;
}

std::string hex4(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", unsigned(c));
  return buf;
}

bool valid_utf8_at(const unsigned char* s, const unsigned char* end, int& len) {
  unsigned c = s[0];
  if (c < 0x80) {
    len = 1;
    return true;
  }
  int n;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 1, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 2, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 3, min = 0x10000;
  } else {
    return false;
  }
  if (end - s <= n) return false;
  char32_t cp = c & (0x3F >> n);
  for (int i = 1; i <= n; ++i) {
    if ((s[i] & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
  len = n + 1;
  return true;
}

// The coding spec of a comment line, as CPython's get_coding_spec finds it ("" when none).
std::string coding_spec(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return "";
  for (; i + 6 < line.size(); ++i) {
    if (line.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (line[t] != ':' && line[t] != '=') continue;
    do ++t;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t b = t;
    while (t < line.size() && (std::isalnum(static_cast<unsigned char>(line[t])) ||
                               line[t] == '-' || line[t] == '_' || line[t] == '.'))
      ++t;
    if (t > b) return std::string(line.substr(b, t - b));
  }
  return "";
}

std::string normal_encoding_name(std::string s) {
  for (char& c : s) c = c == '_' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
  if (s == "utf-8" || s.rfind("utf-8-", 0) == 0 || s == "utf8") return "utf-8";
  return s;
}

}  // namespace

char32_t decode_utf8(const char*& p) {
  auto c = static_cast<unsigned char>(*p++);
  if (c < 0x80) return c;
  int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  char32_t cp = c & (0x3F >> n);
  for (int i = 0; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(*p++) & 0x3F);
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += char(c);
  } else if (c < 0x800) {
    out += char(0xC0 | (c >> 6));
    out += char(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += char(0xE0 | (c >> 12));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  } else {
    out += char(0xF0 | (c >> 18));
    out += char(0x80 | ((c >> 12) & 0x3F));
    out += char(0x80 | ((c >> 6) & 0x3F));
    out += char(0x80 | (c & 0x3F));
  }
}

int utf8_length(std::string_view text) {
  int n = 0;
  for (char ch : text) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

bool prepare_source(std::string_view raw, std::string& out, SyntaxError& err,
                    std::string_view filename) {
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  out.clear();
  out.reserve(raw.size() + 1);
  int lineno = 1;
  const auto* s = reinterpret_cast<const unsigned char*>(raw.data());
  const auto* e = s + raw.size();
  const char* line_begin = raw.data();
  while (s < e) {
    unsigned c = *s;
    if (c == 0) {
      err = SyntaxError{};
      err.msg = "source code cannot contain null bytes";
      err.lineno = err.end_lineno = lineno;
      err.offset = err.end_offset = 0;
      return false;
    }
    if (c == '\r') {
      out += '\n';
      ++s;
      if (s < e && *s == '\n') ++s;
      ++lineno;
      line_begin = reinterpret_cast<const char*>(s);
      continue;
    }
    int len;
    if (!valid_utf8_at(s, e, len)) {
      err = SyntaxError{};
      char buf[512];
      std::snprintf(buf, sizeof buf,
                    "Non-UTF-8 code starting with '\\x%.2x' in file %.200s on line %d, but no "
                    "encoding declared; see https://peps.python.org/pep-0263/ for details",
                    c, std::string(filename).c_str(), lineno);
      err.msg = buf;
      return false;
    }
    if (c == '\n') {
      ++lineno;
      // A coding declaration may only sit on line 1 or 2; only UTF-8 is supported.
      if (lineno <= 3) {
        std::string spec = coding_spec(
            std::string_view(line_begin, reinterpret_cast<const char*>(s) - line_begin));
        if (!spec.empty() && normal_encoding_name(spec) != "utf-8") {
          err = SyntaxError{};
          err.msg = "mempy does not support source encoding '" + spec + "'";
          err.lineno = err.end_lineno = lineno - 1;
          return false;
        }
      }
      line_begin = reinterpret_cast<const char*>(s + 1);
    }
    out.append(reinterpret_cast<const char*>(s), len);
    s += len;
  }
  if (out.empty() || out.back() != '\n') out += '\n';
  (void)line_begin;
  return true;
}

// ------------------------------------------------------------------------------------------------

Lexer::Lexer(std::string_view source, int first_lineno)
    : src_(source),
      end_(source.data() + source.size()),
      cur_(source.data()),
      line_start_(source.data()),
      line_end_(source.data()),
      lineno_(first_lineno - 1),
      first_lineno_(first_lineno) {
  line_starts_.push_back(source.data());
  for (const char* p = source.data(); p < end_;) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end_ - p));
    if (!nl) break;
    p = nl + 1;
    if (p < end_) line_starts_.push_back(p);
  }
}

std::string_view Lexer::line_text(int lineno) const {
  int i = lineno - first_lineno_;
  if (i < 0 || i >= int(line_starts_.size())) return {};
  const char* b = line_starts_[i];
  const char* e = static_cast<const char*>(std::memchr(b, '\n', end_ - b));
  return std::string_view(b, (e ? e : end_) - b);
}

int Lexer::nextc() {
  if (cur_ == line_end_) {
    if (line_end_ >= end_) return kEof;
    line_start_ = line_end_;
    const char* nl = static_cast<const char*>(std::memchr(line_start_, '\n', end_ - line_start_));
    line_end_ = nl ? nl + 1 : end_;
    ++lineno_;
  }
  return static_cast<unsigned char>(*cur_++);
}

void Lexer::backup(int c) {
  if (c != kEof) --cur_;
}

int Lexer::chars_between(const char* from, const char* to) const {
  return utf8_length(std::string_view(from, to - from));
}

bool Lexer::fail_eager(const char* msg, int col, int end_col) {
  failure_ = LexFailure::Eager;
  error_ = SyntaxError{};
  error_.msg = msg;
  if (col == -1) col = chars_between(line_start_, cur_);
  if (end_col == -1) end_col = col;
  error_.lineno = error_.end_lineno = lineno_;
  error_.offset = col;
  error_.end_offset = end_col;
  const char* nl = static_cast<const char*>(std::memchr(line_start_, '\n', end_ - line_start_));
  error_.text.assign(line_start_, (nl ? nl : end_) - line_start_);
  return false;
}

bool Lexer::fail_state(LexFailure f, int col_bytes) {
  failure_ = f;
  fail_lineno_ = lineno_;
  fail_col_ = col_bytes;
  return false;
}

// After a backslash: the next character must end the line (CPython's tok_continuation_line).
bool Lexer::continuation_line() {
  int c = nextc();
  if (c != '\n') return fail_state(LexFailure::LineCont, int(cur_ - line_start_) - 1);
  c = nextc();
  if (c == kEof) {
    cur_ = line_end_;
    return fail_state(LexFailure::Eof, int(cur_ - line_start_));
  }
  backup(c);
  return true;
}

void Lexer::finish(Token& out, TokenKind kind) {
  out.kind = kind;
  out.lineno = tok_lineno_;
  out.col = tok_col_;
  out.end_lineno = lineno_;
  out.end_col = int(cur_ - line_start_);
  out.text = std::string_view(tok_start_, cur_ - tok_start_);
}

bool Lexer::next_token(Token& out) {
  if (failure_ != LexFailure::None) return false;
  int c;
  bool blankline;

nextline:
  blankline = false;
  if (at_bol_) {
    at_bol_ = false;
    int col = 0, altcol = 0, cont_line_col = 0;
    for (;;) {
      c = nextc();
      if (c == ' ') {
        ++col, ++altcol;
      } else if (c == '\t') {
        col = (col / 8 + 1) * 8;
        altcol = altcol + 1;
      } else if (c == '\f') {
        col = altcol = 0;  // form feed resets the count (Emacs page breaks)
      } else if (c == '\\') {
        // The first backslash-continued indentation decides the level.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if (!continuation_line()) return false;
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // blank and comment lines: no indentation
    if (!blankline && brackets_.empty()) {
      if (cont_line_col) col = altcol = cont_line_col;
      if (col == indstack_[indent_]) {
        if (altcol != altindstack_[indent_]) {
          cur_ = line_end_;
          return fail_state(LexFailure::TabSpace, int(cur_ - line_start_));
        }
      } else if (col > indstack_[indent_]) {
        if (indent_ + 1 >= kMaxIndent) {
          cur_ = line_end_;
          return fail_state(LexFailure::TooDeep, int(cur_ - line_start_));
        }
        if (altcol <= altindstack_[indent_]) {
          cur_ = line_end_;
          return fail_state(LexFailure::TabSpace, int(cur_ - line_start_));
        }
        ++pending_;
        indstack_[++indent_] = col;
        altindstack_[indent_] = altcol;
      } else {
        while (indent_ > 0 && col < indstack_[indent_]) {
          --pending_;
          --indent_;
        }
        if (col != indstack_[indent_]) {
          cur_ = line_end_;
          return fail_state(LexFailure::Dedent, int(cur_ - line_start_));
        }
        if (altcol != altindstack_[indent_]) {
          cur_ = line_end_;
          return fail_state(LexFailure::TabSpace, int(cur_ - line_start_));
        }
      }
    }
  }

  if (pending_ != 0) {
    // INDENT/DEDENT carry no columns in CPython's parser (-1); the empty text marks where the
    // tokenizer stood, which is what an "unexpected indent" error reports.
    TokenKind k = pending_ < 0 ? TokenKind::Dedent : TokenKind::Indent;
    pending_ += pending_ < 0 ? 1 : -1;
    out.kind = k;
    out.lineno = out.end_lineno = lineno_;
    out.col = out.end_col = -1;
    out.text = std::string_view(cur_, 0);
    return true;
  }

again:
  do c = nextc();
  while (c == ' ' || c == '\t' || c == '\f');
  tok_start_ = c == kEof ? cur_ : cur_ - 1;
  tok_lineno_ = lineno_;
  tok_col_ = int(tok_start_ - line_start_);

  if (c == '#') {
    while (c != kEof && c != '\n') c = nextc();
  }

  if (c == kEof) {
    if (!brackets_.empty()) return fail_state(LexFailure::Eof, int(cur_ - line_start_));
    out.kind = TokenKind::EndMarker;
    out.lineno = out.end_lineno = lineno_;
    out.col = out.end_col = -1;
    out.text = std::string_view(cur_, 0);
    return true;
  }

  if (potential_identifier_start(c)) {
    // String prefixes: any combination CPython accepts of b, r, u, f (in any case).
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
        saw_b = true;
      } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
        saw_u = true;
      } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
        saw_r = true;
      } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
        saw_f = true;
      } else {
        break;
      }
      c = nextc();
      if (c == '"' || c == '\'') return lex_string(c, out);
    }
    bool nonascii = false;
    while (potential_identifier_char(c)) {
      if (c >= 128) nonascii = true;
      c = nextc();
    }
    backup(c);
    if (nonascii && !verify_identifier()) return false;
    finish(out, TokenKind::Name);
    out.kind = keyword_kind(out.text);
    return true;
  }

  if (c == '\n') {
    at_bol_ = true;
    if (blankline || !brackets_.empty()) goto nextline;
    out.kind = TokenKind::Newline;
    out.lineno = out.end_lineno = tok_lineno_;
    // Starts at a trailing comment if there is one and ends before the '\n' (so it is
    // zero-width without a comment), as CPython's C tokenizer reports it.
    out.col = tok_col_;
    out.end_col = int(cur_ - 1 - line_start_);
    out.text = std::string_view(cur_ - 1, 1);
    return true;
  }

  if (c == '.') {
    c = nextc();
    if (is_digit(c)) {
      backup(c);
      return lex_number('.', out);
    }
    if (c == '.') {
      int c2 = nextc();
      if (c2 == '.') {
        finish(out, TokenKind::Ellipsis);
        return true;
      }
      backup(c2);
    }
    backup(c);
    finish(out, TokenKind::Dot);
    return true;
  }

  if (is_digit(c)) return lex_number(c, out);

  if (c == '\'' || c == '"') return lex_string(c, out);

  if (c == '\\') {
    if (!continuation_line()) return false;
    goto again;
  }

  {
    int c2 = nextc();
    TokenKind k2 = two_chars(c, c2);
    if (k2 != TokenKind::Op) {
      int c3 = nextc();
      TokenKind k3 = three_chars(c, c2, c3);
      if (k3 != TokenKind::Op) {
        finish(out, k3);
        return true;
      }
      backup(c3);
      finish(out, k2);
      return true;
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (int(brackets_.size()) >= kMaxLevel) return fail_eager("too many nested parentheses");
      brackets_.push_back({char(c), lineno_, tok_col_});
      break;
    case ')':
    case ']':
    case '}': {
      char buf[160];
      if (brackets_.empty()) {
        std::snprintf(buf, sizeof buf, "unmatched '%c'", c);
        return fail_eager(buf);
      }
      OpenBracket open = brackets_.back();
      brackets_.pop_back();
      if (!((open.ch == '(' && c == ')') || (open.ch == '[' && c == ']') ||
            (open.ch == '{' && c == '}'))) {
        if (open.lineno != lineno_) {
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c' on "
                        "line %d",
                        c, open.ch, open.lineno);
        } else {
          std::snprintf(buf, sizeof buf,
                        "closing parenthesis '%c' does not match opening parenthesis '%c'", c,
                        open.ch);
        }
        return fail_eager(buf);
      }
      break;
    }
    default:
      break;
  }

  if (c < 128 && !unicode::is_printable(char32_t(c))) {
    std::string msg = "invalid non-printable character U+" + hex4(char32_t(c));
    return fail_eager(msg.c_str());
  }
  finish(out, one_char(c));
  return true;
}

// Identifiers with non-ASCII characters: the first must be XID_Start (or '_'), the others
// XID_Continue. (CPython also NFKC-normalizes such names; mempy keeps them as written.)
bool Lexer::verify_identifier() {
  const char* p = tok_start_;
  bool first = true;
  while (p < cur_) {
    const char* before = p;
    char32_t ch = decode_utf8(p);
    bool ok = first ? unicode::is_xid_start(ch) : unicode::is_xid_continue(ch);
    first = false;
    if (!ok) {
      cur_ = p;  // the error points just past the offending character
      (void)before;
      std::string msg;
      if (unicode::is_printable(ch)) {
        msg = "invalid character '";
        append_utf8(msg, ch);
        msg += "' (U+" + hex4(ch) + ")";
      } else {
        msg = "invalid non-printable character U+" + hex4(ch);
      }
      return fail_eager(msg.c_str());
    }
  }
  return true;
}

bool Lexer::decimal_tail(int& c) {
  for (;;) {
    do c = nextc();
    while (is_digit(c));
    if (c != '_') return true;
    c = nextc();
    if (!is_digit(c)) {
      backup(c);
      return fail_eager("invalid decimal literal");
    }
  }
}

bool Lexer::lookahead(const char* rest) {
  const char* s = rest;
  bool res = false;
  for (;;) {
    int c = nextc();
    if (*s == 0) {
      res = !potential_identifier_char(c);
    } else if (c == *s) {
      ++s;
      continue;
    }
    backup(c);
    while (s != rest) {
      --s;
      backup(*s);
    }
    return res;
  }
}

// A number glued to a letter is an error ("1a"), except before the keywords that can follow a
// number in valid code ("1if x else y"), which CPython 3.11 still accepts with a warning.
bool Lexer::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = nextc();
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) return true;
  if (potential_identifier_char(c)) {
    backup(c);
    std::string msg = std::string("invalid ") + kind + " literal";
    return fail_eager(msg.c_str());
  }
  return true;
}

bool Lexer::lex_number(int c, Token& out) {
  auto done = [&](int last) {
    backup(last);
    finish(out, TokenKind::Number);
    return true;
  };
  char buf[64];
  if (c == '.') {
    c = nextc();  // first fraction digit
    goto fraction;
  }
  if (c == '0') {
    c = nextc();
    if (c == 'x' || c == 'X') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (!is_xdigit(c)) {
          backup(c);
          return fail_eager("invalid hexadecimal literal");
        }
        do c = nextc();
        while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(c, "hexadecimal")) return false;
      return done(c);
    }
    if (c == 'o' || c == 'O') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c < '0' || c >= '8') {
          if (is_digit(c)) {
            std::snprintf(buf, sizeof buf, "invalid digit '%c' in octal literal", c);
            return fail_eager(buf);
          }
          backup(c);
          return fail_eager("invalid octal literal");
        }
        do c = nextc();
        while (c >= '0' && c < '8');
      } while (c == '_');
      if (is_digit(c)) {
        std::snprintf(buf, sizeof buf, "invalid digit '%c' in octal literal", c);
        return fail_eager(buf);
      }
      if (!verify_end_of_number(c, "octal")) return false;
      return done(c);
    }
    if (c == 'b' || c == 'B') {
      c = nextc();
      do {
        if (c == '_') c = nextc();
        if (c != '0' && c != '1') {
          if (is_digit(c)) {
            std::snprintf(buf, sizeof buf, "invalid digit '%c' in binary literal", c);
            return fail_eager(buf);
          }
          backup(c);
          return fail_eager("invalid binary literal");
        }
        do c = nextc();
        while (c == '0' || c == '1');
      } while (c == '_');
      if (is_digit(c)) {
        std::snprintf(buf, sizeof buf, "invalid digit '%c' in binary literal", c);
        return fail_eager(buf);
      }
      if (!verify_end_of_number(c, "binary")) return false;
      return done(c);
    }
    // "0", "00", "0_0", or the start of a float; "012" is an error (old-style octal).
    bool nonzero = false;
    for (;;) {
      if (c == '_') {
        c = nextc();
        if (!is_digit(c)) {
          backup(c);
          return fail_eager("invalid decimal literal");
        }
      }
      if (c != '0') break;
      c = nextc();
    }
    const char* zeros_end = cur_;
    if (is_digit(c)) {
      nonzero = true;
      if (!decimal_tail(c)) return false;
    }
    if (c == '.') {
      c = nextc();
      goto fraction;
    }
    if (c == 'e' || c == 'E') goto exponent;
    if (c == 'j' || c == 'J') goto imaginary;
    if (nonzero) {
      backup(c);
      return fail_eager(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
          "octal integers",
          int(tok_start_ + 1 - line_start_), int(zeros_end - line_start_));
    }
    if (!verify_end_of_number(c, "decimal")) return false;
    return done(c);
  }
  // Decimal
  if (!decimal_tail(c)) return false;
  if (c == '.') {
    c = nextc();
    goto fraction;
  }
  goto exponent_check;

fraction:
  if (is_digit(c)) {
    backup(c);
    if (!decimal_tail(c)) return false;
  }
exponent_check:
  if (c == 'e' || c == 'E') {
  exponent:
    int e = c;
    c = nextc();
    if (c == '+' || c == '-') {
      c = nextc();
      if (!is_digit(c)) {
        backup(c);
        return fail_eager("invalid decimal literal");
      }
    } else if (!is_digit(c)) {
      backup(c);
      if (!verify_end_of_number(e, "decimal")) return false;
      backup(e);
      finish(out, TokenKind::Number);
      return true;
    }
    backup(c);
    if (!decimal_tail(c)) return false;
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    c = nextc();
    if (!verify_end_of_number(c, "imaginary")) return false;
  } else if (!verify_end_of_number(c, "decimal")) {
    return false;
  }
  return done(c);
}

// Called with the opening quote just read (any prefix letters are already consumed).
bool Lexer::lex_string(int quote, Token& out) {
  int start_lineno = tok_lineno_;
  const char* start_line = line_start_;
  int quote_size = 1;
  int end_quote_size = 0;
  int c = nextc();
  if (c == quote) {
    c = nextc();
    if (c == quote) {
      quote_size = 3;
    } else {
      end_quote_size = 1;  // empty string
    }
  }
  if (c != quote) backup(c);
  while (end_quote_size != quote_size) {
    c = nextc();
    if (c == kEof || (quote_size == 1 && c == '\n')) {
      // Report at the opening quote (prefix included), naming the line where the end was seen.
      int detected = lineno_;
      line_start_ = start_line;
      lineno_ = start_lineno;
      cur_ = tok_start_ + 1;
      char buf[96];
      std::snprintf(buf, sizeof buf, "%s (detected at line %d)",
                    quote_size == 3 ? "unterminated triple-quoted string literal"
                                    : "unterminated string literal",
                    detected);
      return fail_eager(buf);
    }
    if (c == quote) {
      ++end_quote_size;
    } else {
      end_quote_size = 0;
      if (c == '\\') nextc();  // the escaped character never ends the string
    }
  }
  finish(out, TokenKind::String);
  out.lineno = start_lineno;
  out.col = int(tok_start_ - start_line);
  return true;
}

// ------------------------------------------------------------------------------------------------

const char* token_kind_name(TokenKind kind) {
  static constexpr const char* kNames[] = {
#define MEMPY_TOKEN_NAME(kind, name, text) name,
      MEMPY_TOKEN_LIST(MEMPY_TOKEN_NAME)
#undef MEMPY_TOKEN_NAME
  };
  return kNames[static_cast<int>(kind)];
}

const char* token_kind_text(TokenKind kind) {
  static constexpr const char* kTexts[] = {
#define MEMPY_TOKEN_TEXT(kind, name, text) text,
      MEMPY_TOKEN_LIST(MEMPY_TOKEN_TEXT)
#undef MEMPY_TOKEN_TEXT
  };
  return kTexts[static_cast<int>(kind)];
}

}  // namespace mempy::interp
