// interp/parser_expr.cpp — expressions, from `star_expressions` down to atoms.
//
// Precedence, loosest first (CPython 3.11): lambda; `x if c else y`; or; and; not; comparisons
// (chained into one Compare); | ^ & << >> + - * / // % @ (precedence climbing in binary(): the
// recursion depth is bounded by the 6 levels, a long `a+b+c+...` is a loop); unary + - ~;
// ** (right-associative, and its right operand is a unary factor, so -2**2 is -(2**2));
// await (unsupported); primary trailers .name (args) [slices]; atoms.
//
// Invalid forms are diagnosed where CPython's invalid_* rules would catch them: the caller knows
// what token it expected, so each rule's message and location is produced at that point.
#include <cerrno>
#include <cstdlib>

#include "interp/parser_internal.h"

namespace mempy::interp::detail {

using namespace ast;

namespace {

int binop_prec(TokenKind k, Operator& op) {
  switch (k) {
    case TokenKind::VBar:
      op = Operator::BitOr;
      return 1;
    case TokenKind::Circumflex:
      op = Operator::BitXor;
      return 2;
    case TokenKind::Amper:
      op = Operator::BitAnd;
      return 3;
    case TokenKind::LeftShift:
      op = Operator::LShift;
      return 4;
    case TokenKind::RightShift:
      op = Operator::RShift;
      return 4;
    case TokenKind::Plus:
      op = Operator::Add;
      return 5;
    case TokenKind::Minus:
      op = Operator::Sub;
      return 5;
    case TokenKind::Star:
      op = Operator::Mult;
      return 6;
    case TokenKind::Slash:
      op = Operator::Div;
      return 6;
    case TokenKind::DoubleSlash:
      op = Operator::FloorDiv;
      return 6;
    case TokenKind::Percent:
      op = Operator::Mod;
      return 6;
    case TokenKind::At:
      op = Operator::MatMult;
      return 6;
    default:
      return 0;
  }
}

bool is_soft_keyword(std::string_view s) {
  return s == "match" || s == "case" || s == "_";
}

}  // namespace

bool Parser::starts_expression(const Token& t) const {
  switch (t.kind) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis:
    case TokenKind::KwAwait:
      return true;
    default:
      return false;
  }
}

ExprNode* Parser::make_tuple(std::vector<ExprNode*>& elts, const Location& loc) {
  auto* t = make_expr<Tuple>(arena_, loc);
  t->elts = seq(elts);
  return t;
}

// ------------------------------------------------------------------------------------- lists

ExprNode* Parser::expressions() {
  const Token& start = peek();
  ExprNode* first = expression();
  if (!at(TokenKind::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(peek())) break;
    elts.push_back(expression());
  }
  return make_tuple(elts, loc_from(start));
}

ExprNode* Parser::star_expressions() {
  const Token& start = peek();
  ExprNode* first = star_expression();
  if (!at(TokenKind::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!starts_expression(peek()) && !at(TokenKind::Star)) break;
    elts.push_back(star_expression());
  }
  return make_tuple(elts, loc_from(start));
}

ExprNode* Parser::starred_bitwise_or() {
  const Token& star = next();
  ExprNode* v = bitwise_or();
  auto* s = make_expr<Starred>(arena_, loc_from(star));
  s->value = v;
  return s;
}

ExprNode* Parser::star_expression() {
  if (at(TokenKind::Star)) return starred_bitwise_or();
  return expression();
}

ExprNode* Parser::star_named_expression() {
  if (at(TokenKind::Star)) return starred_bitwise_or();
  return named_expression();
}

