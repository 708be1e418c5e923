// interp/symtable.cpp — building the symbol table, in CPython 3.11's two passes.
//
// Pass 1 (Builder) walks the AST in CPython's visiting order and records, per block, one flag set
// per name: DEF_LOCAL when bound, USE when read, DEF_PARAM, DEF_GLOBAL / DEF_NONLOCAL from
// declarations, DEF_IMPORT, DEF_ANNOT. Declaration errors ("name 'x' is used prior to global
// declaration") are raised here, as are the comprehension rules: the first iterable is visited
// in the enclosing block, the comprehension becomes a function block with parameter ".0", a
// walrus inside binds in the nearest enclosing function (or module) block.
//
// Pass 2 (analyze) resolves every name, top-down, with the sets CPython passes around: `bound`
// (names bound in enclosing function blocks), `global` (names declared global above), and
// bottom-up `free` (names children need from outside). A class body binds nothing its methods
// can see, but offers them `__class__`; a name free in a child and local here becomes CELL.
//
// Pass 3 orders co_varnames the way CPython's compiler meets names (parameters first, then fast
// locals in compile order), and runs the compile-stage checks ('return' outside function, ...).
#include "interp/symtable.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace mempy::interp {

using namespace ast;

const Symbol* Block::lookup(std::string_view name) const {
  auto it = index.find(std::string(name));
  return it == index.end() ? nullptr : &symbols[it->second];
}

Scope Block::scope_of(std::string_view name) const {
  const Symbol* s = lookup(name);
  return s ? s->scope : Scope::None;
}

Symbol& Block::symbol(const std::string& name) {
  auto it = index.find(name);
  if (it != index.end()) return symbols[it->second];
  index.emplace(name, symbols.size());
  symbols.push_back(Symbol{name, 0, Scope::None});
  return symbols.back();
}

