// interp/compiler_expr.cpp — code generation for expressions: constant folding (the parts of
// CPython's AST optimizer that change which objects exist: folded arithmetic, constant tuples,
// frozensets for `in {...}`), calls with CPython 3.11's calling sequences, comprehensions as
// nested functions, f-strings, and conditional jumps.
#include <cmath>
#include <cstring>

#include "interp/compiler_internal.h"
#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

namespace {

constexpr int STACK_USE_GUIDELINE = 30;
constexpr std::int64_t MAX_INT_SIZE = 128;  // bits
constexpr ssize MAX_COLLECTION_SIZE = 256;
constexpr ssize MAX_STR_SIZE = 4096;
constexpr ssize MAX_TOTAL_ITEMS = 1024;

// Decodes the front end's UTF-8 (where lone surrogates are 3-byte sequences) into a str.
Object* str_from_ast_text(std::string_view text) {
  bool plain = true;
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) == 0xED &&
        (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0xA0) {
      plain = false;
      break;
    }
  }
  if (plain) return str_from_utf8(text.data(), text.size());
  std::vector<std::uint32_t> cps;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::uint32_t cp;
    int n;
    if (c < 0x80) {
      cp = c;
      n = 1;
    } else if (c < 0xE0) {
      cp = c & 0x1F;
      n = 2;
    } else if (c < 0xF0) {
      cp = c & 0x0F;
      n = 3;
    } else {
      cp = c & 0x07;
      n = 4;
    }
    for (int k = 1; k < n && i + std::size_t(k) < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3F);
    }
    cps.push_back(cp);
    i += std::size_t(n);
  }
  return str_from_ucs4(cps.data(), cps.size());
}

Object* constant_object(const ast::ConstantValue& v) {
  switch (v.kind) {
    case ast::ConstantKind::None:
      return none_new_ref();
    case ast::ConstantKind::True:
      return bool_new_ref(true);
    case ast::ConstantKind::False:
      return bool_new_ref(false);
    case ast::ConstantKind::Ellipsis:
      return new_ref(Ellipsis());
    case ast::ConstantKind::Int:
      if (v.int_fits) return int_from_i64(v.int_value);
      return int_from_string(v.text.data(), v.text.size(), v.int_base);
    case ast::ConstantKind::Float:
      return float_from_double(v.float_value);
    case ast::ConstantKind::Complex:  // an imaginary literal
      return complex_from_doubles(0.0, v.float_value);
    case ast::ConstantKind::Str:
      return str_from_ast_text(v.text);
    case ast::ConstantKind::Bytes:
      return bytes_from(v.text.data(), ssize(v.text.size()));
  }
  return none_new_ref();
}

ssize sized_length(Object* o) {
  if (is_str(o)) return str_length(o);
  if (is_bytes(o)) return bytes_size(o);
  if (is_tuple(o)) return tuple_size(o);
  if (o->type == &FrozenSetType) return set_size(o);
  return -1;
}

// CPython's safe_multiply / safe_power / safe_lshift / safe_mod checks.
bool fold_is_safe(ast::Operator op, Object* v, Object* w) {
  switch (op) {
    case ast::Operator::Mult: {
      if (is_int(v) && is_int(w)) {
        return int_bit_length(v) + int_bit_length(w) <= MAX_INT_SIZE;
      }
      Object* seq = is_int(v) ? w : v;
      Object* n = is_int(v) ? v : w;
      if (!is_int(n)) return true;
      ssize len = sized_length(seq);
      if (len < 0) return true;
      bool ov;
      std::int64_t count = int_as_i64(n, &ov);
      if (ov) return false;
      if (count <= 0) return true;
      ssize limit = (is_str(seq) || is_bytes(seq)) ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
      if (len > limit / count) return false;
      if (is_tuple(seq)) return len * count <= MAX_COLLECTION_SIZE;
      return true;
    }
    case ast::Operator::Pow:
      if (is_int(v) && is_int(w) && int_sign(v) != 0 && int_sign(w) > 0) {
        bool ov;
        std::int64_t wv = int_as_i64(w, &ov);
        if (ov) return false;
        return int_bit_length(v) <= MAX_INT_SIZE / wv;
      }
      return true;
    case ast::Operator::LShift:
      if (is_int(v) && is_int(w) && int_sign(v) != 0) {
        bool ov;
        std::int64_t wv = int_as_i64(w, &ov);
        if (ov || wv < 0 || wv > MAX_INT_SIZE) return false;
        return int_bit_length(v) <= MAX_INT_SIZE - wv;
      }
      return true;
    case ast::Operator::Mod:
      return !(is_str(v) || is_bytes(v));
    default:
      return true;
  }
}

