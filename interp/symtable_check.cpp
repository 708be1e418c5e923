// interp/symtable_check.cpp — the compile-order walk: co_varnames order and the SyntaxErrors
// CPython's compiler (not its symbol table) raises.
//
// CPython's compiler adds a name to co_varnames the first time it emits LOAD_FAST / STORE_FAST /
// DELETE_FAST for it, after the parameters. That order is the order in which code is generated,
// which differs from source order: an assignment compiles its value before its targets, a `for`
// its iterable before its target, a try its `else` before its handlers. This walk follows the
// compiler's order for every construct, records first uses of fast locals, and raises the
// compiler's errors at the same moment the compiler would (so the first one wins).
#include <algorithm>

#include "interp/symtable.h"

namespace mempy::interp {

using namespace ast;

namespace {

struct CheckFailed {};

class CompileWalker {
 public:
  CompileWalker(const SymbolTable& table, SyntaxError& error) : table_(table), error_(error) {}

  void run(const Module& m) {
    enter(table_.top());
    if (m.is_expression) {
      expr(m.expression);
    } else {
      stmts(m.body);
    }
  }

 private:
  [[noreturn]] void fail(const char* msg, const Location& loc) {
    error_ = SyntaxError{};
    error_.msg = msg;
    error_.lineno = loc.lineno;
    error_.offset = loc.col_offset + 1;
    error_.end_lineno = loc.end_lineno;
    error_.end_offset = loc.end_col_offset + 1;
    throw CheckFailed{};
  }

  struct State {
    Block* block;
    int loops;
  };

  void enter(const Block* b) { state_ = {const_cast<Block*>(b), 0}; }

  // A nested scope: walk its body with fresh state.
  template <class F>
  void nested(const void* node, F body) {
    State saved = state_;
    enter(table_.block_for(node));
    body();
    state_ = saved;
  }

  void name(std::string_view id) {
    Block* b = state_.block;
    if (b->type != BlockType::Function) return;
    std::string mangled(id);
    if (!private_.empty()) mangled = SymbolTable::mangle(private_, id);
    if (b->scope_of(mangled) != Scope::Local) return;
    if (std::find(b->varnames.begin(), b->varnames.end(), mangled) == b->varnames.end()) {
      b->varnames.push_back(mangled);
    }
  }

