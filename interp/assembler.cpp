// interp/assembler.cpp — from a unit's basic blocks to a code object.
//
// Passes (in CPython 3.11's order where it matters):
//   1. peephole: PUSH_NULL+LOAD_GLOBAL fused, constant conditions turned into jumps or NOPs,
//      BUILD_TUPLE n + UNPACK_SEQUENCE n turned into SWAPs;
//   2. exception targets: walk the CFG carrying the stack of active handlers (SETUP_* push,
//      POP_BLOCK pops) and record each instruction's handler;
//   3. stack depth: walk the CFG again; a handler is entered at the depth of its SETUP plus the
//      exception (and lasti for cleanup handlers) — the maximum is co_stacksize;
//   4. prefix: MAKE_CELL for cells and COPY_FREE_VARS;
//   5. linearise: drop pseudo instructions and unreachable blocks, lay out cache words, resolve
//      jumps to absolute word offsets;
//   6. line table and exception table.
#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "interp/compiler_internal.h"
#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

namespace {

bool is_no_op(int op) {
  return is_setup(op) || op == PSEUDO_POP_BLOCK || op == OP_NOP;
}

// CPython 3.11's remove_redundant_nops (SETUP_* and POP_BLOCK having become NOPs): a NOP stays
// only when it carries a line no neighbour carries -- a `pass`, a `try:` -- so that line tracing
// (sys.settrace, memory_profiler) sees that line run. Returns a flag per instruction of b.
std::vector<char> line_carrying_nops(const BasicBlock* b) {
  std::vector<char> keep(b->instrs.size(), 0);
  int prev_line = -1;
  for (std::size_t k = 0; k < b->instrs.size(); ++k) {
    const Instr& in = b->instrs[k];
    if (!is_no_op(in.op)) {
      prev_line = in.lineno;
      continue;
    }
    int line = in.lineno;
    if (line < 0 || line == prev_line) continue;
    if (k + 1 < b->instrs.size()) {
      int next_line = b->instrs[k + 1].lineno;
      if (next_line < 0 || next_line == line) continue;
    } else {
      const BasicBlock* next = b->next;
      while (next && next->instrs.empty()) next = next->next;
      if (next && next->instrs[0].lineno == line) continue;
    }
    keep[k] = 1;
    prev_line = line;
  }
  return keep;
}

}  // namespace

