// interp/compiler.cpp — the compiler driver: scopes (units), emission, constants and names,
// name resolution, and the code for functions, classes and lambdas. See compiler.h.
#include "interp/compiler.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "interp/compiler_internal.h"
#include "interp/parser.h"
#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

Unit::~Unit() {
  for (Object* c : consts) decref(c);
}

Compiler::~Compiler() {
  for (auto& [node, value] : folded_) runtime::xdecref(value);
}

// ---- errors ------------------------------------------------------------------------------------
namespace {

// Raises `kind` (SyntaxError and subclasses, RecursionError, MemoryError) from a front-end error.
void raise_syntax_error(const SyntaxError& e, Object* filename) {
  TypeObject* type = &ExcSyntaxError;
  switch (e.kind) {
    case ErrorKind::Indentation:
      type = &ExcIndentationError;
      break;
    case ErrorKind::Tab:
      type = &ExcTabError;
      break;
    case ErrorKind::Recursion:
      err_set_string(&ExcRecursionError,
                     e.msg.empty() ? "maximum recursion depth exceeded during compilation" : e.msg);
      return;
    case ErrorKind::Memory:
      err_set_string(&ExcMemoryError, e.msg);
      return;
    default:
      break;
  }
  Object* msg = str_from_utf8_replace(e.msg.data(), e.msg.size());
  Object* lineno = int_from_i64(e.lineno);
  Object* offset = int_from_i64(e.offset);
  std::string text = e.text;
  if (!text.empty() && text.back() != '\n') text += '\n';
  Object* text_obj = e.text.empty() && e.lineno == 0
                         ? none_new_ref()
                         : str_from_utf8_replace(text.data(), text.size());
  Object* end_lineno = int_from_i64(e.end_lineno);
  Object* end_offset = int_from_i64(e.end_offset);
  if (!msg || !lineno || !offset || !text_obj || !end_lineno || !end_offset) {
    xdecref(msg);
    xdecref(lineno);
    xdecref(offset);
    xdecref(text_obj);
    xdecref(end_lineno);
    xdecref(end_offset);
    return;
  }
  Object* info = tuple_pack({filename, lineno, offset, text_obj, end_lineno, end_offset});
  decref(lineno);
  decref(offset);
  decref(text_obj);
  decref(end_lineno);
  decref(end_offset);
  if (!info) {
    decref(msg);
    return;
  }
  Object* args[2] = {msg, info};
  Object* exc = exception_new_instance(type, args, 2);
  decref(msg);
  decref(info);
  if (exc) err_raise(exc);
}

std::string source_line_of(std::string_view source, int lineno) {
  int line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i < source.size() && line < lineno; ++i) {
    if (source[i] == '\n') {
      ++line;
      start = i + 1;
    }
  }
  if (line != lineno) return "";
  std::size_t end = source.find('\n', start);
  return std::string(
      source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
}

thread_local std::string_view g_current_source;

}  // namespace

bool Compiler::error(const ast::Location& loc, const std::string& msg) {
  if (failed_) return false;
  failed_ = true;
  SyntaxError e;
  e.msg = msg;
  e.lineno = loc.lineno;
  e.offset = loc.col_offset + 1;
  e.end_lineno = loc.end_lineno;
  e.end_offset = loc.end_col_offset + 1;
  e.text = source_line_of(g_current_source, loc.lineno);
  raise_syntax_error(e, filename_);
  return false;
}

// ---- units
// ---------------------------------------------------------------------------------------
BasicBlock* Compiler::new_block() {
  u()->blocks.push_back(std::make_unique<BasicBlock>());
  return u()->blocks.back().get();
}

void Compiler::use_block(BasicBlock* b) {
  Unit* unit = u();
  unit->current->next = b;
  unit->current = b;
}

void Compiler::emit(int op, std::uint32_t arg) {
  u()->current->instrs.push_back({op, arg, nullptr, u()->lineno, nullptr});
}

void Compiler::emit_noline(int op, std::uint32_t arg) {
  u()->current->instrs.push_back({op, arg, nullptr, -1, nullptr});
}

void Compiler::emit_jump(int op, BasicBlock* target) {
  u()->current->instrs.push_back({op, 0, target, u()->lineno, nullptr});
}

