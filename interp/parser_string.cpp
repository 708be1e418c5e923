// interp/parser_string.cpp — string literals: prefixes, escapes, implicit concatenation and
// 3.11-style f-strings.
//
// Adjacent STRING tokens form one atom. Each token's prefix says bytes / raw / f-string; mixing
// bytes with str is an error; any f-string turns the result into a JoinedStr whose parts are
// str Constants and FormattedValues, all located over the whole run of tokens (CPython 3.11
// does exactly that). Escapes are decoded here, with CPython's "(unicode error) ..." messages.
//
// F-strings (CPython 3.11's string_parser.c, re-expressed): a literal part runs to a single '{'
// ('{{' and '}}' are literal braces); a replacement field is scanned for its end while tracking
// quotes and brackets ('!' ':' '=' '}' at bracket depth 0 end it, but not '!=' '==' '<=' '>='),
// then its text is parsed by a fresh Parser over "(" + text + ")" whose first-line columns are
// shifted to the field's place in the source; then come the optional '=' (self-documenting:
// the text up to and including '=' becomes literal text and the conversion defaults to !r),
// '!s' / '!r' / '!a', and ':' with a format spec that is itself an f-string one level deeper
// (two levels at most).
#include "interp/parser_internal.h"
#include "runtime/unicode_db.h"

namespace mempy::interp::detail {

using namespace ast;

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes backslash escapes of a str (bytes=false) or bytes literal body. On error returns false
// with CPython's message (without the "(unicode error) " / "(value error) " prefix in `kind`).
bool decode_escapes(std::string_view s, bool bytes, std::string& out, std::string& err) {
  out.clear();
  out.reserve(s.size());
  // CPython decodes a copy in which every non-ASCII character is spelled \UXXXXXXXX (10 bytes);
  // error positions count in that copy.
  int shift = 0;
  auto pos = [&](size_t i) { return int(i) + shift; };
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '\\') {
      auto uc = static_cast<unsigned char>(c);
      if (uc >= 0x80) {
        const char* p = s.data() + i;
        const char* q = p;
        decode_utf8(q);
        size_t n = size_t(q - p);
        out.append(p, n);
        shift += 10 - int(n);
        i += n;
      } else {
        out += c;
        ++i;
      }
      continue;
    }
    size_t start = i;
    if (i + 1 >= s.size()) {
      if (bytes) {
        err = "(value error) Trailing \\ in string";
      } else {
        err = format(
            "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position "
            "%d: \\ at end of string",
            pos(start));
      }
      return false;
    }
    char e = s[i + 1];
    i += 2;
    auto unicode_error = [&](size_t last, const char* what) {
      err = format("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
                   pos(start), pos(last), what);
      return false;
    };
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        unsigned v = unsigned(e - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k, ++i)
          v = v * 8 + unsigned(s[i] - '0');
        if (bytes) {
          out += char(v & 0xFF);
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x': {
        int v = 0, n = 0;
        while (n < 2 && i < s.size() && hex_value(s[i]) >= 0) v = v * 16 + hex_value(s[i++]), ++n;
        if (n < 2) {
          if (bytes) {
            err = format("(value error) invalid \\x escape at position %d", int(start));
            return false;
          }
          return unicode_error(i - 1, "truncated \\xXX escape");
        }
        if (bytes) {
          out += char(v);
        } else {
          append_utf8(out, char32_t(v));
        }
        break;
      }
      case 'u':
      case 'U':
        if (!bytes) {
          int want = e == 'u' ? 4 : 8;
          std::uint32_t v = 0;
          int n = 0;
          while (n < want && i < s.size() && hex_value(s[i]) >= 0)
            v = v * 16 + std::uint32_t(hex_value(s[i++])), ++n;
          if (n < want) {
            return unicode_error(
                i - 1, e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape");
          }
          if (v > 0x10FFFF) return unicode_error(i - 1, "illegal Unicode character");
          append_utf8(out, v);
          break;
        }
        out += '\\';
        out += e;
        break;
      case 'N':
        if (!bytes) {
          if (i >= s.size() || s[i] != '{')
            return unicode_error(i - 1, "malformed \\N character escape");
          size_t close = s.find('}', i);
          if (close == std::string_view::npos || close == i + 1) {
            return unicode_error(close == std::string_view::npos ? s.size() - 1 : i,
                                 "malformed \\N character escape");
          }
          std::int32_t cp = runtime::uni_lookup_name(s.substr(i + 1, close - i - 1));
          if (cp < 0) return unicode_error(close, "unknown Unicode character name");
          append_utf8(out, char32_t(cp));
          i = close + 1;
          break;
        }
        out += '\\';
        out += e;
        break;
      default:
        // An unknown escape keeps its backslash (CPython 3.11 only warns).
        out += '\\';
        i -= 1;
        break;
    }
  }
  return true;
}