int stack_effect(int op, std::uint32_t arg, bool jump) {
  switch (op) {
    case OP_NOP:
      return 0;
    case OP_POP_TOP:
      return -1;
    case OP_PUSH_NULL:
      return 1;
    case OP_COPY:
      return 1;
    case OP_SWAP:
      return 0;
    case OP_LOAD_CONST:
    case OP_LOAD_FAST:
    case OP_LOAD_FAST_CHECK:
    case OP_LOAD_CLOSURE:
    case OP_LOAD_DEREF:
    case OP_LOAD_CLASSDEREF:
    case OP_LOAD_NAME:
      return 1;
    case OP_STORE_FAST:
    case OP_STORE_DEREF:
    case OP_STORE_NAME:
    case OP_STORE_GLOBAL:
      return -1;
    case OP_DELETE_FAST:
    case OP_DELETE_DEREF:
    case OP_DELETE_NAME:
    case OP_DELETE_GLOBAL:
    case OP_MAKE_CELL:
    case OP_COPY_FREE_VARS:
      return 0;
    case OP_LOAD_GLOBAL:
      return 1 + int(arg & 1);
    case OP_LOAD_ATTR:
      return 0;
    case OP_STORE_ATTR:
      return -2;
    case OP_DELETE_ATTR:
      return -1;
    case OP_LOAD_METHOD:
      return 1;
    case OP_UNARY_POSITIVE:
    case OP_UNARY_NEGATIVE:
    case OP_UNARY_NOT:
    case OP_UNARY_INVERT:
      return 0;
    case OP_BINARY_OP:
    case OP_COMPARE_OP:
    case OP_IS_OP:
    case OP_CONTAINS_OP:
    case OP_BINARY_SUBSCR:
      return -1;
    case OP_STORE_SUBSCR:
      return -3;
    case OP_DELETE_SUBSCR:
      return -2;
    case OP_BUILD_SLICE:
      return arg == 3 ? -2 : -1;
    case OP_BUILD_TUPLE:
    case OP_BUILD_LIST:
    case OP_BUILD_SET:
    case OP_BUILD_STRING:
      return 1 - int(arg);
    case OP_BUILD_MAP:
      return 1 - 2 * int(arg);
    case OP_BUILD_CONST_KEY_MAP:
      return -int(arg);
    case OP_LIST_APPEND:
    case OP_SET_ADD:
    case OP_LIST_EXTEND:
    case OP_SET_UPDATE:
    case OP_DICT_UPDATE:
    case OP_DICT_MERGE:
      return -1;
    case OP_MAP_ADD:
      return -2;
    case OP_LIST_TO_TUPLE:
      return 0;
    case OP_UNPACK_SEQUENCE:
      return int(arg) - 1;
    case OP_UNPACK_EX:
      return int(arg & 0xFF) + int(arg >> 8);
    case OP_FORMAT_VALUE:
      return (arg & FVS_HAVE_SPEC) ? -1 : 0;
    case OP_JUMP_FORWARD:
    case OP_JUMP_BACKWARD:
    case PSEUDO_JUMP:
    case PSEUDO_JUMP_NO_INTERRUPT:
      return 0;
    case OP_POP_JUMP_IF_FALSE:
    case OP_POP_JUMP_IF_TRUE:
    case OP_POP_JUMP_IF_NONE:
    case OP_POP_JUMP_IF_NOT_NONE:
      return -1;
    case OP_JUMP_IF_FALSE_OR_POP:
    case OP_JUMP_IF_TRUE_OR_POP:
      return jump ? 0 : -1;
    case OP_GET_ITER:
      return 0;
    case OP_FOR_ITER:
      return jump ? -1 : 1;
    case OP_RETURN_VALUE:
      return -1;
    case OP_YIELD_VALUE:
      return 0;
    case OP_GET_YIELD_FROM_ITER:
      return 0;
    case OP_SEND:
      return jump ? -1 : 0;
    case OP_KW_NAMES:
      return 0;
    case OP_CALL:
      return -int(arg) - 1;
    case OP_CALL_FUNCTION_EX:
      return -2 - int(arg & 1);
    case OP_MAKE_FUNCTION:
      return -int((arg & MF_DEFAULTS) != 0) - int((arg & MF_KWDEFAULTS) != 0) -
             int((arg & MF_ANNOTATIONS) != 0) - int((arg & MF_CLOSURE) != 0);
    case OP_LOAD_BUILD_CLASS:
      return 1;
    case OP_RAISE_VARARGS:
      return -int(arg);
    case OP_RERAISE:
      return -1;
    case OP_PUSH_EXC_INFO:
      return 1;
    case OP_POP_EXCEPT:
      return -1;
    case OP_CHECK_EXC_MATCH:
      return 0;
    case OP_WITH_EXCEPT_START:
      return 1;
    case OP_BEFORE_WITH:
      return 1;
    case OP_LOAD_ASSERTION_ERROR:
      return 1;
    case OP_IMPORT_NAME:
      return -1;
    case OP_IMPORT_FROM:
      return 1;
    case OP_IMPORT_STAR:
      return -1;
    case OP_SETUP_ANNOTATIONS:
      return 0;
    case OP_PRINT_EXPR:
      return -1;
    case OP_GET_LEN:
      return 1;
    case PSEUDO_SETUP_FINALLY:
      return jump ? 1 : 0;
    case PSEUDO_SETUP_CLEANUP:
      return jump ? 2 : 0;
    case PSEUDO_SETUP_WITH:
      return jump ? 1 : 0;
    case PSEUDO_POP_BLOCK:
      return 0;
    default:
      return 0;
  }
}

