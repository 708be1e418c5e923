// interp/trace.cpp — sys.settrace's events (see trace.h): delivering them to the trace function
// as CPython's call_trace/trace_trampoline do, and switching the VM's dispatch table.
#include "interp/trace.h"

#include <cstring>

#include "interp/opcodes.h"
#include "runtime/abstract.h"
#include "runtime/code.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace mempy::interp {

using namespace runtime;

namespace {

void** g_live_table = nullptr;
void* const* g_pristine_table = nullptr;
void* g_trace_label = nullptr;

enum Event { EVENT_CALL, EVENT_EXCEPTION, EVENT_LINE, EVENT_RETURN };

Object* event_name(Event what) {
  switch (what) {
    case EVENT_CALL:
      return ids::s_call;
    case EVENT_EXCEPTION:
      return ids::s_exception;
    case EVENT_LINE:
      return ids::s_line;
    default:
      return ids::s_return;
  }
}

void set_dispatch(bool tracing) {
  if (!g_live_table) return;  // no frame has run yet: eval_loop registers on first entry
  for (int i = 0; i < 256; ++i) g_live_table[i] = tracing ? g_trace_label : g_pristine_table[i];
}

ssize index_of(const Frame* f, const std::uint32_t* instr) {
  return instr - f->code->code;
}

// The line of instruction `i` of f, as the line an instruction follows; -1 for the frame's
// start (CPython's _co_firsttraceable: the first instruction traced always reports its line).
int line_at(const Frame* f, ssize i) {
  return i < 0 ? -1 : code_traced_line_for(f->code, i);
}

// f_lineno during an event at instruction i (an artificial instruction reads the line before it).
int event_line(const Frame* f, ssize i) {
  return code_line_for(f->code, i);
}

// The cell and free-variable set-up that starts a code object (assembler's prefix), which runs
// before CPython's RESUME and so before the 'call' event.
bool in_prefix(const Frame* f, const std::uint32_t* instr) {
  for (const std::uint32_t* p = f->code->code; p <= instr; ++p) {
    int op = instr_op(*p);
    if (op != OP_MAKE_CELL && op != OP_COPY_FREE_VARS) return false;
  }
  return true;
}

// The next instruction traced is the first of `f` after a call or return: remember where f is.
void hand_over(Frame* f) {
  ThreadState* ts = tstate();
  ts->trace_frame = f;
  ts->trace_prev = f ? index_of(f, f->instr) : -1;
}

// CPython's call_trace + trace_trampoline: 'call' goes to the global trace function, every other
// event to the frame's f_trace; during the call f_lineno reads `line` and no events are reported;
// the frame's locals are refreshed first (call_trampoline's FastToLocals). What the function
// returns (unless None) becomes f_trace; if it raises, tracing stops.
int deliver(Frame* f, Event what, Object* arg, int line) {
  ThreadState* ts = tstate();
  FrameObject* fo = frame_get_object(f);
  if (!fo) return -1;
  Object* callback = what == EVENT_CALL ? ts->trace_func : fo->f_trace;
  if (!callback) return 0;
  Ref<Object> keep_frame = borrow(static_cast<Object*>(fo));
  Ref<Object> keep_callback = borrow(callback);  // the function may replace itself
  ts->tracing = true;
  Object* result = nullptr;
  if (frame_fast_to_locals(f)) {
    int saved_lineno = fo->f_lineno;
    fo->f_lineno = line;
    Object* args[3] = {fo, event_name(what), arg ? arg : None()};
    result = call(callback, args, 3, nullptr);
    fo->f_lineno = saved_lineno;
  }
  ts->tracing = false;
  if (!result) {
    eval_set_trace(nullptr);
    clear_ref(fo->f_trace);
    return -1;
  }
  if (result != None()) {
    set_ref(fo->f_trace, result);
  } else {
    decref(result);
  }
  return 0;
}

// An event reported while an exception is pending (it is set aside for the call and restored,
// unless the trace function raised: then its exception is the one that propagates).
int deliver_keeping_exception(Frame* f, Event what, Object* arg, int line) {
  Object* pending = err_fetch();
  int r = deliver(f, what, arg, line);
  if (r < 0) {
    xdecref(pending);
  } else {
    err_restore(pending);
  }
  return r;
}

// The 'call' event of f, which starts (prev -1, at co_firstlineno: CPython's RESUME line) or
// resumes after the instruction `prev` (a yield).
int report_call(Frame* f, ssize prev) {
  ThreadState* ts = tstate();
  ts->trace_frame = f;
  ts->trace_prev = prev;
  return deliver(f, EVENT_CALL, nullptr, prev < 0 ? f->code->firstlineno : event_line(f, prev));
}

}  // namespace

