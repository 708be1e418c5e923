// runtime/weakref.h — weak references: the per-object list of weakrefs and clearing it before
// an object dies. (The weakref types and module arrive with the cycle-collector issue; the list
// slot and the clearing hook exist from the start so layouts never change.)
#pragma once
#include "runtime/object.h"

namespace mempy::runtime {

// Clears all weak references to `op` (called from deallocs before freeing); no-op when the type
// is not weakly referenceable or there are none.
void clear_weakrefs(Object* op);

}  // namespace mempy::runtime
