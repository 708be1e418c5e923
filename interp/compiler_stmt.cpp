// interp/compiler_stmt.cpp — code generation for statements, including the frame-block
// unwinding that break / continue / return need inside loops, try and with (CPython 3.11's
// compiler_unwind_fblock).
#include "interp/compiler_internal.h"
#include "runtime/bytes.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

void Compiler::push_fblock(FBlockType t, BasicBlock* b, BasicBlock* exit, const void* datum) {
  u()->fblocks.push_back({t, b, exit, datum});
}

void Compiler::pop_fblock() {
  u()->fblocks.pop_back();
}

namespace {

void call_exit_with_nones(Compiler& c) {
  c.emit_none();
  c.emit_none();
  c.emit_none();
  c.emit(OP_CALL, 2);
}

void pop_except_and_reraise(Compiler& c) {
  c.emit(OP_COPY, 3);
  c.emit(OP_POP_EXCEPT);
  c.emit(OP_RERAISE, 1);
}

}  // namespace

bool Compiler::unwind_fblock(const FBlock& f, bool preserve_tos) {
  switch (f.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
      return true;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      return true;
    case FBlockType::TryExcept:
      emit(PSEUDO_POP_BLOCK);
      return true;
    case FBlockType::FinallyTry: {
      emit(PSEUDO_POP_BLOCK);
      if (preserve_tos) push_fblock(FBlockType::PopValue, nullptr, nullptr);
      const ast::StmtSeq* body = static_cast<const ast::StmtSeq*>(f.datum);
      for (const ast::StmtNode* s : *body) {
        if (!visit_stmt(s)) return false;
      }
      if (preserve_tos) pop_fblock();
      u()->lineno = -1;
      return true;
    }
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(PSEUDO_POP_BLOCK);
      emit(OP_POP_EXCEPT);
      return true;
    case FBlockType::With:
      set_line(static_cast<const ast::StmtNode*>(f.datum)->loc);
      emit(PSEUDO_POP_BLOCK);
      if (preserve_tos) emit(OP_SWAP, 2);
      call_exit_with_nones(*this);
      emit(OP_POP_TOP);
      u()->lineno = -1;
      return true;
    case FBlockType::HandlerCleanup: {
      const std::string* name = static_cast<const std::string*>(f.datum);
      if (name) emit(PSEUDO_POP_BLOCK);
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(PSEUDO_POP_BLOCK);
      emit(OP_POP_EXCEPT);
      if (name) {
        emit_none();
        if (!nameop(*name, ast::ExprContext::Store) || !nameop(*name, ast::ExprContext::Del)) {
          return false;
        }
      }
      return true;
    }
    case FBlockType::PopValue:
      if (preserve_tos) emit(OP_SWAP, 2);
      emit(OP_POP_TOP);
      return true;
  }
  return true;
}

bool Compiler::unwind_fblock_stack(bool preserve_tos, FBlock** loop) {
  std::vector<FBlock>& stack = u()->fblocks;
  if (stack.empty()) return true;
  FBlock top = stack.back();
  if (loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop)) {
    *loop = &stack.back();
    return true;
  }
  stack.pop_back();
  if (!unwind_fblock(top, preserve_tos)) return false;
  bool ok = unwind_fblock_stack(preserve_tos, loop);
  u()->fblocks.push_back(top);
  if (loop && *loop) {
    // the vector may have moved: find the loop again
    for (auto it = u()->fblocks.rbegin(); it != u()->fblocks.rend(); ++it) {
      if (it->type == FBlockType::WhileLoop || it->type == FBlockType::ForLoop) {
        *loop = &*it;
        break;
      }
    }
  }
  return ok;
}

