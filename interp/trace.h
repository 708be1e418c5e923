// interp/trace.h — sys.settrace: the events the VM reports to a Python trace function.
//
// CPython 3.11's model: the global trace function (sys.settrace) receives 'call' for every frame
// that starts or resumes; what it returns becomes that frame's local trace function (f_trace),
// which then receives 'line', 'return' and 'exception' events for the frame. No events are
// reported while a trace function runs. A trace function that raises is removed (as
// sys.settrace(None)) and its exception propagates from the traced frame.
//
// The cost when no trace function is set is nil on the instruction path: eval_loop's dispatch
// table is live data, and while a trace function is set every entry points at the loop's tracing
// label, which reports line events and then dispatches through the pristine copy of the table.
// Calls, returns and raises check one thread-state pointer (ThreadState::trace_func).
//
// A 'line' event fires, as in CPython, when the instruction about to run has a line number and
// either its line differs from the previous instruction's or it is the target of a backward jump
// (except a jump back to SEND inside `yield from`). The previous instruction is remembered per
// thread (ThreadState::trace_frame/trace_prev) and handed over at calls and returns; index -1
// stands for a frame's start, whose line is co_firstlineno (CPython's RESUME).
#pragma once
#include <cstdint>

#include "runtime/errors.h"
#include "runtime/frame.h"
#include "runtime/object.h"

namespace mempy::interp {

using runtime::Frame;
using runtime::Object;

// eval_loop hands over its live dispatch table, the pristine one and its tracing label once.
void trace_register_dispatch(void** live, void* const* pristine, void* trace_label);
bool trace_dispatch_registered();

// Whether events are to be reported now (a trace function is set and is not running).
inline bool trace_active(const runtime::ThreadState* ts) {
  return ts->trace_func && !ts->tracing;
}

// The events; each returns -1 with the trace function's exception set when it raised.
int trace_call(Frame* f);        // f starts or resumes
int trace_throw_call(Frame* f);  // f resumes to raise (gen.throw): the exception stays set
int trace_instruction(Frame* f, const std::uint32_t* instr);  // maybe 'line'
// f returns `retval` (or yields it); retval null: f ends with the current exception, which is
// kept unless the trace function raises (its exception replaces it).
int trace_return(Frame* f, Object* retval);
// An exception was raised in f or passes through it (the current exception; the trace
// function's own exception replaces it if it raises).
void trace_exception(Frame* f);

}  // namespace mempy::interp
