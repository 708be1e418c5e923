// interp/vm.cpp — the evaluation loop.
//
// One C call of eval_frame runs an entry frame and every Python frame it calls (calls of Python
// functions push a frame on the data stack and continue in the same loop; returns pop it). The
// evaluation stack owns its references; locals live in the frame's localsplus array; calls move
// the argument references from the caller's stack into the callee's locals (CPython 3.11), so
// sys.getrefcount sees the same counts as in CPython.
//
// Errors follow CPython's convention: a failing operation returns nullptr with the exception set,
// the loop jumps to `error`, which records a traceback entry for the frame and looks up the
// handler in the code's exception table; without one the frame is popped and the exception
// propagates to the caller frame (or out of eval_frame).
//
// Dispatch uses GCC's labels-as-values. Some instructions rewrite themselves into specialised
// forms on first execution (inline caches follow them in the instruction stream): globals,
// instance attributes, methods, and for-loops over lists, tuples and ranges.
#include <cstring>

#include "interp/call.h"
#include "interp/opcodes.h"
#include "interp/trace.h"
#include "interp/vm_support.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/dict_internal.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

Frame* current_frame() {
  return g_thread.frame;
}
Object* current_globals() {
  return g_thread.frame ? g_thread.frame->globals : nullptr;
}
void code_extra_free(CodeObject*) {}

Object* generator_yield_from_target(Frame* f) {
  // suspended inside `yield from`: the resume point is the JUMP_BACKWARD to the SEND, and the
  // delegate is just below the top of the value stack
  const std::uint32_t* ip = f->instr;
  if (!f->code || ip < f->code->code || ip >= f->code->code + f->code->ncode) return nullptr;
  if (interp::instr_op(*ip) != interp::OP_JUMP_BACKWARD) return nullptr;
  std::uint32_t target = interp::instr_arg(*ip);
  if (interp::instr_op(f->code->code[target]) != interp::OP_SEND) return nullptr;
  if (f->stacktop < 1) return nullptr;
  return f->localsplus[f->code->nlocalsplus + f->stacktop - 1];
}

}  // namespace mempy::runtime

namespace mempy::interp {

using namespace runtime;

namespace {

// ---- inline-cache helpers
// -------------------------------------------------------------------------
inline void store_ptr(std::uint32_t* cache, const void* p) {
  auto v = reinterpret_cast<std::uintptr_t>(p);
  cache[0] = std::uint32_t(v);
  cache[1] = std::uint32_t(v >> 32);
}
inline Object* load_ptr(const std::uint32_t* cache) {
  return reinterpret_cast<Object*>(std::uintptr_t(cache[0]) | (std::uintptr_t(cache[1]) << 32));
}

// COMPARE_OP's fast paths (two medium ints, two floats): the comparison oparg names.
template <class T>
inline bool compare_values(int op, T a, T b) {
  switch (op) {
    case CMP_LT:
      return a < b;
    case CMP_LE:
      return a <= b;
    case CMP_EQ:
      return a == b;
    case CMP_NE:
      return a != b;
    case CMP_GT:
      return a > b;
    default:
      return a >= b;
  }
}

enum AttrKind : std::uint32_t { ATTR_INSTANCE_VALUE = 1, ATTR_SLOT = 2, ATTR_MODULE = 3 };
enum MethodKind : std::uint32_t { METHOD_NO_DICT = 1, METHOD_VALUES = 2 };

}  // namespace

Object* eval_loop(Frame* entry);

}  // namespace mempy::interp

namespace mempy::runtime {

Object* eval_frame(Frame* frame, bool throwing) {
  ThreadState* ts = &g_thread;
  char probe;
  if (ts->stack_limit && &probe < ts->stack_limit) {
    err_set_string(&ExcRecursionError, "maximum recursion depth exceeded");
    if (frame->owner == FRAME_OWNED_BY_THREAD) interp::pop_frame(frame, 0);
    return nullptr;
  }
  frame->is_entry = true;
  frame->previous = ts->frame;
  if (throwing) {
    // resume at the yield with the exception raised there
    frame->instr -= 1;
    frame->stacktop |= 0x40000000;  // marks "throw on entry" for eval_loop
  }
  return interp::eval_loop(frame);
}

}  // namespace mempy::runtime