const Block* SymbolTable::block_for(const void* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

std::string SymbolTable::mangle(std::string_view cls, std::string_view name) {
  if (cls.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return std::string(name);
  if (name.size() >= 4 && name.substr(name.size() - 2) == "__") return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
  if (cls.empty()) return std::string(name);
  return "_" + std::string(cls) + std::string(name);
}

namespace {

struct Abort {};

struct Directive {
  std::string name;
  Location loc;
};

class Builder {
 public:
  explicit Builder(SymbolTable& t) : t_(t) {}

  SyntaxError error;
  std::unordered_map<const Block*, std::vector<Directive>> directives;

  void module(const Module& m) {
    enter(BlockType::Module, "top", &m, {0, 0, 0, 0});
    global_ = cur_;
    if (m.is_expression) {
      expr(m.expression);
    } else {
      for (StmtNode* s : m.body) stmt(s);
    }
    exit();
  }

  [[noreturn]] void fail(const std::string& msg, const Location& loc,
                         ErrorKind kind = ErrorKind::Syntax) {
    error = SyntaxError{};
    error.kind = kind;
    error.msg = msg;
    error.lineno = loc.lineno;
    error.offset = loc.col_offset + 1;
    error.end_lineno = loc.end_lineno;
    error.end_offset = loc.end_col_offset + 1;
    throw Abort{};
  }

 private:
  struct Depth {
    Builder& b;
    explicit Depth(Builder& builder) : b(builder) {
      if (++b.depth_ > kMaxCompileDepth) {
        b.error = SyntaxError{};
        b.error.kind = ErrorKind::Recursion;
        b.error.msg = "maximum recursion depth exceeded during compilation";
        throw Abort{};
      }
    }
    ~Depth() { --b.depth_; }
  };

  void enter(BlockType type, std::string name, const void* node, const Location& loc) {
    auto owned = std::make_unique<Block>();
    Block* b = owned.get();
    b->type = type;
    b->name = std::move(name);
    b->lineno = loc.lineno;
    b->col_offset = loc.col_offset;
    b->node = node;
    if (cur_ && (cur_->nested || cur_->type == BlockType::Function)) b->nested = true;
    if (cur_) cur_->children.push_back(b);
    if (!t_.top_) t_.top_ = b;
    t_.by_node_[node] = b;
    t_.blocks_.push_back(std::move(owned));
    stack_.push_back({b, comp_iter_target_, comp_iter_expr_});
    comp_iter_target_ = false;
    comp_iter_expr_ = 0;
    cur_ = b;
  }

  void exit() {
    comp_iter_target_ = stack_.back().comp_iter_target;
    comp_iter_expr_ = stack_.back().comp_iter_expr;
    stack_.pop_back();
    cur_ = stack_.empty() ? nullptr : stack_.back().block;
  }

  std::uint32_t lookup(const std::string& name) {
    const Symbol* s = cur_->lookup(SymbolTable::mangle(private_, name));
    return s ? s->flags : 0;
  }

  void add_def_in(Block* b, std::string_view raw, std::uint32_t flag, const Location& loc) {
    std::string name = SymbolTable::mangle(private_, raw);
    Symbol& s = b->symbol(name);
    if ((flag & kDefParam) && (s.flags & kDefParam)) {
      fail("duplicate argument '" + std::string(raw) + "' in function definition", loc);
    }
    std::uint32_t val = s.flags | flag;
    if (b == cur_ && comp_iter_target_) {
      if (val & (kDefGlobal | kDefNonlocal)) {
        fail("comprehension inner loop cannot rebind assignment expression target '" +
                 std::string(raw) + "'",
             loc);
      }
      val |= kDefCompIter;
    }
    // (add_def may grow the vector: re-find after the checks)
    Symbol& again = b->symbol(name);
    again.flags = val;
    if (flag & kDefParam) b->params.push_back(name);
    // A global declaration anywhere also marks the module's own symbol (CPython's st_global).
    if ((flag & kDefGlobal) && global_ && b != global_) global_->symbol(name).flags |= flag;
  }

  void add_def(std::string_view name, std::uint32_t flag, const Location& loc) {
    add_def_in(cur_, name, flag, loc);
  }

  void record_directive(const std::string& name, const Location& loc) {
    directives[cur_].push_back({SymbolTable::mangle(private_, name), loc});
  }

  void params(const Seq<Arg*>& args) {
    for (Arg* a : args) add_def(a->arg, kDefParam, a->loc);
  }

  void arguments(const Arguments* a) {
    params(a->posonlyargs);
    params(a->args);
    params(a->kwonlyargs);
    if (a->vararg) {
      add_def(a->vararg->arg, kDefParam, a->vararg->loc);
      cur_->varargs = true;
    }
    if (a->kwarg) {
      add_def(a->kwarg->arg, kDefParam, a->kwarg->loc);
      cur_->varkeywords = true;
    }
  }

  void annotations(const Arguments* a, ExprNode* returns) {
    for (Arg* x : a->posonlyargs) expr(x->annotation);
    for (Arg* x : a->args) expr(x->annotation);
    if (a->vararg) expr(a->vararg->annotation);
    if (a->kwarg) expr(a->kwarg->annotation);
    for (Arg* x : a->kwonlyargs) expr(x->annotation);
    expr(returns);
  }

  void stmts(const StmtSeq& body) {
    for (StmtNode* s : body) stmt(s);
  }

  void declaration(const StmtNode* s, const Seq<Identifier>& names, bool global) {
    for (Identifier raw : names) {
      std::string name(raw);
      std::uint32_t cur = lookup(name);
      if (cur & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        const char* what = global ? "global" : "nonlocal";
        std::string msg;
        if (cur & kDefParam) {
          msg = "name '" + name + "' is parameter and " + what;
        } else if (cur & kUse) {
          msg = "name '" + name + "' is used prior to " + what + " declaration";
        } else if (cur & kDefAnnot) {
          msg = "annotated name '" + name + "' can't be " + what;
        } else {
          msg = "name '" + name + "' is assigned to before " + what + " declaration";
        }
        fail(msg, s->loc);
      }
      add_def(name, global ? kDefGlobal : kDefNonlocal, s->loc);
      record_directive(name, s->loc);
    }
  }

  void stmt(const StmtNode* s) {
    Depth d(*this);
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* f = s->as<FunctionDef>();
        add_def(f->name, kDefLocal, s->loc);
        for (ExprNode* e : f->args->defaults) expr(e);
        for (ExprNode* e : f->args->kw_defaults) expr(e);
        annotations(f->args, f->returns);
        for (ExprNode* e : f->decorator_list) expr(e);
        enter(BlockType::Function, std::string(f->name), f, s->loc);
        arguments(f->args);
        stmts(f->body);
        exit();
        break;
      }
      case StmtKind::ClassDef: {
        auto* c = s->as<ClassDef>();
        add_def(c->name, kDefLocal, s->loc);
        for (ExprNode* e : c->bases) expr(e);
        for (Keyword* k : c->keywords) expr(k->value);
        for (ExprNode* e : c->decorator_list) expr(e);
        enter(BlockType::Class, std::string(c->name), c, s->loc);
        std::string saved = private_;
        private_ = std::string(c->name);
        stmts(c->body);
        private_ = saved;
        exit();
        break;
      }
      case StmtKind::Return: {
        auto* r = s->as<Return>();
        if (r->value) {
          expr(r->value);
          cur_->returns_value = true;
        }
        break;
      }
      case StmtKind::Delete:
        for (ExprNode* e : s->as<Delete>()->targets) expr(e);
        break;
      case StmtKind::Assign: {
        auto* a = s->as<Assign>();
        for (ExprNode* e : a->targets) expr(e);
        expr(a->value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = s->as<AnnAssign>();
        if (a->target->is<Name>()) {
          std::string name(a->target->as<Name>()->id);
          std::uint32_t cur = lookup(name);
          if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != global_ && a->simple) {
            fail("annotated name '" + name + "' can't be " +
                     ((cur & kDefGlobal) ? "global" : "nonlocal"),
                 s->loc);
          }
          if (a->simple) {
            add_def(name, kDefAnnot | kDefLocal, a->target->loc);
          } else if (a->value) {
            add_def(name, kDefLocal, a->target->loc);
          }
        } else {
          expr(a->target);
        }
        expr(a->annotation);
        expr(a->value);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = s->as<AugAssign>();
        expr(a->target);
        expr(a->value);
        break;
      }
      case StmtKind::For: {
        auto* f = s->as<For>();
        expr(f->target);
        expr(f->iter);
        stmts(f->body);
        stmts(f->orelse);
        break;
      }
      case StmtKind::While: {
        auto* w = s->as<While>();
        expr(w->test);
        stmts(w->body);
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
          expr(item->optional_vars);
        }
        stmts(w->body);
        break;
      }
      case StmtKind::Raise: {
        auto* r = s->as<Raise>();
        expr(r->exc);
        expr(r->cause);
        break;
      }
      case StmtKind::Try: {
        auto* t = s->as<Try>();
        stmts(t->body);
        stmts(t->orelse);
        for (ExceptHandler* h : t->handlers) {
          expr(h->type);
          if (!h->name.empty()) add_def(h->name, kDefLocal, h->loc);
          stmts(h->body);
        }
        stmts(t->finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto* a = s->as<Assert>();
        expr(a->test);
        expr(a->msg);
        break;
      }
      case StmtKind::Import:
        for (Alias* a : s->as<Import>()->names) alias(a);
        break;
      case StmtKind::ImportFrom:
        for (Alias* a : s->as<ImportFrom>()->names) alias(a);
        break;
      case StmtKind::Global:
        declaration(s, s->as<Global>()->names, true);
        break;
      case StmtKind::Nonlocal:
        declaration(s, s->as<Nonlocal>()->names, false);
        break;
      case StmtKind::Expr:
        expr(s->as<Expr>()->value);
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void alias(const Alias* a) {
    std::string_view name = a->asname.empty() ? a->name : a->asname;
    if (name == "*") {
      if (cur_->type != BlockType::Module) fail("import * only allowed at module level", a->loc);
      return;
    }
    size_t dot = name.find('.');
    add_def(name.substr(0, dot), kDefImport, a->loc);
  }

  void comprehension(const ExprNode* e, const char* name, ComprehensionKind kind,
                     const Seq<Comprehension*>& gens, const ExprNode* elt, const ExprNode* value) {
    Comprehension* outermost = gens[0];
    ++comp_iter_expr_;
    expr(outermost->iter);
    --comp_iter_expr_;
    enter(BlockType::Function, name, e, e->loc);
    cur_->comprehension = kind;
    add_def(".0", kDefParam, e->loc);
    comp_iter_target_ = true;
    expr(outermost->target);
    comp_iter_target_ = false;
    for (ExprNode* x : outermost->ifs) expr(x);
    for (size_t i = 1; i < gens.size(); ++i) {
      comp_iter_target_ = true;
      expr(gens[i]->target);
      comp_iter_target_ = false;
      ++comp_iter_expr_;
      expr(gens[i]->iter);
      --comp_iter_expr_;
      for (ExprNode* x : gens[i]->ifs) expr(x);
    }
    if (value) expr(value);
    expr(elt);
    cur_->generator = kind == ComprehensionKind::Generator;
    exit();
  }

  void yield_in_comprehension(const ExprNode* e) {
    const char* msg = "'yield' inside generator expression";
    switch (cur_->comprehension) {
      case ComprehensionKind::List:
        msg = "'yield' inside list comprehension";
        break;
      case ComprehensionKind::Set:
        msg = "'yield' inside set comprehension";
        break;
      case ComprehensionKind::Dict:
        msg = "'yield' inside dict comprehension";
        break;
      default:
        break;
    }
    fail(msg, e->loc);
  }

  void named_expr(const NamedExpr* e) {
    if (comp_iter_expr_ > 0) {
      fail("assignment expression cannot be used in a comprehension iterable expression", e->loc);
    }
    if (cur_->comprehension != ComprehensionKind::None) extend_namedexpr_scope(e->target);
    expr(e->value);
    expr(e->target);
  }

  void extend_namedexpr_scope(const ExprNode* target) {
    std::string name(target->as<Name>()->id);
    for (size_t i = stack_.size(); i-- > 0;) {
      Block* b = stack_[i].block;
      if (b->comprehension != ComprehensionKind::None) {
        const Symbol* s = b->lookup(SymbolTable::mangle(private_, name));
        if (s && (s->flags & kDefCompIter)) {
          fail(
              "assignment expression cannot rebind comprehension iteration variable '" + name + "'",
              target->loc);
        }
        continue;
      }
      if (b->type == BlockType::Function) {
        const Symbol* s = b->lookup(SymbolTable::mangle(private_, name));
        add_def(name, (s && (s->flags & kDefGlobal)) ? kDefGlobal : kDefNonlocal, target->loc);
        record_directive(name, target->loc);
        add_def_in(b, name, kDefLocal, target->loc);
        return;
      }
      if (b->type == BlockType::Module) {
        add_def(name, kDefGlobal, target->loc);
        record_directive(name, target->loc);
        add_def_in(b, name, kDefGlobal, target->loc);
        return;
      }
      fail("assignment expression within a comprehension cannot be used in a class body",
           target->loc);
    }
  }

  void expr(const ExprNode* e) {
    if (!e) return;
    Depth d(*this);
    switch (e->kind) {
      case ExprKind::NamedExpr:
        named_expr(e->as<NamedExpr>());
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
        for (ExprNode* x : l->args->defaults) expr(x);
        for (ExprNode* x : l->args->kw_defaults) expr(x);
        enter(BlockType::Function, "lambda", l, e->loc);
        arguments(l->args);
        expr(l->body);
        exit();
        break;
      }
      case ExprKind::IfExp:
        expr(e->as<IfExp>()->test);
        expr(e->as<IfExp>()->body);
        expr(e->as<IfExp>()->orelse);
        break;
      case ExprKind::Dict:
        for (ExprNode* x : e->as<Dict>()->keys) expr(x);
        for (ExprNode* x : e->as<Dict>()->values) expr(x);
        break;
      case ExprKind::Set:
        for (ExprNode* x : e->as<Set>()->elts) expr(x);
        break;
      case ExprKind::ListComp: {
        auto* c = e->as<ListComp>();
        comprehension(e, "listcomp", ComprehensionKind::List, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::SetComp: {
        auto* c = e->as<SetComp>();
        comprehension(e, "setcomp", ComprehensionKind::Set, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::DictComp: {
        auto* c = e->as<DictComp>();
        comprehension(e, "dictcomp", ComprehensionKind::Dict, c->generators, c->key, c->value);
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* c = e->as<GeneratorExp>();
        comprehension(e, "genexpr", ComprehensionKind::Generator, c->generators, c->elt, nullptr);
        break;
      }
      case ExprKind::Yield:
        expr(e->as<Yield>()->value);
        cur_->generator = true;
        if (cur_->comprehension != ComprehensionKind::None) yield_in_comprehension(e);
        break;
      case ExprKind::YieldFrom:
        expr(e->as<YieldFrom>()->value);
        cur_->generator = true;
        if (cur_->comprehension != ComprehensionKind::None) yield_in_comprehension(e);
        break;
      case ExprKind::Compare:
        expr(e->as<Compare>()->left);
        for (ExprNode* x : e->as<Compare>()->comparators) expr(x);
        break;
      case ExprKind::Call:
        expr(e->as<Call>()->func);
        for (ExprNode* x : e->as<Call>()->args) expr(x);
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
        expr(e->as<Subscript>()->slice);
        break;
      case ExprKind::Starred:
        expr(e->as<Starred>()->value);
        break;
      case ExprKind::Slice:
        expr(e->as<Slice>()->lower);
        expr(e->as<Slice>()->upper);
        expr(e->as<Slice>()->step);
        break;
      case ExprKind::Name: {
        auto* n = e->as<Name>();
        add_def(n->id, n->ctx == ExprContext::Load ? kUse : kDefLocal, e->loc);
        // super() needs the __class__ cell of the enclosing class.
        if (n->ctx == ExprContext::Load && cur_->type == BlockType::Function && n->id == "super") {
          add_def("__class__", kUse, e->loc);
        }
        break;
      }
      case ExprKind::List:
        for (ExprNode* x : e->as<List>()->elts) expr(x);
        break;
      case ExprKind::Tuple:
        for (ExprNode* x : e->as<Tuple>()->elts) expr(x);
        break;
    }
  }

  struct Frame {
    Block* block;
    bool comp_iter_target;
    int comp_iter_expr;
  };

  SymbolTable& t_;
  Block* cur_ = nullptr;
  Block* global_ = nullptr;
  std::vector<Frame> stack_;
  std::string private_;
  bool comp_iter_target_ = false;
  int comp_iter_expr_ = 0;
  int depth_ = 0;
};

// ------------------------------------------------------------------------------------- analysis

using NameSet = std::set<std::string>;

class Analyzer {
 public:
  explicit Analyzer(Builder& b) : b_(b) {}

  void analyze_block(Block* ste, const NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local;
    std::unordered_map<std::string, Scope> scopes;
    NameSet newglobal, newfree, newbound;
    if (ste->type == BlockType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (Symbol& s : ste->symbols) analyze_name(ste, scopes, s, bound, local, free, global);
    if (ste->type != BlockType::Class) {
      if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (Block* child : ste->children) {
      NameSet temp_bound = newbound, temp_global = newglobal, temp_free = newfree;
      analyze_block(child, &temp_bound, temp_free, temp_global);
      allfree.insert(temp_free.begin(), temp_free.end());
      if (child->has_free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->type == BlockType::Function) {
      for (auto& [name, scope] : scopes) {
        if (scope == Scope::Local && newfree.count(name)) {
          scope = Scope::Cell;
          newfree.erase(name);
        }
      }
    } else if (ste->type == BlockType::Class) {
      if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }
    // update_symbols
    for (Symbol& s : ste->symbols) s.scope = scopes[s.name];
    for (const std::string& name : newfree) {
      if (Symbol* s = find(ste, name)) {
        if (ste->type == BlockType::Class && (s->flags & (kDefBound | kDefGlobal))) {
          s->flags |= kDefFreeClass;
        }
        continue;
      }
      if (bound && !bound->count(name)) continue;  // a global
      Symbol& s = ste->symbol(name);
      s.scope = Scope::Free;
    }
    free.insert(newfree.begin(), newfree.end());
  }

 private:
  static Symbol* find(Block* b, const std::string& name) {
    auto it = b->index.find(name);
    return it == b->index.end() ? nullptr : &b->symbols[it->second];
  }

  [[noreturn]] void fail_at_directive(Block* ste, const std::string& name, const std::string& msg) {
    for (const Directive& d : b_.directives[ste]) {
      if (d.name == name) b_.fail(msg, d.loc);
    }
    b_.fail(msg, Location{ste->lineno, ste->col_offset, ste->lineno, ste->col_offset});
  }

  void analyze_name(Block* ste, std::unordered_map<std::string, Scope>& scopes, Symbol& s,
                    const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string& name = s.name;
    std::uint32_t flags = s.flags;
    if (flags & kDefGlobal) {
      if (flags & kDefNonlocal) {
        fail_at_directive(ste, name, "name '" + name + "' is nonlocal and global");
      }
      scopes[name] = Scope::GlobalExplicit;
      global.insert(name);
      if (bound) const_cast<NameSet*>(bound)->erase(name);
      return;
    }
    if (flags & kDefNonlocal) {
      if (!bound) fail_at_directive(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound->count(name))
        fail_at_directive(ste, name, "no binding for nonlocal '" + name + "' found");
      scopes[name] = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & kDefBound) {
      scopes[name] = Scope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = Scope::GlobalImplicit;
      return;
    }
    if (ste->nested) ste->has_free = true;
    scopes[name] = Scope::GlobalImplicit;
  }

  Builder& b_;
};

}  // namespace

// Defined in symtable_check.cpp: co_varnames order and the compiler-stage checks.
bool compile_checks(const Module& module, const SymbolTable& table, SyntaxError& error);

SymtableResult build_symtable(const Module& module) {
  SymtableResult r;
  auto table = std::make_unique<SymbolTable>();
  Builder b(*table);
  try {
    b.module(module);
    NameSet free, global;
    Analyzer a(b);
    a.analyze_block(table->top_, nullptr, free, global);
  } catch (Abort&) {
    r.error = b.error;
    return r;
  }
  for (auto& blk : table->blocks_) {
    for (const Symbol& s : blk->symbols) {
      bool cell = s.scope == Scope::Cell;
      bool free = s.scope == Scope::Free || (s.flags & kDefFreeClass);
      if (cell) blk->cellvars.push_back(s.name);
      if (free) blk->freevars.push_back(s.name);
    }
    if (blk->needs_class_closure) blk->cellvars.push_back("__class__");
    // 3.11 keeps a parameter that is also a cell in its parameter slot, so such cells come
    // first, in parameter order; the other cells follow sorted by name.
    std::vector<std::string> param_cells;
    for (const std::string& p : blk->params) {
      if (blk->scope_of(p) == Scope::Cell &&
          std::find(param_cells.begin(), param_cells.end(), p) == param_cells.end())
        param_cells.push_back(p);
    }
    std::vector<std::string> rest;
    for (const std::string& c : blk->cellvars) {
      if (std::find(param_cells.begin(), param_cells.end(), c) == param_cells.end())
        rest.push_back(c);
    }
    std::sort(rest.begin(), rest.end());
    blk->cellvars = param_cells;
    blk->cellvars.insert(blk->cellvars.end(), rest.begin(), rest.end());
    std::sort(blk->freevars.begin(), blk->freevars.end());
  }
  if (!compile_checks(module, *table, r.error)) return r;
  r.table = std::move(table);
  return r;
}

// ------------------------------------------------------------------------------------- dump

namespace {

const char* scope_name(Scope s) {
  switch (s) {
    case Scope::None:
      return "NONE";
    case Scope::Local:
      return "LOCAL";
    case Scope::GlobalExplicit:
      return "GLOBAL_EXPLICIT";
    case Scope::GlobalImplicit:
      return "GLOBAL_IMPLICIT";
    case Scope::Free:
      return "FREE";
    case Scope::Cell:
      return "CELL";
  }
  return "?";
}

std::string flag_names(std::uint32_t f) {
  static constexpr struct {
    std::uint32_t bit;
    const char* name;
  } kNames[] = {{kDefGlobal, "DEF_GLOBAL"},
                {kDefLocal, "DEF_LOCAL"},
                {kDefParam, "DEF_PARAM"},
                {kDefNonlocal, "DEF_NONLOCAL"},
                {kUse, "USE"},
                {kDefFree, "DEF_FREE"},
                {kDefFreeClass, "DEF_FREE_CLASS"},
                {kDefImport, "DEF_IMPORT"},
                {kDefAnnot, "DEF_ANNOT"},
                {kDefCompIter, "DEF_COMP_ITER"}};
  std::string out;
  for (const auto& n : kNames) {
    if (f & n.bit) {
      if (!out.empty()) out += '|';
      out += n.name;
    }
  }
  return out.empty() ? "0" : out;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ' ';
    out += v[i];
  }
  return out;
}

void dump_block(const Block* b, int indent, std::string& out) {
  std::string pad(size_t(indent) * 2, ' ');
  const char* type = b->type == BlockType::Module  ? "module"
                     : b->type == BlockType::Class ? "class"
                                                   : "function";
  char head[256];
  std::snprintf(head, sizeof head, "%s%s %s line %d%s%s\n", pad.c_str(), type, b->name.c_str(),
                b->lineno, b->nested ? " nested" : "", b->generator ? " generator" : "");
  out += head;
  std::vector<const Symbol*> syms;
  for (const Symbol& s : b->symbols) syms.push_back(&s);
  std::sort(syms.begin(), syms.end(),
            [](const Symbol* x, const Symbol* y) { return x->name < y->name; });
  for (const Symbol* s : syms) {
    out += pad + "  " + s->name + " " + scope_name(s->scope) + " " + flag_names(s->flags) + "\n";
  }
  out += pad + "  varnames: " + join(b->varnames) + "\n";
  out += pad + "  cellvars: " + join(b->cellvars) + "\n";
  out += pad + "  freevars: " + join(b->freevars) + "\n";
  for (const Block* c : b->children) dump_block(c, indent + 1, out);
}

}  // namespace

std::string SymbolTable::dump() const {
  std::string out;
  if (top_) dump_block(top_, 0, out);
  return out;
}

}  // namespace mempy::interp