// ---- assignment targets -------------------------------------------------------------------------
bool Compiler::store_target(const ast::ExprNode* t) {
  switch (t->kind) {
    case ast::ExprKind::Name:
      return nameop(t->as<ast::Name>()->id, ast::ExprContext::Store);
    case ast::ExprKind::Attribute: {
      const ast::Attribute* a = t->as<ast::Attribute>();
      if (!visit_expr(a->value)) return false;
      set_line(t->loc);
      emit(OP_STORE_ATTR, add_name(mangle(a->attr)));
      return true;
    }
    case ast::ExprKind::Subscript: {
      const ast::Subscript* s = t->as<ast::Subscript>();
      if (!visit_expr(s->value) || !visit_expr(s->slice)) return false;
      set_line(t->loc);
      emit(OP_STORE_SUBSCR);
      return true;
    }
    case ast::ExprKind::Tuple:
    case ast::ExprKind::List: {
      const ast::ExprSeq& elts =
          t->is<ast::Tuple>() ? t->as<ast::Tuple>()->elts : t->as<ast::List>()->elts;
      std::size_t n = elts.size();
      int star = -1;
      for (std::size_t i = 0; i < n; ++i) {
        if (elts[i]->is<ast::Starred>()) {
          if (star >= 0) return error(elts[i]->loc, "multiple starred expressions in assignment");
          star = int(i);
        }
      }
      set_line(t->loc);
      if (star >= 0) {
        std::size_t after = n - std::size_t(star) - 1;
        if (std::size_t(star) >= 256 || after >= (1u << 24) - 1) {
          return error(t->loc, "too many expressions in star-unpacking assignment");
        }
        emit(OP_UNPACK_EX, std::uint32_t(star) | std::uint32_t(after << 8));
      } else {
        emit(OP_UNPACK_SEQUENCE, std::uint32_t(n));
      }
      for (const ast::ExprNode* e : elts) {
        const ast::ExprNode* target = e->is<ast::Starred>() ? e->as<ast::Starred>()->value : e;
        if (!store_target(target)) return false;
      }
      return true;
    }
    case ast::ExprKind::Starred:
      return error(t->loc, "starred assignment target must be in a list or tuple");
    default:
      return error(t->loc, "cannot assign to expression");
  }
}

namespace {

bool delete_target(Compiler& c, const ast::ExprNode* t) {
  switch (t->kind) {
    case ast::ExprKind::Name:
      return c.nameop(t->as<ast::Name>()->id, ast::ExprContext::Del);
    case ast::ExprKind::Attribute: {
      const ast::Attribute* a = t->as<ast::Attribute>();
      if (!c.visit_expr(a->value)) return false;
      c.set_line(t->loc);
      c.emit(OP_DELETE_ATTR, c.add_name(c.mangle(a->attr)));
      return true;
    }
    case ast::ExprKind::Subscript: {
      const ast::Subscript* s = t->as<ast::Subscript>();
      if (!c.visit_expr(s->value) || !c.visit_expr(s->slice)) return false;
      c.set_line(t->loc);
      c.emit(OP_DELETE_SUBSCR);
      return true;
    }
    case ast::ExprKind::Tuple:
      for (const ast::ExprNode* e : t->as<ast::Tuple>()->elts) {
        if (!delete_target(c, e)) return false;
      }
      return true;
    case ast::ExprKind::List:
      for (const ast::ExprNode* e : t->as<ast::List>()->elts) {
        if (!delete_target(c, e)) return false;
      }
      return true;
    default:
      return c.error(t->loc, "cannot delete expression");
  }
}

int inplace_binop(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add:
      return BINOP_ADD;
    case ast::Operator::Sub:
      return BINOP_SUBTRACT;
    case ast::Operator::Mult:
      return BINOP_MULTIPLY;
    case ast::Operator::MatMult:
      return BINOP_MATRIX_MULTIPLY;
    case ast::Operator::Div:
      return BINOP_TRUE_DIVIDE;
    case ast::Operator::Mod:
      return BINOP_REMAINDER;
    case ast::Operator::Pow:
      return BINOP_POWER;
    case ast::Operator::LShift:
      return BINOP_LSHIFT;
    case ast::Operator::RShift:
      return BINOP_RSHIFT;
    case ast::Operator::BitOr:
      return BINOP_OR;
    case ast::Operator::BitXor:
      return BINOP_XOR;
    case ast::Operator::BitAnd:
      return BINOP_AND;
    case ast::Operator::FloorDiv:
      return BINOP_FLOOR_DIVIDE;
  }
  return BINOP_ADD;
}

}  // namespace

int binop_of(ast::Operator op) {
  return inplace_binop(op);
}

