// interp/compiler_internal.h — the compiler's working structures, shared by compiler.cpp
// (driver, scopes, functions and classes), compiler_stmt.cpp, compiler_expr.cpp and
// assembler.cpp.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interp/ast.h"
#include "interp/compiler.h"
#include "interp/opcodes.h"
#include "interp/symtable.h"
#include "runtime/object.h"
#include "runtime/singletons.h"

namespace mempy::interp {

using runtime::Object;

// Pseudo instructions exist only until assembly.
enum PseudoOp : int {
  PSEUDO_SETUP_FINALLY = 256,
  PSEUDO_SETUP_CLEANUP,
  PSEUDO_SETUP_WITH,
  PSEUDO_POP_BLOCK,
  PSEUDO_JUMP,               // becomes JUMP_FORWARD or JUMP_BACKWARD
  PSEUDO_JUMP_NO_INTERRUPT,  // same, inside `yield from`
};

struct BasicBlock;

struct Instr {
  int op;
  std::uint32_t arg;
  BasicBlock* target;  // jumps and SETUP_* only
  int lineno;          // -1: no line (artificial)
  BasicBlock* except;  // the handler block covering this instruction (set by the assembler)
};

struct BasicBlock {
  std::vector<Instr> instrs;
  BasicBlock* next = nullptr;  // the block that follows in emission order (fallthrough)
  int startdepth = -1;
  bool preserve_lasti = false;  // a SETUP_CLEANUP/SETUP_WITH handler
  bool visited = false;
  bool except_handler = false;
  int offset = 0;  // word offset after linearisation
  // exception stack on entry (assembler)
  std::vector<BasicBlock*> except_stack;
  bool except_stack_set = false;
};

// Frame blocks: what break/continue/return must unwind.
enum class FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
};

struct FBlock {
  FBlockType type;
  BasicBlock* block;  // loop start / try body
  BasicBlock* exit;   // loop exit
  const void* datum;  // finally body (StmtSeq*) or handler name
};

// One code object being compiled.
struct Unit {
  const Block* ste = nullptr;
  std::string name;
  std::string qualname;
  int scope_type = 0;  // 0 module, 1 class, 2 function, 3 lambda, 4 comprehension
  int firstlineno = 1;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;

  std::vector<std::unique_ptr<BasicBlock>> blocks;
  BasicBlock* entry = nullptr;
  BasicBlock* current = nullptr;

  std::vector<Object*> consts;  // owned references
  std::unordered_map<std::string, std::uint32_t> const_index;
  std::vector<std::string> names;
  std::unordered_map<std::string, std::uint32_t> name_index;
  // localsplus: varnames, then cells that are not parameters, then frees
  std::vector<std::string> localsplus;
  std::vector<std::uint8_t> localspluskinds;
  std::unordered_map<std::string, std::uint32_t> fast_index;  // varnames
  std::unordered_map<std::string, std::uint32_t> cell_index;  // cellvars (in localsplus)
  std::unordered_map<std::string, std::uint32_t> free_index;  // freevars (in localsplus)
  int nlocals = 0, ncells = 0, nfrees = 0;

  std::vector<FBlock> fblocks;
  int lineno = 1;
  bool in_docstring_slot = false;
  std::string private_name;  // class name for mangling (empty: none)

  ~Unit();
};

class Compiler {
 public:
  Compiler(const SymbolTable& st, Object* filename, CompileMode mode)
      : st_(st), filename_(filename), mode_(mode) {}
  ~Compiler();

  Object* compile_module(const ast::Module& mod);  // new reference or nullptr + exception
  // A list holding the object made for every literal and folded constant (see compile_text).
  Object* take_literals();

  // ---- units and emission (compiler.cpp)
  bool enter_scope(const std::string& name, int scope_type, const void* node, int lineno);
  Object* exit_scope();  // assembles the current unit into a code object
  Unit* u() { return units_.back().get(); }
  BasicBlock* new_block();
  void use_block(BasicBlock* b);  // following instructions go to b (fallthrough from current)
  void emit(int op, std::uint32_t arg = 0);
  void emit_jump(int op, BasicBlock* target);
  void emit_noline(int op, std::uint32_t arg = 0);
  void set_line(const ast::Location& loc) { u()->lineno = loc.lineno; }
  std::uint32_t add_const(Object* value);  // steals value
  void emit_const(Object* value) { emit(OP_LOAD_CONST, add_const(value)); }
  void emit_none() { emit_const(runtime::none_new_ref()); }
  std::uint32_t add_name(std::string_view name);
  std::string mangle(std::string_view name);

