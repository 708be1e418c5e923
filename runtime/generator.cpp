// runtime/generator.cpp — generator objects: the embedded frame, send/throw/close, and the
// finalizer that closes a suspended generator when it is freed (PEP 342 / 3.11 semantics).
#include "runtime/generator.h"
#include "runtime/trashcan.h"

#include <cstring>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject GeneratorType;

namespace {

inline GenObject* as_gen(Object* op) {
  return static_cast<GenObject*>(op);
}

// Drops the references held by the embedded frame (locals, stack, function, ...), or hands them
// to the frame's frame object when something still holds it (CPython's _PyFrame_Clear).
void gen_clear_frame(GenObject* gen) {
  Frame* f = gen_frame(gen);
  if (f->code) {
    int live = f->stacktop;
    f->stacktop = 0;
    frame_clear(f, live);
  }
  gen->frame_state = GEN_CLEARED;
}

void gen_dealloc(Object* op) {
  GenObject* gen = as_gen(op);
  memory::gc_untrack(op);
  clear_weakrefs(op);
  // close an unfinished generator first (runs its finally blocks), at most once (PEP 442)
  if (gen->frame_state < GEN_COMPLETED && !memory::gc_is_finalized(op) && !tstate()->tearing_down) {
    op->refcnt = 1;
    memory::gc_set_finalized(op);
    generator_finalize(op);
    if (--op->refcnt != 0) {
      memory::gc_track(op);
      return;  // resurrected
    }
  }
  if (!trashcan_begin(op)) return;
  gen_clear_frame(gen);
  clear_ref(gen->code);
  clear_ref(gen->name);
  clear_ref(gen->qualname);
  clear_ref(gen->exc_state.exc_value);
  object_free(op);
  trashcan_end();
}

int gen_traverse(Object* op, VisitFn visit, void* arg) {
  GenObject* gen = as_gen(op);
  if (gen->code && visit(gen->code, arg)) return 1;
  if (gen->name && visit(gen->name, arg)) return 1;
  if (gen->qualname && visit(gen->qualname, arg)) return 1;
  Frame* f = gen_frame(gen);
  if (gen->frame_state < GEN_CLEARED && f->code) {
    if (f->frame_obj && visit(f->frame_obj, arg)) return 1;
    if (f->locals && visit(f->locals, arg)) return 1;
    if (f->func && visit(f->func, arg)) return 1;
    if (visit(f->code, arg)) return 1;
    // A running generator's stacktop is stale (the VM keeps the stack pointer in a register), so
    // as in CPython its locals and stack are visited only while it is suspended; whatever it
    // holds then is reachable through its caller anyway.
    int n = gen->frame_state == GEN_EXECUTING ? 0 : f->code->nlocalsplus + f->stacktop;
    for (int i = 0; i < n; ++i) {
      if (f->localsplus[i] && visit(f->localsplus[i], arg)) return 1;
    }
  }
  if (gen->exc_state.exc_value && visit(gen->exc_state.exc_value, arg)) return 1;
  return 0;
}

int gen_clear(Object* op) {
  GenObject* gen = as_gen(op);
  if (gen->frame_state != GEN_EXECUTING) gen_clear_frame(gen);
  clear_ref(gen->exc_state.exc_value);
  return 0;
}

Object* gen_repr(Object* op) {
  return str_from_utf8(fmt::format("<generator object {} at {}>", str_to_std(as_gen(op)->qualname),
                                   static_cast<const void*>(op)));
}

Object* gen_iter(Object* op) {
  return new_ref(op);
}

// Resumes the generator with `value` (or with the exception already set when throwing).
SendResult gen_send_ex(GenObject* gen, Object* value, bool throwing, Object** result) {
  *result = nullptr;
  if (gen->frame_state == GEN_EXECUTING) {
    err_set_string(&ExcValueError, "generator already executing");
    return SendResult::Error;
  }
  if (gen->frame_state >= GEN_COMPLETED) {
    if (throwing) return SendResult::Error;  // the exception propagates unchanged
    return SendResult::Return;               // *result stays null: StopIteration()
  }
  Frame* f = gen_frame(gen);
  if (gen->frame_state == GEN_CREATED && !throwing && value && !is_none(value)) {
    err_set_string(&ExcTypeError, "can't send non-None value to a just-started generator");
    return SendResult::Error;
  }
  if (gen->frame_state == GEN_SUSPENDED && !throwing) {
    // the value of the yield expression
    f->localsplus[f->code->nlocalsplus + f->stacktop++] = new_ref(value ? value : None());
  }
  gen->frame_state = GEN_EXECUTING;
  // the generator's handled-exception state becomes the innermost one
  gen->exc_state.previous = g_thread.exc_info;
  g_thread.exc_info = &gen->exc_state;
  Object* r = eval_frame(f, throwing);
  g_thread.exc_info = gen->exc_state.previous;
  gen->exc_state.previous = nullptr;
  if (gen->frame_state == GEN_SUSPENDED) {
    *result = r;
    return SendResult::Yield;
  }
  // returned or raised: the frame is finished
  gen->frame_state = GEN_COMPLETED;
  gen_clear_frame(gen);
  gen->frame_state = GEN_COMPLETED;
  clear_ref(gen->exc_state.exc_value);
  if (!r) {
    // a StopIteration escaping the generator body becomes RuntimeError (PEP 479)
    if (err_matches(&ExcStopIteration)) {
      Object* exc = err_fetch();
      err_set_string(&ExcRuntimeError, "generator raised StopIteration");
      Object* re = err_current();
      exception_set_cause(re, new_ref(exc));
      exception_set_context(re, exc);
    }
    return SendResult::Error;
  }
  *result = r;
  return SendResult::Return;
}

Object* return_to_stop_iteration(SendResult s, Object* r);

// tp_iternext: a return value other than None travels as StopIteration(value) (next() shows
// it); a plain end is nullptr without an exception.
Object* gen_iternext(Object* op) {
  Object* r;
  SendResult s = gen_send_ex(as_gen(op), None(), false, &r);
  if (s == SendResult::Return && (!r || is_none(r))) {
    xdecref(r);
    return nullptr;
  }
  return return_to_stop_iteration(s, r);
}

Object* return_to_stop_iteration(SendResult s, Object* r) {
  if (s == SendResult::Yield) return r;
  if (s == SendResult::Return) {
    if (!r || is_none(r)) {
      xdecref(r);
      err_set_none(&ExcStopIteration);
    } else {
      // StopIteration(value): a tuple value must not be unpacked into args
      Object* args = tuple_pack({r});
      decref(r);
      if (!args) return nullptr;
      Object* exc = exception_new_instance(&ExcStopIteration, tuple_items(args), 1);
      decref(args);
      if (exc) err_raise(exc);
    }
  }
  return nullptr;
}

Object* m_send(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("send", nargs, kwnames)) return nullptr;
  Object* r;
  SendResult s = gen_send_ex(as_gen(self), args[0], false, &r);
  return return_to_stop_iteration(s, r);
}