// ---- compound statements ------------------------------------------------------------------------
namespace {

bool compile_for(Compiler& c, const ast::For* s) {
  BasicBlock* start = c.new_block();
  BasicBlock* body = c.new_block();
  BasicBlock* cleanup = c.new_block();
  BasicBlock* end = c.new_block();
  c.push_fblock(FBlockType::ForLoop, start, end);
  // a constant list/set literal iterated over is a tuple constant (CPython's AST optimizer)
  if (!c.visit_iterable(s->iter)) return false;
  c.set_line(s->loc);
  c.emit(OP_GET_ITER);
  c.use_block(start);
  c.emit_jump(OP_FOR_ITER, cleanup);
  c.use_block(body);
  if (!c.store_target(s->target)) return false;
  for (const ast::StmtNode* st : s->body) {
    if (!c.visit_stmt(st)) return false;
  }
  c.u()->lineno = -1;
  c.emit_jump(PSEUDO_JUMP, start);
  c.use_block(cleanup);
  c.pop_fblock();
  for (const ast::StmtNode* st : s->orelse) {
    if (!c.visit_stmt(st)) return false;
  }
  c.use_block(end);
  return true;
}

bool compile_while(Compiler& c, const ast::While* s) {
  BasicBlock* loop = c.new_block();
  BasicBlock* body = c.new_block();
  BasicBlock* anchor = c.new_block();
  BasicBlock* exit = c.new_block();
  c.use_block(loop);
  c.push_fblock(FBlockType::WhileLoop, loop, exit);
  c.set_line(s->loc);
  if (!c.jump_if(s->test, anchor, false)) return false;
  c.use_block(body);
  for (const ast::StmtNode* st : s->body) {
    if (!c.visit_stmt(st)) return false;
  }
  c.set_line(s->loc);
  if (!c.jump_if(s->test, body, true)) return false;
  c.pop_fblock();
  c.use_block(anchor);
  for (const ast::StmtNode* st : s->orelse) {
    if (!c.visit_stmt(st)) return false;
  }
  c.use_block(exit);
  return true;
}

bool compile_if(Compiler& c, const ast::If* s) {
  BasicBlock* end = c.new_block();
  BasicBlock* next = s->orelse.empty() ? end : c.new_block();
  c.set_line(s->loc);
  if (!c.jump_if(s->test, next, false)) return false;
  for (const ast::StmtNode* st : s->body) {
    if (!c.visit_stmt(st)) return false;
  }
  if (!s->orelse.empty()) {
    c.u()->lineno = -1;
    c.emit_jump(PSEUDO_JUMP, end);
    c.use_block(next);
    for (const ast::StmtNode* st : s->orelse) {
      if (!c.visit_stmt(st)) return false;
    }
  }
  c.use_block(end);
  return true;
}

bool compile_try_except(Compiler& c, const ast::Try* s) {
  BasicBlock* body = c.new_block();
  BasicBlock* except = c.new_block();
  BasicBlock* end = c.new_block();
  BasicBlock* cleanup = c.new_block();
  c.set_line(s->loc);
  c.emit_jump(PSEUDO_SETUP_FINALLY, except);
  c.use_block(body);
  c.push_fblock(FBlockType::TryExcept, body, nullptr);
  for (const ast::StmtNode* st : s->body) {
    if (!c.visit_stmt(st)) return false;
  }
  c.pop_fblock();
  c.emit_noline(PSEUDO_POP_BLOCK);
  for (const ast::StmtNode* st : s->orelse) {
    if (!c.visit_stmt(st)) return false;
  }
  c.u()->lineno = -1;
  c.emit_jump(PSEUDO_JUMP, end);
  std::size_t n = s->handlers.size();
  c.use_block(except);
  c.u()->lineno = -1;
  c.emit_jump(PSEUDO_SETUP_CLEANUP, cleanup);
  c.emit(OP_PUSH_EXC_INFO);
  c.push_fblock(FBlockType::ExceptionHandler, nullptr, nullptr);
  for (std::size_t i = 0; i < n; ++i) {
    const ast::ExceptHandler* h = s->handlers[i];
    c.set_line(h->loc);
    if (!h->type && i < n - 1) return c.error(h->loc, "default 'except:' must be last");
    BasicBlock* next_except = c.new_block();
    if (h->type) {
      if (!c.visit_expr(h->type)) return false;
      c.emit(OP_CHECK_EXC_MATCH);
      c.emit_jump(OP_POP_JUMP_IF_FALSE, next_except);
    }
    if (!h->name.empty()) {
      BasicBlock* cleanup_end = c.new_block();
      BasicBlock* cleanup_body = c.new_block();
      std::string* name = c.keep_string(std::string(h->name));
      if (!c.nameop(*name, ast::ExprContext::Store)) return false;
      c.emit_jump(PSEUDO_SETUP_CLEANUP, cleanup_end);
      c.use_block(cleanup_body);
      c.push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, name);
      for (const ast::StmtNode* st : h->body) {
        if (!c.visit_stmt(st)) return false;
      }
      c.pop_fblock();
      c.u()->lineno = -1;
      c.emit(PSEUDO_POP_BLOCK);
      c.emit(PSEUDO_POP_BLOCK);
      c.emit(OP_POP_EXCEPT);
      c.emit_none();
      if (!c.nameop(*name, ast::ExprContext::Store) || !c.nameop(*name, ast::ExprContext::Del)) {
        return false;
      }
      c.emit_jump(PSEUDO_JUMP, end);
      c.use_block(cleanup_end);
      c.emit_none();
      if (!c.nameop(*name, ast::ExprContext::Store) || !c.nameop(*name, ast::ExprContext::Del)) {
        return false;
      }
      c.emit(OP_RERAISE, 1);
    } else {
      BasicBlock* cleanup_body = c.new_block();
      c.emit(OP_POP_TOP);
      c.use_block(cleanup_body);
      c.push_fblock(FBlockType::HandlerCleanup, cleanup_body, nullptr, nullptr);
      for (const ast::StmtNode* st : h->body) {
        if (!c.visit_stmt(st)) return false;
      }
      c.pop_fblock();
      c.u()->lineno = -1;
      c.emit(PSEUDO_POP_BLOCK);
      c.emit(OP_POP_EXCEPT);
      c.emit_jump(PSEUDO_JUMP, end);
    }
    c.use_block(next_except);
  }
  c.u()->lineno = -1;
  c.pop_fblock();
  c.emit(OP_RERAISE, 0);
  c.use_block(cleanup);
  pop_except_and_reraise(c);
  c.use_block(end);
  return true;
}