struct FState {
  std::string last_str;
  bool has_last = false;
  std::vector<ExprNode*> parts;
};

class StringParser {
 public:
  StringParser(Parser& p, const Location& loc, bool kind_u) : p_(p), loc_(loc), kind_u_(kind_u) {}

  ExprNode* str_node(std::string& s) {
    auto* c = make_expr<Constant>(p_.arena_, loc_);
    c->value.kind = ConstantKind::Str;
    c->value.text = p_.arena_.copy_string(s);
    c->kind_u = kind_u_;
    return c;
  }

  void add_literal(FState& st, const std::string& s) {
    if (s.empty()) return;  // CPython drops empty pieces
    st.last_str += s;
    st.has_last = true;
  }

  void flush(FState& st) {
    if (!st.has_last) return;
    st.parts.push_back(str_node(st.last_str));
    st.last_str.clear();
    st.has_last = false;
  }

  // The whole f-string body [s, end) of token t (or a format spec when recurse_lvl > 0).
  void concat_fstring(FState& st, const char*& s, const char* end, bool raw, int recurse_lvl,
                      const Token& t) {
    for (;;) {
      std::string literal;
      bool has_literal = false;
      int result = find_literal(s, end, raw, recurse_lvl, literal, has_literal);
      if (has_literal) add_literal(st, literal);
      if (result == 1) continue;
      if (s >= end || *s == '}') break;
      std::string expr_text;
      bool has_text = false;
      ExprNode* expression = find_expr(s, end, raw, recurse_lvl, expr_text, has_text, t);
      if (has_text) add_literal(st, expr_text);
      flush(st);
      st.parts.push_back(expression);
    }
    if (recurse_lvl == 0 && s < end - 1) p_.fail_last("f-string: unexpected end of string");
    if (recurse_lvl != 0 && (s >= end || *s != '}')) p_.fail_last("f-string: expecting '}'");
  }

 private:
  // Returns 1 when a doubled brace ended the literal (scanning continues), 0 otherwise.
  int find_literal(const char*& str, const char* end, bool raw, int recurse_lvl,
                   std::string& literal, bool& has_literal) {
    const char* s = str;
    const char* literal_start = s;
    int result = 0;
    while (s < end) {
      char ch = *s++;
      if (!raw && ch == '\\' && s < end) {
        ch = *s++;
        if (ch == 'N') {
          // The braces of \N{NAME} do not start a replacement field.
          if (s < end && *s++ == '{') {
            while (s < end && *s++ != '}') {
            }
          }
          continue;
        }
      }
      if (ch == '{' || ch == '}') {
        if (recurse_lvl == 0) {
          if (s < end && *s == ch) {
            str = s + 1;
            result = 1;
            goto done;
          }
          if (ch == '}') {
            str = s - 1;
            p_.fail_last("f-string: single '}' is not allowed");
          }
        }
        --s;
        break;
      }
    }
    str = s;
  done:
    if (literal_start != s) {
      std::string_view piece(literal_start, size_t(s - literal_start));
      if (raw) {
        literal.assign(piece);
      } else {
        std::string err;
        if (!decode_escapes(piece, false, literal, err)) p_.fail_last(err);
      }
      has_literal = true;
    }
    return result;
  }

