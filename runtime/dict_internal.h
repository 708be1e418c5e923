// runtime/dict_internal.h — the key-sharing ("split table") machinery behind instance
// attributes (PEP 412 as CPython 3.11 implements it), shared by dict.cpp and instance.cpp.
//
// A class with instance dicts owns one shared keys table (64 slots; at most 30 keys). Each
// instance created by object.__new__ gets a values array sized from the shared table's current
// capacity (entries + usable), and every such creation shrinks `usable` by one (down to 1), so
// later instances get smaller arrays — CPython 3.11's heuristic, visible in tracemalloc and in
// getsizeof(obj.__dict__). A values array is preceded by a prefix holding the insertion order of
// its entries: [order bytes ...][count][prefix size] values[0..size).
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace mempy::runtime {

struct DictKeys;
struct DictValues {
  Object* values[1];
};

DictKeys* dict_new_keys_for_class();  // the class's shared keys (owned by the class)
void dict_keys_decref(DictKeys* keys);
ssize dict_keys_alloc_size(const DictKeys* keys);     // _PyDict_KeysSize
ssize shared_keys_usable_size(const DictKeys* keys);  // entries + usable
void shared_keys_note_new_instance(DictKeys* keys);   // usable-- while > 1
// Index of `name` (an exact str) in the shared keys, or -1.
ssize shared_keys_lookup(DictKeys* keys, Object* name);
// Index of `name` after inserting it if absent; -1 when the table is full (or name not exact str).
ssize shared_keys_insert(DictKeys* keys, Object* name);
Object* shared_keys_name(DictKeys* keys, ssize ix);  // borrowed
ssize shared_keys_nentries(const DictKeys* keys);    // only grows: LOAD_METHOD caches key on it

DictValues* dict_values_new(ssize size);  // entries null, order empty; nullptr + MemoryError
void dict_values_free(DictValues* values);
int dict_values_count(const DictValues* values);  // entries in insertion order
int dict_values_order_at(const DictValues* values, int i);
void dict_values_add_order(DictValues* values, ssize ix);
void dict_values_remove_order(DictValues* values, ssize ix);

// A split dict over shared keys taking ownership of `values` (instance.__dict__).
Object* dict_new_split(DictKeys* keys, DictValues* values, ssize used);
// A new empty split dict for a class's instances (when no values array exists yet).
Object* dict_new_with_shared_keys(DictKeys* keys);

}  // namespace mempy::runtime