bool compile_try_finally(Compiler& c, const ast::Try* s) {
  BasicBlock* body = c.new_block();
  BasicBlock* end = c.new_block();
  BasicBlock* exit = c.new_block();
  BasicBlock* cleanup = c.new_block();
  c.set_line(s->loc);
  c.emit_jump(PSEUDO_SETUP_FINALLY, end);
  c.use_block(body);
  c.push_fblock(FBlockType::FinallyTry, body, end, &s->finalbody);
  if (!s->handlers.empty()) {
    if (!compile_try_except(c, s)) return false;
  } else {
    for (const ast::StmtNode* st : s->body) {
      if (!c.visit_stmt(st)) return false;
    }
  }
  c.emit_noline(PSEUDO_POP_BLOCK);
  c.pop_fblock();
  for (const ast::StmtNode* st : s->finalbody) {
    if (!c.visit_stmt(st)) return false;
  }
  c.u()->lineno = -1;
  c.emit_jump(PSEUDO_JUMP, exit);
  c.use_block(end);
  c.u()->lineno = -1;
  c.emit_jump(PSEUDO_SETUP_CLEANUP, cleanup);
  c.emit(OP_PUSH_EXC_INFO);
  c.push_fblock(FBlockType::FinallyEnd, end, nullptr);
  for (const ast::StmtNode* st : s->finalbody) {
    if (!c.visit_stmt(st)) return false;
  }
  c.pop_fblock();
  c.u()->lineno = -1;
  c.emit(OP_RERAISE, 0);
  c.use_block(cleanup);
  pop_except_and_reraise(c);
  c.use_block(exit);
  return true;
}