int compare_op_arg(ast::CmpOperator op, int* kind) {
  // kind: 0 COMPARE_OP, 1 IS_OP, 2 CONTAINS_OP
  switch (op) {
    case ast::CmpOperator::Eq:
      *kind = 0;
      return CMP_EQ;
    case ast::CmpOperator::NotEq:
      *kind = 0;
      return CMP_NE;
    case ast::CmpOperator::Lt:
      *kind = 0;
      return CMP_LT;
    case ast::CmpOperator::LtE:
      *kind = 0;
      return CMP_LE;
    case ast::CmpOperator::Gt:
      *kind = 0;
      return CMP_GT;
    case ast::CmpOperator::GtE:
      *kind = 0;
      return CMP_GE;
    case ast::CmpOperator::Is:
      *kind = 1;
      return 0;
    case ast::CmpOperator::IsNot:
      *kind = 1;
      return 1;
    case ast::CmpOperator::In:
      *kind = 2;
      return 0;
    case ast::CmpOperator::NotIn:
      *kind = 2;
      return 1;
  }
  *kind = 0;
  return CMP_EQ;
}

void emit_compare(Compiler& c, ast::CmpOperator op) {
  int kind;
  int arg = compare_op_arg(op, &kind);
  c.emit(kind == 0 ? OP_COMPARE_OP : kind == 1 ? OP_IS_OP : OP_CONTAINS_OP, std::uint32_t(arg));
}

}  // namespace

// ---- constant folding --------------------------------------------------------------------------
Object* Compiler::fold_constant(const ast::ExprNode* e) {
  auto it = folded_.find(e);
  if (it != folded_.end()) return xnew_ref(it->second);
  Object* result = nullptr;
  switch (e->kind) {
    case ast::ExprKind::Constant:
      result = constant_object(e->as<ast::Constant>()->value);
      if (!result) {
        failed_ = true;
        return nullptr;
      }
      break;
    case ast::ExprKind::Name:
      if (e->as<ast::Name>()->id == "__debug__" &&
          e->as<ast::Name>()->ctx == ast::ExprContext::Load) {
        result = bool_new_ref(true);
      }
      break;
    case ast::ExprKind::UnaryOp: {
      const ast::UnaryOp* u = e->as<ast::UnaryOp>();
      Object* v = fold_constant(u->operand);
      if (!v) break;
      switch (u->op) {
        case ast::UnaryOperator::USub:
          result = number_negative(v);
          break;
        case ast::UnaryOperator::UAdd:
          result = number_positive(v);
          break;
        case ast::UnaryOperator::Invert:
          result = number_invert(v);
          break;
        case ast::UnaryOperator::Not: {
          int t = object_not(v);
          result = t < 0 ? nullptr : bool_new_ref(t);
          break;
        }
      }
      decref(v);
      if (!result) err_clear();
      break;
    }
    case ast::ExprKind::BinOp: {
      const ast::BinOp* b = e->as<ast::BinOp>();
      Object* v = fold_constant(b->left);
      if (!v) break;
      Object* w = fold_constant(b->right);
      if (!w) {
        decref(v);
        break;
      }
      if (fold_is_safe(b->op, v, w)) {
        result = binary_op(v, w, binop_of(b->op));
        if (!result) {
          err_clear();
        } else {
          // CPython keeps only results of reasonable size
          ssize len = sized_length(result);
          if ((is_str(result) && len > MAX_STR_SIZE) || (is_bytes(result) && len > MAX_STR_SIZE) ||
              (is_tuple(result) && len > MAX_COLLECTION_SIZE) ||
              (is_int(result) && int_bit_length(result) > MAX_INT_SIZE)) {
            clear_ref(result);
          }
        }
      }
      decref(v);
      decref(w);
      break;
    }
    case ast::ExprKind::Tuple: {
      const ast::Tuple* t = e->as<ast::Tuple>();
      if (t->ctx != ast::ExprContext::Load) break;
      std::vector<Object*> items;
      bool ok = true;
      for (const ast::ExprNode* x : t->elts) {
        if (x->is<ast::Starred>()) {
          ok = false;
          break;
        }
        Object* v = fold_constant(x);
        if (!v) {
          ok = false;
          break;
        }
        items.push_back(v);
      }
      if (ok) {
        result = tuple_from_array_steal(items.data(), ssize(items.size()));
      } else {
        for (Object* o : items) decref(o);
      }
      break;
    }
    case ast::ExprKind::Subscript: {
      const ast::Subscript* s = e->as<ast::Subscript>();
      if (s->ctx != ast::ExprContext::Load || !s->slice->is<ast::Constant>()) break;
      Object* v = fold_constant(s->value);
      if (!v) break;
      Object* idx = fold_constant(s->slice);
      if (idx) {
        result = get_item(v, idx);
        if (!result) err_clear();
        decref(idx);
      }
      decref(v);
      break;
    }
    default:
      break;
  }
  if (failed_) {
    xdecref(result);
    return nullptr;
  }
  folded_.emplace(e, xnew_ref(result));
  return result;
}

