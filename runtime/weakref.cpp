// runtime/weakref.cpp — see weakref.h.
#include "runtime/weakref.h"

#include "runtime/type.h"

namespace mempy::runtime {

void clear_weakrefs(Object* op) {
  ssize off = op->type->weaklistoffset;
  if (!off) return;
  Object** list = reinterpret_cast<Object**>(reinterpret_cast<char*>(op) + off);
  // no weakref objects can exist yet; keep the slot clean
  *list = nullptr;
}

}  // namespace mempy::runtime