bool compile_with(Compiler& c, const ast::With* s, std::size_t pos) {
  const ast::WithItem* item = s->items[pos];
  BasicBlock* block = c.new_block();
  BasicBlock* final = c.new_block();
  BasicBlock* exit = c.new_block();
  BasicBlock* cleanup = c.new_block();
  if (!c.visit_expr(item->context_expr)) return false;
  c.set_line(s->loc);
  c.emit(OP_BEFORE_WITH);
  c.emit_jump(PSEUDO_SETUP_WITH, final);
  c.use_block(block);
  c.push_fblock(FBlockType::With, block, final, s);
  if (item->optional_vars) {
    if (!c.store_target(item->optional_vars)) return false;
  } else {
    c.emit(OP_POP_TOP);
  }
  if (pos + 1 == s->items.size()) {
    for (const ast::StmtNode* st : s->body) {
      if (!c.visit_stmt(st)) return false;
    }
  } else if (!compile_with(c, s, pos + 1)) {
    return false;
  }
  c.pop_fblock();
  c.emit(PSEUDO_POP_BLOCK);
  c.set_line(s->loc);
  call_exit_with_nones(c);
  c.emit(OP_POP_TOP);
  c.emit_jump(PSEUDO_JUMP, exit);
  c.use_block(final);
  c.emit_jump(PSEUDO_SETUP_CLEANUP, cleanup);
  c.emit(OP_PUSH_EXC_INFO);
  c.emit(OP_WITH_EXCEPT_START);
  // with_except_finish
  c.u()->lineno = -1;
  BasicBlock* suppress = c.new_block();
  c.emit_jump(OP_POP_JUMP_IF_TRUE, suppress);
  c.emit(OP_RERAISE, 2);
  c.use_block(cleanup);
  pop_except_and_reraise(c);
  c.use_block(suppress);
  c.emit(OP_POP_TOP);
  c.emit(PSEUDO_POP_BLOCK);
  c.emit(OP_POP_EXCEPT);
  c.emit(OP_POP_TOP);
  c.emit(OP_POP_TOP);
  c.use_block(exit);
  return true;
}

bool compile_import(Compiler& c, const ast::Import* s) {
  for (const ast::Alias* a : s->names) {
    c.set_line(a->loc.lineno ? a->loc : s->loc);
    c.emit_const(small_int(0));
    c.emit_none();
    c.emit(OP_IMPORT_NAME, c.add_name(a->name));
    std::string_view name = a->name;
    if (!a->asname.empty()) {
      std::size_t dot = name.find('.');
      if (dot != std::string_view::npos) {
        for (;;) {
          std::size_t pos = dot + 1;
          dot = name.find('.', pos);
          std::string_view attr =
              name.substr(pos, dot == std::string_view::npos ? std::string_view::npos : dot - pos);
          c.emit(OP_IMPORT_FROM, c.add_name(attr));
          if (dot == std::string_view::npos) break;
          c.emit(OP_SWAP, 2);
          c.emit(OP_POP_TOP);
        }
        if (!c.nameop(a->asname, ast::ExprContext::Store)) return false;
        c.emit(OP_POP_TOP);
      } else if (!c.nameop(a->asname, ast::ExprContext::Store)) {
        return false;
      }
    } else {
      std::size_t dot = name.find('.');
      if (!c.nameop(name.substr(0, dot), ast::ExprContext::Store)) return false;
    }
  }
  return true;
}

bool compile_import_from(Compiler& c, const ast::ImportFrom* s) {
  c.set_line(s->loc);
  c.emit_const(int_from_i64(s->level));
  std::vector<Object*> names;
  for (const ast::Alias* a : s->names) {
    Object* n = str_from_utf8(a->name);
    if (!n) {
      for (Object* o : names) decref(o);
      return false;
    }
    names.push_back(n);
  }
  Object* t = tuple_from_array_steal(names.data(), ssize(names.size()));
  if (!t) return false;
  c.emit_const(t);
  c.emit(OP_IMPORT_NAME, c.add_name(s->module));
  for (const ast::Alias* a : s->names) {
    if (a->name == "*") {
      c.emit(OP_IMPORT_STAR);
      return true;
    }
    c.emit(OP_IMPORT_FROM, c.add_name(a->name));
    if (!c.nameop(a->asname.empty() ? a->name : a->asname, ast::ExprContext::Store)) return false;
  }
  c.emit(OP_POP_TOP);
  return true;
}

