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
};

struct Frame {
  FunctionObject* func;  // strong
  Object* globals;       // borrowed from func
  Object* builtins;      // borrowed from func
  Object* locals;        // strong; the namespace of module/class bodies, else null
  CodeObject* code;      // strong
  Object* frame_obj;     // the Python-visible frame object, created on demand (strong)
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

// A Python frame object (`frame` type): exposes f_code, f_lineno, f_back, f_globals, f_locals.
struct FrameObject : Object {
  Frame* frame;     // while executing; null after the frame has finished
  Object* f_back;   // captured when the frame finishes
  int lineno;       // last line, captured when the frame finishes
  Object* code;     // strong
  Object* globals;  // strong
  Object* locals_snapshot;
};
extern TypeObject FrameType;
Object* frame_get_object(Frame* f);  // borrowed (creates on first use, owned by the frame)
void frame_detach_object(Frame* f);  // frame is ending: the object keeps what it needs
// A new dict of a function frame's bound local, cell and free variables (locals(), vars(), dir()).
Object* frame_locals_snapshot(Frame* f);

}  // namespace mempy::runtime
