// runtime/frame.cpp — frame objects and the frame helpers shared by the VM, tracebacks, builtins
// and the collector. See frame.h for the ownership rules.
#include "runtime/frame.h"

#include <fmt/format.h>

#include <cstring>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject FrameType;

namespace {

inline FrameObject* as_fo(Object* op) {
  return static_cast<FrameObject*>(op);
}
inline Frame* embedded(FrameObject* fo) {
  return reinterpret_cast<Frame*>(fo->data);
}
inline bool owns_data(FrameObject* fo) {
  return fo->frame == embedded(fo);
}
inline int slot_count(const Frame* f) {  // locals, cells, frees and live stack entries
  return f->code->nlocalsplus + f->stacktop;
}

bool is_optimized(const CodeObject* co) {
  return (co->flags & 0x1) != 0;  // CO_OPTIMIZED
}

// The frame object takes the finishing frame's data (CPython's take_ownership).
void take_ownership(FrameObject* fo, Frame* f, int stack_entries) {
  std::size_t bytes = FRAME_HEADER_SIZE + sizeof(Object*) * std::size_t(f->code->nlocalsplus + stack_entries);
  std::memcpy(fo->data, f, bytes);
  Frame* own = embedded(fo);
  own->stacktop = stack_entries;
  own->owner = FRAME_OWNED_BY_FRAME_OBJECT;
  own->frame_obj = nullptr;
  fo->frame = own;
  // the caller's frame object becomes f_back (made now, as CPython does)
  if (Frame* prev = f->previous) {
    FrameObject* back = frame_get_object(prev);
    if (back) {
      fo->f_back = new_ref(back);
    } else {
      err_clear();
    }
  }
  own->previous = nullptr;
  // the references now belong to the frame object (a generator keeps its emptied frame)
  std::memset(f->localsplus, 0, sizeof(Object*) * std::size_t(f->code->nlocalsplus + stack_entries));
  f->func = nullptr;
  f->code = nullptr;
  f->locals = nullptr;
  if (!memory::gc_is_tracked(fo)) memory::gc_track(fo);
}

// Drops the references of frame data the frame object owns (dealloc and clear()).
void release_owned_slots(Frame* f) {
  int n = slot_count(f);
  for (int i = 0; i < n; ++i) clear_ref(f->localsplus[i]);
  f->stacktop = 0;
}

// ---- the frame type ------------------------------------------------------------------------------
void fo_dealloc(Object* op) {
  FrameObject* fo = as_fo(op);
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  CodeObject* code = nullptr;
  if (owns_data(fo)) {
    Frame* f = embedded(fo);
    code = f->code;  // released last: the slot count depends on it
    int n = slot_count(f);
    for (int i = 0; i < n; ++i) clear_ref(f->localsplus[i]);
    f->code = nullptr;
    Object* func = f->func;
    f->func = nullptr;
    xdecref(func);
    clear_ref(f->locals);
  }
  clear_ref(fo->f_back);
  clear_ref(fo->f_trace);
  object_free(op);
  xdecref(code);
  trashcan_end();
}

int fo_traverse(Object* op, VisitFn visit, void* arg) {
  FrameObject* fo = as_fo(op);
  if (fo->f_back && visit(fo->f_back, arg)) return 1;
  if (fo->f_trace && visit(fo->f_trace, arg)) return 1;
  if (!owns_data(fo)) return 0;
  Frame* f = embedded(fo);
  if (f->locals && visit(f->locals, arg)) return 1;
  if (f->func && visit(f->func, arg)) return 1;
  if (f->code && visit(f->code, arg)) return 1;
  int n = slot_count(f);
  for (int i = 0; i < n; ++i) {
    if (f->localsplus[i] && visit(f->localsplus[i], arg)) return 1;
  }
  return 0;
}

int fo_clear(Object* op) {
  FrameObject* fo = as_fo(op);
  clear_ref(fo->f_trace);
  if (owns_data(fo)) release_owned_slots(embedded(fo));
  return 0;
}

Object* fo_repr(Object* op) {
  Frame* f = as_fo(op)->frame;
  std::string file = repr_for_message(f->code->filename);
  return str_from_utf8(fmt::format("<frame at {}, file {}, line {}, code {}>",
                                   static_cast<void*>(op), file, frame_current_line(f),
                                   str_to_std(f->code->name)));
}

Object* fo_get_back(Object* op, void*) {
  FrameObject* fo = as_fo(op);
  if (fo->f_back) return new_ref<Object>(fo->f_back);
  if (!owns_data(fo) && fo->frame->previous) {
    FrameObject* back = frame_get_object(fo->frame->previous);
    return back ? new_ref<Object>(back) : nullptr;
  }
  return none_new_ref();
}
Object* fo_get_code(Object* op, void*) {
  return new_ref<Object>(as_fo(op)->frame->code);
}
Object* fo_get_globals(Object* op, void*) {
  return new_ref(as_fo(op)->frame->globals);
}
Object* fo_get_builtins(Object* op, void*) {
  return new_ref(as_fo(op)->frame->builtins);
}
Object* fo_get_locals(Object* op, void*) {
  Object* d = frame_fast_to_locals(as_fo(op)->frame);
  return d ? new_ref(d) : nullptr;
}
Object* fo_get_lineno(Object* op, void*) {
  FrameObject* fo = as_fo(op);
  return int_from_i64(fo->f_lineno ? fo->f_lineno : frame_current_line(fo->frame));
}
Object* fo_get_lasti(Object* op, void*) {
  Frame* f = as_fo(op)->frame;
  ssize index = f->instr - f->code->code;
  return int_from_ssize(index < 0 ? -1 : index * 2);
}
Object* fo_get_trace(Object* op, void*) {
  Object* t = as_fo(op)->f_trace;
  return new_ref(t ? t : None());
}
int fo_set_trace(Object* op, Object* value, void*) {
  set_ref(as_fo(op)->f_trace, value && value != None() ? new_ref(value) : nullptr);
  return 0;
}

// f_trace_lines / f_trace_opcodes: bool members in CPython (T_BOOL: True/False, set from any
// object's truth value)
Object* trace_flag(char v) {
  return bool_new_ref(v != 0);
}
int set_trace_flag(char* flag, Object* value) {
  if (!value) {
    err_set_string(&ExcTypeError, "can't delete numeric/char attribute");
    return -1;
  }
  if (!is_bool(value)) {
    err_set_string(&ExcTypeError, "attribute value type must be bool");
    return -1;
  }
  *flag = value == True() ? 1 : 0;
  return 0;
}
Object* fo_get_trace_lines(Object* op, void*) {
  return trace_flag(as_fo(op)->f_trace_lines);
}
int fo_set_trace_lines(Object* op, Object* value, void*) {
  return set_trace_flag(&as_fo(op)->f_trace_lines, value);
}
Object* fo_get_trace_opcodes(Object* op, void*) {
  return trace_flag(as_fo(op)->f_trace_opcodes);
}
int fo_set_trace_opcodes(Object* op, Object* value, void*) {
  return set_trace_flag(&as_fo(op)->f_trace_opcodes, value);
}

const GetSetDef fo_getset[] = {
    {"f_back", fo_get_back, nullptr, nullptr, nullptr},
    {"f_code", fo_get_code, nullptr, nullptr, nullptr},
    {"f_globals", fo_get_globals, nullptr, nullptr, nullptr},
    {"f_builtins", fo_get_builtins, nullptr, nullptr, nullptr},
    {"f_locals", fo_get_locals, nullptr, nullptr, nullptr},
    {"f_lineno", fo_get_lineno, nullptr, nullptr, nullptr},
    {"f_lasti", fo_get_lasti, nullptr, nullptr, nullptr},
    {"f_trace", fo_get_trace, fo_set_trace, nullptr, nullptr},
    {"f_trace_lines", fo_get_trace_lines, fo_set_trace_lines, nullptr, nullptr},
    {"f_trace_opcodes", fo_get_trace_opcodes, fo_set_trace_opcodes, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// frame.clear(): drops the locals of a finished frame (a suspended generator is closed first)
Object* fo_clear_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear", nargs, kwnames)) return nullptr;
  FrameObject* fo = as_fo(self);
  Frame* f = fo->frame;
  if (f->owner == FRAME_OWNED_BY_GENERATOR) {
    GenObject* gen = gen_of_frame(f);
    if (gen->frame_state == GEN_EXECUTING) {
      err_set_string(&ExcRuntimeError, "cannot clear an executing frame");
      return nullptr;
    }
    generator_finalize(gen);
  } else if (f->owner == FRAME_OWNED_BY_THREAD) {
    err_set_string(&ExcRuntimeError, "cannot clear an executing frame");
    return nullptr;
  } else {
    fo_clear(self);
  }
  return none_new_ref();
}

Object* fo_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  const CodeObject* co = as_fo(self)->frame->code;
  return int_from_ssize(FrameType.basicsize + (co->nlocalsplus + co->stacksize) * ssize(sizeof(Object*)));
}

const MethodDef fo_methods[] = {
    {"clear", fo_clear_method, METH_DEFAULT, "F.clear(): clear most references held by the frame"},
    {"__sizeof__", fo_sizeof, METH_DEFAULT, "F.__sizeof__() -> size of F in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int frame_current_line(const Frame* f) {
  if (!f->code) return -1;
  ssize index = f->instr - f->code->code;
  if (index < 0) index = 0;
  return code_line_for(f->code, index);
}

FrameObject* frame_get_object(Frame* f) {
  if (f->frame_obj) return f->frame_obj;
  CodeObject* co = f->code;
  // room for the frame's data in case the object has to take it; not tracked while the frame runs
  auto* fo = static_cast<FrameObject*>(type_generic_alloc(&FrameType, co->nlocalsplus + co->stacksize));
  if (!fo) return nullptr;
  fo->f_back = nullptr;  // the allocator stored the item count where a var object keeps its size
  fo->frame = f;
  fo->f_trace_lines = 1;  // a local trace function gets 'line' events unless told otherwise
  f->frame_obj = fo;
  return fo;
}

void frame_clear(Frame* f, int stack_entries) {
  if (FrameObject* fo = f->frame_obj) {
    f->frame_obj = nullptr;
    if (fo->refcnt > 1) {
      take_ownership(fo, f, stack_entries);
      decref(fo);
      return;
    }
    // nobody else holds it: it dies with the frame (it owns nothing of it)
    decref(fo);
  }
  int n = f->code->nlocalsplus + stack_entries;
  for (int i = 0; i < n; ++i) {
    Object* v = f->localsplus[i];
    if (v) {
      f->localsplus[i] = nullptr;
      decref(v);
    }
  }
  clear_ref(f->locals);
  Object* func = f->func;
  f->func = nullptr;
  xdecref(func);
  CodeObject* code = f->code;
  f->code = nullptr;
  decref(code);
}

Object* frame_locals_snapshot(Frame* f) {
  Object* d = dict_new();
  if (!d) return nullptr;
  CodeObject* co = f->code;
  for (int i = 0; i < co->nlocalsplus; ++i) {
    Object* value = f->localsplus[i];
    if (!value) continue;
    std::uint8_t kind = co->localspluskinds[i];
    // cell and free slots hold the cell once MAKE_CELL / COPY_FREE_VARS ran
    if ((kind & (CO_FAST_CELL | CO_FAST_FREE)) && is_cell(value)) {
      value = static_cast<CellObject*>(value)->ref;
      if (!value) continue;
    }
    if (dict_set_item(d, tuple_get(co->localsplusnames, i), value) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

Object* frame_fast_to_locals(Frame* f) {
  CodeObject* co = f->code;
  if (!is_optimized(co)) {
    if (f->locals) return f->locals;
    return f->globals;
  }
  if (!f->locals) {
    f->locals = dict_new();
    if (!f->locals) return nullptr;
  }
  Object* d = f->locals;
  for (int i = 0; i < co->nlocalsplus; ++i) {
    Object* name = tuple_get(co->localsplusnames, i);
    Object* value = f->localsplus[i];
    std::uint8_t kind = co->localspluskinds[i];
    if (value && (kind & (CO_FAST_CELL | CO_FAST_FREE)) && is_cell(value)) {
      value = static_cast<CellObject*>(value)->ref;
    }
    int r;
    if (value) {
      r = dict_set_item(d, name, value);
    } else {
      // an unbound local disappears from the snapshot
      r = dict_del_item(d, name);
      if (r < 0 && err_matches(&ExcKeyError)) {
        err_clear();
        r = 0;
      }
    }
    if (r < 0) return nullptr;
  }
  return d;
}

void frame_type_init() {
  FrameType.name = "frame";
  FrameType.basicsize = ssize(offsetof(FrameObject, data) + FRAME_HEADER_SIZE);
  FrameType.itemsize = sizeof(Object*);
  FrameType.flags = TPFLAG_HAVE_GC;
  FrameType.dealloc = fo_dealloc;
  FrameType.traverse = fo_traverse;
  FrameType.clear = fo_clear;
  FrameType.repr = fo_repr;
  FrameType.getattro = generic_getattr;
  FrameType.getset = fo_getset;
  FrameType.methods = fo_methods;
}

}  // namespace mempy::runtime
