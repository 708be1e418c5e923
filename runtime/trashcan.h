// runtime/trashcan.h — bounded-recursion deallocation for containers (see object.cpp).
//
// Use in a GC container's dealloc, after untracking it:
//     if (!trashcan_begin(op)) return;   // deferred; will be called again later
//     ... drop references, free ...
//     trashcan_end();
#pragma once
#include "runtime/object.h"

namespace mempy::runtime {
bool trashcan_begin(Object* op);
void trashcan_end();
}  // namespace mempy::runtime