Object* m_next(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__next__", nargs, kwnames)) return nullptr;
  Object* r;
  SendResult s = gen_send_ex(as_gen(self), None(), false, &r);
  return return_to_stop_iteration(s, r);
}

Object* gen_throw_impl(GenObject* gen, Object* typ, Object* val, Object* tb) {
  // normalise the (type, value, traceback) arguments into an exception instance
  Object* exc;
  if (is_exception_class(typ)) {
    TypeObject* t = static_cast<TypeObject*>(typ);
    if (val && !is_none(val) && type_check(val, t)) {
      exc = new_ref(val);
    } else if (val && !is_none(val)) {
      exc = is_tuple(val) ? exception_new_instance(t, tuple_items(val), tuple_size(val))
                          : exception_new_instance(t, &val, 1);
    } else {
      exc = exception_new_instance(t, nullptr, 0);
    }
    if (!exc) return nullptr;
  } else if (is_exception_instance(typ)) {
    if (val && !is_none(val)) {
      err_set_string(&ExcTypeError, "instance exception may not have a separate value");
      return nullptr;
    }
    exc = new_ref(typ);
  } else {
    err_format(&ExcTypeError,
               "exceptions must be classes or instances deriving from BaseException, not {}",
               type_name(typ->type));
    return nullptr;
  }
  if (tb && !is_none(tb)) exception_set_traceback(exc, tb);
  err_restore(exc);
  if (gen->frame_state == GEN_CREATED) {
    // never started: the exception is raised at the start, finishing the generator
    gen->frame_state = GEN_COMPLETED;
    gen_clear_frame(gen);
    gen->frame_state = GEN_COMPLETED;
    return nullptr;
  }
  Object* r;
  SendResult s = gen_send_ex(gen, nullptr, true, &r);
  return return_to_stop_iteration(s, r);
}

Object* m_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("throw", kwnames) || !check_nargs("throw", nargs, 1, 3)) return nullptr;
  return gen_throw_impl(as_gen(self), args[0], nargs > 1 ? args[1] : nullptr,
                        nargs > 2 ? args[2] : nullptr);
}

Object* gen_close_impl(GenObject* gen) {
  if (gen->frame_state == GEN_CREATED) {
    gen->frame_state = GEN_COMPLETED;
    gen_clear_frame(gen);
    gen->frame_state = GEN_COMPLETED;
    return none_new_ref();
  }
  if (gen->frame_state >= GEN_COMPLETED) return none_new_ref();
  err_set_none(&ExcGeneratorExit);
  Object* r;
  SendResult s = gen_send_ex(gen, nullptr, true, &r);
  if (s == SendResult::Yield) {
    decref(r);
    err_set_string(&ExcRuntimeError, "generator ignored GeneratorExit");
    return nullptr;
  }
  if (s == SendResult::Return) {
    xdecref(r);
    return none_new_ref();
  }
  if (err_matches(&ExcStopIteration) || err_matches(&ExcGeneratorExit)) {
    err_clear();
    return none_new_ref();
  }
  return nullptr;
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("close", nargs, kwnames)) return nullptr;
  return gen_close_impl(as_gen(self));
}