void trace_register_dispatch(void** live, void* const* pristine, void* trace_label) {
  g_live_table = live;
  g_pristine_table = pristine;
  g_trace_label = trace_label;
  set_dispatch(tstate()->trace_func != nullptr);
}

bool trace_dispatch_registered() {
  return g_live_table != nullptr;
}

int trace_throw_call(Frame* f) {
  // gen.throw(): the frame resumes at its yield (f->instr) with the exception set
  ssize at = index_of(f, f->instr);
  ThreadState* ts = tstate();
  ts->trace_frame = f;
  ts->trace_prev = at;
  return deliver_keeping_exception(f, EVENT_CALL, nullptr, event_line(f, at));
}

int trace_call(Frame* f) {
  ssize at = index_of(f, f->instr);
  if (at == 0 && in_prefix(f, f->instr)) {  // reported once the cells exist (trace_instruction)
    ThreadState* ts = tstate();
    ts->trace_pending_call = f;
    ts->trace_frame = f;
    ts->trace_prev = -1;
    return 0;
  }
  return report_call(f, at > 0 ? at - 1 : -1);
}

int trace_instruction(Frame* f, const std::uint32_t* instr) {
  ThreadState* ts = tstate();
  if (ts->trace_pending_call == f) {
    if (in_prefix(f, instr)) return 0;
    ts->trace_pending_call = nullptr;
    if (report_call(f, -1) < 0) return -1;
  }
  ssize i = index_of(f, instr);
  bool known = ts->trace_frame == f;
  ssize prev = ts->trace_prev;
  ts->trace_frame = f;
  ts->trace_prev = i;
  FrameObject* fo = f->frame_obj;
  if (!known || !fo || !fo->f_trace || !fo->f_trace_lines) return 0;
  int line = line_at(f, i);
  if (line < 0) return 0;
  bool backward = i < prev && instr_op(*instr) != OP_SEND;
  if (line == line_at(f, prev) && !backward) return 0;
  return deliver(f, EVENT_LINE, nullptr, line);
}

int trace_return(Frame* f, Object* retval) {
  int line = event_line(f, index_of(f, f->instr));
  int r = retval ? deliver(f, EVENT_RETURN, retval, line)
                 : deliver_keeping_exception(f, EVENT_RETURN, nullptr, line);
  hand_over(f->previous);
  return r;
}

void trace_exception(Frame* f) {
  Object* exc = err_current();
  Object* tb = exception_traceback(exc);
  Ref<Object> arg = steal(tuple_pack({exc->type, exc, tb ? tb : None()}));
  if (!arg) return;  // MemoryError replaces the exception, as CPython's failed PyTuple_Pack
  deliver_keeping_exception(f, EVENT_EXCEPTION, arg.get(), event_line(f, index_of(f, f->instr)));
}

}  // namespace mempy::interp

namespace mempy::runtime {

Object* eval_get_trace() {
  return tstate()->trace_func;
}

void eval_set_trace(Object* func) {
  ThreadState* ts = tstate();
  Object* old = ts->trace_func;
  ts->trace_func = func ? new_ref(func) : nullptr;
  ts->trace_frame = nullptr;
  ts->trace_prev = -1;
  ts->trace_pending_call = nullptr;
  interp::set_dispatch(ts->trace_func != nullptr);
  xdecref(old);
}

}  // namespace mempy::runtime
