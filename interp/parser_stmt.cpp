// interp/parser_stmt.cpp — statements, blocks, function parameters.
//
// A statement line is either a compound statement (chosen by its keyword) or simple statements
// separated by ';'. Assignments are parsed expression-first: the left side is parsed with
// star_expressions and, when '=' follows, validated as a target; an invalid one is reported the
// way CPython's invalid_assignment / invalid_named_expression rules do ("cannot assign to
// function call here. Maybe you meant '==' instead of '='?").
//
// Blocks: after "header:" either simple statements on the same line, or NEWLINE INDENT ...
// DEDENT; a missing INDENT is CPython's IndentationError "expected an indented block after
// 'if' statement on line N". A node's end is the end of its last real token (CPython skips
// NEWLINE/INDENT/DEDENT when it computes the end of a compound statement).
#include "interp/parser_internal.h"

namespace mempy::interp::detail {

using namespace ast;

namespace {

bool is_aug_assign(TokenKind k, Operator& op) {
  switch (k) {
    case TokenKind::PlusEqual:
      op = Operator::Add;
      return true;
    case TokenKind::MinEqual:
      op = Operator::Sub;
      return true;
    case TokenKind::StarEqual:
      op = Operator::Mult;
      return true;
    case TokenKind::AtEqual:
      op = Operator::MatMult;
      return true;
    case TokenKind::SlashEqual:
      op = Operator::Div;
      return true;
    case TokenKind::PercentEqual:
      op = Operator::Mod;
      return true;
    case TokenKind::AmperEqual:
      op = Operator::BitAnd;
      return true;
    case TokenKind::VBarEqual:
      op = Operator::BitOr;
      return true;
    case TokenKind::CircumflexEqual:
      op = Operator::BitXor;
      return true;
    case TokenKind::LeftShiftEqual:
      op = Operator::LShift;
      return true;
    case TokenKind::RightShiftEqual:
      op = Operator::RShift;
      return true;
    case TokenKind::DoubleStarEqual:
      op = Operator::Pow;
      return true;
    case TokenKind::DoubleSlashEqual:
      op = Operator::FloorDiv;
      return true;
    default:
      return false;
  }
}

}  // namespace

void Parser::statements(std::vector<StmtNode*>& out) {
  for (;;) {
    TokenKind k = peek().kind;
    if (k == TokenKind::EndMarker || k == TokenKind::Dedent) return;
    statement(out);
  }
}

void Parser::statement(std::vector<StmtNode*>& out) {
  Deeper guard(*this);
  switch (peek().kind) {
    case TokenKind::KwDef:
    case TokenKind::KwIf:
    case TokenKind::KwClass:
    case TokenKind::KwWith:
    case TokenKind::KwFor:
    case TokenKind::KwTry:
    case TokenKind::KwWhile:
    case TokenKind::At:
    case TokenKind::KwAsync:
      out.push_back(compound_stmt());
      return;
    case TokenKind::Name:
      if (peek().text == "match" && is_match_statement()) fail_unsupported(peek(), "'match'");
      break;
    default:
      break;
  }
  simple_stmts(out);
}

bool Parser::is_match_statement() {
  size_t m = mark();
  bool yes = false;
  next();
  if (starts_expression(peek()) || at(TokenKind::Star)) {
    try {
      star_named_expression();
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::Colon)) break;
        star_named_expression();
      }
      yes = at(TokenKind::Colon) && peek(1).kind == TokenKind::Newline;
    } catch (ParseAbort&) {
      if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
      has_error_ = false;
    }
  }
  reset(m);
  return yes;
}

void Parser::simple_stmts(std::vector<StmtNode*>& out) {
  out.push_back(simple_stmt());
  while (accept(TokenKind::Semi)) {
    if (at(TokenKind::Newline)) break;
    out.push_back(simple_stmt());
  }
  if (!accept(TokenKind::Newline)) fail_generic();
}

