// interp/call.h — frames on the per-thread data stack, argument binding, and running code.
#pragma once
#include <cstddef>

#include "runtime/code.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/object.h"

namespace mempy::interp {

using runtime::CodeObject;
using runtime::Frame;
using runtime::FunctionObject;
using runtime::Object;
using runtime::ssize;

// Allocates and initialises a frame for `func` on the data stack (locals null); nullptr +
// MemoryError when out of memory. The frame owns a reference to func and its code.
Frame* push_frame(FunctionObject* func, Object* locals);
// A thread-owned frame ends: its references (locals, the first `stack_entries` value-stack slots,
// function, code) go to its frame object if one is still referenced, else are released; then its
// data-stack space is freed. Call after unlinking it from the thread's frame chain.
void pop_frame(Frame* frame, int stack_entries);

// Binds call arguments into a fresh frame's locals. With `steal` the references in args (all
// positional and keyword values) are moved into the frame — even on failure, where they are
// released. Returns false with TypeError set on a signature mismatch.
bool bind_args(FunctionObject* func, Frame* frame, Object* const* args, ssize nargs,
               Object* kwnames, bool steal);

// Runs a class body function with `ns` as its locals (for __build_class__).
Object* run_class_body(FunctionObject* func, Object* ns);

void frame_stack_fini();

}  // namespace mempy::interp