namespace {

bool const_truth(Unit& u, std::uint32_t index, int* truth) {
  Object* v = u.consts[index];
  int t = object_is_true(v);
  if (t < 0) {
    err_clear();
    return false;
  }
  *truth = t;
  return true;
}

void peephole(Unit& u) {
  for (auto& bp : u.blocks) {
    std::vector<Instr>& ins = bp->instrs;
    for (std::size_t i = 0; i + 1 < ins.size(); ++i) {
      Instr& a = ins[i];
      Instr& b = ins[i + 1];
      if (a.op == OP_PUSH_NULL && b.op == OP_LOAD_GLOBAL && !(b.arg & 1)) {
        a.op = OP_NOP;
        b.arg |= 1;
      } else if (a.op == OP_LOAD_CONST &&
                 (b.op == OP_POP_JUMP_IF_FALSE || b.op == OP_POP_JUMP_IF_TRUE)) {
        int truth;
        if (const_truth(u, a.arg, &truth)) {
          bool jump_if_true = b.op == OP_POP_JUMP_IF_TRUE;
          a.op = OP_NOP;
          if (bool(truth) == jump_if_true) {
            b.op = PSEUDO_JUMP;
          } else {
            b.op = OP_NOP;
            b.target = nullptr;
          }
        }
      } else if (a.op == OP_BUILD_TUPLE && b.op == OP_UNPACK_SEQUENCE && a.arg == b.arg &&
                 (a.arg == 1 || a.arg == 2 || a.arg == 3)) {
        if (a.arg == 1) {
          a.op = OP_NOP;
          b.op = OP_NOP;
        } else {
          a.op = OP_NOP;
          b.op = OP_SWAP;
        }
      }
    }
    // a block ends at its first unconditional exit: the rest is dead
    for (std::size_t i = 0; i < ins.size(); ++i) {
      if (is_unconditional_exit(ins[i].op)) {
        ins.resize(i + 1);
        break;
      }
    }
  }
}

bool ends_unconditionally(const BasicBlock* b) {
  return !b->instrs.empty() && is_unconditional_exit(b->instrs.back().op);
}

void label_exception_targets(Unit& u) {
  std::vector<BasicBlock*> todo;
  u.entry->except_stack.clear();
  u.entry->except_stack_set = true;
  todo.push_back(u.entry);
  while (!todo.empty()) {
    BasicBlock* b = todo.back();
    todo.pop_back();
    std::vector<BasicBlock*> stack = b->except_stack;
    for (Instr& in : b->instrs) {
      BasicBlock* top = stack.empty() ? nullptr : stack.back();
      if (is_setup(in.op)) {
        BasicBlock* target = in.target;
        target->except_handler = true;
        target->preserve_lasti = in.op != PSEUDO_SETUP_FINALLY;
        if (!target->except_stack_set) {
          target->except_stack = stack;
          target->except_stack_set = true;
          todo.push_back(target);
        }
        in.except = top;
        stack.push_back(target);
      } else if (in.op == PSEUDO_POP_BLOCK) {
        in.except = top;
        if (!stack.empty()) stack.pop_back();
      } else {
        in.except = top;
        if (is_jump(in.op) && in.target && !in.target->except_stack_set) {
          in.target->except_stack = stack;
          in.target->except_stack_set = true;
          todo.push_back(in.target);
        }
      }
    }
    if (b->next && !ends_unconditionally(b) && !b->next->except_stack_set) {
      b->next->except_stack = stack;
      b->next->except_stack_set = true;
      todo.push_back(b->next);
    }
  }
}

int compute_stackdepth(Unit& u) {
  int maxdepth = 0;
  std::vector<BasicBlock*> stack;
  auto push = [&](BasicBlock* b, int depth) {
    if (b->startdepth < depth && b->startdepth < 100000) {
      b->startdepth = depth;
      stack.push_back(b);
    }
  };
  u.entry->startdepth = -1;
  push(u.entry, 0);
  while (!stack.empty()) {
    BasicBlock* b = stack.back();
    stack.pop_back();
    b->visited = true;
    int depth = b->startdepth;
    bool falls_through = true;
    for (const Instr& in : b->instrs) {
      int effect = stack_effect(in.op, in.arg, false);
      int new_depth = depth + effect;
      if (new_depth > maxdepth) maxdepth = new_depth;
      if ((is_jump(in.op) || is_setup(in.op)) && in.target) {
        int target_depth = depth + stack_effect(in.op, in.arg, true);
        if (target_depth > maxdepth) maxdepth = target_depth;
        push(in.target, target_depth);
      }
      depth = new_depth;
      if (is_unconditional_exit(in.op)) {
        falls_through = false;
        break;
      }
    }
    if (falls_through && b->next) push(b->next, depth);
  }
  return maxdepth;
}

// The block execution continues in from `b` (empty blocks are passed through), or null.
BasicBlock* non_empty(BasicBlock* b) {
  while (b && b->instrs.empty()) b = b->next;
  return b;
}

bool exits_without_line(const BasicBlock* b) {
  if (b->instrs.empty()) return false;
  int last = b->instrs.back().op;
  if (last != OP_RETURN_VALUE && last != OP_RAISE_VARARGS && last != OP_RERAISE) return false;
  for (const Instr& in : b->instrs) {
    if (in.lineno >= 0) return false;
  }
  return true;
}

// Line numbers as CPython 3.11's assembler settles them (PEP 626; duplicate_exits_without_lineno,
// propagate_line_numbers, guarantee_lineno_for_exits): a returning block without any line is
// copied for each jump that reaches it and takes the jump's line; an instruction without a line
// takes the line before it in its block, or, first in its block, the line its only predecessor
// ends with; a return still without one takes the line of the block laid out before it. So the
// implicit `return None` after an if/else or a loop belongs to the line it is reached from, and
// line tracing reports no line that did not run.
void settle_line_numbers(Unit& u) {
  std::vector<BasicBlock*> layout;
  for (BasicBlock* b = u.entry; b; b = b->next) {
    if (b->visited && !b->instrs.empty()) layout.push_back(b);
  }
  auto predecessors = [&] {
    std::unordered_map<const BasicBlock*, int> preds;
    preds[non_empty(u.entry)] = 1;
    for (BasicBlock* b : layout) {
      if (!ends_unconditionally(b)) ++preds[non_empty(b->next)];
      for (const Instr& in : b->instrs) {
        if ((is_jump(in.op) || is_setup(in.op)) && in.target) ++preds[non_empty(in.target)];
      }
    }
    return preds;
  };
  std::unordered_map<const BasicBlock*, int> preds = predecessors();
  for (BasicBlock* b : layout) {
    Instr& jump = b->instrs.back();
    if (!is_jump(jump.op) || !jump.target) continue;
    BasicBlock* target = non_empty(jump.target);
    if (!target || !exits_without_line(target) || preds[target] < 2) continue;
    u.blocks.push_back(std::make_unique<BasicBlock>(*target));
    BasicBlock* copy = u.blocks.back().get();
    copy->instrs[0].lineno = jump.lineno;
    copy->next = target->next;
    target->next = copy;
    jump.target = copy;
  }
  layout.clear();
  for (BasicBlock* b = u.entry; b; b = b->next) {
    if (b->visited && !b->instrs.empty()) layout.push_back(b);
  }
  preds = predecessors();
  for (BasicBlock* b : layout) {
    int prev_line = -1;
    for (Instr& in : b->instrs) {
      if (in.lineno < 0) {
        in.lineno = prev_line;
      } else {
        prev_line = in.lineno;
      }
    }
    BasicBlock* next = non_empty(b->next);
    if (!ends_unconditionally(b) && next && preds[next] == 1 && next->instrs[0].lineno < 0) {
      next->instrs[0].lineno = prev_line;
    }
    const Instr& last = b->instrs.back();
    BasicBlock* target = last.target ? non_empty(last.target) : nullptr;
    if (is_jump(last.op) && target && preds[target] == 1 && target->instrs[0].lineno < 0) {
      target->instrs[0].lineno = prev_line;
    }
  }
  int line = u.firstlineno;
  for (BasicBlock* b : layout) {
    Instr& last = b->instrs.back();
    if (last.lineno >= 0) {
      line = last.lineno;
    } else if (last.op == OP_RETURN_VALUE) {
      for (Instr& in : b->instrs) in.lineno = line;
    }
  }
}

Object* names_tuple(const std::vector<std::string>& names) {
  Object* t = tuple_new(ssize(names.size()));
  if (!t) return nullptr;
  for (std::size_t i = 0; i < names.size(); ++i) {
    Object* s = str_intern_view(names[i]);
    if (!s) {
      decref(t);
      return nullptr;
    }
    tuple_set_new(t, ssize(i), s);
  }
  return t;
}

}  // namespace