bool compile_ann_assign(Compiler& c, const ast::AnnAssign* s) {
  if (s->value) {
    if (!c.visit_expr(s->value) || !c.store_target(s->target)) return false;
  }
  int scope = c.u()->scope_type;
  if (s->target->is<ast::Name>()) {
    if (s->simple && (scope == 0 || scope == 1)) {
      if (!c.visit_expr(s->annotation)) return false;
      c.emit(OP_LOAD_NAME, c.add_name("__annotations__"));
      c.emit_const(str_from_utf8(c.mangle(s->target->as<ast::Name>()->id)));
      c.emit(OP_STORE_SUBSCR);
    }
  } else if (!s->value) {
    // evaluate the parts of the target for their side effects (CPython's check_ann_expr)
    const ast::ExprNode* t = s->target;
    if (t->is<ast::Attribute>()) {
      if (!c.visit_expr(t->as<ast::Attribute>()->value)) return false;
      c.emit(OP_POP_TOP);
    } else if (t->is<ast::Subscript>()) {
      if (!c.visit_expr(t->as<ast::Subscript>()->value)) return false;
      c.emit(OP_POP_TOP);
      if (!c.visit_expr(t->as<ast::Subscript>()->slice)) return false;
      c.emit(OP_POP_TOP);
    }
  }
  if (!s->simple && (scope == 0 || scope == 1)) {
    if (!c.visit_expr(s->annotation)) return false;
    c.emit(OP_POP_TOP);
  }
  return true;
}

}  // namespace

