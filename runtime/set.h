// runtime/set.h — set and frozenset with CPython 3.11's layout: a 200-byte object (fill, used,
// mask, table pointer, cached hash, finger, an inline 8-entry "smalltable", weakref list) + 16 GC
// = getsizeof(set()) 216. Tables grow when fill*5 >= mask*3 to the smallest power of two above
// used*4 (used*2 beyond 50 000); probing is CPython's (9 linear probes, then perturbation), so
// iteration order matches CPython for the same hashes.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct SetEntry {
  Object* key;  // null: unused; the dummy object: deleted
  hash_t hash;
};

inline constexpr int SET_MINSIZE = 8;

struct SetObject : Object {
  ssize fill;  // active + dummy entries
  ssize used;  // active entries
  ssize mask;
  SetEntry* table;
  hash_t hash;   // frozenset only; -1 until computed
  ssize finger;  // pop() search start
  SetEntry smalltable[SET_MINSIZE];
  Object* weakreflist;
};
static_assert(sizeof(SetObject) == 200);

extern TypeObject SetType;
extern TypeObject FrozenSetType;
extern TypeObject SetIterType;

inline bool is_set(const Object* op) {
  return op->type == &SetType || type_is_subtype(op->type, &SetType);
}
inline bool is_frozenset(const Object* op) {
  return op->type == &FrozenSetType || type_is_subtype(op->type, &FrozenSetType);
}
inline bool is_anyset(const Object* op) {
  return is_set(op) || is_frozenset(op);
}
inline ssize set_size(const Object* op) {
  return static_cast<const SetObject*>(op)->used;
}

Object* set_new_empty();                      // set()
Object* set_from_iterable(Object* iterable);  // set(iterable)
Object* frozenset_from_iterable(Object* iterable);
int set_add(Object* set, Object* key);       // borrows key
int set_discard(Object* set, Object* key);   // 1 found and removed, 0 absent, -1 error
int set_contains(Object* set, Object* key);  // 1/0/-1
int set_update(Object* set, Object* iterable);
// Iteration by table position: false at the end; borrowed key.
bool set_next(Object* set, ssize* pos, Object** key, hash_t* hash);

void set_types_init();

}  // namespace mempy::runtime