Object* assemble(Compiler& c, Unit& u, int code_flags) {
  peephole(u);
  label_exception_targets(u);
  for (auto& b : u.blocks) b->startdepth = -1;
  int maxdepth = compute_stackdepth(u);
  settle_line_numbers(u);

  // prefix: cells and free variables
  std::vector<Instr> prefix;
  for (std::size_t i = 0; i < u.localspluskinds.size(); ++i) {
    if (u.localspluskinds[i] & CO_FAST_CELL) {
      prefix.push_back({OP_MAKE_CELL, std::uint32_t(i), nullptr, -1, nullptr});
    }
  }
  if (u.nfrees > 0) {
    prefix.push_back({OP_COPY_FREE_VARS, std::uint32_t(u.nfrees), nullptr, -1, nullptr});
  }

  // linearise: emission order, reachable blocks only
  std::vector<BasicBlock*> order;
  std::vector<std::vector<char>> keep;  // per block: which no-op instructions stay as NOPs
  for (BasicBlock* b = u.entry; b; b = b->next) {
    if (!b->visited) continue;
    order.push_back(b);
    keep.push_back(line_carrying_nops(b));
  }
  auto placed_op = [&](std::size_t bi, std::size_t k) {  // the opcode laid out, -1 for none
    int op = order[bi]->instrs[k].op;
    if (is_setup(op) || op == PSEUDO_POP_BLOCK || op == OP_NOP) return keep[bi][k] ? OP_NOP : -1;
    return op == PSEUDO_JUMP || op == PSEUDO_JUMP_NO_INTERRUPT ? int(OP_JUMP_FORWARD) : op;
  };
  int offset = 0;
  for (const Instr& in : prefix) offset += 1 + kCacheWords[in.op];
  for (std::size_t bi = 0; bi < order.size(); ++bi) {
    order[bi]->offset = offset;
    for (std::size_t k = 0; k < order[bi]->instrs.size(); ++k) {
      int op = placed_op(bi, k);
      if (op >= 0) offset += 1 + kCacheWords[op];
    }
  }
  // targets of blocks that were not visited (cannot happen for reachable jumps) default to end
  std::vector<std::uint32_t> code;
  code.reserve(std::size_t(offset));
  std::vector<LineTableEntry> lines;
  std::vector<ExceptionTableEntry> exc;
  int last_line = u.firstlineno;
  BasicBlock* cur_handler = nullptr;
  std::uint32_t handler_start = 0;
  auto note_line = [&](int line) {
    std::uint32_t artificial = line < 0;
    if (artificial) line = last_line;
    if (lines.empty() || lines.back().line != line || lines.back().artificial != artificial) {
      lines.push_back({std::uint32_t(code.size()), line, artificial});
    }
    last_line = line;
  };
  auto close_handler = [&](std::uint32_t end) {
    if (cur_handler && end > handler_start) {
      int depth = cur_handler->startdepth - 1 - (cur_handler->preserve_lasti ? 1 : 0);
      exc.push_back({handler_start, end, std::uint32_t(cur_handler->offset),
                     std::uint16_t(depth < 0 ? 0 : depth),
                     std::uint16_t(cur_handler->preserve_lasti ? 1 : 0)});
    }
  };
  auto place = [&](const Instr& in, BasicBlock* handler) {
    int op = in.op;
    std::uint32_t arg = in.arg;
    std::uint32_t here = std::uint32_t(code.size());
    if (op == PSEUDO_JUMP) {
      op = in.target->offset > int(here) ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
    } else if (op == PSEUDO_JUMP_NO_INTERRUPT) {
      op = OP_JUMP_BACKWARD;
    }
    if (in.target) arg = std::uint32_t(in.target->offset);
    if (handler != cur_handler) {
      close_handler(here);
      cur_handler = handler;
      handler_start = here;
    }
    note_line(in.lineno);
    code.push_back(make_instr(op, arg));
    for (int k = 0; k < kCacheWords[op]; ++k) code.push_back(0);
  };
  for (const Instr& in : prefix) place(in, nullptr);
  for (std::size_t bi = 0; bi < order.size(); ++bi) {
    for (std::size_t k = 0; k < order[bi]->instrs.size(); ++k) {
      const Instr& in = order[bi]->instrs[k];
      int op = placed_op(bi, k);
      if (op == OP_NOP) {
        place(Instr{OP_NOP, 0, nullptr, in.lineno, nullptr}, in.except);
      } else if (op >= 0) {
        place(in, in.except);
      }
    }
  }
  close_handler(std::uint32_t(code.size()));

  // the code object
  Object* consts = tuple_new(ssize(u.consts.size()));
  if (!consts) return nullptr;
  for (std::size_t i = 0; i < u.consts.size(); ++i) {
    tuple_set_new(consts, ssize(i), new_ref(u.consts[i]));
  }
  Object* names = names_tuple(u.names);
  Object* lpnames = names_tuple(u.localsplus);
  Object* name = str_intern_view(u.name);
  Object* qualname = str_from_utf8(u.qualname);
  if (!names || !lpnames || !name || !qualname) {
    xdecref(consts);
    xdecref(names);
    xdecref(lpnames);
    xdecref(name);
    xdecref(qualname);
    return nullptr;
  }
  auto copy_array = [](const void* src, std::size_t bytes) -> void* {
    void* p = memory::alloc(bytes ? bytes : 1);
    if (p && bytes) std::memcpy(p, src, bytes);
    return p;
  };
  CodeSpec spec{};
  spec.consts = consts;
  spec.names = names;
  spec.localsplusnames = lpnames;
  spec.localspluskinds =
      static_cast<std::uint8_t*>(copy_array(u.localspluskinds.data(), u.localspluskinds.size()));
  spec.filename = c.filename_;
  spec.name = name;
  spec.qualname = qualname;
  spec.code = static_cast<std::uint32_t*>(copy_array(code.data(), code.size() * 4));
  spec.ncode = ssize(code.size());
  spec.lines =
      static_cast<LineTableEntry*>(copy_array(lines.data(), lines.size() * sizeof(LineTableEntry)));
  spec.nlines = ssize(lines.size());
  spec.exc_table = static_cast<ExceptionTableEntry*>(
      copy_array(exc.data(), exc.size() * sizeof(ExceptionTableEntry)));
  spec.nexc = ssize(exc.size());
  spec.argcount = u.argcount;
  spec.posonlyargcount = u.posonlyargcount;
  spec.kwonlyargcount = u.kwonlyargcount;
  spec.nlocals = u.nlocals;
  spec.nlocalsplus = int(u.localsplus.size());
  spec.ncellvars = int(u.cell_index.size());
  spec.nfreevars = u.nfrees;
  spec.stacksize = maxdepth;
  spec.flags = code_flags;
  spec.firstlineno = u.firstlineno;
  Object* co = nullptr;
  if (spec.localspluskinds && spec.code && spec.lines && spec.exc_table) {
    co = code_new(spec);
  } else {
    memory::free(spec.localspluskinds);
    memory::free(spec.code);
    memory::free(spec.lines);
    memory::free(spec.exc_table);
    err_no_memory();
  }
  decref(consts);
  decref(names);
  decref(lpnames);
  decref(name);
  decref(qualname);
  return co;
}

}  // namespace mempy::interp
