// runtime/namespace.h — types.SimpleNamespace: an object whose attributes live in a plain
// __dict__, printed as namespace(a=1, b=2). sys.implementation is one.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

extern TypeObject NamespaceType;

struct NamespaceObject : Object {
  Object* dict;
};

// A new namespace holding a copy of the dict's items (dict may be null).
Object* namespace_new(Object* dict);
int namespace_type_ready();

}  // namespace mempy::runtime