Object* g_name(Object* op, void*) {
  return new_ref(as_gen(op)->name);
}
int s_name(Object* op, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(&ExcTypeError, "__name__ must be set to a string object");
    return -1;
  }
  set_ref(as_gen(op)->name, new_ref(v));
  return 0;
}
Object* g_qualname(Object* op, void*) {
  return new_ref(as_gen(op)->qualname);
}
int s_qualname(Object* op, Object* v, void*) {
  if (!v || !is_str(v)) {
    err_set_string(&ExcTypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  set_ref(as_gen(op)->qualname, new_ref(v));
  return 0;
}
Object* g_running(Object* op, void*) {
  return bool_new_ref(as_gen(op)->frame_state == GEN_EXECUTING);
}
Object* g_suspended(Object* op, void*) {
  return bool_new_ref(as_gen(op)->frame_state == GEN_SUSPENDED);
}
Object* g_code(Object* op, void*) {
  return new_ref(as_gen(op)->code);
}
Object* g_frame(Object* op, void*) {
  GenObject* gen = as_gen(op);
  if (gen->frame_state >= GEN_COMPLETED) return none_new_ref();
  Object* fo = frame_get_object(gen_frame(gen));
  return fo ? new_ref(fo) : none_new_ref();
}
Object* g_yieldfrom(Object* op, void*) {
  GenObject* gen = as_gen(op);
  if (gen->frame_state != GEN_SUSPENDED) return none_new_ref();
  Object* sub = generator_yield_from_target(gen_frame(gen));
  return sub ? new_ref(sub) : none_new_ref();
}

MethodDef gen_methods[] = {
    {"send", m_send, METH_DEFAULT,
     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
    {"throw", m_throw, METH_DEFAULT,
     "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded "
     "value or raise\nStopIteration."},
    {"close", m_close, METH_DEFAULT, "close() -> raise GeneratorExit inside generator."},
    {"__next__", m_next, METH_COEXIST, "Implement next(self)."},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef gen_getset[] = {
    {"__name__", g_name, s_name, nullptr, nullptr},
    {"__qualname__", g_qualname, s_qualname, nullptr, nullptr},
    {"gi_running", g_running, nullptr, nullptr, nullptr},
    {"gi_suspended", g_suspended, nullptr, nullptr, nullptr},
    {"gi_code", g_code, nullptr, nullptr, nullptr},
    {"gi_frame", g_frame, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", g_yieldfrom, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* generator_new(FunctionObject* func) {
  CodeObject* code = func->code;
  ssize nitems = code->nlocalsplus + code->stacksize;
  GenObject* gen = static_cast<GenObject*>(type_generic_alloc(&GeneratorType, nitems));
  if (!gen) return nullptr;
  gen->code = new_ref<Object>(code);
  gen->name = new_ref(func->name);
  gen->qualname = new_ref(func->qualname);
  gen->frame_state = GEN_CREATED;
  Frame* f = gen_frame(gen);
  f->func = static_cast<FunctionObject*>(new_ref<Object>(func));
  f->globals = func->globals;
  f->builtins = func->builtins;
  f->locals = nullptr;
  f->code = static_cast<CodeObject*>(new_ref<Object>(code));
  f->frame_obj = nullptr;
  f->previous = nullptr;
  f->instr = code->code;
  f->stacktop = 0;
  f->is_entry = false;
  f->owner = FRAME_OWNED_BY_GENERATOR;
  return gen;
}

void generator_track(Object* gen) {
  memory::gc_track(gen);
}

SendResult generator_send(GenObject* gen, Object* value, Object** result) {
  return gen_send_ex(gen, value, false, result);
}

SendResult generator_throw_current(GenObject* gen, Object** result) {
  return gen_send_ex(gen, nullptr, true, result);
}

Object* generator_close(Object* gen) {
  return gen_close_impl(as_gen(gen));
}

void generator_finalize(Object* op) {
  GenObject* gen = as_gen(op);
  // an unstarted generator is closed too: its frame (and what it holds) is released
  if (gen->frame_state >= GEN_COMPLETED) return;
  Object* saved = err_fetch();
  Object* r = gen_close_impl(gen);
  if (!r) {
    write_unraisable(op);
  } else {
    decref(r);
  }
  err_restore(saved);
}

void generator_type_init() {
  GeneratorType.name = "generator";
  GeneratorType.basicsize = ssize(GEN_HEADER_SIZE + FRAME_HEADER_SIZE);
  GeneratorType.itemsize = sizeof(Object*);
  GeneratorType.flags = TPFLAG_HAVE_GC;
  GeneratorType.dealloc = gen_dealloc;
  GeneratorType.traverse = gen_traverse;
  GeneratorType.clear = gen_clear;
  GeneratorType.finalize = generator_finalize;
  GeneratorType.repr = gen_repr;
  GeneratorType.iter = gen_iter;
  GeneratorType.iternext = gen_iternext;
  GeneratorType.methods = gen_methods;
  GeneratorType.getset = gen_getset;
  GeneratorType.weaklistoffset = offsetof(GenObject, weakreflist);
}

}  // namespace mempy::runtime