namespace {

bool all_constant(Compiler& c, const ast::ExprSeq& elts, std::vector<Object*>& out) {
  for (const ast::ExprNode* x : elts) {
    if (x->is<ast::Starred>()) break;
    Object* v = c.fold_constant(x);
    if (!v) {
      for (Object* o : out) decref(o);
      out.clear();
      return false;
    }
    out.push_back(v);
  }
  if (out.size() != elts.size()) {
    for (Object* o : out) decref(o);
    out.clear();
    return false;
  }
  return true;
}

}  // namespace

bool Compiler::visit_iterable(const ast::ExprNode* e) {
  if (e->is<ast::List>() || e->is<ast::Set>()) {
    const ast::ExprSeq& elts =
        e->is<ast::List>() ? e->as<ast::List>()->elts : e->as<ast::Set>()->elts;
    std::vector<Object*> items;
    bool consts = true;
    for (const ast::ExprNode* x : elts) {
      if (x->is<ast::Starred>()) {
        consts = false;
        break;
      }
      Object* v = fold_constant(x);
      if (!v) {
        consts = false;
        break;
      }
      items.push_back(v);
    }
    if (consts) {
      Object* t = tuple_from_array_steal(items.data(), ssize(items.size()));
      if (!t) return false;
      if (e->is<ast::Set>()) {
        Object* f = frozenset_from_iterable(t);
        decref(t);
        if (!f) return false;
        t = f;
      }
      set_line(e->loc);
      emit_const(t);
      return true;
    }
    for (Object* o : items) decref(o);
    if (failed_) return false;
  }
  return visit_expr(e);
}

// ---- displays -----------------------------------------------------------------------------------
bool Compiler::starunpack(const ast::ExprSeq& elts, int pushed, int build, int add, int extend,
                          bool tuple) {
  std::size_t n = elts.size();
  if (n > 2) {
    std::vector<Object*> items;
    if (all_constant(*this, elts, items)) {
      Object* folded = tuple_from_array_steal(items.data(), ssize(items.size()));
      if (!folded) return false;
      if (tuple && !pushed) {
        emit_const(folded);
      } else {
        if (add == OP_SET_ADD) {
          Object* fs = frozenset_from_iterable(folded);
          decref(folded);
          if (!fs) return false;
          folded = fs;
        }
        emit(build, std::uint32_t(pushed));
        emit_const(folded);
        emit(extend, 1);
        if (tuple) emit(OP_LIST_TO_TUPLE);
      }
      return true;
    }
    if (failed_) return false;
  }
  bool big = int(n) + pushed > STACK_USE_GUIDELINE;
  bool seen_star = false;
  for (const ast::ExprNode* x : elts) seen_star |= x->is<ast::Starred>();
  if (!seen_star && !big) {
    for (const ast::ExprNode* x : elts) {
      if (!visit_expr(x)) return false;
    }
    emit(tuple ? OP_BUILD_TUPLE : build, std::uint32_t(n + std::size_t(pushed)));
    return true;
  }
  bool built = false;
  if (big) {
    emit(build, std::uint32_t(pushed));
    built = true;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const ast::ExprNode* x = elts[i];
    if (x->is<ast::Starred>()) {
      if (!built) {
        emit(build, std::uint32_t(i + std::size_t(pushed)));
        built = true;
      }
      if (!visit_expr(x->as<ast::Starred>()->value)) return false;
      emit(extend, 1);
    } else {
      if (!visit_expr(x)) return false;
      if (built) emit(add, 1);
    }
  }
  if (tuple) emit(OP_LIST_TO_TUPLE);
  return true;
}