namespace {

// A key under which equal constants are shared (CPython's _PyCode_ConstantKey: 1, 1.0 and True
// stay distinct; -0.0 differs from 0.0).
bool const_key(Object* v, std::string& key) {
  if (is_none(v)) {
    key += 'N';
  } else if (v == True()) {
    key += 'T';
  } else if (v == False()) {
    key += 'F';
  } else if (v == Ellipsis()) {
    key += 'E';
  } else if (is_int_exact(v)) {
    std::string d;
    if (!int_to_decimal(v, d)) return false;
    key += 'i';
    key += d;
  } else if (is_float_exact(v)) {
    double x = float_value(v);
    char buf[32];
    std::uint64_t bits;
    std::memcpy(&bits, &x, 8);
    std::snprintf(buf, sizeof buf, "f%016llx", (unsigned long long)bits);
    key += buf;
  } else if (is_complex_exact(v)) {  // both parts' bits: 0j, -0j and (-0+0j) stay distinct
    ComplexValue z = complex_value(v);
    std::uint64_t re, im;
    std::memcpy(&re, &z.real, 8);
    std::memcpy(&im, &z.imag, 8);
    char buf[48];
    std::snprintf(buf, sizeof buf, "c%016llx%016llx", (unsigned long long)re,
                  (unsigned long long)im);
    key += buf;
  } else if (is_str_exact(v)) {
    key += 's';
    key += char('0' + str_kind(v));
    key += std::to_string(str_length(v));
    key += ':';
    key.append(static_cast<const char*>(str_data(v)), std::size_t(str_length(v)) * str_kind(v));
  } else if (is_bytes(v)) {
    key += 'b';
    key += std::to_string(bytes_size(v));
    key += ':';
    key.append(bytes_data(v), std::size_t(bytes_size(v)));
  } else if (is_tuple_exact(v)) {
    key += "t(";
    for (ssize i = 0; i < tuple_size(v); ++i) {
      if (!const_key(tuple_get(v, i), key)) return false;
      key += ',';
    }
    key += ')';
  } else if (v->type == &FrozenSetType) {
    std::vector<std::string> parts;
    ssize pos = 0;
    Object* k;
    hash_t h;
    while (set_next(v, &pos, &k, &h)) {
      std::string p;
      if (!const_key(k, p)) return false;
      parts.push_back(p);
    }
    std::sort(parts.begin(), parts.end());
    key += "z(";
    for (auto& p : parts) key += p + ",";
    key += ')';
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "o%p", static_cast<void*>(v));
    key += buf;
  }
  return true;
}