StmtNode* Parser::simple_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::KwReturn: {
      next();
      ExprNode* v = nullptr;
      if (starts_expression(peek()) || at(TokenKind::Star)) v = star_expressions();
      auto* s = make_stmt<Return>(arena_, loc_from(t));
      s->value = v;
      return s;
    }
    case TokenKind::KwRaise: {
      next();
      auto* s = make_stmt<Raise>(arena_, {});
      if (starts_expression(peek())) {
        s->exc = expression();
        if (accept(TokenKind::KwFrom)) s->cause = expression();
      }
      s->loc = loc_from(t);
      return s;
    }
    case TokenKind::KwPass:
      next();
      return make_stmt<Pass>(arena_, loc_from(t));
    case TokenKind::KwBreak:
      next();
      return make_stmt<Break>(arena_, loc_from(t));
    case TokenKind::KwContinue:
      next();
      return make_stmt<Continue>(arena_, loc_from(t));
    case TokenKind::KwDel: {
      next();
      std::vector<ExprNode*> targets;
      for (;;) {
        targets.push_back(star_expression());
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::Semi) || at(TokenKind::Newline)) break;
      }
      bool ok = at(TokenKind::Semi) || at(TokenKind::Newline);
      for (ExprNode* x : targets) {
        if (invalid_target(x, TargetsType::Del)) {
          fail_invalid_target(x, TargetsType::Del);
        }
      }
      if (!ok) fail_last("invalid syntax");
      for (ExprNode* x : targets) set_context(x, ExprContext::Del);
      auto* s = make_stmt<Delete>(arena_, loc_from(t));
      s->targets = seq(targets);
      return s;
    }
    case TokenKind::KwAssert: {
      next();
      auto* s = make_stmt<Assert>(arena_, {});
      s->test = expression();
      if (accept(TokenKind::Comma)) s->msg = expression();
      s->loc = loc_from(t);
      return s;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      next();
      std::vector<Identifier> names;
      do names.push_back(ident(expect(TokenKind::Name).text));
      while (accept(TokenKind::Comma));
      if (t.kind == TokenKind::KwGlobal) {
        auto* s = make_stmt<Global>(arena_, loc_from(t));
        s->names = seq(names);
        return s;
      }
      auto* s = make_stmt<Nonlocal>(arena_, loc_from(t));
      s->names = seq(names);
      return s;
    }
    case TokenKind::KwImport:
      return import_stmt();
    case TokenKind::KwFrom:
      return from_import_stmt();
    default:
      return expr_or_assign_stmt();
  }
}

StmtNode* Parser::expr_or_assign_stmt() {
  const Token& start = peek();
  size_t start_pos = mark();
  auto annotated_rhs = [&]() -> ExprNode* {
    return at(TokenKind::KwYield) ? yield_expr() : star_expressions();
  };
  // NAME ':' expression ['=' annotated_rhs]
  if (start.kind == TokenKind::Name && peek(1).kind == TokenKind::Colon) {
    next();
    next();
    auto* target =
        make_expr<Name>(arena_, {start.lineno, start.col, start.end_lineno, start.end_col});
    target->id = ident(start.text);
    target->ctx = ExprContext::Store;
    ExprNode* ann = expression();
    ExprNode* value = accept(TokenKind::Equal) ? annotated_rhs() : nullptr;
    auto* s = make_stmt<AnnAssign>(arena_, loc_from(start));
    s->target = target;
    s->annotation = ann;
    s->value = value;
    s->simple = 1;
    return s;
  }
  bool starts_with_yield = start.kind == TokenKind::KwYield;
  ExprNode* e;
  ExprNode* first_elt = nullptr;  // the first element of an unparenthesized tuple
  if (starts_with_yield) {
    e = yield_expr();
  } else {
    e = star_expression();
    first_elt = e;
    if (at(TokenKind::Comma)) {
      std::vector<ExprNode*> elts{e};
      while (accept(TokenKind::Comma)) {
        if (!starts_expression(peek()) && !at(TokenKind::Star)) break;
        elts.push_back(star_expression());
      }
      e = make_tuple(elts, loc_from(start));
    } else {
      first_elt = nullptr;
    }
  }

  if (at(TokenKind::Colon)) {
    if (first_elt)
      fail_at(span_of(first_elt->loc), "only single target (not tuple) can be annotated");
    if (e->is<Tuple>() || e->is<List>()) {
      fail_at(span_of(e->loc), format("only single target (not %s) can be annotated",
                                      e->is<Tuple>() ? "tuple" : "list"));
    }
    if (!e->is<Name>() && !e->is<Attribute>() && !e->is<Subscript>()) {
      fail_at(span_of(e->loc), "illegal target for annotation");
    }
    next();
    ExprNode* ann = expression();
    ExprNode* value = accept(TokenKind::Equal) ? annotated_rhs() : nullptr;
    set_context(e, ExprContext::Store);
    auto* s = make_stmt<AnnAssign>(arena_, loc_from(start));
    s->target = e;
    s->annotation = ann;
    s->value = value;
    s->simple = 0;
    return s;
  }

  Operator op;
  if (is_aug_assign(peek().kind, op)) {
    if (!e->is<Name>() && !e->is<Attribute>() && !e->is<Subscript>()) {
      fail_at(span_of(e->loc),
              format("'%s' is an illegal expression for augmented assignment", expr_name(e)));
    }
    next();
    ExprNode* value = annotated_rhs();
    set_context(e, ExprContext::Store);
    auto* s = make_stmt<AugAssign>(arena_, loc_from(start));
    s->target = e;
    s->op = op;
    s->value = value;
    return s;
  }

  if (at(TokenKind::Equal)) {
    std::vector<ExprNode*> targets{e};
    bool target_is_yield = starts_with_yield;
    ExprNode* value = nullptr;
    for (;;) {
      ExprNode* target = targets.back();
      if (target_is_yield) {
        fail_at(span_of(target->loc), "assignment to yield expression not possible");
      }
      if (invalid_target(target, TargetsType::Star)) {
        // `f() = 1`, `x, f() = 1, 2`: CPython's invalid_assignment re-reads the first target
        // element by element as named expressions, whose '=='-typo diagnosis comes first.
        reset(start_pos);
        star_named_expression();
        while (accept(TokenKind::Comma)) {
          if (!starts_expression(peek()) && !at(TokenKind::Star)) break;
          star_named_expression();
        }
        fail_invalid_target(target, TargetsType::Star);
      }
      next();  // '='
      target_is_yield = at(TokenKind::KwYield);
      value = annotated_rhs();
      if (!at(TokenKind::Equal)) break;
      targets.push_back(value);
    }
    for (ExprNode* x : targets) set_context(x, ExprContext::Store);
    auto* s = make_stmt<Assign>(arena_, loc_from(start));
    s->targets = seq(targets);
    s->value = value;
    return s;
  }

  // `print "x"`: CPython's invalid_legacy_expression.
  if (e->is<Name>() && (e->as<Name>()->id == "print" || e->as<Name>()->id == "exec") &&
      starts_expression(peek()) && !at(TokenKind::LPar)) {
    ExprNode* b = star_expressions();
    std::string id(e->as<Name>()->id);
    fail_range(span_of(e->loc), span_of(b->loc),
               format("Missing parentheses in call to '%s'. Did you mean %s(...)?", id.c_str(),
                      id.c_str()));
  }
  auto* s = make_stmt<Expr>(arena_, loc_from(start));
  s->value = e;
  return s;
}