  // f(x=1, x=2): the compiler's "keyword argument repeated" at the second one.
  void check_keywords(const Seq<Keyword*>& keywords) {
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i]->arg.empty()) continue;
      for (size_t j = i + 1; j < keywords.size(); ++j) {
        if (keywords[j]->arg == keywords[i]->arg) {
          std::string msg = "keyword argument repeated: " + std::string(keywords[j]->arg);
          fail(msg.c_str(), keywords[j]->loc);
        }
      }
    }
  }

  void stmts(const StmtSeq& body) {
    for (StmtNode* s : body) stmt(s);
  }

  void arguments_defaults(const Arguments* a) {
    for (ExprNode* e : a->defaults) expr(e);
    for (ExprNode* e : a->kw_defaults) expr(e);
  }

  void store_target(ExprNode* e) {
    // Starred targets must sit in a list or tuple, one per level.
    if (e->is<Starred>()) fail("starred assignment target must be in a list or tuple", e->loc);
    expr(e, true);
  }

  void stmt(const StmtNode* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = s->as<FunctionDef>();
        for (ExprNode* e : f->decorator_list) expr(e);
        arguments_defaults(f->args);
        for (Arg* a : f->args->args) expr(a->annotation);
        for (Arg* a : f->args->posonlyargs) expr(a->annotation);
        if (f->args->vararg) expr(f->args->vararg->annotation);
        for (Arg* a : f->args->kwonlyargs) expr(a->annotation);
        if (f->args->kwarg) expr(f->args->kwarg->annotation);
        expr(f->returns);
        nested(f, [&] {
          Block* b = state_.block;
          b->varnames = b->params;
          stmts(f->body);
        });
        name(f->name);
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        for (ExprNode* e : c->decorator_list) expr(e);
        std::string saved = private_;
        nested(c, [&] {
          private_ = std::string(c->name);
          stmts(c->body);
        });
        private_ = saved;
        for (ExprNode* e : c->bases) expr(e, true);
        check_keywords(c->keywords);
        for (Keyword* k : c->keywords) expr(k->value);
        name(c->name);
        break;
      }
      case StmtKind::Return:
        if (state_.block->type != BlockType::Function) fail("'return' outside function", s->loc);
        expr(s->as<Return>()->value);
        break;
      case StmtKind::Delete:
        for (ExprNode* e : s->as<Delete>()->targets) expr(e);
        break;
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        expr(a->value);
        for (ExprNode* t : a->targets) store_target(t);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        expr(a->target);
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->value) {
          expr(a->value);
          store_target(a->target);
        } else if (!a->target->is<Name>()) {
          // The compiler evaluates the target's object (and subscript) for its side effects.
          if (a->target->is<Attribute>()) expr(a->target->as<Attribute>()->value);
          if (a->target->is<Subscript>()) {
            expr(a->target->as<Subscript>()->value);
            expr(a->target->as<Subscript>()->slice);
          }
        }
        if (state_.block->type != BlockType::Function) expr(a->annotation);
        break;
      }
      case StmtKind::For: {
        auto* f = s->as<For>();
        expr(f->iter);
        store_target(f->target);
        ++state_.loops;
        stmts(f->body);
        --state_.loops;
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        expr(w->test);
        ++state_.loops;
        stmts(w->body);
        --state_.loops;
        stmts(w->orelse);
        break;
      }
      case StmtKind::If: {
        auto* i = s->as<If>();
        expr(i->test);
        stmts(i->body);
        stmts(i->orelse);
        break;
      }
      case StmtKind::With: {
        auto* w = s->as<With>();
        for (WithItem* item : w->items) {
          expr(item->context_expr);
          if (item->optional_vars) store_target(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise:
        expr(s->as<Raise>()->exc);
        expr(s->as<Raise>()->cause);
        break;
      case StmtKind::Try: {
        auto* t = s->as<Try>();
        stmts(t->body);
        stmts(t->orelse);
        for (size_t i = 0; i < t->handlers.size(); ++i) {
          ExceptHandler* h = t->handlers[i];
          if (!h->type && i + 1 < t->handlers.size()) {
            fail("default 'except:' must be last", h->loc);
          }
          expr(h->type);
          if (!h->name.empty()) name(h->name);
          stmts(h->body);
        }
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert:
        expr(s->as<Assert>()->test);
        expr(s->as<Assert>()->msg);
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        const Seq<Alias*>& names =
            s->is<Import>() ? s->as<Import>()->names : s->as<ImportFrom>()->names;
        for (Alias* a : names) {
          std::string_view n = a->asname.empty() ? a->name : a->asname;
          if (n != "*") name(n.substr(0, n.find('.')));
        }
        break;
      }
      case StmtKind::Expr: {
        ExprNode* v = s->as<Expr>()->value;
        expr(v);
        break;
      }
      case StmtKind::Break:
        if (state_.loops == 0) fail("'break' outside loop", s->loc);
        break;
      case StmtKind::Continue:
        if (state_.loops == 0) fail("'continue' not properly in loop", s->loc);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
      case StmtKind::Pass:
        break;
    }
  }

  void comprehension(const ExprNode* e, const Seq<Comprehension*>& gens, const ExprNode* elt,
                     const ExprNode* value) {
    expr(gens[0]->iter);  // evaluated in the enclosing scope
    nested(e, [&] {
      Block* b = state_.block;
      b->varnames = b->params;
      for (size_t i = 0; i < gens.size(); ++i) {
        if (i > 0) expr(gens[i]->iter);
        store_target(gens[i]->target);
        for (ExprNode* x : gens[i]->ifs) expr(x);
      }
      expr(elt);
      expr(value);
    });
  }

  // `starred_ok`: this expression is an element of a display, a call argument or a target list.
  void expr(const ExprNode* e, bool starred_ok = false) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::NamedExpr:
        expr(e->as<NamedExpr>()->value);
        name(e->as<NamedExpr>()->target->as<Name>()->id);
        break;
      case ExprKind::BoolOp:
        for (ExprNode* x : e->as<BoolOp>()->values) expr(x);
        break;
      case ExprKind::BinOp:
        expr(e->as<BinOp>()->left);
        expr(e->as<BinOp>()->right);
        break;
      case ExprKind::UnaryOp:
        expr(e->as<UnaryOp>()->operand);
        break;
      case ExprKind::Lambda: {
        auto* l = e->as<Lambda>();
        arguments_defaults(l->args);
        nested(l, [&] {
          Block* b = state_.block;
          b->varnames = b->params;
          expr(l->body);
        });
        break;
      }
      case ExprKind::IfExp:
        expr(e->as<IfExp>()->test);
        expr(e->as<IfExp>()->body);
        expr(e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict: {
        auto* d = e->as<Dict>();
        for (size_t i = 0; i < d->values.size(); ++i) {
          expr(d->keys[i]);
          expr(d->values[i]);
        }
        break;
      }
      case ExprKind::Set:
        for (ExprNode* x : e->as<Set>()->elts) expr(x, true);
        break;
      case ExprKind::ListComp: {
        auto* c = e->as<ListComp>();
        comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = e->as<SetComp>();
        comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = e->as<DictComp>();
        comprehension(e, c->generators, c->key, c->value);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = e->as<GeneratorExp>();
        comprehension(e, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (state_.block->type != BlockType::Function) fail("'yield' outside function", e->loc);
        expr(e->is<Yield>() ? e->as<Yield>()->value : e->as<YieldFrom>()->value);
        break;
      case ExprKind::Compare:
        expr(e->as<Compare>()->left);
        for (ExprNode* x : e->as<Compare>()->comparators) expr(x);
        break;
      case ExprKind::Call:
        expr(e->as<Call>()->func);
        for (ExprNode* x : e->as<Call>()->args) expr(x, true);
        check_keywords(e->as<Call>()->keywords);
        for (Keyword* k : e->as<Call>()->keywords) expr(k->value);
        break;
      case ExprKind::FormattedValue:
        expr(e->as<FormattedValue>()->value);
        expr(e->as<FormattedValue>()->format_spec);
        break;
      case ExprKind::JoinedStr:
        for (ExprNode* x : e->as<JoinedStr>()->values) expr(x);
        break;
      case ExprKind::Constant:
        break;
      case ExprKind::Attribute:
        expr(e->as<Attribute>()->value);
        break;
      case ExprKind::Subscript:
        expr(e->as<Subscript>()->value);
        expr(e->as<Subscript>()->slice, true);
        break;
      case ExprKind::Starred:
        if (!starred_ok) fail("can't use starred expression here", e->loc);
        expr(e->as<Starred>()->value, e->as<Starred>()->ctx == ExprContext::Store);
        break;
      case ExprKind::Name:
        name(e->as<Name>()->id);
        break;
      case ExprKind::List:
      case ExprKind::Tuple: {
        const ExprSeq& elts = e->is<List>() ? e->as<List>()->elts : e->as<Tuple>()->elts;
        ExprContext ctx = e->is<List>() ? e->as<List>()->ctx : e->as<Tuple>()->ctx;
        if (ctx == ExprContext::Store) {
          int starred = 0;
          for (ExprNode* x : elts) starred += x->is<Starred>();
          if (starred > 1) fail("multiple starred expressions in assignment", e->loc);
        }
        for (ExprNode* x : elts) expr(x, true);
        break;
      }
      case ExprKind::Slice:
        expr(e->as<Slice>()->lower);
        expr(e->as<Slice>()->upper);
        expr(e->as<Slice>()->step);
        break;
    }
  }

  const SymbolTable& table_;
  SyntaxError& error_;
  State state_{nullptr, 0};
  std::string private_;
};

}  // namespace

bool compile_checks(const Module& module, const SymbolTable& table, SyntaxError& error) {
  CompileWalker w(table, error);
  try {
    w.run(module);
  } catch (CheckFailed&) {
    return false;
  }
  return true;
}

}  // namespace mempy::interp