  ExprNode* find_expr(const char*& str, const char* end, bool raw, int recurse_lvl,
                      std::string& expr_text, bool& has_text, const Token& t) {
    if (recurse_lvl >= 2) p_.fail_last("f-string: expressions nested too deeply");
    ++str;  // '{'
    const char* expr_start = str;
    char quote_char = 0;
    int string_type = 0;
    char parenstack[Lexer::kMaxLevel];
    int nested_depth = 0;
    for (; str < end; ++str) {
      char ch = *str;
      if (ch == '\\') p_.fail_last("f-string expression part cannot include a backslash");
      if (quote_char) {
        if (ch == quote_char) {
          if (string_type == 3) {
            if (str + 2 < end && str[1] == ch && str[2] == ch) {
              str += 2;
              string_type = 0;
              quote_char = 0;
            }
          } else {
            string_type = 0;
            quote_char = 0;
          }
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        if (str + 2 < end && str[1] == ch && str[2] == ch) {
          string_type = 3;
          str += 2;
        } else {
          string_type = 1;
        }
        quote_char = ch;
      } else if (ch == '[' || ch == '{' || ch == '(') {
        if (nested_depth >= Lexer::kMaxLevel) p_.fail_last("f-string: too many nested parenthesis");
        parenstack[nested_depth++] = ch;
      } else if (ch == '#') {
        p_.fail_last("f-string expression part cannot include '#'");
      } else if (nested_depth == 0 &&
                 (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
        if (str + 1 < end) {
          char nx = str[1];
          if ((ch == '!' && nx == '=') || (ch == '=' && nx == '=') || (ch == '<' && nx == '=') ||
              (ch == '>' && nx == '=')) {
            ++str;
            continue;
          }
        }
        if (ch == '>' || ch == '<') continue;
        break;
      } else if (ch == ']' || ch == '}' || ch == ')') {
        if (!nested_depth) p_.fail_last(format("f-string: unmatched '%c'", ch));
        char opening = parenstack[--nested_depth];
        if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
              (opening == '{' && ch == '}'))) {
          p_.fail_last(
              format("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                     ch, opening));
        }
      }
    }
    const char* expr_end = str;
    if (quote_char) p_.fail_last("f-string: unterminated string");
    if (nested_depth)
      p_.fail_last(format("f-string: unmatched '%c'", parenstack[nested_depth - 1]));
    if (str >= end) p_.fail_last("f-string: expecting '}'");

    ExprNode* simple = compile_expr(expr_start, expr_end, t);

    if (*str == '=') {
      ++str;
      while (str < end && (*str == ' ' || *str == '\t' || *str == '\n' || *str == '\r' ||
                           *str == '\f' || *str == '\v'))
        ++str;
      if (str >= end) p_.fail_last("f-string: expecting '}'");
      expr_text.assign(expr_start, size_t(str - expr_start));
      has_text = true;
    }
    int conversion = -1;
    if (*str == '!') {
      ++str;
      if (str >= end) p_.fail_last("f-string: expecting '}'");
      conversion = static_cast<unsigned char>(*str);
      ++str;
      if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
        p_.fail_last("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    ExprNode* format_spec = nullptr;
    if (str < end && *str == ':') {
      ++str;
      if (str >= end) p_.fail_last("f-string: expecting '}'");
      FState spec;
      concat_fstring(spec, str, end, raw, recurse_lvl + 1, t);
      flush(spec);
      auto* j = make_expr<JoinedStr>(p_.arena_, loc_);
      j->values = p_.seq(spec.parts);
      format_spec = j;
    }
    if (str >= end || *str != '}') p_.fail_last("f-string: expecting '}'");
    ++str;
    if (has_text && !format_spec && conversion == -1) conversion = 'r';
    auto* fv = make_expr<FormattedValue>(p_.arena_, loc_);
    fv->value = simple;
    fv->conversion = conversion;
    fv->format_spec = format_spec;
    return fv;
  }

  ExprNode* compile_expr(const char* expr_start, const char* expr_end, const Token& t) {
    const char* s = expr_start;
    while (s != expr_end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\f')) ++s;
    if (s == expr_end) {
      if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=') {
        p_.fail_last(format("f-string: expression required before '%c'", *expr_end));
      }
      p_.fail_last("f-string: empty expression not allowed");
    }
    // Where the field sits: lines before it inside the token, and its column unless a newline
    // follows the '{' (then the expression's own columns are right as they are).
    const char* brace = expr_start - 1;
    const char* token_start = t.text.data();
    int lines = 0;
    for (const char* q = token_start; q < brace; ++q) lines += *q == '\n';
    bool newline_after_brace = true;
    for (const char* q = brace + 1; q < expr_end + 1 && *q != '}' && *q != '\n'; ++q) {
      if (*q != ' ' && *q != '\t' && *q != '\f') {
        newline_after_brace = false;
        break;
      }
    }
    int cols = 0;
    if (!newline_after_brace) {
      const char* q = brace;
      while (q > token_start && *q != '\n') --q;
      cols = int(brace - q);
      if (*q == '\n') cols -= 1;
    }
    std::string sub;
    sub.reserve(size_t(expr_end - expr_start) + 3);
    sub += '(';
    sub.append(expr_start, expr_end);
    sub += ")\n";
    Parser inner(p_.arena_, sub, p_.options_, t.lineno + lines);
    inner.set_fstring_mode(lines != 0 ? cols : t.col + cols);
    inner.depth_ = p_.depth_;
    ExprNode* e = inner.parse_fstring_expr();
    if (!e) {
      p_.error_ = inner.error();
      p_.has_error_ = true;
      if (inner.error().kind == ErrorKind::Memory) p_.fail_memory();
      throw ParseAbort{};
    }
    return e;
  }

  Parser& p_;
  Location loc_;
  bool kind_u_;
};

}  // namespace

ExprNode* Parser::strings() {
  size_t first_i = pos_;
  while (at(TokenKind::String)) next();  // also fetches the token after: errors point there
  size_t last_i = pos_ - 1;
  const Token& first = toks_[first_i];
  const Token& last = toks_[last_i];
  Location loc{first.lineno, first.col, last.end_lineno, last.end_col};
  StringParser sp(*this, loc, first.text[0] == 'u');
  FState st;
  bool fmode = false;
  bool bytesmode = false;
  std::string bytes;
  std::string decoded;
  for (size_t i = first_i; i <= last_i; ++i) {
    const Token& t = toks_[i];
    std::string_view s = t.text;
    bool this_bytes = false, raw = false, f = false;
    size_t k = 0;
    for (; k < s.size() && s[k] != '\'' && s[k] != '"'; ++k) {
      char c = char(s[k] | 0x20);
      if (c == 'b') this_bytes = true;
      if (c == 'r') raw = true;
      if (c == 'f') f = true;
    }
    char quote = s[k];
    std::string_view body = s.substr(k + 1, s.size() - k - 2);
    if (body.size() >= 4 && body[0] == quote && body[1] == quote) {
      body = body.substr(2, body.size() - 4);
    }
    if (!f) {
      raw = raw || body.find('\\') == std::string_view::npos;
      if (this_bytes) {
        for (char c : s.substr(k)) {
          if (static_cast<unsigned char>(c) >= 0x80) {
            fail_at(span_of(t), "bytes can only contain ASCII literal characters");
          }
        }
      }
      if (raw) {
        decoded.assign(body);
      } else {
        std::string err;
        if (!decode_escapes(body, this_bytes, decoded, err)) fail_last(err);
      }
    }
    if (i != first_i && bytesmode != this_bytes)
      fail_last("cannot mix bytes and nonbytes literals");
    bytesmode = this_bytes;
    if (f) {
      fmode = true;
      const char* p = body.data();
      sp.concat_fstring(st, p, body.data() + body.size(), raw, 0, t);
    } else if (bytesmode) {
      bytes += decoded;
    } else {
      sp.add_literal(st, decoded);
    }
  }
  if (bytesmode) {
    auto* c = make_expr<Constant>(arena_, loc);
    c->value.kind = ConstantKind::Bytes;
    c->value.text = arena_.copy_string(bytes);
    return c;
  }
  if (!fmode) return sp.str_node(st.last_str);
  sp.flush(st);
  auto* j = make_expr<JoinedStr>(arena_, loc);
  j->values = seq(st.parts);
  return j;
}

}  // namespace mempy::interp::detail
