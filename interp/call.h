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
// Releases a thread-owned frame's references and its data-stack space.
void pop_frame(Frame* frame);
// Drops the references held by a frame's locals and value stack (not func/code).
void clear_frame_locals(Frame* frame, int stack_entries);

// Binds call arguments into a fresh frame's locals. With `steal` the references in args (all
// positional and keyword values) are moved into the frame — even on failure, where they are
// released. Returns false with TypeError set on a signature mismatch.
bool bind_args(FunctionObject* func, Frame* frame, Object* const* args, ssize nargs,
               Object* kwnames, bool steal);

// Runs a class body function with `ns` as its locals (for __build_class__).
Object* run_class_body(FunctionObject* func, Object* ns);

void frame_stack_fini();

}  // namespace mempy::interp
