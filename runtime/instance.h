// runtime/instance.h — instances of classes made by `class` statements.
//
// A plain class instance (TPFLAG_MANAGED_DICT) is laid out as CPython 3.11 lays it out:
//
//     [values*][dict*][GCHead 16][refcnt][type][__weakref__]   <- object pointer at refcnt
//
// getsizeof = 24 (header + weakref slot) + 16 (GC) + 16 (pre-header) = 56 no matter how many
// attributes it has: they live in a separately allocated values array indexed through the
// class's SharedKeys (the attribute names instances of that class have used, in first-use order,
// at most 30). Each values array also records its own insertion order so that vars(obj) lists
// attributes in the order this instance set them. When __dict__ is requested, or the shared keys
// are full, the instance switches to a real dict (dict*), and values are freed.
//
// `__slots__` classes have no pre-header: the slots are member descriptors over fields after the
// header (48 bytes for two slots) and `__weakref__` only when listed.
#pragma once
#include <cstdint>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct DictValues;

// The pre-header words of a MANAGED_DICT object.
inline DictValues*& instance_values_ptr(Object* op) {
  return reinterpret_cast<DictValues**>(op)[-4];
}
inline Object*& instance_dict_ptr(Object* op) {
  return reinterpret_cast<Object**>(op)[-3];
}

// The address of the __dict__ pointer for objects with a dict (managed or at dictoffset), or
// nullptr when the type has none.
Object** object_dict_slot(Object* op);
// The instance's __dict__, materialising it (new reference); nullptr + AttributeError if none.
Object* object_get_dict(Object* op);

// Attribute fast paths on managed-dict instances (borrowed results, nullptr when absent; no
// exception). `name` must be an interned str for the shared-keys index to hit.
Object* instance_get_attr(Object* op, Object* name);
// Stores (or deletes when value is null) in the values/dict; returns 0, or -1 with AttributeError
// (missing attribute on delete) or MemoryError.
int instance_set_attr(Object* op, Object* name, Object* value);

// The value of `name` in the object's own storage (values array or __dict__), borrowed, or
// nullptr (no exception) — used to check whether an instance attribute shadows a method.
Object* object_own_attr(Object* op, Object* name);

// GC support and teardown for the storage above.
// `dict_slot`: also the __dict__ pointer (false when the solid base owns it, e.g. a class's dict);
// `free_values`: dealloc releases the values array, tp_clear only empties it.
int instance_traverse_storage(Object* op, VisitFn visit, void* arg, bool dict_slot);
void instance_clear_storage(Object* op, bool dict_slot, bool free_values);

// object.__new__ of a class with instance dicts: allocate the values array (CPython 3.11's
// init_inline_values). Returns -1 with MemoryError.
int instance_init_values(Object* op);

}  // namespace mempy::runtime