// named_expression: NAME ':=' expression | expression !':='. When the expression is followed by
// '=' CPython's invalid_named_expression explains the likely '==' typo.
ExprNode* Parser::named_expression() {
  if (at(TokenKind::Name) && peek(1).kind == TokenKind::ColonEqual) {
    const Token& name = next();
    next();
    ExprNode* value = expression();
    auto* target = make_expr<Name>(arena_, loc_from(name));
    target->loc = {name.lineno, name.col, name.end_lineno, name.end_col};
    target->id = ident(name.text);
    target->ctx = ExprContext::Store;
    auto* n = make_expr<NamedExpr>(arena_, loc_from(name));
    n->target = target;
    n->value = value;
    return n;
  }
  size_t start = mark();
  ExprNode* e = expression();
  if (at(TokenKind::ColonEqual)) {
    fail_at(span_of(e->loc), format("cannot use assignment expressions with %s", expr_name(e)));
  }
  if (at(TokenKind::Equal)) {
    // `if x = 1:` and `if f() = 1:` — only when the right side is a lone bitwise_or.
    size_t m = mark();
    bool plain_rhs = false;
    ExprNode* rhs = nullptr;
    next();
    if (!at(TokenKind::KwNot) && !at(TokenKind::KwLambda) && starts_expression(peek())) {
      try {
        rhs = bitwise_or();
        plain_rhs = !at(TokenKind::Equal) && !at(TokenKind::ColonEqual);
      } catch (ParseAbort&) {
        if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
        has_error_ = false;
      }
    }
    reset(m);
    if (plain_rhs) {
      if (e->is<Name>() && toks_[start].kind == TokenKind::Name) {
        fail_range(span_of(e->loc), span_of(rhs->loc),
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      const Token& first = toks_[start];
      bool excluded = first.kind == TokenKind::KwTrue || first.kind == TokenKind::KwFalse ||
                      first.kind == TokenKind::KwNone;
      if (first.kind == TokenKind::LPar || first.kind == TokenKind::LSqb) {
        // A list, tuple or generator display at the start excludes the hint; a group or a
        // comprehension does not.
        for (ExprNode* x = e; x;) {
          if (x->loc.lineno != first.lineno || x->loc.col_offset != first.col) break;
          if (x->is<Tuple>() || x->is<GeneratorExp>() || x->is<List>()) excluded = true;
          switch (x->kind) {
            case ExprKind::Attribute:
              x = x->as<Attribute>()->value;
              break;
            case ExprKind::Subscript:
              x = x->as<Subscript>()->value;
              break;
            case ExprKind::Call:
              x = x->as<Call>()->func;
              break;
            case ExprKind::BinOp:
              x = x->as<BinOp>()->left;
              break;
            default:
              x = nullptr;
          }
        }
      }
      bool bitwise_level = true;
      bool parenthesized = prev().kind == TokenKind::RPar && first.kind == TokenKind::LPar;
      switch (e->kind) {
        case ExprKind::BoolOp:
        case ExprKind::Compare:
        case ExprKind::IfExp:
        case ExprKind::Lambda:
        case ExprKind::Starred:
          bitwise_level = parenthesized;
          break;
        case ExprKind::UnaryOp:
          bitwise_level = parenthesized || e->as<UnaryOp>()->op != UnaryOperator::Not;
          break;
        default:
          break;
      }
      if (!excluded && bitwise_level) {
        fail_at(
            span_of(e->loc),
            format("cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(e)));
      }
    }
  }
  return e;
}

// "invalid syntax. Perhaps you forgot a comma?": two expressions side by side inside brackets.
// `a` began at token index `a_start`.
void Parser::check_forgot_comma(ExprNode* a) {
  if (!starts_expression(peek())) return;
  // CPython skips NAME STRING (b"", f"") and soft keywords at the start of the first operand.
  size_t a_start = mark();
  while (a_start > 0) {
    const Token& t = toks_[a_start - 1];
    if (t.lineno == a->loc.lineno && t.col == a->loc.col_offset) {
      --a_start;
      break;
    }
    if (t.lineno < a->loc.lineno || (t.lineno == a->loc.lineno && t.col < a->loc.col_offset)) break;
    --a_start;
  }
  const Token& first = toks_[a_start];
  if (first.kind == TokenKind::Name) {
    if (is_soft_keyword(first.text)) return;
    if (a_start + 1 < toks_.size() && toks_[a_start + 1].kind == TokenKind::String) return;
    if (a->is<Name>() && (first.text == "print" || first.text == "exec")) return;
  }
  if (a->is<Lambda>() || a->is<IfExp>()) return;  // only a disjunction can be `a`
  size_t m = mark();
  ExprNode* b = nullptr;
  try {
    b = expression();
  } catch (ParseAbort&) {
    if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
    has_error_ = false;
  }
  if (b && prev().level > 0) {
    fail_range(span_of(a->loc), span_of(b->loc), "invalid syntax. Perhaps you forgot a comma?");
  }
  reset(m);
}

// ------------------------------------------------------------------------------------- levels

ExprNode* Parser::expression() {
  Deeper guard(*this);
  if (at(TokenKind::KwLambda)) return lambdef();
  const Token& start = peek();
  ExprNode* a = disjunction();
  if (!at(TokenKind::KwIf)) return a;
  next();
  ExprNode* test = disjunction();
  if (!accept(TokenKind::KwElse)) {
    if (!at(TokenKind::Colon)) {
      fail_range(span_of(a->loc), span_of(test->loc), "expected 'else' after 'if' expression");
    }
    fail_generic();
  }
  ExprNode* orelse = expression();
  auto* n = make_expr<IfExp>(arena_, loc_from(start));
  n->test = test;
  n->body = a;
  n->orelse = orelse;
  return n;
}

ExprNode* Parser::disjunction() {
  const Token& start = peek();
  ExprNode* a = conjunction();
  if (!at(TokenKind::KwOr)) return a;
  std::vector<ExprNode*> values{a};
  while (accept(TokenKind::KwOr)) values.push_back(conjunction());
  auto* n = make_expr<BoolOp>(arena_, loc_from(start));
  n->op = BoolOperator::Or;
  n->values = seq(values);
  return n;
}

ExprNode* Parser::conjunction() {
  const Token& start = peek();
  ExprNode* a = inversion();
  if (!at(TokenKind::KwAnd)) return a;
  std::vector<ExprNode*> values{a};
  while (accept(TokenKind::KwAnd)) values.push_back(inversion());
  auto* n = make_expr<BoolOp>(arena_, loc_from(start));
  n->op = BoolOperator::And;
  n->values = seq(values);
  return n;
}

ExprNode* Parser::inversion() {
  if (!at(TokenKind::KwNot)) return comparison();
  Deeper guard(*this);
  const Token& t = next();
  ExprNode* operand = inversion();
  auto* n = make_expr<UnaryOp>(arena_, loc_from(t));
  n->op = UnaryOperator::Not;
  n->operand = operand;
  return n;
}

ExprNode* Parser::comparison() {
  const Token& start = peek();
  ExprNode* a = bitwise_or();
  std::vector<CmpOperator> ops;
  std::vector<ExprNode*> comparators;
  for (;;) {
    CmpOperator op;
    switch (peek().kind) {
      case TokenKind::EqEqual:
        op = CmpOperator::Eq;
        break;
      case TokenKind::NotEqual:
        if (peek().text == "<>") fail_generic();  // only with `from __future__ import barry_...`
        op = CmpOperator::NotEq;
        break;
      case TokenKind::Less:
        op = CmpOperator::Lt;
        break;
      case TokenKind::LessEqual:
        op = CmpOperator::LtE;
        break;
      case TokenKind::Greater:
        op = CmpOperator::Gt;
        break;
      case TokenKind::GreaterEqual:
        op = CmpOperator::GtE;
        break;
      case TokenKind::KwIn:
        op = CmpOperator::In;
        break;
      case TokenKind::KwIs:
        op = peek(1).kind == TokenKind::KwNot ? CmpOperator::IsNot : CmpOperator::Is;
        break;
      case TokenKind::KwNot:
        if (peek(1).kind != TokenKind::KwIn) goto done;
        op = CmpOperator::NotIn;
        break;
      default:
        goto done;
    }
    next();
    if (op == CmpOperator::IsNot || op == CmpOperator::NotIn) next();
    ops.push_back(op);
    comparators.push_back(bitwise_or());
  }
done:
  if (ops.empty()) return a;
  auto* n = make_expr<Compare>(arena_, loc_from(start));
  n->left = a;
  n->ops = seq(ops);
  n->comparators = seq(comparators);
  return n;
}

ExprNode* Parser::bitwise_or() {
  return binary(1);
}

ExprNode* Parser::binary(int min_prec) {
  const Token& start = peek();
  ExprNode* left = factor();
  for (;;) {
    Operator op;
    int prec = binop_prec(peek().kind, op);
    if (prec == 0 || prec < min_prec) return left;
    next();
    ExprNode* right = binary(prec + 1);
    auto* n = make_expr<BinOp>(arena_, loc_from(start));
    n->left = left;
    n->op = op;
    n->right = right;
    left = n;
  }
}

ExprNode* Parser::factor() {
  UnaryOperator op;
  switch (peek().kind) {
    case TokenKind::Plus:
      op = UnaryOperator::UAdd;
      break;
    case TokenKind::Minus:
      op = UnaryOperator::USub;
      break;
    case TokenKind::Tilde:
      op = UnaryOperator::Invert;
      break;
    default:
      return power();
  }
  Deeper guard(*this);
  const Token& t = next();
  ExprNode* operand = factor();
  auto* n = make_expr<UnaryOp>(arena_, loc_from(t));
  n->op = op;
  n->operand = operand;
  return n;
}

ExprNode* Parser::power() {
  if (at(TokenKind::KwAwait)) fail_unsupported(peek(), "'await'");
  const Token& start = peek();
  ExprNode* a = primary();
  if (!at(TokenKind::DoubleStar)) return a;
  Deeper guard(*this);
  next();
  ExprNode* b = factor();
  auto* n = make_expr<BinOp>(arena_, loc_from(start));
  n->left = a;
  n->op = Operator::Pow;
  n->right = b;
  return n;
}

ExprNode* Parser::primary() {
  const Token& start = peek();
  ExprNode* a = atom();
  for (;;) {
    switch (peek().kind) {
      case TokenKind::Dot: {
        next();
        const Token& name = expect(TokenKind::Name);
        auto* n = make_expr<Attribute>(arena_, loc_from(start));
        n->value = a;
        n->attr = ident(name.text);
        a = n;
        break;
      }
      case TokenKind::LPar:
        a = call(a);
        a->loc.lineno = start.lineno;
        a->loc.col_offset = start.col;
        break;
      case TokenKind::LSqb: {
        next();
        ExprNode* s = slices();
        if (!at(TokenKind::RSqb)) {
          check_forgot_comma(s);
          fail_generic();
        }
        next();
        auto* n = make_expr<Subscript>(arena_, loc_from(start));
        n->value = a;
        n->slice = s;
        a = n;
        break;
      }
      default:
        return a;
    }
  }
}

ExprNode* Parser::slices() {
  const Token& start = peek();
  ExprNode* first = slice();
  if (!at(TokenKind::Comma) && !first->is<Starred>()) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    elts.push_back(slice());
  }
  return make_tuple(elts, loc_from(start));
}

ExprNode* Parser::slice() {
  if (at(TokenKind::Star)) {
    const Token& star = next();
    ExprNode* v = expression();
    auto* s = make_expr<Starred>(arena_, loc_from(star));
    s->value = v;
    return s;
  }
  const Token& start = peek();
  ExprNode* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    ExprNode* e = named_expression();
    if (!at(TokenKind::Colon)) return e;
    lower = e;
  }
  next();  // ':'
  auto ends = [&] { return at(TokenKind::Colon) || at(TokenKind::RSqb) || at(TokenKind::Comma); };
  ExprNode* upper = ends() ? nullptr : expression();
  ExprNode* step = nullptr;
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::RSqb) && !at(TokenKind::Comma)) step = expression();
  }
  auto* s = make_expr<Slice>(arena_, loc_from(start));
  s->lower = lower;
  s->upper = upper;
  s->step = step;
  return s;
}