StmtNode* Parser::import_stmt() {
  const Token& kw = next();
  std::vector<Alias*> names;
  do {
    const Token& first = expect(TokenKind::Name);
    std::string name(first.text);
    while (accept(TokenKind::Dot)) {
      name += '.';
      name += expect(TokenKind::Name).text;
    }
    auto* a = arena_.make<Alias>();
    a->name = ident(name);
    if (accept(TokenKind::KwAs)) a->asname = ident(expect(TokenKind::Name).text);
    a->loc = loc_from(first);
    names.push_back(a);
  } while (accept(TokenKind::Comma));
  auto* s = make_stmt<Import>(arena_, loc_from(kw));
  s->names = seq(names);
  return s;
}

StmtNode* Parser::from_import_stmt() {
  const Token& kw = next();
  int level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) {
      level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      level += 3;
    } else {
      break;
    }
  }
  std::string module;
  if (at(TokenKind::Name)) {
    module = next().text;
    while (accept(TokenKind::Dot)) {
      module += '.';
      module += expect(TokenKind::Name).text;
    }
  } else if (level == 0) {
    fail_generic();
  }
  expect(TokenKind::KwImport);
  std::vector<Alias*> names;
  if (at(TokenKind::Star)) {
    const Token& star = next();
    auto* a = arena_.make<Alias>();
    a->name = ident("*");
    a->loc = loc_from(star);
    names.push_back(a);
  } else {
    bool paren = accept(TokenKind::LPar);
    for (;;) {
      const Token& first = expect(TokenKind::Name);
      auto* a = arena_.make<Alias>();
      a->name = ident(first.text);
      if (accept(TokenKind::KwAs)) a->asname = ident(expect(TokenKind::Name).text);
      a->loc = loc_from(first);
      names.push_back(a);
      if (!accept(TokenKind::Comma)) break;
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && at(TokenKind::Newline)) {
        fail_last("trailing comma not allowed without surrounding parentheses");
      }
    }
    if (paren) expect(TokenKind::RPar);
  }
  auto* s = make_stmt<ImportFrom>(arena_, loc_from(kw));
  s->module = ident(module);
  s->names = seq(names);
  s->level = level;
  return s;
}