bool Compiler::visit_stmt(const ast::StmtNode* s) {
  set_line(s->loc);
  switch (s->kind) {
    case ast::StmtKind::FunctionDef:
      return visit_function_def(s->as<ast::FunctionDef>());
    case ast::StmtKind::ClassDef:
      return visit_class_def(s->as<ast::ClassDef>());
    case ast::StmtKind::Return: {
      const ast::Return* r = s->as<ast::Return>();
      if (u()->ste->type != BlockType::Function) return error(s->loc, "'return' outside function");
      Object* constant = r->value ? fold_constant(r->value) : nullptr;
      if (err_occurred()) err_clear();
      bool preserve_tos = r->value && !constant;
      if (preserve_tos) {
        if (!visit_expr(r->value)) return false;
      } else if (r->value) {
        set_line(r->value->loc);
        emit(OP_NOP);
      }
      if (!r->value || r->value->loc.lineno != s->loc.lineno) {
        set_line(s->loc);
        emit(OP_NOP);
      }
      if (!unwind_fblock_stack(preserve_tos, nullptr)) {
        xdecref(constant);
        return false;
      }
      if (!r->value) {
        emit_none();
      } else if (!preserve_tos) {
        emit_const(constant);
      }
      emit(OP_RETURN_VALUE);
      return true;
    }
    case ast::StmtKind::Delete:
      for (const ast::ExprNode* t : s->as<ast::Delete>()->targets) {
        if (!delete_target(*this, t)) return false;
      }
      return true;
    case ast::StmtKind::Assign: {
      const ast::Assign* a = s->as<ast::Assign>();
      if (!visit_expr(a->value)) return false;
      for (std::size_t i = 0; i < a->targets.size(); ++i) {
        if (i + 1 < a->targets.size()) emit(OP_COPY, 1);
        if (!store_target(a->targets[i])) return false;
      }
      return true;
    }
    case ast::StmtKind::AugAssign: {
      const ast::AugAssign* a = s->as<ast::AugAssign>();
      const ast::ExprNode* t = a->target;
      int op = inplace_binop(a->op) + BINOP_INPLACE;
      switch (t->kind) {
        case ast::ExprKind::Name:
          if (!nameop(t->as<ast::Name>()->id, ast::ExprContext::Load)) return false;
          if (!visit_expr(a->value)) return false;
          set_line(s->loc);
          emit(OP_BINARY_OP, std::uint32_t(op));
          return nameop(t->as<ast::Name>()->id, ast::ExprContext::Store);
        case ast::ExprKind::Attribute: {
          const ast::Attribute* at = t->as<ast::Attribute>();
          if (!visit_expr(at->value)) return false;
          emit(OP_COPY, 1);
          std::uint32_t name = add_name(mangle(at->attr));
          emit(OP_LOAD_ATTR, name);
          if (!visit_expr(a->value)) return false;
          set_line(s->loc);
          emit(OP_BINARY_OP, std::uint32_t(op));
          emit(OP_SWAP, 2);
          emit(OP_STORE_ATTR, name);
          return true;
        }
        case ast::ExprKind::Subscript: {
          const ast::Subscript* sub = t->as<ast::Subscript>();
          if (!visit_expr(sub->value) || !visit_expr(sub->slice)) return false;
          emit(OP_COPY, 2);
          emit(OP_COPY, 2);
          emit(OP_BINARY_SUBSCR);
          if (!visit_expr(a->value)) return false;
          set_line(s->loc);
          emit(OP_BINARY_OP, std::uint32_t(op));
          emit(OP_SWAP, 3);
          emit(OP_SWAP, 2);
          emit(OP_STORE_SUBSCR);
          return true;
        }
        default:
          return error(t->loc, "'expression' is an illegal expression for augmented assignment");
      }
    }
    case ast::StmtKind::AnnAssign:
      return compile_ann_assign(*this, s->as<ast::AnnAssign>());
    case ast::StmtKind::For:
      return compile_for(*this, s->as<ast::For>());
    case ast::StmtKind::While:
      return compile_while(*this, s->as<ast::While>());
    case ast::StmtKind::If:
      return compile_if(*this, s->as<ast::If>());
    case ast::StmtKind::With:
      return compile_with(*this, s->as<ast::With>(), 0);
    case ast::StmtKind::Raise: {
      const ast::Raise* r = s->as<ast::Raise>();
      std::uint32_t n = 0;
      if (r->exc) {
        if (!visit_expr(r->exc)) return false;
        ++n;
        if (r->cause) {
          if (!visit_expr(r->cause)) return false;
          ++n;
        }
      }
      set_line(s->loc);
      emit(OP_RAISE_VARARGS, n);
      return true;
    }
    case ast::StmtKind::Try: {
      const ast::Try* t = s->as<ast::Try>();
      if (!t->finalbody.empty()) return compile_try_finally(*this, t);
      return compile_try_except(*this, t);
    }
    case ast::StmtKind::Assert: {
      const ast::Assert* a = s->as<ast::Assert>();
      BasicBlock* end = new_block();
      if (!jump_if(a->test, end, true)) return false;
      emit(OP_LOAD_ASSERTION_ERROR);
      if (a->msg) {
        if (!visit_expr(a->msg)) return false;
        emit(OP_CALL, 0);
      }
      emit(OP_RAISE_VARARGS, 1);
      use_block(end);
      return true;
    }
    case ast::StmtKind::Import:
      return compile_import(*this, s->as<ast::Import>());
    case ast::StmtKind::ImportFrom:
      return compile_import_from(*this, s->as<ast::ImportFrom>());
    case ast::StmtKind::Global:
    case ast::StmtKind::Nonlocal:
      return true;
    case ast::StmtKind::Expr: {
      const ast::ExprNode* v = s->as<ast::Expr>()->value;
      if (mode_ == CompileMode::Single && units_.size() == 1) {
        if (!visit_expr(v)) return false;
        emit(OP_PRINT_EXPR);
        return true;
      }
      if (v->is<ast::Constant>()) {
        emit(OP_NOP);
        return true;
      }
      if (!visit_expr(v)) return false;
      u()->lineno = -1;
      emit(OP_POP_TOP);
      return true;
    }
    case ast::StmtKind::Pass:
      emit(OP_NOP);
      return true;
    case ast::StmtKind::Break: {
      FBlock* loop = nullptr;
      if (!unwind_fblock_stack(false, &loop)) return false;
      if (!loop) return error(s->loc, "'break' outside loop");
      FBlock copy = *loop;
      if (!unwind_fblock(copy, false)) return false;
      emit_jump(PSEUDO_JUMP, copy.exit);
      return true;
    }
    case ast::StmtKind::Continue: {
      FBlock* loop = nullptr;
      if (!unwind_fblock_stack(false, &loop)) return false;
      if (!loop) return error(s->loc, "'continue' not properly in loop");
      emit_jump(PSEUDO_JUMP, loop->block);
      return true;
    }
  }
  return error(s->loc, "unsupported statement");
}

}  // namespace mempy::interp