// Call arguments (CPython's `arguments` rule plus invalid_arguments / invalid_kwarg).
ExprNode* Parser::call(ExprNode* func) {
  Deeper guard(*this);
  const Token& lpar = next();
  std::vector<ExprNode*> args;
  std::vector<Keyword*> keywords;
  bool seen_kwunpack = false;
  while (!at(TokenKind::RPar)) {
    const Token& t = peek();
    if (t.kind == TokenKind::Star) {
      if (seen_kwunpack) {
        fail_at(span_of(t), "iterable argument unpacking follows keyword argument unpacking");
      }
      next();
      ExprNode* v = expression();
      auto* s = make_expr<Starred>(arena_, loc_from(t));
      s->value = v;
      args.push_back(s);
    } else if (t.kind == TokenKind::DoubleStar) {
      next();
      ExprNode* v = expression();
      auto* k = arena_.make<Keyword>();
      k->value = v;
      k->loc = loc_from(t);
      keywords.push_back(k);
      seen_kwunpack = true;
    } else if (t.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal) {
      const Token& name = next();
      const Token& eq = next();
      ExprNode* v = expression();
      if (at(TokenKind::KwFor)) {
        fail_range(span_of(name), span_of(eq),
                   "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      auto* k = arena_.make<Keyword>();
      k->arg = ident(name.text);
      k->value = v;
      k->loc = loc_from(name);
      keywords.push_back(k);
    } else if ((t.kind == TokenKind::KwTrue || t.kind == TokenKind::KwFalse ||
                t.kind == TokenKind::KwNone) &&
               peek(1).kind == TokenKind::Equal) {
      fail_range(span_of(t), span_of(peek(1)),
                 format("cannot assign to %s", token_kind_text(t.kind)));
    } else {
      ExprNode* e;
      if (t.kind == TokenKind::Name && peek(1).kind == TokenKind::ColonEqual) {
        e = named_expression();
      } else {
        e = expression();
        if (at(TokenKind::ColonEqual)) {
          fail_at(span_of(e->loc),
                  format("cannot use assignment expressions with %s", expr_name(e)));
        }
      }
      if (at(TokenKind::Equal)) {
        fail_range(span_of(e->loc), span_of(peek()),
                   "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        Seq<Comprehension*> gens = for_if_clauses();
        const Comprehension* last = gens.back();
        ExprNode* last_item = last->ifs.empty() ? last->iter : last->ifs.back();
        if (!args.empty() || !keywords.empty()) {
          if (args.size() + keywords.size() >= 1 && !keywords.empty() && args.empty()) {
            peek();
            // A positional generator after keywords: CPython's arguments error wins.
            fail_last(seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument");
          }
          fail_range(span_of(e->loc), span_of(last_item->loc),
                     "Generator expression must be parenthesized");
        }
        if (!at(TokenKind::RPar)) {
          fail_range(span_of(e->loc), span_of(last_item->loc),
                     "Generator expression must be parenthesized");
        }
        next();
        auto* g = make_expr<GeneratorExp>(arena_, loc_from(lpar));
        g->elt = e;
        g->generators = gens;
        args.push_back(g);
        auto* c = make_expr<Call>(arena_, loc_from(func->loc));
        c->func = func;
        c->args = seq(args);
        return c;
      }
      if (!keywords.empty()) {
        peek();
        fail_last(seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!accept(TokenKind::Comma)) {
      if (!at(TokenKind::RPar)) {
        ExprNode* last_arg = !args.empty() && (keywords.empty() || args.back()->loc.lineno > 0)
                                 ? args.back()
                                 : nullptr;
        if (!keywords.empty()) last_arg = keywords.back()->value;
        if (last_arg) check_forgot_comma(last_arg);
        fail_generic();
      }
    }
  }
  next();
  auto* c = make_expr<Call>(arena_, loc_from(func->loc));
  c->func = func;
  c->args = seq(args);
  c->keywords = seq(keywords);
  return c;
}

// ------------------------------------------------------------------------------------- atoms

ExprNode* Parser::number(const Token& t) {
  auto* c = make_expr<Constant>(arena_, loc_from(t));
  std::string text;
  text.reserve(t.text.size());
  for (char ch : t.text)
    if (ch != '_') text += ch;
  ConstantValue& v = c->value;
  char last = text.back();
  bool is_hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
  if (last == 'j' || last == 'J') {
    text.pop_back();
    v.kind = ConstantKind::Complex;
    v.float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  if (!is_hex && text.find_first_of(".eE") != std::string::npos) {
    v.kind = ConstantKind::Float;
    v.float_value = std::strtod(text.c_str(), nullptr);
    return c;
  }
  v.kind = ConstantKind::Int;
  int base = 10;
  std::string_view digits = text;
  if (text.size() > 1 && text[0] == '0') {
    char p = char(text[1] | 0x20);
    if (p == 'x') base = 16;
    if (p == 'o') base = 8;
    if (p == 'b') base = 2;
    if (base != 10) digits.remove_prefix(2);
  }
  while (digits.size() > 1 && digits[0] == '0') digits.remove_prefix(1);
  std::uint64_t value = 0;
  bool fits = true;
  for (char ch : digits) {
    int d = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
    if (value > (std::uint64_t(INT64_MAX) - std::uint64_t(d)) / std::uint64_t(base)) {
      fits = false;
      break;
    }
    value = value * std::uint64_t(base) + std::uint64_t(d);
  }
  v.int_base = std::uint8_t(base);
  v.int_fits = fits;
  if (fits) {
    v.int_value = std::int64_t(value);
  } else {
    std::string lower(digits);
    for (char& ch : lower) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    v.text = arena_.copy_string(lower);
  }
  return c;
}

ExprNode* Parser::atom() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Name: {
      next();
      auto* n = make_expr<Name>(arena_, loc_from(t));
      n->id = ident(t.text);
      return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
      next();
      auto* c = make_expr<Constant>(arena_, loc_from(t));
      c->value.kind = t.kind == TokenKind::KwTrue    ? ConstantKind::True
                      : t.kind == TokenKind::KwFalse ? ConstantKind::False
                      : t.kind == TokenKind::KwNone  ? ConstantKind::None
                                                     : ConstantKind::Ellipsis;
      return c;
    }
    case TokenKind::Number:
      next();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::LPar:
      return paren_atom();
    case TokenKind::LSqb:
      return list_atom();
    case TokenKind::LBrace:
      return brace_atom();
    case TokenKind::KwAwait:
      fail_unsupported(t, "'await'");
    default:
      fail_generic();
  }
}

ExprNode* Parser::paren_atom() {
  Deeper guard(*this);
  const Token& lpar = next();
  if (accept(TokenKind::RPar)) {
    std::vector<ExprNode*> none;
    return make_tuple(none, loc_from(lpar));
  }
  if (at(TokenKind::KwYield)) {
    ExprNode* y = yield_expr();
    expect(TokenKind::RPar);
    return y;
  }
  if (at(TokenKind::DoubleStar)) {
    const Token& ds = next();
    expression();
    if (at(TokenKind::RPar)) fail_at(span_of(ds), "cannot use double starred expression here");
    fail_generic();
  }
  ExprNode* first = star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (first->is<Starred>()) {
      fail_at(span_of(first->loc), "iterable unpacking cannot be used in comprehension");
    }
    Seq<Comprehension*> gens = for_if_clauses();
    if (!at(TokenKind::RPar)) {
      check_forgot_comma(first);
      fail_generic();
    }
    next();
    auto* g = make_expr<GeneratorExp>(arena_, loc_from(lpar));
    g->elt = first;
    g->generators = gens;
    return g;
  }
  if (accept(TokenKind::RPar)) {
    if (first->is<Starred>()) fail_at(span_of(first->loc), "cannot use starred expression here");
    return first;  // a group: the parentheses are not part of the node
  }
  if (!at(TokenKind::Comma)) {
    check_forgot_comma(first);
    fail_generic();
  }
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    elts.push_back(star_named_expression());
  }
  if (!at(TokenKind::RPar)) {
    check_forgot_comma(elts.back());
    fail_generic();
  }
  next();
  return make_tuple(elts, loc_from(lpar));
}

ExprNode* Parser::list_atom() {
  Deeper guard(*this);
  const Token& lsqb = next();
  if (accept(TokenKind::RSqb)) return make_expr<List>(arena_, loc_from(lsqb));
  ExprNode* first = star_named_expression();
  if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (first->is<Starred>()) {
      fail_at(span_of(first->loc), "iterable unpacking cannot be used in comprehension");
    }
    Seq<Comprehension*> gens = for_if_clauses();
    if (!at(TokenKind::RSqb)) {
      check_forgot_comma(first);
      fail_generic();
    }
    next();
    auto* l = make_expr<ListComp>(arena_, loc_from(lsqb));
    l->elt = first;
    l->generators = gens;
    return l;
  }
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    if (at(TokenKind::KwFor)) {
      fail_range(span_of(first->loc), span_of(elts.size() == 1 ? prev() : toks_[pos_ - 2]),
                 "did you forget parentheses around the comprehension target?");
    }
    elts.push_back(star_named_expression());
  }
  if (at(TokenKind::KwFor) && elts.size() > 1) {
    fail_range(span_of(first->loc), span_of(elts.back()->loc),
               "did you forget parentheses around the comprehension target?");
  }
  if (!at(TokenKind::RSqb)) {
    check_forgot_comma(elts.back());
    fail_generic();
  }
  next();
  auto* l = make_expr<List>(arena_, loc_from(lsqb));
  l->elts = seq(elts);
  return l;
}

ExprNode* Parser::brace_atom() {
  Deeper guard(*this);
  const Token& lbrace = next();
  if (accept(TokenKind::RBrace)) return make_expr<Dict>(arena_, loc_from(lbrace));
  std::vector<ExprNode*> keys, values;
  // One dict item: `**mapping` or `key: value` (CPython's double_starred_kvpair).
  auto dict_item = [&](ExprNode* key) {
    if (!at(TokenKind::Colon)) {
      set_error(ErrorKind::Syntax, "':' expected after dictionary key", key->loc.lineno,
                key->loc.end_col_offset, key->loc.end_lineno, 0, true);
      throw ParseAbort{};
    }
    next();
    if (at(TokenKind::Star)) {
      const Token& star = peek();
      next();
      bitwise_or();
      fail_starting_from(span_of(star), "cannot use a starred expression in a dictionary value");
    }
    if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
      fail_at(span_of(prev()), "expression expected after dictionary key and ':'");
    }
    keys.push_back(key);
    values.push_back(expression());
  };
  const Token& first_tok = peek();
  if (at(TokenKind::DoubleStar)) {
    next();
    keys.push_back(nullptr);
    values.push_back(bitwise_or());
    if (at(TokenKind::KwFor)) {
      fail_at(span_of(first_tok), "dict unpacking cannot be used in dict comprehension");
    }
  } else {
    ExprNode* first = star_named_expression();
    if (at(TokenKind::Colon) && !first->is<Starred>()) {
      dict_item(first);
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        Seq<Comprehension*> gens = for_if_clauses();
        expect(TokenKind::RBrace);
        auto* d = make_expr<DictComp>(arena_, loc_from(lbrace));
        d->key = keys[0];
        d->value = values[0];
        d->generators = gens;
        return d;
      }
    } else {
      // A set display or comprehension.
      if (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
        if (first->is<Starred>()) {
          fail_at(span_of(first->loc), "iterable unpacking cannot be used in comprehension");
        }
        Seq<Comprehension*> gens = for_if_clauses();
        if (!at(TokenKind::RBrace)) {
          check_forgot_comma(first);
          fail_generic();
        }
        next();
        auto* s = make_expr<SetComp>(arena_, loc_from(lbrace));
        s->elt = first;
        s->generators = gens;
        return s;
      }
      std::vector<ExprNode*> elts{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        if (at(TokenKind::KwFor)) {
          fail_range(span_of(first->loc), span_of(prev()),
                     "did you forget parentheses around the comprehension target?");
        }
        elts.push_back(star_named_expression());
      }
      if (at(TokenKind::KwFor) && elts.size() > 1) {
        fail_range(span_of(first->loc), span_of(elts.back()->loc),
                   "did you forget parentheses around the comprehension target?");
      }
      if (!at(TokenKind::RBrace)) {
        check_forgot_comma(elts.back());
        fail_generic();
      }
      next();
      auto* s = make_expr<Set>(arena_, loc_from(lbrace));
      s->elts = seq(elts);
      return s;
    }
  }
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (at(TokenKind::DoubleStar)) {
      next();
      keys.push_back(nullptr);
      values.push_back(bitwise_or());
    } else {
      dict_item(expression());
    }
  }
  if (!at(TokenKind::RBrace)) {
    if (values.back()) check_forgot_comma(values.back());
    fail_generic();
  }
  next();
  auto* d = make_expr<Dict>(arena_, loc_from(lbrace));
  d->keys = seq(keys);
  d->values = seq(values);
  return d;
}