// ------------------------------------------------------------------------------------- blocks

StmtSeq Parser::block(const Token& owner, const char* what, bool statement_word) {
  std::vector<StmtNode*> body;
  if (accept(TokenKind::Newline)) {
    if (!at(TokenKind::Indent)) {
      fail_last(format("expected an indented block after %s%s on line %d", what,
                       statement_word ? " statement" : "", owner.lineno),
                ErrorKind::Indentation);
    }
    next();
    statements(body);
    if (!accept(TokenKind::Dedent)) fail_generic();
  } else {
    simple_stmts(body);
  }
  return seq(body);
}

// "header" NEWLINE where "header:" was expected → "expected ':'" at the NEWLINE.
void Parser::expect_colon_or_newline_error() {
  if (at(TokenKind::Colon)) {
    next();
    return;
  }
  if (at(TokenKind::Newline)) fail_last("expected ':'");
  fail_generic();
}

StmtSeq Parser::else_block() {
  const Token& kw = next();
  if (!at(TokenKind::Colon)) fail_at(span_of(peek()), "expected ':'");
  next();
  return block(kw, "'else'");
}

StmtNode* Parser::compound_stmt() {
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::KwDef:
      return function_def(nullptr, nullptr);
    case TokenKind::KwClass:
      return class_def(nullptr, nullptr);
    case TokenKind::KwIf:
      return if_stmt(false);
    case TokenKind::KwWhile:
      return while_stmt();
    case TokenKind::KwFor:
      return for_stmt();
    case TokenKind::KwWith:
      return with_stmt();
    case TokenKind::KwTry:
      return try_stmt();
    case TokenKind::At:
      return decorated();
    case TokenKind::KwAsync: {
      TokenKind k = peek(1).kind;
      fail_unsupported(t, k == TokenKind::KwDef    ? "'async def'"
                          : k == TokenKind::KwFor  ? "'async for'"
                          : k == TokenKind::KwWith ? "'async with'"
                                                   : "'async'");
    }
    default:
      fail_generic();
  }
}

