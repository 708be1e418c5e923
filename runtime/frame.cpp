// runtime/frame.cpp — frame helpers shared by the VM, tracebacks and tracemalloc.
#include "runtime/frame.h"

#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/function.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject FrameType;

int frame_current_line(const Frame* f) {
  if (!f->code) return -1;
  ssize index = f->instr - f->code->code;
  if (index < 0) index = 0;
  return code_line_for(f->code, index);
}

Object* frame_get_object(Frame*) {
  // Python-visible frame objects are not materialised yet (tracebacks record code + line).
  return nullptr;
}

void frame_detach_object(Frame*) {}

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

}  // namespace mempy::runtime