namespace mempy::interp {

Object* eval_loop(Frame* entry) {
  ThreadState* ts = &g_thread;
  Frame* frame = entry;
  CodeObject* co;
  Object** localsplus;
  Object** stack_base;
  Object** stack_pointer;
  std::uint32_t* next_instr;
  std::uint32_t* first_instr;
  Object* const* consts;
  Object* names;
  std::uint32_t word;
  std::uint32_t oparg;
  ssize unwind_index = 0;  // instruction whose exception-table entry handles the raise
  Object* kwnames = nullptr;
  Object* retval = nullptr;
  bool throwing = (entry->stacktop & 0x40000000) != 0;
  entry->stacktop &= ~0x40000000;

#define MEMPY_LABEL(name, cache) &&TARGET_##name,
  // dispatch_table is live: while a trace function is set, trace.cpp points every entry at
  // traced_dispatch, which reports line events and goes on through opcode_targets
  static void* dispatch_table[256] = {MEMPY_OPCODES(MEMPY_LABEL)};
  static void* const opcode_targets[256] = {MEMPY_OPCODES(MEMPY_LABEL)};
#undef MEMPY_LABEL
  static bool tables_registered = false;
  if (!tables_registered) [[unlikely]] {
    tables_registered = true;
    trace_register_dispatch(dispatch_table, opcode_targets, &&traced_dispatch);
  }

#define LOAD_FRAME_REGISTERS()                    \
  do {                                            \
    co = frame->code;                             \
    localsplus = frame->localsplus;               \
    stack_base = localsplus + co->nlocalsplus;    \
    stack_pointer = stack_base + frame->stacktop; \
    first_instr = co->code;                       \
    next_instr = frame->instr;                    \
    consts = tuple_items(co->consts);             \
    names = co->names;                            \
  } while (0)

#define DISPATCH()                     \
  do {                                 \
    frame->instr = next_instr;         \
    word = *next_instr++;              \
    oparg = word >> 8;                 \
    goto* dispatch_table[word & 0xff]; \
  } while (0)
#define TARGET(op) TARGET_##op:
#define PUSH(v) (*stack_pointer++ = (v))
#define POP() (*--stack_pointer)
#define TOP() (stack_pointer[-1])
#define SECOND() (stack_pointer[-2])
#define THIRD() (stack_pointer[-3])
#define PEEK(n) (stack_pointer[-ssize(n)])
#define SET_TOP(v) (stack_pointer[-1] = (v))
#define SET_SECOND(v) (stack_pointer[-2] = (v))
#define STACK_SHRINK(n) (stack_pointer -= (n))
#define STACK_GROW(n) (stack_pointer += (n))
#define JUMPTO(target) (next_instr = first_instr + (target))
#define SKIP_CACHE(op) (next_instr += kCacheWords[OP_##op])
#define NAME(i) (tuple_get(names, (i)))
#define ERROR_IF(cond)    \
  do {                    \
    if (cond) goto error; \
  } while (0)

  // enter the entry frame
  if (++ts->recursion_depth > ts->recursion_limit) {
    --ts->recursion_depth;
    err_set_string(&ExcRecursionError, "maximum recursion depth exceeded");
    if (entry->owner == FRAME_OWNED_BY_THREAD) {
      ts->frame = entry->previous;
      pop_frame(entry, entry->stacktop);
    }
    return nullptr;
  }
  ts->frame = frame;
  LOAD_FRAME_REGISTERS();
  if (throwing) {
    if (trace_active(ts) && trace_throw_call(frame) < 0) goto exit_unwind;
    goto error;
  }
  if (trace_active(ts) && trace_call(frame) < 0) goto error;
  DISPATCH();

  TARGET(NOP) {
    DISPATCH();
  }

  TARGET(POP_TOP) {
    Object* v = POP();
    decref(v);
    DISPATCH();
  }

  TARGET(PUSH_NULL) {
    PUSH(nullptr);
    DISPATCH();
  }

  TARGET(COPY) {
    Object* v = PEEK(oparg);
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(SWAP) {
    Object* top = TOP();
    SET_TOP(PEEK(oparg));
    PEEK(oparg) = top;
    DISPATCH();
  }

  TARGET(LOAD_CONST) {
    Object* v = consts[oparg];
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_FAST) {
    Object* v = localsplus[oparg];
    if (__builtin_expect(v == nullptr, 0)) {
      unbound_local_error(co, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_FAST_CHECK) {
    goto TARGET_LOAD_FAST;
  }

  TARGET(STORE_FAST) {
    Object* v = POP();
    Object* old = localsplus[oparg];
    localsplus[oparg] = v;
    xdecref(old);
    DISPATCH();
  }

  TARGET(DELETE_FAST) {
    Object* old = localsplus[oparg];
    if (!old) {
      unbound_local_error(co, oparg);
      goto error;
    }
    localsplus[oparg] = nullptr;
    decref(old);
    DISPATCH();
  }

  TARGET(MAKE_CELL) {
    Object* initial = localsplus[oparg];
    Object* cell = cell_new(initial);
    ERROR_IF(!cell);
    xdecref(initial);
    localsplus[oparg] = cell;
    DISPATCH();
  }

  TARGET(COPY_FREE_VARS) {
    Object* closure = frame->func->closure;
    int offset = co->nlocalsplus - int(oparg);
    for (std::uint32_t i = 0; i < oparg; ++i) {
      localsplus[offset + int(i)] = new_ref(tuple_get(closure, ssize(i)));
    }
    DISPATCH();
  }

  TARGET(LOAD_CLOSURE) {
    Object* cell = localsplus[oparg];
    incref(cell);
    PUSH(cell);
    DISPATCH();
  }

  TARGET(LOAD_DEREF) {
    Object* v = static_cast<CellObject*>(localsplus[oparg])->ref;
    if (!v) {
      unbound_deref_error(co, oparg);
      goto error;
    }
    incref(v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_CLASSDEREF) {
    Object* name = tuple_get(co->localsplusnames, ssize(oparg));
    Object* locals = frame->locals;
    Object* v = nullptr;
    if (is_dict_exact(locals)) {
      v = dict_get_item_with_error(locals, name);
      if (v) incref(v);
      ERROR_IF(!v && err_occurred());
    } else {
      v = get_item(locals, name);
      if (!v) {
        ERROR_IF(!err_matches(&ExcKeyError));
        err_clear();
      }
    }
    if (!v) {
      v = static_cast<CellObject*>(localsplus[oparg])->ref;
      if (!v) {
        unbound_deref_error(co, oparg);
        goto error;
      }
      incref(v);
    }
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_DEREF) {
    Object* v = POP();
    CellObject* cell = static_cast<CellObject*>(localsplus[oparg]);
    Object* old = cell->ref;
    cell->ref = v;
    xdecref(old);
    DISPATCH();
  }

  TARGET(DELETE_DEREF) {
    CellObject* cell = static_cast<CellObject*>(localsplus[oparg]);
    if (!cell->ref) {
      unbound_deref_error(co, oparg);
      goto error;
    }
    clear_ref(cell->ref);
    DISPATCH();
  }

  TARGET(LOAD_NAME) {
    Object* name = NAME(oparg);
    Object* v = load_name(frame, name);
    ERROR_IF(!v);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_NAME) {
    Object* name = NAME(oparg);
    Object* v = POP();
    Object* locals = frame->locals;
    int r;
    if (!locals) {
      err_format(&ExcSystemError, "no locals found when storing {}", repr_for_message(name));
      r = -1;
    } else if (is_dict_exact(locals)) {
      r = dict_set_item(locals, name, v);
    } else {
      r = set_item(locals, name, v);
    }
    decref(v);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DELETE_NAME) {
    Object* name = NAME(oparg);
    Object* locals = frame->locals;
    int r = locals ? del_item(locals, name) : -1;
    if (r < 0) {
      if (!locals || err_matches(&ExcKeyError)) {
        err_clear();
        err_format(&ExcNameError, "name '{}' is not defined", str_to_std(name));
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_GLOBAL);
    Object* name = NAME(oparg >> 1);
    Object* v = load_global_and_specialize(frame, name, cache,
                                           next_instr - 1 - kCacheWords[OP_LOAD_GLOBAL]);
    ERROR_IF(!v);
    if (oparg & 1) PUSH(nullptr);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL_CACHED) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_GLOBAL);
    Object* globals = frame->globals;
    if (__builtin_expect(dict_keys_version(globals) == cache[0], 1)) {
      Object* v = dict_value_at_index(globals, ssize(cache[1]));
      if (v) {
        incref(v);
        if (oparg & 1) PUSH(nullptr);
        PUSH(v);
        DISPATCH();
      }
    }
    // deoptimise and take the generic path
    next_instr[-1 - kCacheWords[OP_LOAD_GLOBAL]] = make_instr(OP_LOAD_GLOBAL, oparg);
    Object* v = load_global_and_specialize(frame, NAME(oparg >> 1), cache, nullptr);
    ERROR_IF(!v);
    if (oparg & 1) PUSH(nullptr);
    PUSH(v);
    DISPATCH();
  }

  TARGET(LOAD_GLOBAL_BUILTIN) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_GLOBAL);
    if (__builtin_expect(dict_keys_version(frame->globals) == cache[0] &&
                             dict_keys_version(frame->builtins) == cache[2],
                         1)) {
      Object* v = dict_value_at_index(frame->builtins, ssize(cache[3]));
      if (v) {
        incref(v);
        if (oparg & 1) PUSH(nullptr);
        PUSH(v);
        DISPATCH();
      }
    }
    next_instr[-1 - kCacheWords[OP_LOAD_GLOBAL]] = make_instr(OP_LOAD_GLOBAL, oparg);
    Object* v = load_global_and_specialize(frame, NAME(oparg >> 1), cache, nullptr);
    ERROR_IF(!v);
    if (oparg & 1) PUSH(nullptr);
    PUSH(v);
    DISPATCH();
  }

  TARGET(STORE_GLOBAL) {
    Object* v = POP();
    int r = dict_set_item(frame->globals, NAME(oparg), v);
    decref(v);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DELETE_GLOBAL) {
    Object* name = NAME(oparg);
    if (dict_del_item(frame->globals, name) < 0) {
      if (err_matches(&ExcKeyError)) {
        err_clear();
        err_format(&ExcNameError, "name '{}' is not defined", str_to_std(name));
      }
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_ATTR);
    Object* owner = TOP();
    Object* name = NAME(oparg);
    specialize_load_attr(owner, name, cache, next_instr - 1 - kCacheWords[OP_LOAD_ATTR]);
    Object* res = get_attr(owner, name);
    decref(owner);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR_INSTANCE_VALUE) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_ATTR);
    Object* owner = TOP();
    TypeObject* tp = owner->type;
    if (__builtin_expect(tp->version_tag == cache[0] && (tp->flags & TPFLAG_VALID_VERSION), 1)) {
      DictValues* values = instance_values_ptr(owner);
      if (values) {
        Object* res = values->values[cache[2]];
        if (res) {
          incref(res);
          SET_TOP(res);
          decref(owner);
          DISPATCH();
        }
      }
    }
    Object* res = get_attr(owner, NAME(oparg));
    decref(owner);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR_SLOT) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_ATTR);
    Object* owner = TOP();
    TypeObject* tp = owner->type;
    if (__builtin_expect(tp->version_tag == cache[0] && (tp->flags & TPFLAG_VALID_VERSION), 1)) {
      Object* res = *reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + cache[2]);
      if (res) {
        incref(res);
        SET_TOP(res);
        decref(owner);
        DISPATCH();
      }
    }
    Object* res = get_attr(owner, NAME(oparg));
    decref(owner);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(LOAD_ATTR_MODULE) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_ATTR);
    Object* owner = TOP();
    if (owner->type == &ModuleType) {
      Object* d = module_dict(owner);
      if (dict_keys_version(d) == cache[0]) {
        Object* res = dict_value_at_index(d, ssize(cache[2]));
        if (res) {
          incref(res);
          SET_TOP(res);
          decref(owner);
          DISPATCH();
        }
      }
    }
    Object* res = get_attr(owner, NAME(oparg));
    decref(owner);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(STORE_ATTR) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(STORE_ATTR);
    Object* owner = TOP();
    Object* v = SECOND();
    Object* name = NAME(oparg);
    STACK_SHRINK(2);
    int r = set_attr(owner, name, v);
    if (r == 0)
      specialize_store_attr(owner, name, cache, next_instr - 1 - kCacheWords[OP_STORE_ATTR]);
    decref(v);
    decref(owner);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(STORE_ATTR_INSTANCE_VALUE) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(STORE_ATTR);
    Object* owner = TOP();
    Object* v = SECOND();
    TypeObject* tp = owner->type;
    if (__builtin_expect(tp->version_tag == cache[0] && (tp->flags & TPFLAG_VALID_VERSION), 1)) {
      DictValues* values = instance_values_ptr(owner);
      if (values) {
        Object* old = values->values[cache[2]];
        if (old) {
          STACK_SHRINK(2);
          values->values[cache[2]] = v;
          decref(old);
          decref(owner);
          DISPATCH();
        }
      }
    }
    STACK_SHRINK(2);
    int r = set_attr(owner, NAME(oparg), v);
    decref(v);
    decref(owner);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(STORE_ATTR_SLOT) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(STORE_ATTR);
    Object* owner = TOP();
    Object* v = SECOND();
    TypeObject* tp = owner->type;
    STACK_SHRINK(2);
    if (__builtin_expect(tp->version_tag == cache[0] && (tp->flags & TPFLAG_VALID_VERSION), 1)) {
      Object** slot = reinterpret_cast<Object**>(reinterpret_cast<char*>(owner) + cache[2]);
      Object* old = *slot;
      *slot = v;
      xdecref(old);
      decref(owner);
      DISPATCH();
    }
    int r = set_attr(owner, NAME(oparg), v);
    decref(v);
    decref(owner);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DELETE_ATTR) {
    Object* owner = POP();
    int r = del_attr(owner, NAME(oparg));
    decref(owner);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(LOAD_METHOD) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_METHOD);
    Object* obj = TOP();
    Object* meth = nullptr;
    int found =
        get_method(obj, NAME(oparg), &meth, cache, next_instr - 1 - kCacheWords[OP_LOAD_METHOD]);
    if (found < 0) goto error;
    if (found) {
      SET_TOP(meth);
      PUSH(obj);
    } else {
      SET_TOP(nullptr);
      decref(obj);
      PUSH(meth);
    }
    DISPATCH();
  }

  TARGET(LOAD_METHOD_CACHED) {
    std::uint32_t* cache = next_instr;
    SKIP_CACHE(LOAD_METHOD);
    Object* obj = TOP();
    TypeObject* tp = obj->type;
    if (__builtin_expect(tp->version_tag == cache[0] && (tp->flags & TPFLAG_VALID_VERSION), 1)) {
      bool ok = cache[4] == METHOD_NO_DICT ||
                (instance_values_ptr(obj) && !instance_dict_ptr(obj) &&
                 shared_keys_nentries(type_cached_keys(tp)) == ssize(cache[1]));
      if (ok) {
        Object* meth = load_ptr(cache + 2);
        incref(meth);
        SET_TOP(meth);
        PUSH(obj);
        DISPATCH();
      }
    }
    Object* meth = nullptr;
    int found = get_method(obj, NAME(oparg), &meth, nullptr, nullptr);
    if (found < 0) goto error;
    if (found) {
      SET_TOP(meth);
      PUSH(obj);
    } else {
      SET_TOP(nullptr);
      decref(obj);
      PUSH(meth);
    }
    DISPATCH();
  }

  TARGET(UNARY_POSITIVE) {
    Object* v = TOP();
    Object* r = number_positive(v);
    decref(v);
    SET_TOP(r);
    if (!r) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(UNARY_NEGATIVE) {
    Object* v = TOP();
    Object* r;
    if (v->type == &IntType && int_is_medium(v)) {
      r = int_from_i64(-int_medium_value(v));
    } else if (v->type == &FloatType) {
      r = float_from_double(-float_value(v));
    } else {
      r = number_negative(v);
    }
    decref(v);
    SET_TOP(r);
    if (!r) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(UNARY_NOT) {
    Object* v = TOP();
    int t = object_is_true(v);
    decref(v);
    if (t < 0) {
      STACK_SHRINK(1);
      goto error;
    }
    SET_TOP(bool_new_ref(!t));
    DISPATCH();
  }

  TARGET(UNARY_INVERT) {
    Object* v = TOP();
    Object* r = number_invert(v);
    decref(v);
    SET_TOP(r);
    if (!r) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(BINARY_OP) {
    Object* rhs = TOP();
    Object* lhs = SECOND();
    Object* res;
    if (lhs->type == &IntType && rhs->type == &IntType && int_is_medium(lhs) &&
        int_is_medium(rhs)) {
      std::int64_t a = int_medium_value(lhs), b = int_medium_value(rhs);
      switch (oparg) {
        case BINOP_ADD:
        case BINOP_ADD + BINOP_INPLACE:
          res = int_from_i64(a + b);
          goto binop_done;
        case BINOP_SUBTRACT:
        case BINOP_SUBTRACT + BINOP_INPLACE:
          res = int_from_i64(a - b);
          goto binop_done;
        case BINOP_MULTIPLY:
        case BINOP_MULTIPLY + BINOP_INPLACE:
          res = int_from_i64(a * b);
          goto binop_done;
        case BINOP_AND:
        case BINOP_AND + BINOP_INPLACE:
          res = int_from_i64(a & b);
          goto binop_done;
        case BINOP_OR:
        case BINOP_OR + BINOP_INPLACE:
          res = int_from_i64(a | b);
          goto binop_done;
        case BINOP_XOR:
        case BINOP_XOR + BINOP_INPLACE:
          res = int_from_i64(a ^ b);
          goto binop_done;
        case BINOP_FLOOR_DIVIDE:
        case BINOP_FLOOR_DIVIDE + BINOP_INPLACE:
          if (b != 0) {
            std::int64_t q = a / b;
            if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
            res = int_from_i64(q);
            goto binop_done;
          }
          break;
        case BINOP_REMAINDER:
        case BINOP_REMAINDER + BINOP_INPLACE:
          if (b != 0) {
            std::int64_t m = a % b;
            if (m != 0 && ((m < 0) != (b < 0))) m += b;
            res = int_from_i64(m);
            goto binop_done;
          }
          break;
        default:
          break;
      }
    } else if (lhs->type == &FloatType && rhs->type == &FloatType) {
      double a = float_value(lhs), b = float_value(rhs);
      switch (oparg) {
        case BINOP_ADD:
        case BINOP_ADD + BINOP_INPLACE:
          res = float_from_double(a + b);
          goto binop_done;
        case BINOP_SUBTRACT:
        case BINOP_SUBTRACT + BINOP_INPLACE:
          res = float_from_double(a - b);
          goto binop_done;
        case BINOP_MULTIPLY:
        case BINOP_MULTIPLY + BINOP_INPLACE:
          res = float_from_double(a * b);
          goto binop_done;
        case BINOP_TRUE_DIVIDE:
        case BINOP_TRUE_DIVIDE + BINOP_INPLACE:
          if (b != 0.0) {
            res = float_from_double(a / b);
            goto binop_done;
          }
          break;
        default:
          break;
      }
    } else if (oparg == BINOP_ADD + BINOP_INPLACE && lhs->type == &StrType &&
               rhs->type == &StrType) {
      res = str_concat(lhs, rhs);
      goto binop_done;
    }
    res = oparg >= BINOP_INPLACE ? inplace_op(lhs, rhs, int(oparg) - BINOP_INPLACE)
                                 : binary_op(lhs, rhs, int(oparg));
  binop_done:
    decref(rhs);
    decref(lhs);
    STACK_SHRINK(1);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(COMPARE_OP) {
    Object* rhs = TOP();
    Object* lhs = SECOND();
    Object* res;
    if (lhs->type == &IntType && rhs->type == &IntType && int_is_medium(lhs) &&
        int_is_medium(rhs)) {
      std::int64_t a = int_medium_value(lhs), b = int_medium_value(rhs);
      res = bool_new_ref(compare_values(oparg, a, b));
    } else if (lhs->type == &FloatType && rhs->type == &FloatType) {
      double a = float_value(lhs), b = float_value(rhs);
      res = bool_new_ref(compare_values(oparg, a, b));
    } else if (lhs->type == &StrType && rhs->type == &StrType &&
               (oparg == CMP_EQ || oparg == CMP_NE)) {
      bool eq = str_eq_fast(lhs, rhs);
      res = bool_new_ref(oparg == CMP_EQ ? eq : !eq);
    } else {
      res = rich_compare(lhs, rhs, int(oparg));
    }
    decref(rhs);
    decref(lhs);
    STACK_SHRINK(1);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(IS_OP) {
    Object* rhs = POP();
    Object* lhs = TOP();
    bool r = (lhs == rhs) ^ (oparg != 0);
    decref(rhs);
    decref(lhs);
    SET_TOP(bool_new_ref(r));
    DISPATCH();
  }

  TARGET(CONTAINS_OP) {
    Object* container = POP();
    Object* item = TOP();
    int r = sequence_contains(container, item);
    decref(container);
    decref(item);
    if (r < 0) {
      STACK_SHRINK(1);
      goto error;
    }
    SET_TOP(bool_new_ref((r != 0) ^ (oparg != 0)));
    DISPATCH();
  }

  TARGET(BINARY_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    Object* res;
    if (container->type == &ListType && sub->type == &IntType && int_is_medium(sub)) {
      ssize i = ssize(int_medium_value(sub));
      ssize n = list_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        res = new_ref(list_get(container, i));
        goto subscr_done;
      }
    } else if (container->type == &TupleType && sub->type == &IntType && int_is_medium(sub)) {
      ssize i = ssize(int_medium_value(sub));
      ssize n = tuple_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        res = new_ref(tuple_get(container, i));
        goto subscr_done;
      }
    } else if (container->type == &DictType) {
      Object* v = dict_get_item_with_error(container, sub);
      if (v) {
        res = new_ref(v);
        goto subscr_done;
      }
      if (err_occurred()) {
        res = nullptr;
        goto subscr_done;
      }
      err_set_key_error(sub);
      res = nullptr;
      goto subscr_done;
    }
    res = get_item(container, sub);
  subscr_done:
    decref(sub);
    decref(container);
    STACK_SHRINK(1);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(STORE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    Object* v = THIRD();
    STACK_SHRINK(3);
    int r;
    if (container->type == &ListType && sub->type == &IntType && int_is_medium(sub)) {
      ssize i = ssize(int_medium_value(sub));
      ssize n = list_size(container);
      if (i < 0) i += n;
      if (i >= 0 && i < n) {
        Object* old = list_items(container)[i];
        list_items(container)[i] = v;
        decref(old);
        decref(sub);
        decref(container);
        DISPATCH();
      }
      r = set_item(container, sub, v);
    } else if (container->type == &DictType) {
      r = dict_set_item(container, sub, v);
    } else {
      r = set_item(container, sub, v);
    }
    decref(v);
    decref(sub);
    decref(container);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DELETE_SUBSCR) {
    Object* sub = TOP();
    Object* container = SECOND();
    STACK_SHRINK(2);
    int r = del_item(container, sub);
    decref(sub);
    decref(container);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(BUILD_SLICE) {
    Object* step = oparg == 3 ? POP() : nullptr;
    Object* stop = POP();
    Object* start = TOP();
    Object* s = slice_new(start, stop, step);
    decref(start);
    decref(stop);
    xdecref(step);
    SET_TOP(s);
    if (!s) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(BUILD_TUPLE) {
    Object* t = tuple_from_array_steal(stack_pointer - oparg, ssize(oparg));
    STACK_SHRINK(oparg);
    ERROR_IF(!t);
    PUSH(t);
    DISPATCH();
  }

  TARGET(BUILD_LIST) {
    Object* l = list_new(ssize(oparg));
    if (!l) {
      for (std::uint32_t i = 0; i < oparg; ++i) decref(POP());
      goto error;
    }
    for (std::uint32_t i = oparg; i > 0; --i) list_set_new(l, ssize(i - 1), POP());
    PUSH(l);
    DISPATCH();
  }

  TARGET(BUILD_SET) {
    Object* s = set_new_empty();
    int err = s ? 0 : -1;
    for (std::uint32_t i = oparg; i > 0; --i) {
      Object* item = PEEK(i);
      if (err == 0) err = set_add(s, item);
      decref(item);
    }
    STACK_SHRINK(oparg);
    if (err < 0) {
      xdecref(s);
      goto error;
    }
    PUSH(s);
    DISPATCH();
  }

  TARGET(BUILD_MAP) {
    Object* d = dict_new_presized(ssize(oparg));
    int err = d ? 0 : -1;
    for (std::uint32_t i = oparg; i > 0; --i) {
      Object* key = PEEK(2 * i);
      Object* value = PEEK(2 * i - 1);
      if (err == 0) err = dict_set_item(d, key, value);
    }
    for (std::uint32_t i = 0; i < 2 * oparg; ++i) decref(POP());
    if (err < 0) {
      xdecref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }

  TARGET(BUILD_CONST_KEY_MAP) {
    Object* keys = TOP();
    Object* d = dict_new_presized(ssize(oparg));
    int err = d ? 0 : -1;
    for (std::uint32_t i = 0; i < oparg && err == 0; ++i) {
      err = dict_set_item(d, tuple_get(keys, ssize(i)), PEEK(int(oparg) + 1 - int(i)));
    }
    decref(POP());
    for (std::uint32_t i = 0; i < oparg; ++i) decref(POP());
    if (err < 0) {
      xdecref(d);
      goto error;
    }
    PUSH(d);
    DISPATCH();
  }

  TARGET(BUILD_STRING) {
    // (no C++ objects with destructors in targets: computed gotos skip destructors)
    Object* s = build_string(stack_pointer - oparg, ssize(oparg));
    for (std::uint32_t i = 0; i < oparg; ++i) decref(POP());
    ERROR_IF(!s);
    PUSH(s);
    DISPATCH();
  }

  TARGET(LIST_APPEND) {
    Object* v = POP();
    Object* list = PEEK(oparg);
    ERROR_IF(list_append_steal(list, v) < 0);
    DISPATCH();
  }

  TARGET(SET_ADD) {
    Object* v = POP();
    int r = set_add(PEEK(oparg), v);
    decref(v);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(MAP_ADD) {
    Object* value = TOP();
    Object* key = SECOND();
    STACK_SHRINK(2);
    int r = dict_set_item_take2(PEEK(oparg), key, value);  // the stack's references move in
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(LIST_EXTEND) {
    Object* iterable = POP();
    Object* list = PEEK(oparg);
    int r = list_extend(list, iterable);
    if (r < 0 && err_matches(&ExcTypeError) && !iterable->type->iter &&
        !iterable->type->as_mapping->getitem) {
      err_clear();
      err_format(&ExcTypeError, "Value after * must be an iterable, not {}",
                 type_name(iterable->type));
    }
    decref(iterable);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(SET_UPDATE) {
    Object* iterable = POP();
    int r = set_update(PEEK(oparg), iterable);
    decref(iterable);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DICT_UPDATE) {
    Object* update = POP();
    Object* dict = PEEK(oparg);
    int r = dict_update(dict, update);
    if (r < 0 && err_matches(&ExcAttributeError)) {
      err_clear();
      err_format(&ExcTypeError, "'{}' object is not a mapping", type_name(update->type));
    }
    decref(update);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(DICT_MERGE) {
    Object* update = POP();
    Object* dict = PEEK(oparg);
    int r = dict_merge_for_call(dict, update, PEEK(oparg + 2));
    decref(update);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(LIST_TO_TUPLE) {
    Object* list = TOP();
    Object* t = list_as_tuple(list);
    decref(list);
    SET_TOP(t);
    if (!t) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(UNPACK_SEQUENCE) {
    Object* seq = POP();
    if (seq->type == &TupleType && tuple_size(seq) == ssize(oparg)) {
      Object** items = tuple_items(seq);
      for (std::uint32_t i = oparg; i > 0; --i) PUSH(new_ref(items[i - 1]));
    } else if (seq->type == &ListType && list_size(seq) == ssize(oparg)) {
      Object** items = list_items(seq);
      for (std::uint32_t i = oparg; i > 0; --i) PUSH(new_ref(items[i - 1]));
    } else {
      if (!unpack_iterable(seq, int(oparg), -1, stack_pointer + oparg)) {
        decref(seq);
        goto error;
      }
      STACK_GROW(oparg);
    }
    decref(seq);
    DISPATCH();
  }

  TARGET(UNPACK_EX) {
    int before = int(oparg & 0xFF);
    int after = int(oparg >> 8);
    Object* seq = POP();
    if (!unpack_iterable(seq, before, after, stack_pointer + before + after + 1)) {
      decref(seq);
      goto error;
    }
    STACK_GROW(before + after + 1);
    decref(seq);
    DISPATCH();
  }

  TARGET(FORMAT_VALUE) {
    Object* spec = (oparg & FVS_HAVE_SPEC) ? POP() : nullptr;
    Object* value = TOP();
    Object* result = format_value(value, oparg & FVC_MASK, spec);
    xdecref(spec);
    decref(value);
    SET_TOP(result);
    if (!result) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(JUMP_FORWARD) {
    JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(JUMP_BACKWARD) {
    JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_FALSE) {
    Object* v = POP();
    if (v == False()) {
      decref(v);
      JUMPTO(oparg);
    } else if (v != True()) {
      int t = object_is_true(v);
      decref(v);
      ERROR_IF(t < 0);
      if (!t) JUMPTO(oparg);
    } else {
      decref(v);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_TRUE) {
    Object* v = POP();
    if (v == True()) {
      decref(v);
      JUMPTO(oparg);
    } else if (v != False()) {
      int t = object_is_true(v);
      decref(v);
      ERROR_IF(t < 0);
      if (t) JUMPTO(oparg);
    } else {
      decref(v);
    }
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NONE) {
    Object* v = POP();
    if (is_none(v)) JUMPTO(oparg);
    decref(v);
    DISPATCH();
  }

  TARGET(POP_JUMP_IF_NOT_NONE) {
    Object* v = POP();
    if (!is_none(v)) JUMPTO(oparg);
    decref(v);
    DISPATCH();
  }

  TARGET(JUMP_IF_FALSE_OR_POP) {
    Object* v = TOP();
    int t = v == True() ? 1 : v == False() ? 0 : object_is_true(v);
    ERROR_IF(t < 0);
    if (!t) {
      JUMPTO(oparg);
    } else {
      STACK_SHRINK(1);
      decref(v);
    }
    DISPATCH();
  }

  TARGET(JUMP_IF_TRUE_OR_POP) {
    Object* v = TOP();
    int t = v == True() ? 1 : v == False() ? 0 : object_is_true(v);
    ERROR_IF(t < 0);
    if (t) {
      JUMPTO(oparg);
    } else {
      STACK_SHRINK(1);
      decref(v);
    }
    DISPATCH();
  }

  TARGET(GET_ITER) {
    Object* iterable = TOP();
    Object* it = get_iter(iterable);
    decref(iterable);
    SET_TOP(it);
    if (!it) {
      STACK_SHRINK(1);
      goto error;
    }
    // specialise the loop for the common iterators
    std::uint32_t next = *next_instr;
    if (instr_op(next) == OP_FOR_ITER) {
      int op = it->type == &ListIterType    ? OP_FOR_ITER_LIST
               : it->type == &RangeIterType ? OP_FOR_ITER_RANGE
               : it->type == &TupleIterType ? OP_FOR_ITER_TUPLE
                                            : OP_FOR_ITER;
      if (op != OP_FOR_ITER) *next_instr = make_instr(op, instr_arg(next));
    }
    DISPATCH();
  }

  TARGET(FOR_ITER) {
    Object* it = TOP();
    Object* next = it->type->iternext(it);
    if (next) {
      PUSH(next);
      DISPATCH();
    }
    if (err_occurred()) {
      ERROR_IF(!err_matches(&ExcStopIteration));
      err_clear();
    }
    STACK_SHRINK(1);
    decref(it);
    JUMPTO(oparg);
    DISPATCH();
  }

  TARGET(FOR_ITER_LIST) {
    Object* it = TOP();
    if (it->type == &ListIterType) {
      SeqIterObject* li = static_cast<SeqIterObject*>(it);
      Object* seq = li->seq;
      if (seq && li->index < list_size(seq)) {
        PUSH(new_ref(list_get(seq, li->index++)));
        DISPATCH();
      }
      if (seq) {
        li->seq = nullptr;
        decref(seq);
      }
      STACK_SHRINK(1);
      decref(it);
      JUMPTO(oparg);
      DISPATCH();
    }
    goto TARGET_FOR_ITER;
  }

  TARGET(FOR_ITER_TUPLE) {
    Object* it = TOP();
    if (it->type == &TupleIterType) {
      SeqIterObject* ti = static_cast<SeqIterObject*>(it);
      Object* seq = ti->seq;
      if (seq && ti->index < tuple_size(seq)) {
        PUSH(new_ref(tuple_get(seq, ti->index++)));
        DISPATCH();
      }
      if (seq) {
        ti->seq = nullptr;
        decref(seq);
      }
      STACK_SHRINK(1);
      decref(it);
      JUMPTO(oparg);
      DISPATCH();
    }
    goto TARGET_FOR_ITER;
  }

  TARGET(FOR_ITER_RANGE) {
    Object* it = TOP();
    if (it->type == &RangeIterType) {
      RangeIterObject* r = static_cast<RangeIterObject*>(it);
      if (r->len > 0) {
        long v = r->start;
        r->start = long((unsigned long)v + (unsigned long)r->step);
        --r->len;
        Object* n = int_from_i64(v);
        ERROR_IF(!n);
        PUSH(n);
        DISPATCH();
      }
      STACK_SHRINK(1);
      decref(it);
      JUMPTO(oparg);
      DISPATCH();
    }
    goto TARGET_FOR_ITER;
  }

  TARGET(RETURN_VALUE) {
    retval = POP();
    goto return_from_frame;
  }

  TARGET(RETURN_CONST_NONE) {
    retval = none_new_ref();
    goto return_from_frame;
  }

  TARGET(YIELD_VALUE) {
    retval = POP();
    frame->stacktop = int(stack_pointer - stack_base);
    if (trace_active(ts) && trace_return(frame, retval) < 0) {
      decref(retval);
      goto exit_unwind;
    }
    frame->instr = next_instr;
    gen_of_frame(frame)->frame_state = GEN_SUSPENDED;
    ts->frame = frame->previous;
    --ts->recursion_depth;
    return retval;
  }

  TARGET(GET_YIELD_FROM_ITER) {
    Object* iterable = TOP();
    if (!is_generator(iterable)) {
      Object* it = get_iter(iterable);
      decref(iterable);
      SET_TOP(it);
      if (!it) {
        STACK_SHRINK(1);
        goto error;
      }
    }
    DISPATCH();
  }

  TARGET(SEND) {
    Object* v = POP();
    Object* receiver = TOP();
    Object* result = nullptr;
    int status = send_to(receiver, v, &result);  // 0 yield, 1 return, -1 error
    decref(v);
    if (status < 0) goto error;
    if (status == 1) {
      STACK_SHRINK(1);
      decref(receiver);
      PUSH(result);
      JUMPTO(oparg);
      DISPATCH();
    }
    PUSH(result);
    DISPATCH();
  }

  TARGET(KW_NAMES) {
    kwnames = consts[oparg];
    DISPATCH();
  }

  TARGET(CALL) {
    int is_meth = PEEK(int(oparg) + 2) != nullptr;
    if (!is_meth && is_method(PEEK(int(oparg) + 1))) {
      // CPython 3.11's PRECALL: a bound method in the callable slot is split into its function
      // and self (in the NULL slot) and dropped, so a temporary method (`super().f()`) is freed
      // before the call and the callee's frame is the only new holder of self.
      Object* bound = PEEK(int(oparg) + 1);
      PEEK(int(oparg) + 1) = new_ref(method_self(bound));
      PEEK(int(oparg) + 2) = new_ref(method_func(bound));
      decref(bound);
      is_meth = 1;
    }
    int nargs = int(oparg) + is_meth;
    Object* callable = PEEK(nargs + 1);
    Object** args = stack_pointer - nargs;
    Object* kw = kwnames;
    kwnames = nullptr;
    if (callable->type == &FunctionType) {
      FunctionObject* func = static_cast<FunctionObject*>(callable);
      if (!(func->code->flags & CO_GENERATOR)) {
        // inline call: a new frame in this loop, arguments moved off the stack
        int nkw = kw ? int(tuple_size(kw)) : 0;
        Frame* nf = push_frame(func, nullptr);
        if (!nf) goto error;
        ssize positional = nargs - nkw;
        bool ok = bind_args(func, nf, args, positional, kw, true);
        STACK_SHRINK(nargs);
        // the callable (and the NULL slot) leave the stack too
        Object* c = POP();
        if (!is_meth) STACK_SHRINK(1);
        frame->stacktop = int(stack_pointer - stack_base);
        decref(c);
        if (!ok) {
          pop_frame(nf, 0);
          goto error;
        }
        if (++ts->recursion_depth > ts->recursion_limit) {
          --ts->recursion_depth;
          pop_frame(nf, 0);
          err_set_string(&ExcRecursionError, "maximum recursion depth exceeded");
          goto error;
        }
        nf->previous = frame;
        frame->instr = next_instr - 1;
        frame = nf;
        ts->frame = frame;
        LOAD_FRAME_REGISTERS();
        if (trace_active(ts) && trace_call(frame) < 0) goto error;
        DISPATCH();
      }
    }
    frame->stacktop = int(stack_pointer - stack_base);
    Object* res;
    if (is_meth) {
      res = call(callable, args, std::size_t(nargs - (kw ? tuple_size(kw) : 0)), kw);
    } else {
      res = call(callable, args, std::size_t(nargs - (kw ? tuple_size(kw) : 0)) | ARGS_OFFSET, kw);
    }
    for (int i = 0; i < nargs; ++i) decref(args[i]);
    STACK_SHRINK(nargs);
    Object* c = POP();
    decref(c);
    if (!is_meth) STACK_SHRINK(1);
    if (!res) goto error;
    PUSH(res);
    DISPATCH();
  }

  TARGET(CALL_FUNCTION_EX) {
    Object* kwargs = (oparg & 1) ? POP() : nullptr;
    Object* callargs = POP();
    Object* func = TOP();
    Object* res = call_function_ex(func, callargs, kwargs);
    decref(func);
    STACK_SHRINK(1);
    // the NULL pushed before the callable
    STACK_SHRINK(1);
    ERROR_IF(!res);
    PUSH(res);
    DISPATCH();
  }

  TARGET(MAKE_FUNCTION) {
    Object* code = POP();
    Object* func = function_new(code, frame->globals, nullptr);
    decref(code);
    ERROR_IF(!func);
    FunctionObject* f = static_cast<FunctionObject*>(func);
    if (oparg & MF_CLOSURE) f->closure = POP();
    if (oparg & MF_ANNOTATIONS) {
      Object* ann = POP();
      f->annotations = annotations_to_dict(ann);
      decref(ann);
      if (!f->annotations) {
        decref(func);
        goto error;
      }
    }
    if (oparg & MF_KWDEFAULTS) f->kwdefaults = POP();
    if (oparg & MF_DEFAULTS) f->defaults = POP();
    PUSH(func);
    DISPATCH();
  }

  TARGET(LOAD_BUILD_CLASS) {
    Object* bc = dict_get_item_with_error(frame->builtins, ids::build_class);
    if (!bc) {
      if (!err_occurred()) err_set_string(&ExcNameError, "__build_class__ not found");
      goto error;
    }
    PUSH(new_ref(bc));
    DISPATCH();
  }

  TARGET(RAISE_VARARGS) {
    Object* cause = oparg == 2 ? POP() : nullptr;
    Object* exc = oparg >= 1 ? POP() : nullptr;
    if (do_raise(exc, cause)) {
      unwind_index = frame->instr - first_instr;
      goto exception_unwind;
    }
    goto error;
  }

  TARGET(RERAISE) {
    Object* exc = POP();
    // the handler search starts here; the restored lasti only tells where the exception came from
    unwind_index = frame->instr - first_instr;
    if (oparg) {
      Object* lasti = PEEK(oparg);
      frame->instr = first_instr + int_medium_value(lasti);
    }
    err_restore(exc);
    goto exception_unwind;
  }

  TARGET(PUSH_EXC_INFO) {
    Object* value = TOP();
    ExcStackItem* info = ts->exc_info ? ts->exc_info : &ts->exc_base;
    if (!ts->exc_info) ts->exc_info = &ts->exc_base;
    Object* prev = info->exc_value ? info->exc_value : none_new_ref();
    info->exc_value = new_ref(value);
    SET_TOP(prev);
    PUSH(value);
    DISPATCH();
  }

  TARGET(POP_EXCEPT) {
    ExcStackItem* info = ts->exc_info ? ts->exc_info : &ts->exc_base;
    Object* old = info->exc_value;
    Object* v = POP();
    if (is_none(v)) {
      decref(v);
      v = nullptr;
    }
    info->exc_value = v;
    xdecref(old);
    DISPATCH();
  }

  TARGET(CHECK_EXC_MATCH) {
    Object* right = POP();
    Object* left = TOP();
    int r = check_except_type_valid(right);
    if (r < 0) {
      decref(right);
      goto error;
    }
    bool match = exception_class_matches(left->type, right);
    decref(right);
    PUSH(bool_new_ref(match));
    DISPATCH();
  }

  TARGET(WITH_EXCEPT_START) {
    Object* val = TOP();
    Object* exit_func = PEEK(4);
    Object* tb = exception_traceback(val);
    Object* args[3] = {val->type, val, tb ? tb : None()};
    Object* res = call(exit_func, args, 3, nullptr);
    ERROR_IF(!res);
    PUSH(res);
    DISPATCH();
  }

  TARGET(BEFORE_WITH) {
    Object* mgr = TOP();
    Object* enter = lookup_special(mgr, ids::enter);
    if (!enter) {
      if (!err_occurred()) {
        err_format(&ExcTypeError, "'{}' object does not support the context manager protocol",
                   type_name(mgr->type));
      }
      goto error;
    }
    Object* exit = lookup_special(mgr, ids::exit);
    if (!exit) {
      if (!err_occurred()) {
        err_format(&ExcTypeError,
                   "'{}' object does not support the context manager protocol (missed __exit__ "
                   "method)",
                   type_name(mgr->type));
      }
      decref(enter);
      goto error;
    }
    SET_TOP(exit);
    decref(mgr);
    Object* res = call_no_args(enter);
    decref(enter);
    ERROR_IF(!res);
    PUSH(res);
    DISPATCH();
  }

  TARGET(LOAD_ASSERTION_ERROR) {
    PUSH(new_ref<Object>(&ExcAssertionError));
    DISPATCH();
  }

  TARGET(IMPORT_NAME) {
    Object* name = NAME(oparg);
    Object* fromlist = POP();
    Object* level = TOP();
    frame->stacktop = int(stack_pointer - stack_base);
    Object* res = import_name(frame, name, fromlist, level);
    decref(level);
    decref(fromlist);
    SET_TOP(res);
    if (!res) {
      STACK_SHRINK(1);
      goto error;
    }
    DISPATCH();
  }

  TARGET(IMPORT_FROM) {
    Object* from = TOP();
    Object* res = import_from(from, NAME(oparg));
    ERROR_IF(!res);
    PUSH(res);
    DISPATCH();
  }

  TARGET(IMPORT_STAR) {
    Object* from = POP();
    int r = import_all_from(frame->locals, from);
    decref(from);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(SETUP_ANNOTATIONS) {
    ERROR_IF(setup_annotations(frame->locals) < 0);
    DISPATCH();
  }

  TARGET(PRINT_EXPR) {
    Object* v = POP();
    int r = print_expr(v);
    decref(v);
    ERROR_IF(r < 0);
    DISPATCH();
  }

  TARGET(GET_LEN) {
    ssize n = object_length(TOP());
    ERROR_IF(n < 0);
    Object* len = int_from_ssize(n);
    ERROR_IF(!len);
    PUSH(len);
    DISPATCH();
  }

return_from_frame : {
  if (trace_active(ts)) {
    frame->stacktop = int(stack_pointer - stack_base);
    if (trace_return(frame, retval) < 0) {
      decref(retval);
      goto exit_unwind;
    }
  }
  // unlink the frame, then release it; generators keep their frame (the generator clears it)
  --ts->recursion_depth;
  Frame* finished = frame;
  ts->frame = finished->previous;
  int live = int(stack_pointer - stack_base);
  if (finished->owner == FRAME_OWNED_BY_THREAD) {
    pop_frame(finished, live);
  } else {
    finished->stacktop = live;
  }
  if (finished == entry) return retval;
  frame = ts->frame;
  LOAD_FRAME_REGISTERS();
  ++next_instr;  // past the CALL
  PUSH(retval);
  DISPATCH();
}

error : {
  // record where the exception passed through this frame
  ssize index = frame->instr - first_instr;
  // the traceback keeps the frame object (and, once the frame ends, its locals); made while the
  // exception is set, so no collection runs here (a failure raises MemoryError instead)
  FrameObject* fobj = frame_get_object(frame);
  if (fobj) traceback_add_here(fobj, code_line_for(co, index), int(index));
  unwind_index = index;
  if (trace_active(ts)) {
    frame->stacktop = int(stack_pointer - stack_base);
    trace_exception(frame);
  }
}

exception_unwind : {
  kwnames = nullptr;
  ssize index = unwind_index;
  const ExceptionTableEntry* handler = code_find_handler(co, index);
  if (handler) {
    Object** new_top = stack_base + handler->depth;
    while (stack_pointer > new_top) xdecref(POP());
    if (handler->lasti) {
      Object* lasti = int_from_i64(frame->instr - first_instr);
      if (!lasti) goto exception_unwind;  // MemoryError replaces the exception
      PUSH(lasti);
    }
    Object* exc = err_fetch();
    PUSH(exc);
    JUMPTO(handler->target);
    DISPATCH();
  }
  // no handler: the frame ends with the exception
  goto exit_unwind;
}

exit_unwind : {
  // the frame ends with the current exception
  while (stack_pointer > stack_base) xdecref(POP());
  if (trace_active(ts)) {
    frame->stacktop = 0;
    trace_return(frame, nullptr);
  }
  --ts->recursion_depth;
  Frame* finished = frame;
  ts->frame = finished->previous;
  if (finished->owner == FRAME_OWNED_BY_THREAD) {
    pop_frame(finished, 0);
  } else {
    finished->stacktop = 0;
  }
  if (finished == entry) return nullptr;
  frame = ts->frame;
  LOAD_FRAME_REGISTERS();
  goto error;
}

traced_dispatch : {
  // every instruction comes here while a trace function is set (see interp/trace.h)
  if (trace_active(ts)) {
    frame->stacktop = int(stack_pointer - stack_base);
    if (trace_instruction(frame, next_instr - 1) < 0) goto error;
  }
  goto* opcode_targets[word & 0xff];
}
}

}  // namespace mempy::interp