StmtNode* Parser::if_stmt(bool elif) {
  const Token& kw = next();
  ExprNode* test = named_expression();
  expect_colon_or_newline_error();
  Token owner = kw;
  if (!elif) owner.lineno = test->loc.lineno;
  StmtSeq body = block(owner, elif ? "'elif'" : "'if'");
  auto* s = make_stmt<If>(arena_, {});
  s->test = test;
  s->body = body;
  if (at(TokenKind::KwElif)) {
    StmtNode* nested = if_stmt(true);
    s->orelse = StmtSeq::copy(arena_, &nested, 1);
  } else if (at(TokenKind::KwElse)) {
    s->orelse = else_block();
  }
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::while_stmt() {
  const Token& kw = next();
  ExprNode* test = named_expression();
  expect_colon_or_newline_error();
  auto* s = make_stmt<While>(arena_, {});
  s->test = test;
  s->body = block(kw, "'while'");
  if (at(TokenKind::KwElse)) s->orelse = else_block();
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::for_stmt() {
  const Token& kw = next();
  size_t m = mark();
  ExprNode* target = nullptr;
  try {
    target = star_targets();
  } catch (ParseAbort&) {
    if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
    has_error_ = false;
  }
  if (!target || !at(TokenKind::KwIn) || invalid_target(target, TargetsType::For)) {
    reset(m);
    ExprNode* e = star_expressions();
    fail_invalid_target(e, TargetsType::For);
  }
  set_context(target, ExprContext::Store);
  next();  // 'in'
  ExprNode* iter = star_expressions();
  expect_colon_or_newline_error();
  auto* s = make_stmt<For>(arena_, {});
  s->target = target;
  s->iter = iter;
  s->body = block(kw, "'for'");
  if (at(TokenKind::KwElse)) s->orelse = else_block();
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::with_stmt() {
  const Token& kw = next();
  auto with_item = [&]() -> WithItem* {
    auto* item = arena_.make<WithItem>();
    item->context_expr = expression();
    if (accept(TokenKind::KwAs)) {
      size_t m = mark();
      ExprNode* target = nullptr;
      try {
        if (at(TokenKind::Star)) {
          const Token& star = next();
          ExprNode* v = target_primary();
          auto* st = make_expr<Starred>(arena_, loc_from(star));
          st->value = v;
          target = st;
        } else {
          target = target_primary();
        }
      } catch (ParseAbort&) {
        if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
        has_error_ = false;
      }
      bool follow = at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon);
      // A NEWLINE after a valid target is the missing ':' of the caller's "expected ':'".
      bool valid = target && !invalid_target(target, TargetsType::Star);
      if (!(valid && (follow || at(TokenKind::Newline)))) {
        reset(m);
        ExprNode* a = expression();
        if (at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon)) {
          fail_invalid_target(a, TargetsType::Star);
        }
        fail_generic();
      }
      set_context(target, ExprContext::Store);
      item->optional_vars = target;
    }
    return item;
  };
  std::vector<WithItem*> items;
  bool done = false;
  if (at(TokenKind::LPar)) {
    // with (a as b, c as d): — the parenthesized form, tried first as CPython does.
    size_t m = mark();
    try {
      next();
      items.push_back(with_item());
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        items.push_back(with_item());
      }
      if (accept(TokenKind::RPar) && at(TokenKind::Colon)) done = true;
    } catch (ParseAbort&) {
      if (lexer_failed_ || error_.kind == ErrorKind::Memory) throw;
      has_error_ = false;
    }
    if (!done) {
      items.clear();
      reset(m);
    }
  }
  if (!done) {
    items.push_back(with_item());
    while (accept(TokenKind::Comma)) items.push_back(with_item());
  }
  expect_colon_or_newline_error();
  auto* s = make_stmt<With>(arena_, {});
  s->items = seq(items);
  s->body = block(kw, "'with'");
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::try_stmt() {
  const Token& kw = next();
  if (!at(TokenKind::Colon)) fail_at(span_of(peek()), "expected ':'");
  next();
  auto* s = make_stmt<Try>(arena_, {});
  s->body = block(kw, "'try'");
  std::vector<ExceptHandler*> handlers;
  while (at(TokenKind::KwExcept)) {
    const Token& ex = next();
    if (at(TokenKind::Star)) fail_unsupported(ex, "'except*'");
    auto* h = arena_.make<ExceptHandler>();
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::Newline)) fail_last("expected ':'");
      h->type = expression();
      if (at(TokenKind::Comma)) {
        fail_starting_from(span_of(h->type->loc), "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::KwAs)) h->name = ident(expect(TokenKind::Name).text);
      expect_colon_or_newline_error();
    } else {
      next();
    }
    h->body = block(ex, "'except'");
    h->loc = loc_from(ex);
    handlers.push_back(h);
  }
  s->handlers = seq(handlers);
  if (!handlers.empty() && at(TokenKind::KwElse)) s->orelse = else_block();
  if (at(TokenKind::KwFinally)) {
    const Token& fin = next();
    if (!at(TokenKind::Colon)) fail_at(span_of(peek()), "expected ':'");
    next();
    s->finalbody = block(fin, "'finally'");
  } else if (handlers.empty()) {
    fail_last("expected 'except' or 'finally' block");
  }
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::decorated() {
  std::vector<ExprNode*> decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(named_expression());
    if (!accept(TokenKind::Newline)) fail_generic();
  }
  if (at(TokenKind::KwDef)) return function_def(&decorators, nullptr);
  if (at(TokenKind::KwClass)) return class_def(&decorators, nullptr);
  if (at(TokenKind::KwAsync)) fail_unsupported(peek(), "'async def'");
  fail_generic();
}

StmtNode* Parser::function_def(std::vector<ExprNode*>* decorators, const Token*) {
  const Token& kw = next();
  const Token& name = expect(TokenKind::Name);
  if (at(TokenKind::LSqb)) fail_unsupported(peek(), "type parameter lists");
  if (!at(TokenKind::LPar)) fail_at(span_of(peek()), "expected '('");
  next();
  Arguments* args =
      at(TokenKind::RPar) ? arena_.make<Arguments>() : parameters(false, TokenKind::RPar);
  expect(TokenKind::RPar);
  ExprNode* returns = accept(TokenKind::RArrow) ? expression() : nullptr;
  if (!at(TokenKind::Colon)) fail_at(span_of(peek()), "expected ':'");
  next();
  auto* s = make_stmt<FunctionDef>(arena_, {});
  s->name = ident(name.text);
  s->args = args;
  s->returns = returns;
  s->body = block(kw, "function definition", false);
  if (decorators) s->decorator_list = seq(*decorators);
  s->loc = loc_from(kw);
  return s;
}

