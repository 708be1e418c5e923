// stdlib/collections.h — the C++ types behind the collections module (module _collections).
#pragma once
#include "runtime/type.h"

namespace mempy::stdlib {

extern runtime::TypeObject DequeType;
extern runtime::TypeObject DefaultDictType;

int deque_types_ready();  // collections_deque.cpp

}  // namespace mempy::stdlib