bool all_name_chars(Object* s) {
  if (!str_is_ascii(s)) return false;
  const char* p = static_cast<const char*>(str_data(s));
  for (ssize i = 0; i < str_length(s); ++i) {
    char c = p[i];
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// Interns identifier-like string constants, recursively in tuples (CPython's
// intern_string_constants).
void intern_constants(Object*& v) {
  if (is_str_exact(v)) {
    if (all_name_chars(v)) str_intern_in_place(&v);
  } else if (is_tuple_exact(v)) {
    for (ssize i = 0; i < tuple_size(v); ++i) intern_constants(tuple_items(v)[i]);
  }
}

// Constants are shared across a whole compilation (CPython's c_const_cache).
thread_local std::unordered_map<std::string, Object*>* g_const_cache = nullptr;

}  // namespace

namespace {

// The key of a constant; objects without a value key are keyed by their address.
std::string key_of_const(Object* value) {
  std::string key;
  if (!const_key(value, key)) {
    err_clear();
    char buf[32];
    std::snprintf(buf, sizeof buf, "o%p", static_cast<void*>(value));
    key = buf;
  }
  return key;
}

// CPython's constant merging rebuilds a frozenset from its own iteration order, which can reorder
// colliding items: do the same so iteration order matches. `merge` canonicalises each item.
Object* rebuild_frozenset(Object* value, Object* (*merge)(Object*)) {
  Object* items = sequence_tuple(value);
  if (items && merge) {
    for (ssize i = 0; i < tuple_size(items); ++i) {
      Object*& slot = tuple_items(items)[i];
      slot = merge(slot);
    }
  }
  Object* rebuilt = items ? frozenset_from_iterable(items) : nullptr;
  xdecref(items);
  if (!rebuilt) {
    err_clear();
    return value;
  }
  decref(value);
  return rebuilt;
}

// CPython's merge_consts_recursive: the first constant of a value seen in this compilation is
// the one every later equal constant becomes, and the items of a tuple or frozenset constant are
// merged too, so `a, b = 10**5, 10**5` binds one object. Steals `value`, returns a new reference.
Object* merge_const(Object* value) {
  std::string key = key_of_const(value);
  auto it = g_const_cache->find(key);
  if (it != g_const_cache->end()) {
    if (it->second != value) {
      decref(value);
      value = new_ref(it->second);
    }
    return value;
  }
  if (value->type == &FrozenSetType && set_size(value) > 0) {
    value = rebuild_frozenset(value, merge_const);
  }
  g_const_cache->emplace(key, new_ref(value));
  if (is_tuple_exact(value)) {
    for (ssize i = 0; i < tuple_size(value); ++i) {
      Object*& slot = tuple_items(value)[i];
      slot = merge_const(slot);
    }
  }
  return value;
}

}  // namespace

std::uint32_t Compiler::add_const(Object* value) {
  intern_constants(value);
  if (g_const_cache) {
    value = merge_const(value);
  } else if (value->type == &FrozenSetType && set_size(value) > 0) {
    value = rebuild_frozenset(value, nullptr);
  }
  std::string key = key_of_const(value);
  Unit* unit = u();
  auto found = unit->const_index.find(key);
  if (found != unit->const_index.end()) {
    decref(value);
    return found->second;
  }
  std::uint32_t i = std::uint32_t(unit->consts.size());
  unit->consts.push_back(value);
  unit->const_index.emplace(std::move(key), i);
  return i;
}

std::uint32_t Compiler::add_name(std::string_view name) {
  Unit* unit = u();
  std::string n(name);
  auto it = unit->name_index.find(n);
  if (it != unit->name_index.end()) return it->second;
  std::uint32_t i = std::uint32_t(unit->names.size());
  unit->names.push_back(n);
  unit->name_index.emplace(std::move(n), i);
  return i;
}

std::string Compiler::mangle(std::string_view name) {
  return SymbolTable::mangle(u()->private_name, name);
}

bool Compiler::enter_scope(const std::string& name, int scope_type, const void* node, int lineno) {
  auto unit = std::make_unique<Unit>();
  unit->ste = st_.block_for(node);
  if (!unit->ste) {
    err_set_string(&ExcSystemError, "compiler: no symbol table entry for a scope");
    failed_ = true;
    return false;
  }
  unit->name = name;
  unit->scope_type = scope_type;
  unit->firstlineno = lineno;
  unit->lineno = lineno;
  const Block* ste = unit->ste;
  for (const std::string& v : ste->varnames) {
    unit->fast_index.emplace(v, std::uint32_t(unit->localsplus.size()));
    unit->localsplus.push_back(v);
    unit->localspluskinds.push_back(CO_FAST_LOCAL);
  }
  unit->nlocals = int(ste->varnames.size());
  for (const std::string& c : ste->cellvars) {
    auto it = unit->fast_index.find(c);
    if (it != unit->fast_index.end()) {
      // a parameter that is also a cell shares the parameter's slot (3.11)
      unit->localspluskinds[it->second] |= CO_FAST_CELL;
      unit->cell_index.emplace(c, it->second);
    } else {
      unit->cell_index.emplace(c, std::uint32_t(unit->localsplus.size()));
      unit->localsplus.push_back(c);
      unit->localspluskinds.push_back(CO_FAST_CELL);
      ++unit->ncells;
    }
  }
  for (const std::string& f : ste->freevars) {
    unit->free_index.emplace(f, std::uint32_t(unit->localsplus.size()));
    unit->localsplus.push_back(f);
    unit->localspluskinds.push_back(CO_FAST_FREE);
    ++unit->nfrees;
  }
  // qualname (CPython's compiler_set_qualname)
  std::string qual = name;
  if (units_.size() > 1) {
    Unit* parent = units_.back().get();
    bool force_global = false;
    if (scope_type == 2 || scope_type == 1) {
      std::string mangled = SymbolTable::mangle(parent->private_name, name);
      force_global = parent->ste->scope_of(mangled) == Scope::GlobalExplicit;
    }
    if (!force_global) {
      if (parent->scope_type == 2 || parent->scope_type == 3) {
        qual = parent->qualname + ".<locals>." + name;
      } else {
        qual = parent->qualname + "." + name;
      }
    }
  }
  unit->qualname = qual;
  unit->private_name = units_.empty() ? "" : units_.back()->private_name;
  if (scope_type == 1) unit->private_name = name;
  units_.push_back(std::move(unit));
  BasicBlock* entry = new_block();
  u()->entry = entry;
  u()->current = entry;
  return true;
}

Object* Compiler::exit_scope() {
  Unit* unit = u();
  const Block* ste = unit->ste;
  int flags = 0;
  if (unit->scope_type >= 2) {
    flags |= CO_OPTIMIZED | CO_NEWLOCALS;
    if (ste->nested) flags |= CO_NESTED;
    if (ste->generator) flags |= CO_GENERATOR;
    if (ste->varargs) flags |= CO_VARARGS;
    if (ste->varkeywords) flags |= CO_VARKEYWORDS;
  }
  if (unit->nfrees == 0 && unit->ncells == 0 && unit->cell_index.empty()) flags |= CO_NOFREE;
  Object* code = failed_ ? nullptr : assemble(*this, *unit, flags);
  units_.pop_back();
  return code;
}

// ---- names
// ------------------------------------------------------------------------------------------
bool Compiler::nameop(std::string_view name, ast::ExprContext ctx) {
  Unit* unit = u();
  std::string mangled = mangle(name);
  if (ctx == ast::ExprContext::Load && name == "__debug__") {
    emit_const(bool_new_ref(true));
    return true;
  }
  Scope scope = unit->ste->scope_of(mangled);
  enum { OP_KIND_NAME, OP_KIND_FAST, OP_KIND_DEREF, OP_KIND_GLOBAL } kind = OP_KIND_NAME;
  std::uint32_t index = 0;
  bool function_block = unit->ste->type == BlockType::Function;
  switch (scope) {
    case Scope::Free:
      kind = OP_KIND_DEREF;
      index = unit->free_index.at(mangled);
      break;
    case Scope::Cell:
      kind = OP_KIND_DEREF;
      index = unit->cell_index.at(mangled);
      break;
    case Scope::Local:
      if (function_block) kind = OP_KIND_FAST;
      break;
    case Scope::GlobalImplicit:
      if (function_block) kind = OP_KIND_GLOBAL;
      break;
    case Scope::GlobalExplicit:
      kind = OP_KIND_GLOBAL;
      break;
    default:
      break;
  }
  switch (kind) {
    case OP_KIND_DEREF:
      if (ctx == ast::ExprContext::Load) {
        emit(unit->ste->type == BlockType::Class ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF, index);
      } else if (ctx == ast::ExprContext::Store) {
        emit(OP_STORE_DEREF, index);
      } else {
        emit(OP_DELETE_DEREF, index);
      }
      return true;
    case OP_KIND_FAST:
      index = unit->fast_index.at(mangled);
      emit(ctx == ast::ExprContext::Load    ? OP_LOAD_FAST
           : ctx == ast::ExprContext::Store ? OP_STORE_FAST
                                            : OP_DELETE_FAST,
           index);
      return true;
    case OP_KIND_GLOBAL:
      index = add_name(mangled);
      if (ctx == ast::ExprContext::Load) {
        emit(OP_LOAD_GLOBAL, index << 1);
      } else {
        emit(ctx == ast::ExprContext::Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, index);
      }
      return true;
    default:
      index = add_name(mangled);
      emit(ctx == ast::ExprContext::Load    ? OP_LOAD_NAME
           : ctx == ast::ExprContext::Store ? OP_STORE_NAME
                                            : OP_DELETE_NAME,
           index);
      return true;
  }
}

// ---- functions, lambdas, classes
// ------------------------------------------------------------------
bool Compiler::make_closure(Object* code, std::uint32_t flags, const std::string& qualname) {
  CodeObject* co = static_cast<CodeObject*>(code);
  if (co->nfreevars > 0) {
    Unit* unit = u();
    for (int i = 0; i < co->nlocalsplus; ++i) {
      if (!(co->localspluskinds[i] & CO_FAST_FREE)) continue;
      std::string name = str_to_std(tuple_get(co->localsplusnames, i));
      std::uint32_t arg;
      auto c = unit->cell_index.find(name);
      if (c != unit->cell_index.end()) {
        arg = c->second;
      } else {
        auto f = unit->free_index.find(name);
        if (f == unit->free_index.end()) {
          decref(code);
          err_format(&ExcSystemError, "compiler: free variable '{}' not found in enclosing scope",
                     name);
          failed_ = true;
          return false;
        }
        arg = f->second;
      }
      emit(OP_LOAD_CLOSURE, arg);
    }
    emit(OP_BUILD_TUPLE, std::uint32_t(co->nfreevars));
    flags |= MF_CLOSURE;
  }
  (void)qualname;
  emit_const(code);
  emit(OP_MAKE_FUNCTION, flags);
  return true;
}

bool Compiler::visit_defaults(const ast::Arguments* args, std::uint32_t* flags) {
  if (!args->defaults.empty()) {
    for (ast::ExprNode* d : args->defaults) {
      if (!visit_expr(d)) return false;
    }
    emit(OP_BUILD_TUPLE, std::uint32_t(args->defaults.size()));
    *flags |= MF_DEFAULTS;
  }
  std::vector<Object*> keys;
  for (std::size_t i = 0; i < args->kwonlyargs.size(); ++i) {
    ast::ExprNode* d = args->kw_defaults[i];
    if (!d) continue;
    Object* key = str_from_utf8(mangle(args->kwonlyargs[i]->arg));
    if (!key) {
      for (Object* k : keys) decref(k);
      return false;
    }
    keys.push_back(key);
    if (!visit_expr(d)) {
      for (Object* k : keys) decref(k);
      return false;
    }
  }
  if (!keys.empty()) {
    Object* t = tuple_from_array_steal(keys.data(), ssize(keys.size()));
    if (!t) return false;
    std::size_t n = keys.size();
    emit_const(t);
    emit(OP_BUILD_CONST_KEY_MAP, std::uint32_t(n));
    *flags |= MF_KWDEFAULTS;
  }
  return true;
}

bool Compiler::visit_annotations(const ast::Arguments* args, const ast::ExprNode* returns,
                                 std::uint32_t* flags) {
  int count = 0;
  auto add = [&](std::string_view name, const ast::ExprNode* ann) -> bool {
    if (!ann) return true;
    Object* key = str_from_utf8(mangle(name));
    if (!key) return false;
    emit_const(key);
    if (!visit_expr(ann)) return false;
    count += 2;
    return true;
  };
  if (args) {
    // CPython 3.11's order: args, posonlyargs, *args, kwonly, **kwargs, return
    for (ast::Arg* a : args->args) {
      if (!add(a->arg, a->annotation)) return false;
    }
    for (ast::Arg* a : args->posonlyargs) {
      if (!add(a->arg, a->annotation)) return false;
    }
    if (args->vararg && !add(args->vararg->arg, args->vararg->annotation)) return false;
    for (ast::Arg* a : args->kwonlyargs) {
      if (!add(a->arg, a->annotation)) return false;
    }
    if (args->kwarg && !add(args->kwarg->arg, args->kwarg->annotation)) return false;
  }
  if (returns && !add("return", returns)) return false;
  if (count) {
    emit(OP_BUILD_TUPLE, std::uint32_t(count));
    *flags |= MF_ANNOTATIONS;
  }
  return true;
}

namespace {

const ast::Constant* docstring_of(const ast::StmtSeq& body) {
  if (body.empty()) return nullptr;
  const ast::StmtNode* s = body[0];
  if (!s->is<ast::Expr>()) return nullptr;
  const ast::ExprNode* v = s->as<ast::Expr>()->value;
  if (!v->is<ast::Constant>()) return nullptr;
  const ast::Constant* c = v->as<ast::Constant>();
  return c->value.kind == ast::ConstantKind::Str ? c : nullptr;
}

bool ends_with_return(BasicBlock* b) {
  return !b->instrs.empty() && b->instrs.back().op == OP_RETURN_VALUE;
}

}  // namespace

bool Compiler::visit_function_def(const ast::FunctionDef* s) {
  for (ast::ExprNode* d : s->decorator_list) {
    if (!visit_expr(d)) return false;
  }
  int firstlineno = s->loc.lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list[0]->loc.lineno;
  std::uint32_t flags = 0;
  set_line(s->loc);
  if (!visit_defaults(s->args, &flags)) return false;
  if (!visit_annotations(s->args, s->returns, &flags)) return false;
  std::string name(s->name);
  if (!enter_scope(name, 2, s, firstlineno)) return false;
  Unit* unit = u();
  unit->argcount = int(s->args->posonlyargs.size() + s->args->args.size());
  unit->posonlyargcount = int(s->args->posonlyargs.size());
  unit->kwonlyargcount = int(s->args->kwonlyargs.size());
  const ast::Constant* doc = docstring_of(s->body);
  if (doc) {
    Object* doc_obj = fold_constant(doc);
    if (!doc_obj) return false;
    emit_const_first(doc_obj);
  } else {
    add_const(none_new_ref());
  }
  std::size_t first = doc ? 1 : 0;
  for (std::size_t i = first; i < s->body.size(); ++i) {
    if (!visit_stmt(s->body[i])) {
      units_.pop_back();
      return false;
    }
  }
  if (!ends_with_return(u()->current)) {
    u()->lineno = -1;
    emit_none();
    emit_noline(OP_RETURN_VALUE);
  }
  std::string qualname = u()->qualname;
  Object* code = exit_scope();
  if (!code) return false;
  set_line(s->loc);
  if (!make_closure(code, flags, qualname)) return false;
  for (std::size_t i = 0; i < s->decorator_list.size(); ++i) emit(OP_CALL, 0);
  return nameop(s->name, ast::ExprContext::Store);
}

bool Compiler::visit_lambda(const ast::Lambda* e) {
  std::uint32_t flags = 0;
  if (!visit_defaults(e->args, &flags)) return false;
  if (!enter_scope("<lambda>", 3, e, e->loc.lineno)) return false;
  Unit* unit = u();
  unit->argcount = int(e->args->posonlyargs.size() + e->args->args.size());
  unit->posonlyargcount = int(e->args->posonlyargs.size());
  unit->kwonlyargcount = int(e->args->kwonlyargs.size());
  // None first, so that a lambda never has a docstring
  add_const(none_new_ref());
  set_line(e->body->loc);
  if (!visit_expr(e->body)) {
    units_.pop_back();
    return false;
  }
  if (unit->ste->generator) {
    emit(OP_POP_TOP);
    emit_none();
  }
  emit(OP_RETURN_VALUE);
  std::string qualname = u()->qualname;
  Object* code = exit_scope();
  if (!code) return false;
  set_line(e->loc);
  return make_closure(code, flags, qualname);
}

namespace {

bool find_ann(const ast::StmtSeq& body) {
  for (const ast::StmtNode* s : body) {
    switch (s->kind) {
      case ast::StmtKind::AnnAssign:
        return true;
      case ast::StmtKind::For:
        if (find_ann(s->as<ast::For>()->body) || find_ann(s->as<ast::For>()->orelse)) return true;
        break;
      case ast::StmtKind::While:
        if (find_ann(s->as<ast::While>()->body) || find_ann(s->as<ast::While>()->orelse))
          return true;
        break;
      case ast::StmtKind::If:
        if (find_ann(s->as<ast::If>()->body) || find_ann(s->as<ast::If>()->orelse)) return true;
        break;
      case ast::StmtKind::With:
        if (find_ann(s->as<ast::With>()->body)) return true;
        break;
      case ast::StmtKind::Try: {
        const ast::Try* t = s->as<ast::Try>();
        if (find_ann(t->body) || find_ann(t->orelse) || find_ann(t->finalbody)) return true;
        for (ast::ExceptHandler* h : t->handlers) {
          if (find_ann(h->body)) return true;
        }
        break;
      }
      default:
        break;
    }
  }
  return false;
}

}  // namespace

// Module and class bodies: annotations dict, docstring into __doc__, the statements.
bool Compiler::visit_body(const ast::StmtSeq& body) {
  if (find_ann(body)) emit(OP_SETUP_ANNOTATIONS);
  std::size_t start = 0;
  const ast::Constant* doc = docstring_of(body);
  if (doc && mode_ != CompileMode::Single) {
    set_line(body[0]->loc);
    Object* doc_obj = fold_constant(doc);
    if (!doc_obj) return false;
    emit_const(doc_obj);
    if (!nameop("__doc__", ast::ExprContext::Store)) return false;
    start = 1;
  }
  for (std::size_t i = start; i < body.size(); ++i) {
    if (!visit_stmt(body[i])) return false;
  }
  return true;
}

bool Compiler::visit_class_def(const ast::ClassDef* s) {
  for (ast::ExprNode* d : s->decorator_list) {
    if (!visit_expr(d)) return false;
  }
  int firstlineno = s->loc.lineno;
  if (!s->decorator_list.empty()) firstlineno = s->decorator_list[0]->loc.lineno;
  std::string name(s->name);
  if (!enter_scope(name, 1, s, firstlineno)) return false;
  set_line(s->loc);
  if (!nameop("__name__", ast::ExprContext::Load) ||
      !nameop("__module__", ast::ExprContext::Store)) {
    units_.pop_back();
    return false;
  }
  emit_const(str_from_utf8(u()->qualname));
  if (!nameop("__qualname__", ast::ExprContext::Store) || !visit_body(s->body)) {
    units_.pop_back();
    return false;
  }
  u()->lineno = -1;
  if (u()->ste->needs_class_closure) {
    auto it = u()->cell_index.find("__class__");
    if (it == u()->cell_index.end()) {
      err_set_string(&ExcSystemError, "compiler: missing __class__ cell");
      failed_ = true;
      units_.pop_back();
      return false;
    }
    emit_noline(OP_LOAD_CLOSURE, it->second);
    emit_noline(OP_COPY, 1);
    if (!nameop("__classcell__", ast::ExprContext::Store)) {
      units_.pop_back();
      return false;
    }
  } else {
    emit_none();
  }
  emit_noline(OP_RETURN_VALUE);
  std::string qualname = u()->qualname;
  Object* code = exit_scope();
  if (!code) return false;
  set_line(s->loc);
  emit(OP_PUSH_NULL);
  emit(OP_LOAD_BUILD_CLASS);
  if (!make_closure(code, 0, qualname)) return false;
  emit_const(str_from_utf8(name));
  if (!call_helper(2, s->bases, s->keywords)) return false;
  for (std::size_t i = 0; i < s->decorator_list.size(); ++i) emit(OP_CALL, 0);
  return nameop(s->name, ast::ExprContext::Store);
}

// ---- the driver
// ------------------------------------------------------------------------------------
Object* Compiler::compile_module(const ast::Module& mod) {
  if (!enter_scope("<module>", 0, &mod, 1)) return nullptr;
  if (mode_ == CompileMode::Eval) {
    set_line(mod.expression->loc);
    if (!visit_expr(mod.expression)) {
      units_.pop_back();
      return nullptr;
    }
    emit(OP_RETURN_VALUE);
  } else {
    if (!mod.body.empty()) set_line(mod.body[0]->loc);
    if (!visit_body(mod.body)) {
      units_.pop_back();
      return nullptr;
    }
    if (!ends_with_return(u()->current)) {
      emit_none();
      emit(OP_RETURN_VALUE);
    }
  }
  return exit_scope();
}

Object* Compiler::take_literals() {
  Object* list = list_new(0);
  for (auto& [node, value] : folded_) {
    if (!value) continue;
    if (list && list_append(list, value) < 0) clear_ref(list);
  }
  if (!list) err_clear();
  return list;
}

Object* compile_text(std::string_view source, Object* filename, CompileMode mode, bool char_offsets,
                     Object** literals) {
  if (literals) *literals = nullptr;
  ParseOptions opts;
  opts.mode = mode == CompileMode::Eval ? ParseMode::Eval : ParseMode::Exec;
  std::string fname = str_to_std(filename);
  opts.filename = fname;
  opts.char_offsets = char_offsets;
  ParseResult pr = parse(source, opts);
  if (!pr.ok()) {
    raise_syntax_error(pr.error, filename);
    return nullptr;
  }
  SymtableResult st = build_symtable(*pr.module);
  if (!st.ok()) {
    raise_syntax_error(st.error, filename);
    return nullptr;
  }
  std::unordered_map<std::string, Object*> cache;
  auto* saved_cache = g_const_cache;
  g_const_cache = &cache;
  std::string_view saved_source = g_current_source;
  g_current_source = pr.source;
  Object* code;
  {
    Compiler c(*st.table, filename, mode);
    code = c.compile_module(*pr.module);
    if (code && literals) *literals = c.take_literals();
  }
  g_current_source = saved_source;
  g_const_cache = saved_cache;
  for (auto& kv : cache) decref(kv.second);
  return code;
}

}  // namespace mempy::interp