StmtNode* Parser::class_def(std::vector<ExprNode*>* decorators, const Token*) {
  const Token& kw = next();
  const Token& name = expect(TokenKind::Name);
  if (at(TokenKind::LSqb)) fail_unsupported(peek(), "type parameter lists");
  auto* s = make_stmt<ClassDef>(arena_, {});
  s->name = ident(name.text);
  if (at(TokenKind::LPar)) {
    size_t lpar = mark();
    auto* dummy = make_expr<ast::Name>(arena_, loc_from(name));
    Call* c = call(dummy)->as<Call>();
    for (ExprNode* a : c->args) {
      if (!a->is<GeneratorExp>()) continue;
      // Class arguments take no bare generator: "invalid syntax" at its `for`.
      for (size_t i = lpar; i < toks_.size(); ++i) {
        if (toks_[i].kind == TokenKind::KwFor) fail_at(span_of(toks_[i]), "invalid syntax");
      }
    }
    s->bases = c->args;
    s->keywords = c->keywords;
  }
  expect_colon_or_newline_error();
  s->body = block(kw, "class definition", false);
  if (decorators) s->decorator_list = seq(*decorators);
  s->loc = loc_from(kw);
  return s;
}

// ------------------------------------------------------------------------------------- params

Arg* Parser::param(bool lambda, bool star_annotation) {
  const Token& name = expect(TokenKind::Name);
  auto* a = arena_.make<Arg>();
  a->arg = ident(name.text);
  if (!lambda && accept(TokenKind::Colon)) {
    a->annotation = star_annotation && at(TokenKind::Star) ? star_expression() : expression();
  }
  a->loc = loc_from(name);
  return a;
}

// Parameters of a def (closer ')') or a lambda (closer ':'), with CPython's messages for the
// misplaced / and *, defaults out of order, and so on.
Arguments* Parser::parameters(bool lambda, TokenKind closer) {
  std::vector<Arg*> posonly, args, kwonly;
  std::vector<ExprNode*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  int state = 0;  // 0 positional, 1 after '*', 2 after '**'
  bool seen_slash = false;
  bool seen_default = false;
  while (!at(closer)) {
    const Token& t = peek();
    if (state == 2) fail_at(span_of(t), "arguments cannot follow var-keyword argument");
    if (t.kind == TokenKind::Slash) {
      if (state != 0) fail_at(span_of(t), "/ must be ahead of *");
      if (seen_slash) fail_at(span_of(t), "/ may appear only once");
      if (args.empty()) fail_at(span_of(t), "at least one argument must precede /");
      seen_slash = true;
      posonly.swap(args);
      next();
    } else if (t.kind == TokenKind::Star) {
      if (state == 1) fail_at(span_of(t), "* argument may appear only once");
      next();
      if (at(closer) || (at(TokenKind::Comma) &&
                         (peek(1).kind == closer || peek(1).kind == TokenKind::DoubleStar))) {
        fail_at(span_of(t), "named arguments must follow bare *");
      }
      if (at(TokenKind::Name)) {
        vararg = param(lambda, true);
        if (at(TokenKind::Equal)) {
          fail_at(span_of(peek()), "var-positional argument cannot have default value");
        }
      }
      state = 1;
    } else if (t.kind == TokenKind::DoubleStar) {
      next();
      kwarg = param(lambda);
      if (at(TokenKind::Equal)) {
        fail_at(span_of(peek()), "var-keyword argument cannot have default value");
      }
      state = 2;
    } else if (t.kind == TokenKind::Name) {
      Arg* a = param(lambda);
      ExprNode* d = nullptr;
      if (at(TokenKind::Equal)) {
        const Token& eq = next();
        if (at(TokenKind::Comma) || at(closer)) {
          fail_at(span_of(eq), "expected default value expression");
        }
        d = expression();
      }
      if (state == 0) {
        if (d) {
          defaults.push_back(d);
          seen_default = true;
        } else if (seen_default) {
          fail_at(span_of(a->loc), "non-default argument follows default argument");
        }
        args.push_back(a);
      } else {
        kwonly.push_back(a);
        kw_defaults.push_back(d);
      }
    } else {
      fail_generic();
    }
    if (!accept(TokenKind::Comma)) break;
  }
  auto* r = arena_.make<Arguments>();
  r->posonlyargs = seq(posonly);
  r->args = seq(args);
  r->vararg = vararg;
  r->kwonlyargs = seq(kwonly);
  r->kw_defaults = seq(kw_defaults);
  r->kwarg = kwarg;
  r->defaults = seq(defaults);
  return r;
}

}  // namespace mempy::interp::detail