namespace {

bool compile_subdict(Compiler& c, const ast::Dict* d, std::size_t begin, std::size_t end) {
  std::size_t n = end - begin;
  if (n > 1) {
    std::vector<Object*> keys;
    bool consts = true;
    for (std::size_t i = begin; i < end; ++i) {
      Object* k = d->keys[i]->is<ast::Constant>() ? c.fold_constant(d->keys[i]) : nullptr;
      if (!k) {
        consts = false;
        break;
      }
      keys.push_back(k);
    }
    if (consts) {
      for (std::size_t i = begin; i < end; ++i) {
        if (!c.visit_expr(d->values[i])) {
          for (Object* k : keys) decref(k);
          return false;
        }
      }
      Object* t = tuple_from_array_steal(keys.data(), ssize(keys.size()));
      if (!t) return false;
      c.emit_const(t);
      c.emit(OP_BUILD_CONST_KEY_MAP, std::uint32_t(n));
      return true;
    }
    for (Object* k : keys) decref(k);
    if (c.failed()) return false;
  }
  bool big = n * 2 > std::size_t(STACK_USE_GUIDELINE);
  if (big) c.emit(OP_BUILD_MAP, 0);
  for (std::size_t i = begin; i < end; ++i) {
    if (!c.visit_expr(d->keys[i]) || !c.visit_expr(d->values[i])) return false;
    if (big) c.emit(OP_MAP_ADD, 1);
  }
  if (!big) c.emit(OP_BUILD_MAP, std::uint32_t(n));
  return true;
}

bool compile_dict(Compiler& c, const ast::Dict* d) {
  std::size_t n = d->values.size();
  bool have_dict = false;
  std::size_t elements = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!d->keys[i]) {
      if (elements) {
        if (!compile_subdict(c, d, i - elements, i)) return false;
        if (have_dict) c.emit(OP_DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        c.emit(OP_BUILD_MAP, 0);
        have_dict = true;
      }
      if (!c.visit_expr(d->values[i])) return false;
      c.emit(OP_DICT_UPDATE, 1);
    } else if (elements * 2 > std::size_t(STACK_USE_GUIDELINE)) {
      if (!compile_subdict(c, d, i - elements, i + 1)) return false;
      if (have_dict) c.emit(OP_DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      ++elements;
    }
  }
  if (elements) {
    if (!compile_subdict(c, d, n - elements, n)) return false;
    if (have_dict) c.emit(OP_DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) c.emit(OP_BUILD_MAP, 0);
  return true;
}

bool emit_kw_names(Compiler& c, const ast::Seq<ast::Keyword*>& keywords, std::size_t begin,
                   std::size_t end) {
  std::vector<Object*> names;
  for (std::size_t i = begin; i < end; ++i) {
    Object* n = str_from_utf8(keywords[i]->arg);
    if (!n) {
      for (Object* o : names) decref(o);
      return false;
    }
    str_intern_in_place(&n);
    names.push_back(n);
  }
  Object* t = tuple_from_array_steal(names.data(), ssize(names.size()));
  if (!t) return false;
  c.emit(OP_KW_NAMES, c.add_const(t));
  return true;
}

bool compile_subkwargs(Compiler& c, const ast::Seq<ast::Keyword*>& keywords, std::size_t begin,
                       std::size_t end) {
  std::size_t n = end - begin;
  if (n > 1) {
    for (std::size_t i = begin; i < end; ++i) {
      if (!c.visit_expr(keywords[i]->value)) return false;
    }
    std::vector<Object*> names;
    for (std::size_t i = begin; i < end; ++i) {
      Object* k = str_from_utf8(keywords[i]->arg);
      if (!k) {
        for (Object* o : names) decref(o);
        return false;
      }
      names.push_back(k);
    }
    Object* t = tuple_from_array_steal(names.data(), ssize(names.size()));
    if (!t) return false;
    c.emit_const(t);
    c.emit(OP_BUILD_CONST_KEY_MAP, std::uint32_t(n));
    return true;
  }
  for (std::size_t i = begin; i < end; ++i) {
    c.emit_const(str_from_utf8(keywords[i]->arg));
    if (!c.visit_expr(keywords[i]->value)) return false;
  }
  c.emit(OP_BUILD_MAP, std::uint32_t(n));
  return true;
}

}  // namespace

bool Compiler::call_helper(int n, const ast::ExprSeq& args,
                           const ast::Seq<ast::Keyword*>& keywords) {
  bool simple = true;
  for (const ast::ExprNode* a : args) simple &= !a->is<ast::Starred>();
  for (const ast::Keyword* k : keywords) simple &= !k->arg.empty();
  if (simple) {
    for (const ast::ExprNode* a : args) {
      if (!visit_expr(a)) return false;
    }
    for (const ast::Keyword* k : keywords) {
      if (!visit_expr(k->value)) return false;
    }
    if (!keywords.empty() && !emit_kw_names(*this, keywords, 0, keywords.size())) return false;
    emit(OP_CALL, std::uint32_t(std::size_t(n) + args.size() + keywords.size()));
    return true;
  }
  // CALL_FUNCTION_EX: a tuple of positional arguments and a dict of keyword arguments
  if (n == 0 && args.size() == 1 && args[0]->is<ast::Starred>()) {
    if (!visit_expr(args[0]->as<ast::Starred>()->value)) return false;
  } else if (!starunpack(args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, true)) {
    return false;
  }
  std::size_t nkw = keywords.size();
  if (nkw) {
    bool have_dict = false;
    std::size_t nseen = 0;
    for (std::size_t i = 0; i < nkw; ++i) {
      const ast::Keyword* k = keywords[i];
      if (k->arg.empty()) {
        if (nseen) {
          if (!compile_subkwargs(*this, keywords, i - nseen, i)) return false;
          if (have_dict) emit(OP_DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(OP_BUILD_MAP, 0);
          have_dict = true;
        }
        if (!visit_expr(k->value)) return false;
        emit(OP_DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      if (!compile_subkwargs(*this, keywords, nkw - nseen, nkw)) return false;
      if (have_dict) emit(OP_DICT_MERGE, 1);
    }
  }
  emit(OP_CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
  return true;
}

bool Compiler::visit_call(const ast::Call* e) {
  const ast::ExprNode* func = e->func;
  // obj.meth(args): LOAD_METHOD without a bound method (CPython's maybe_optimize_method_call)
  if (func->is<ast::Attribute>() && func->as<ast::Attribute>()->ctx == ast::ExprContext::Load &&
      e->args.size() + e->keywords.size() + (e->keywords.empty() ? 0 : 1) <
          std::size_t(STACK_USE_GUIDELINE)) {
    bool simple = true;
    for (const ast::ExprNode* a : e->args) simple &= !a->is<ast::Starred>();
    for (const ast::Keyword* k : e->keywords) simple &= !k->arg.empty();
    if (simple) {
      const ast::Attribute* at = func->as<ast::Attribute>();
      if (!visit_expr(at->value)) return false;
      u()->lineno = func->loc.end_lineno;
      emit(OP_LOAD_METHOD, add_name(mangle(at->attr)));
      for (const ast::ExprNode* a : e->args) {
        if (!visit_expr(a)) return false;
      }
      for (const ast::Keyword* k : e->keywords) {
        if (!visit_expr(k->value)) return false;
      }
      if (!e->keywords.empty() && !emit_kw_names(*this, e->keywords, 0, e->keywords.size())) {
        return false;
      }
      set_line(e->loc);
      emit(OP_CALL, std::uint32_t(e->args.size() + e->keywords.size()));
      return true;
    }
  }
  set_line(func->loc);
  emit(OP_PUSH_NULL);
  set_line(e->loc);
  if (!visit_expr(func)) return false;
  set_line(e->loc);
  return call_helper(0, e->args, e->keywords);
}

// ---- comprehensions
// ------------------------------------------------------------------------------
namespace {

enum CompKind { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

bool comprehension_generator(Compiler& c, const ast::Seq<ast::Comprehension*>& gens,
                             std::size_t index, int depth, const ast::ExprNode* elt,
                             const ast::ExprNode* val, CompKind kind) {
  BasicBlock* start = c.new_block();
  BasicBlock* if_cleanup = c.new_block();
  BasicBlock* anchor = c.new_block();
  const ast::Comprehension* gen = gens[index];
  if (index == 0) {
    c.emit(OP_LOAD_FAST, 0);  // the outermost iterator arrives as the argument ".0"
  } else {
    // for y in [f(x)]: bind without iterating (CPython's fast path)
    const ast::ExprSeq* elts = nullptr;
    if (gen->iter->is<ast::List>()) elts = &gen->iter->as<ast::List>()->elts;
    if (gen->iter->is<ast::Tuple>()) elts = &gen->iter->as<ast::Tuple>()->elts;
    if (elts && elts->size() == 1 && !(*elts)[0]->is<ast::Starred>()) {
      if (!c.visit_expr((*elts)[0])) return false;
      start = nullptr;
    }
    if (start) {
      if (!c.visit_iterable(gen->iter)) return false;
      c.emit(OP_GET_ITER);
    }
  }
  if (start) {
    ++depth;
    c.use_block(start);
    c.emit_jump(OP_FOR_ITER, anchor);
  }
  if (!c.store_target(gen->target)) return false;
  for (const ast::ExprNode* cond : gen->ifs) {
    if (!c.jump_if(cond, if_cleanup, false)) return false;
  }
  if (index + 1 < gens.size()) {
    if (!comprehension_generator(c, gens, index + 1, depth, elt, val, kind)) return false;
  } else {
    switch (kind) {
      case COMP_GENEXP:
        if (!c.visit_expr(elt)) return false;
        c.emit(OP_YIELD_VALUE);
        c.emit(OP_POP_TOP);
        break;
      case COMP_LISTCOMP:
        if (!c.visit_expr(elt)) return false;
        c.emit(OP_LIST_APPEND, std::uint32_t(depth + 1));
        break;
      case COMP_SETCOMP:
        if (!c.visit_expr(elt)) return false;
        c.emit(OP_SET_ADD, std::uint32_t(depth + 1));
        break;
      case COMP_DICTCOMP:
        if (!c.visit_expr(elt) || !c.visit_expr(val)) return false;
        c.emit(OP_MAP_ADD, std::uint32_t(depth + 1));
        break;
    }
  }
  c.use_block(if_cleanup);
  if (start) {
    c.emit_jump(PSEUDO_JUMP, start);
    c.use_block(anchor);
  }
  return true;
}

}  // namespace

bool Compiler::visit_comprehension(const ast::ExprNode* e) {
  CompKind kind;
  const char* name;
  const ast::Seq<ast::Comprehension*>* gens;
  const ast::ExprNode* elt;
  const ast::ExprNode* val = nullptr;
  switch (e->kind) {
    case ast::ExprKind::ListComp:
      kind = COMP_LISTCOMP;
      name = "<listcomp>";
      gens = &e->as<ast::ListComp>()->generators;
      elt = e->as<ast::ListComp>()->elt;
      break;
    case ast::ExprKind::SetComp:
      kind = COMP_SETCOMP;
      name = "<setcomp>";
      gens = &e->as<ast::SetComp>()->generators;
      elt = e->as<ast::SetComp>()->elt;
      break;
    case ast::ExprKind::DictComp:
      kind = COMP_DICTCOMP;
      name = "<dictcomp>";
      gens = &e->as<ast::DictComp>()->generators;
      elt = e->as<ast::DictComp>()->key;
      val = e->as<ast::DictComp>()->value;
      break;
    default:
      kind = COMP_GENEXP;
      name = "<genexpr>";
      gens = &e->as<ast::GeneratorExp>()->generators;
      elt = e->as<ast::GeneratorExp>()->elt;
      break;
  }
  const ast::Comprehension* outermost = (*gens)[0];
  if (!enter_scope(name, 4, e, e->loc.lineno)) return false;
  set_line(e->loc);
  u()->argcount = 1;
  if (kind != COMP_GENEXP) {
    emit(kind == COMP_LISTCOMP  ? OP_BUILD_LIST
         : kind == COMP_SETCOMP ? OP_BUILD_SET
                                : OP_BUILD_MAP,
         0);
  }
  if (!comprehension_generator(*this, *gens, 0, 0, elt, val, kind)) {
    units_.pop_back();
    return false;
  }
  if (kind != COMP_GENEXP) {
    emit(OP_RETURN_VALUE);
  } else {
    u()->lineno = -1;
    emit_none();
    emit_noline(OP_RETURN_VALUE);
  }
  std::string qualname = u()->qualname;
  Object* code = exit_scope();
  if (!code) return false;
  set_line(e->loc);
  if (!make_closure(code, 0, qualname)) return false;
  if (!visit_iterable(outermost->iter)) return false;
  set_line(e->loc);
  emit(OP_GET_ITER);
  emit(OP_CALL, 0);
  return true;
}

// ---- conditional jumps --------------------------------------------------------------------------
bool Compiler::jump_if(const ast::ExprNode* e, BasicBlock* next, bool cond) {
  switch (e->kind) {
    case ast::ExprKind::UnaryOp:
      if (e->as<ast::UnaryOp>()->op == ast::UnaryOperator::Not) {
        return jump_if(e->as<ast::UnaryOp>()->operand, next, !cond);
      }
      break;
    case ast::ExprKind::BoolOp: {
      const ast::BoolOp* b = e->as<ast::BoolOp>();
      std::size_t n = b->values.size() - 1;
      bool cond2 = b->op == ast::BoolOperator::Or;
      BasicBlock* next2 = next;
      if (cond2 != cond) next2 = new_block();
      for (std::size_t i = 0; i < n; ++i) {
        if (!jump_if(b->values[i], next2, cond2)) return false;
      }
      if (!jump_if(b->values[n], next, cond)) return false;
      if (next2 != next) use_block(next2);
      return true;
    }
    case ast::ExprKind::IfExp: {
      const ast::IfExp* x = e->as<ast::IfExp>();
      BasicBlock* end = new_block();
      BasicBlock* next2 = new_block();
      if (!jump_if(x->test, next2, false)) return false;
      if (!jump_if(x->body, next, cond)) return false;
      u()->lineno = -1;
      emit_jump(PSEUDO_JUMP, end);
      use_block(next2);
      if (!jump_if(x->orelse, next, cond)) return false;
      use_block(end);
      return true;
    }
    case ast::ExprKind::Compare: {
      const ast::Compare* cmp = e->as<ast::Compare>();
      std::size_t n = cmp->ops.size() - 1;
      if (n > 0) {
        BasicBlock* cleanup = new_block();
        if (!visit_expr(cmp->left)) return false;
        for (std::size_t i = 0; i < n; ++i) {
          if (!visit_expr(cmp->comparators[i])) return false;
          emit(OP_SWAP, 2);
          emit(OP_COPY, 2);
          emit_compare(*this, cmp->ops[i]);
          emit_jump(OP_POP_JUMP_IF_FALSE, cleanup);
        }
        if (!visit_compare_operand(cmp, n)) return false;
        emit_compare(*this, cmp->ops[n]);
        emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
        BasicBlock* end = new_block();
        u()->lineno = -1;
        emit_jump(PSEUDO_JUMP, end);
        use_block(cleanup);
        emit(OP_POP_TOP);
        if (!cond) emit_jump(PSEUDO_JUMP, next);
        use_block(end);
        return true;
      }
      break;
    }
    default:
      break;
  }
  if (!visit_expr(e)) return false;
  emit_jump(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
  return true;
}

// The last comparator of `x in [1, 2]` / `x in {1, 2}` is folded to a tuple / frozenset.
bool Compiler::visit_compare_operand(const ast::Compare* cmp, std::size_t i) {
  ast::CmpOperator op = cmp->ops[i];
  if ((op == ast::CmpOperator::In || op == ast::CmpOperator::NotIn) && i + 1 == cmp->ops.size()) {
    return visit_iterable(cmp->comparators[i]);
  }
  return visit_expr(cmp->comparators[i]);
}

// ---- expressions
// ---------------------------------------------------------------------------------
bool Compiler::visit_expr(const ast::ExprNode* e) {
  if (++nest_depth_ > 3000) {
    --nest_depth_;
    err_set_string(&ExcRecursionError, "maximum recursion depth exceeded during compilation");
    failed_ = true;
    return false;
  }
  bool ok = visit_expr_inner(e);
  --nest_depth_;
  return ok;
}

bool Compiler::visit_expr_inner(const ast::ExprNode* e) {
  int saved_line = u()->lineno;
  set_line(e->loc);
  switch (e->kind) {
    case ast::ExprKind::Constant:
    case ast::ExprKind::UnaryOp:
    case ast::ExprKind::BinOp:
    case ast::ExprKind::Tuple:
    case ast::ExprKind::Subscript: {
      Object* c = fold_constant(e);
      if (c) {
        emit_const(c);
        u()->lineno = saved_line;
        return true;
      }
      if (failed_) return false;
      break;
    }
    default:
      break;
  }
  bool ok = true;
  switch (e->kind) {
    case ast::ExprKind::BoolOp: {
      const ast::BoolOp* b = e->as<ast::BoolOp>();
      BasicBlock* end = new_block();
      std::size_t n = b->values.size() - 1;
      int jump = b->op == ast::BoolOperator::And ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
      for (std::size_t i = 0; i < n; ++i) {
        if (!visit_expr(b->values[i])) return false;
        emit_jump(jump, end);
      }
      if (!visit_expr(b->values[n])) return false;
      use_block(end);
      break;
    }
    case ast::ExprKind::NamedExpr: {
      const ast::NamedExpr* n = e->as<ast::NamedExpr>();
      if (!visit_expr(n->value)) return false;
      emit(OP_COPY, 1);
      ok = store_target(n->target);
      break;
    }
    case ast::ExprKind::BinOp: {
      const ast::BinOp* b = e->as<ast::BinOp>();
      if (!visit_expr(b->left) || !visit_expr(b->right)) return false;
      set_line(e->loc);
      emit(OP_BINARY_OP, std::uint32_t(binop_of(b->op)));
      break;
    }
    case ast::ExprKind::UnaryOp: {
      const ast::UnaryOp* un = e->as<ast::UnaryOp>();
      if (!visit_expr(un->operand)) return false;
      set_line(e->loc);
      switch (un->op) {
        case ast::UnaryOperator::Invert:
          emit(OP_UNARY_INVERT);
          break;
        case ast::UnaryOperator::Not:
          emit(OP_UNARY_NOT);
          break;
        case ast::UnaryOperator::UAdd:
          emit(OP_UNARY_POSITIVE);
          break;
        case ast::UnaryOperator::USub:
          emit(OP_UNARY_NEGATIVE);
          break;
      }
      break;
    }
    case ast::ExprKind::Lambda:
      ok = visit_lambda(e->as<ast::Lambda>());
      break;
    case ast::ExprKind::IfExp: {
      const ast::IfExp* x = e->as<ast::IfExp>();
      BasicBlock* end = new_block();
      BasicBlock* next = new_block();
      if (!jump_if(x->test, next, false)) return false;
      if (!visit_expr(x->body)) return false;
      u()->lineno = -1;
      emit_jump(PSEUDO_JUMP, end);
      use_block(next);
      if (!visit_expr(x->orelse)) return false;
      use_block(end);
      break;
    }
    case ast::ExprKind::Dict:
      ok = compile_dict(*this, e->as<ast::Dict>());
      break;
    case ast::ExprKind::Set:
      ok = starunpack(e->as<ast::Set>()->elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, false);
      break;
    case ast::ExprKind::ListComp:
    case ast::ExprKind::SetComp:
    case ast::ExprKind::DictComp:
    case ast::ExprKind::GeneratorExp:
      ok = visit_comprehension(e);
      break;
    case ast::ExprKind::Yield: {
      if (u()->ste->type != BlockType::Function) return error(e->loc, "'yield' outside function");
      const ast::Yield* y = e->as<ast::Yield>();
      if (y->value) {
        if (!visit_expr(y->value)) return false;
      } else {
        emit_none();
      }
      set_line(e->loc);
      emit(OP_YIELD_VALUE);
      break;
    }
    case ast::ExprKind::YieldFrom: {
      if (u()->ste->type != BlockType::Function) return error(e->loc, "'yield' outside function");
      if (!visit_expr(e->as<ast::YieldFrom>()->value)) return false;
      set_line(e->loc);
      emit(OP_GET_YIELD_FROM_ITER);
      emit_none();
      BasicBlock* start = new_block();
      BasicBlock* resume = new_block();
      BasicBlock* exit = new_block();
      use_block(start);
      emit_jump(OP_SEND, exit);
      use_block(resume);
      emit(OP_YIELD_VALUE);
      emit_jump(PSEUDO_JUMP_NO_INTERRUPT, start);
      use_block(exit);
      break;
    }
    case ast::ExprKind::Compare: {
      const ast::Compare* cmp = e->as<ast::Compare>();
      std::size_t n = cmp->ops.size() - 1;
      if (!visit_expr(cmp->left)) return false;
      if (n == 0) {
        if (!visit_compare_operand(cmp, 0)) return false;
        set_line(e->loc);
        emit_compare(*this, cmp->ops[0]);
        break;
      }
      BasicBlock* cleanup = new_block();
      for (std::size_t i = 0; i < n; ++i) {
        if (!visit_expr(cmp->comparators[i])) return false;
        set_line(e->loc);
        emit(OP_SWAP, 2);
        emit(OP_COPY, 2);
        emit_compare(*this, cmp->ops[i]);
        emit_jump(OP_JUMP_IF_FALSE_OR_POP, cleanup);
      }
      if (!visit_compare_operand(cmp, n)) return false;
      set_line(e->loc);
      emit_compare(*this, cmp->ops[n]);
      BasicBlock* end = new_block();
      u()->lineno = -1;
      emit_jump(PSEUDO_JUMP, end);
      use_block(cleanup);
      emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      use_block(end);
      break;
    }
    case ast::ExprKind::Call:
      ok = visit_call(e->as<ast::Call>());
      break;
    case ast::ExprKind::FormattedValue: {
      const ast::FormattedValue* f = e->as<ast::FormattedValue>();
      if (!visit_expr(f->value)) return false;
      std::uint32_t arg = f->conversion == 's'   ? FVC_STR
                          : f->conversion == 'r' ? FVC_REPR
                          : f->conversion == 'a' ? FVC_ASCII
                                                 : FVC_NONE;
      if (f->format_spec) {
        if (!visit_expr(f->format_spec)) return false;
        arg |= FVS_HAVE_SPEC;
      }
      set_line(e->loc);
      emit(OP_FORMAT_VALUE, arg);
      break;
    }
    case ast::ExprKind::JoinedStr: {
      const ast::JoinedStr* j = e->as<ast::JoinedStr>();
      std::size_t n = j->values.size();
      if (n > std::size_t(STACK_USE_GUIDELINE)) {
        emit_const(str_empty());
        emit(OP_LOAD_METHOD, add_name("join"));
        emit(OP_BUILD_LIST, 0);
        for (const ast::ExprNode* v : j->values) {
          if (!visit_expr(v)) return false;
          emit(OP_LIST_APPEND, 1);
        }
        emit(OP_CALL, 1);
      } else {
        for (const ast::ExprNode* v : j->values) {
          if (!visit_expr(v)) return false;
        }
        if (n != 1) emit(OP_BUILD_STRING, std::uint32_t(n));
      }
      break;
    }
    case ast::ExprKind::Constant:
      return false;  // folding failed with an error
    case ast::ExprKind::Attribute: {
      const ast::Attribute* a = e->as<ast::Attribute>();
      if (a->ctx != ast::ExprContext::Load) return error(e->loc, "attribute in wrong context");
      if (!visit_expr(a->value)) return false;
      u()->lineno = e->loc.end_lineno;
      emit(OP_LOAD_ATTR, add_name(mangle(a->attr)));
      break;
    }
    case ast::ExprKind::Subscript: {
      const ast::Subscript* s = e->as<ast::Subscript>();
      if (!visit_expr(s->value) || !visit_expr(s->slice)) return false;
      set_line(e->loc);
      emit(OP_BINARY_SUBSCR);
      break;
    }
    case ast::ExprKind::Starred:
      return error(e->loc, "can't use starred expression here");
    case ast::ExprKind::Name:
      ok = nameop(e->as<ast::Name>()->id, ast::ExprContext::Load);
      break;
    case ast::ExprKind::List:
      ok = starunpack(e->as<ast::List>()->elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                      false);
      break;
    case ast::ExprKind::Tuple:
      ok = starunpack(e->as<ast::Tuple>()->elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                      true);
      break;
    case ast::ExprKind::Slice: {
      const ast::Slice* s = e->as<ast::Slice>();
      std::uint32_t n = 2;
      if (s->lower) {
        if (!visit_expr(s->lower)) return false;
      } else {
        emit_none();
      }
      if (s->upper) {
        if (!visit_expr(s->upper)) return false;
      } else {
        emit_none();
      }
      if (s->step) {
        if (!visit_expr(s->step)) return false;
        n = 3;
      }
      emit(OP_BUILD_SLICE, n);
      break;
    }
  }
  u()->lineno = saved_line;
  return ok;
}

}  // namespace mempy::interp