  // ---- errors
  bool error(const ast::Location& loc, const std::string& msg);  // SyntaxError; returns false
  bool failed() const { return failed_; }

  // ---- names
  bool nameop(std::string_view name, ast::ExprContext ctx);

  // ---- statements (compiler_stmt.cpp)
  bool visit_stmt(const ast::StmtNode* s);
  bool visit_body(const ast::StmtSeq& body);
  bool visit_function_def(const ast::FunctionDef* s);
  bool visit_class_def(const ast::ClassDef* s);
  bool unwind_fblock_stack(bool preserve_tos, FBlock** loop);
  bool unwind_fblock(const FBlock& f, bool preserve_tos);
  void push_fblock(FBlockType t, BasicBlock* b, BasicBlock* exit, const void* datum = nullptr);
  void pop_fblock();
  bool store_target(const ast::ExprNode* target);

  // ---- expressions (compiler_expr.cpp)
  bool visit_expr(const ast::ExprNode* e);
  bool visit_expr_inner(const ast::ExprNode* e);
  bool visit_compare_operand(const ast::Compare* cmp, std::size_t i);
  bool jump_if(const ast::ExprNode* e, BasicBlock* target, bool cond);
  bool visit_call(const ast::Call* e);
  bool visit_lambda(const ast::Lambda* e);
  bool visit_comprehension(const ast::ExprNode* e);
  // Constant folding (CPython's AST optimizer, limited to what changes observable identity or
  // sizes): a new reference to the folded constant, or nullptr when e is not constant.
  Object* fold_constant(const ast::ExprNode* e);
  bool make_closure(Object* code, std::uint32_t flags, const std::string& qualname);
  bool visit_defaults(const ast::Arguments* args, std::uint32_t* flags);
  bool visit_annotations(const ast::Arguments* args, const ast::ExprNode* returns,
                         std::uint32_t* flags);
  bool starunpack(const ast::ExprSeq& elts, int pushed, int build_op, int add_op, int extend_op,
                  bool tuple);
  // Pushes the arguments of a call on top of `n` already pushed values and emits the call.
  bool call_helper(int n, const ast::ExprSeq& args, const ast::Seq<ast::Keyword*>& keywords);
  // An iterable of `for` / comprehensions: a literal list or set of constants becomes a tuple or
  // frozenset constant, as CPython's optimizer does.
  bool visit_iterable(const ast::ExprNode* e);
  void emit_const_first(Object* value) { add_const(value); }
  std::string* keep_string(std::string s) {
    kept_strings_.push_back(std::make_unique<std::string>(std::move(s)));
    return kept_strings_.back().get();
  }

  const SymbolTable& st_;
  Object* filename_;
  CompileMode mode_;
  std::vector<std::unique_ptr<Unit>> units_;
  bool failed_ = false;
  int nest_depth_ = 0;
  std::vector<std::unique_ptr<std::string>> kept_strings_;
  // fold_constant results by node (owned; may hold nullptr for "not constant")
  std::unordered_map<const void*, Object*> folded_;
};

int binop_of(ast::Operator op);

// The assembler: code object from a finished unit (new reference or nullptr + exception).
Object* assemble(Compiler& c, Unit& u, int code_flags);
// Stack effect of an instruction (jump: the effect along the jump edge).
int stack_effect(int op, std::uint32_t arg, bool jump);
inline bool is_jump(int op) {
  return op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD || op == OP_POP_JUMP_IF_FALSE ||
         op == OP_POP_JUMP_IF_TRUE || op == OP_POP_JUMP_IF_NONE || op == OP_POP_JUMP_IF_NOT_NONE ||
         op == OP_JUMP_IF_FALSE_OR_POP || op == OP_JUMP_IF_TRUE_OR_POP || op == OP_FOR_ITER ||
         op == OP_SEND || op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT;
}
inline bool is_setup(int op) {
  return op == PSEUDO_SETUP_FINALLY || op == PSEUDO_SETUP_CLEANUP || op == PSEUDO_SETUP_WITH;
}
inline bool is_unconditional_exit(int op) {
  return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE || op == PSEUDO_JUMP ||
         op == PSEUDO_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD || op == OP_JUMP_BACKWARD;
}

}  // namespace mempy::interp
