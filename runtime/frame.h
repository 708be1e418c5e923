// runtime/frame.h — interpreter frames (CPython 3.11's _PyInterpreterFrame).
//
// Frames live on a contiguous per-thread data stack (interp/vm.cpp), not on the heap, unless they
// belong to a generator, which embeds its frame. The 72-byte header is followed by
// `localsplus`: nlocalsplus local/cell/free slots, then the value stack (stacksize slots).
// A frame owns a reference to its function, code and every non-null slot.
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct CodeObject;
struct FunctionObject;

enum FrameOwner : std::uint8_t {
  FRAME_OWNED_BY_THREAD = 0,
  FRAME_OWNED_BY_GENERATOR = 1,
  FRAME_OWNED_BY_FRAME_OBJECT = 2,  // a finished frame whose frame object took its data
};

struct Frame {
  FunctionObject* func;  // strong
  Object* globals;       // borrowed from func
  Object* builtins;      // borrowed from func
  Object* locals;        // strong; the namespace of module/class bodies, else null
  CodeObject* code;      // strong
  struct FrameObject* frame_obj;  // the Python-visible frame object, made on demand (strong)
  Frame* previous;
  std::uint32_t* instr;  // the instruction being executed (or about to be)
  int stacktop;          // number of live value-stack slots (while not executing)
  bool is_entry;         // a C call entered the eval loop at this frame
  std::uint8_t owner;
  Object* localsplus[1];
};
inline constexpr std::size_t FRAME_HEADER_SIZE = offsetof(Frame, localsplus);
static_assert(FRAME_HEADER_SIZE == 72);

// The current line of a frame (for tracebacks, tracemalloc and f_lineno).
int frame_current_line(const Frame* f);

// A Python frame object (`frame`, CPython 3.11's PyFrameObject): made on demand for a frame
// (sys._getframe, tracebacks, generators' gi_frame, locals()). While the frame runs the object
// just points at it and is not tracked by the collector; when the frame finishes while the object
// is still referenced (a traceback keeps it), the object takes the frame's data — locals, value
// stack, function, code — into its own storage (`data`), as CPython does, and becomes a tracked
// container: this is how an exception's traceback keeps the locals of the frames it passed
// through alive. basicsize 120 (48 + the 72-byte frame header), itemsize 8.
struct FrameObject : Object {
  FrameObject* f_back;  // set when the object takes its frame's data (strong)
  Frame* frame;         // the live frame, or `data` once owned
  Object* f_trace;
  int f_lineno;
  char f_trace_lines;
  char f_trace_opcodes;
  char f_fast_as_locals;
  Object* data[1];  // room for a Frame header + localsplus (nlocalsplus + stacksize slots)
};
static_assert(offsetof(FrameObject, data) == 48);

extern TypeObject FrameType;

// The frame's frame object (borrowed), made on first use; nullptr with MemoryError.
FrameObject* frame_get_object(Frame* f);
// CPython's _PyFrame_Clear: a frame is finishing. When its frame object is referenced elsewhere,
// that object takes the frame's references (locals, the first `stack_entries` value-stack slots,
// function, code, namespace); otherwise they are released here. Either way the frame's slots no
// longer own anything afterwards (the caller frees the frame's memory).
void frame_clear(Frame* f, int stack_entries);
// locals() of an optimized (function) frame: the frame's f_locals dict, created on first use and
// refreshed from the fast locals, cells and free variables (borrowed); module and class frames
// return their namespace.
Object* frame_fast_to_locals(Frame* f);
// A new dict of a function frame's bound local, cell and free variables.
Object* frame_locals_snapshot(Frame* f);

void frame_type_init();

}  // namespace mempy::runtime
