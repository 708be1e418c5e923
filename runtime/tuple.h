// runtime/tuple.h — tuple: items inline after the 24-byte var header (getsizeof 40 + 8n incl. the
// GC head). () is a static singleton; tuples of 1..19 items are recycled through per-size free
// lists of up to 2000 each (CPython 3.11). Non-empty tuples are GC-tracked at creation and may be
// untracked by a collection when all items are atomic (memory-facts §3.4).
#pragma once
#include <initializer_list>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct TupleObject : VarObject {
  Object* items[1];
};

extern TypeObject TupleType;

inline bool is_tuple(const Object* op) {
  return type_has_flag(op->type, TPFLAG_TUPLE_SUBCLASS);
}
inline bool is_tuple_exact(const Object* op) {
  return op->type == &TupleType;
}
inline ssize tuple_size(const Object* op) {
  return static_cast<const TupleObject*>(op)->size;
}
inline Object** tuple_items(Object* op) {
  return static_cast<TupleObject*>(op)->items;
}
inline Object* tuple_get(const Object* op, ssize i) {  // borrowed
  return static_cast<const TupleObject*>(op)->items[i];
}
// Stores into a fresh tuple (steals value; no decref of the old slot).
inline void tuple_set_new(Object* op, ssize i, Object* value) {
  static_cast<TupleObject*>(op)->items[i] = value;
}

// A new tuple of n null items (tracked); fill with tuple_set_new before it escapes.
Object* tuple_new(ssize n);
// CPython's _PyTuple_Resize for a tuple still being filled (only its maker holds it): items cut
// off are released, new ones are null; the block is reallocated. On failure *pt is released,
// set to null and MemoryError raised.
int tuple_resize(Object** pt, ssize newsize);
Object* tuple_pack(std::initializer_list<Object*> items);       // borrows, increfs each
Object* tuple_from_array(Object* const* items, ssize n);        // borrows, increfs each
Object* tuple_from_array_steal(Object* const* items, ssize n);  // steals each
Object* tuple_empty();                                          // new reference to ()
Object* tuple_slice(Object* op, ssize start, ssize stop);
hash_t tuple_hash(Object* op);

int tuple_free_list_count(int size);  // for sys._debugmallocstats
void tuple_clear_free_lists();
void tuple_type_init();

}  // namespace mempy::runtime