// for_if_clauses: ('for' star_targets 'in' disjunction ('if' disjunction)*)+
Seq<Comprehension*> Parser::for_if_clauses() {
  std::vector<Comprehension*> gens;
  while (at(TokenKind::KwFor) || at(TokenKind::KwAsync)) {
    if (at(TokenKind::KwAsync)) fail_unsupported(peek(), "asynchronous comprehensions");
    next();
    size_t m = mark();
    ExprNode* target = nullptr;
    try {
      target = star_targets();
    } catch (ParseAbort&) {
      if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
      has_error_ = false;
      target = nullptr;
    }
    if (!target || !at(TokenKind::KwIn) || invalid_target(target, TargetsType::For)) {
      reset(m);
      ExprNode* e = star_expressions();
      fail_invalid_target(e, TargetsType::For);
    }
    set_context(target, ExprContext::Store);
    next();  // 'in'
    auto* c = arena_.make<Comprehension>();
    c->target = target;
    c->iter = disjunction();
    std::vector<ExprNode*> ifs;
    while (accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    c->ifs = seq(ifs);
    gens.push_back(c);
  }
  return seq(gens);
}

ExprNode* Parser::lambdef() {
  const Token& lam = next();
  Arguments* args;
  if (at(TokenKind::Colon)) {
    args = arena_.make<Arguments>();
  } else {
    args = parameters(true, TokenKind::Colon);
  }
  expect(TokenKind::Colon);
  ExprNode* body = expression();
  auto* l = make_expr<Lambda>(arena_, loc_from(lam));
  l->args = args;
  l->body = body;
  return l;
}

ExprNode* Parser::yield_expr() {
  const Token& y = next();
  if (accept(TokenKind::KwFrom)) {
    ExprNode* v = expression();
    auto* n = make_expr<YieldFrom>(arena_, loc_from(y));
    n->value = v;
    return n;
  }
  ExprNode* v = nullptr;
  if (starts_expression(peek()) || at(TokenKind::Star)) v = star_expressions();
  auto* n = make_expr<Yield>(arena_, loc_from(y));
  n->value = v;
  return n;
}

// ------------------------------------------------------------------------------------- targets

// star_targets for `for` and comprehensions: target syntax only (so `in` is not swallowed);
// validation is the caller's.
ExprNode* Parser::star_targets() {
  const Token& start = peek();
  auto one = [&]() -> ExprNode* {
    if (at(TokenKind::Star)) {
      const Token& star = next();
      if (at(TokenKind::Star)) fail_generic();
      ExprNode* v = target_primary();
      auto* s = make_expr<Starred>(arena_, loc_from(star));
      s->value = v;
      return s;
    }
    return target_primary();
  };
  ExprNode* first = one();
  if (!at(TokenKind::Comma)) return first;
  std::vector<ExprNode*> elts{first};
  while (accept(TokenKind::Comma)) {
    if (!at(TokenKind::Star) && !at(TokenKind::Name) && !at(TokenKind::LPar) &&
        !at(TokenKind::LSqb))
      break;
    elts.push_back(one());
  }
  return make_tuple(elts, loc_from(start));
}

ExprNode* Parser::target_primary() {
  Deeper guard(*this);
  return primary();
}

const char* Parser::expr_name(const ExprNode* e) {
  switch (e->kind) {
    case ExprKind::Attribute:
      return "attribute";
    case ExprKind::Subscript:
      return "subscript";
    case ExprKind::Starred:
      return "starred";
    case ExprKind::Name:
      return "name";
    case ExprKind::List:
      return "list";
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::Lambda:
      return "lambda";
    case ExprKind::Call:
      return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp:
      return "expression";
    case ExprKind::GeneratorExp:
      return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom:
      return "yield expression";
    case ExprKind::ListComp:
      return "list comprehension";
    case ExprKind::SetComp:
      return "set comprehension";
    case ExprKind::DictComp:
      return "dict comprehension";
    case ExprKind::Dict:
      return "dict literal";
    case ExprKind::Set:
      return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "f-string expression";
    case ExprKind::Constant:
      switch (e->as<Constant>()->value.kind) {
        case ConstantKind::None:
          return "None";
        case ConstantKind::True:
          return "True";
        case ConstantKind::False:
          return "False";
        case ConstantKind::Ellipsis:
          return "ellipsis";
        default:
          return "literal";
      }
    case ExprKind::Compare:
      return "comparison";
    case ExprKind::IfExp:
      return "conditional expression";
    case ExprKind::NamedExpr:
      return "named expression";
    case ExprKind::Slice:
      return "slice";
  }
  return "expression";
}

// CPython's _PyPegen_get_invalid_target: the first sub-expression that cannot be a target.
ExprNode* Parser::invalid_target(ExprNode* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::List:
      for (ExprNode* x : e->as<List>()->elts)
        if (ExprNode* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (ExprNode* x : e->as<Tuple>()->elts)
        if (ExprNode* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (type == TargetsType::Del) return e;
      return invalid_target(e->as<Starred>()->value, type);
    case ExprKind::Compare:
      // `for a in b` reaches here parsed as a comparison: look at its left side.
      if (type == TargetsType::For) {
        auto* c = e->as<Compare>();
        if (c->ops[0] == CmpOperator::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::fail_invalid_target(ExprNode* e, TargetsType type) {
  ExprNode* bad = invalid_target(e, type);
  if (!bad) fail_last("invalid syntax");
  fail_at(span_of(bad->loc),
          format(type == TargetsType::Del ? "cannot delete %s" : "cannot assign to %s",
                 expr_name(bad)));
}

void Parser::check_target(ExprNode* e, TargetsType type) {
  if (invalid_target(e, type)) fail_invalid_target(e, type);
}

void Parser::set_context(ExprNode* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name:
      e->as<Name>()->ctx = ctx;
      break;
    case ExprKind::Attribute:
      e->as<Attribute>()->ctx = ctx;
      break;
    case ExprKind::Subscript:
      e->as<Subscript>()->ctx = ctx;
      break;
    case ExprKind::Starred:
      e->as<Starred>()->ctx = ctx;
      set_context(e->as<Starred>()->value, ctx);
      break;
    case ExprKind::List:
      e->as<List>()->ctx = ctx;
      for (ExprNode* x : e->as<List>()->elts) set_context(x, ctx);
      break;
    case ExprKind::Tuple:
      e->as<Tuple>()->ctx = ctx;
      for (ExprNode* x : e->as<Tuple>()->elts) set_context(x, ctx);
      break;
    default:
      break;
  }
}

}  // namespace mempy::interp::detail
