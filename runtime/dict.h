// runtime/dict.h — dict: CPython 3.11's compact, insertion-ordered dict.
//
// The 48-byte object (used count, version tag, keys pointer, values pointer) points at a keys
// object: a 32-byte header, an index table of 2^k 1/2/4/8-byte slots, then the dense entries —
// 16 bytes (key, value) while every key is an exact str, else 24 bytes (hash, key, value). An
// empty dict shares a static empty keys object (getsizeof({}) == 64). The table holds
// 2/3 of its slots; when full it is rebuilt at the smallest power of two >= used * 3, so dicts
// grow on the 6th, 11th, 22nd, 43rd, 86th insert (memory-facts §1.4). Deleting never shrinks.
// Dicts start untracked and become tracked when they receive a value that may be tracked.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct DictKeys;
struct DictValues;

struct DictObject : Object {
  ssize used;
  std::uint64_t version_tag;
  DictKeys* keys;
  DictValues* values;  // split tables only (instance __dict__s over shared keys)
};
static_assert(sizeof(DictObject) == 48);

extern TypeObject DictType;

inline bool is_dict(const Object* op) {
  return type_has_flag(op->type, TPFLAG_DICT_SUBCLASS);
}
inline bool is_dict_exact(const Object* op) {
  return op->type == &DictType;
}
inline ssize dict_size(const Object* op) {
  return static_cast<const DictObject*>(op)->used;
}

Object* dict_new();
Object* dict_new_presized(ssize minused);
// Borrowed lookups: nullptr when missing. The *_with_error forms distinguish a missing key
// (nullptr, no exception) from an error in __hash__/__eq__ (nullptr + exception); the plain
// form swallows errors as CPython's PyDict_GetItem does (use only with str keys).
Object* dict_get_item(Object* dict, Object* key);
Object* dict_get_item_with_error(Object* dict, Object* key);
Object* dict_get_item_str(Object* dict, Object* key);  // key is an exact str
Object* dict_get_item_cstr(Object* dict, const char* key);
int dict_set_item(Object* dict, Object* key, Object* value);  // borrows both
// Stores key -> value, stealing both references (CPython's _PyDict_SetItem_Take2: a dict
// comprehension moves its stack references in).
int dict_set_item_take2(Object* op, Object* key, Object* value);
int dict_set_item_cstr(Object* dict, const char* key, Object* value);
int dict_del_item(Object* dict, Object* key);  // KeyError when missing
int dict_del_item_cstr(Object* dict, const char* key);
// Removes and returns (new ref) the value for key, or nullptr (no error) when absent.
Object* dict_pop_item(Object* dict, Object* key, bool* found);
int dict_contains(Object* dict, Object* key);  // 1/0/-1
void dict_clear(Object* dict);
Object* dict_copy(Object* dict);
int dict_update(Object* dict, Object* other);          // dict.update(other) for dicts and mappings
int dict_merge_pairs(Object* dict, Object* iterable);  // update from an iterable of pairs
Object* dict_keys_list(Object* dict);
Object* dict_values_list(Object* dict);
Object* dict_items_list(Object* dict);
// Iteration by position: returns false at the end. Borrowed key/value.
bool dict_next(Object* dict, ssize* pos, Object** key, Object** value);
// Entry-array access for reverse iteration: the number of entry slots (live or deleted) and the
// entry at position i (false when deleted).
ssize dict_nentries(Object* dict);
bool dict_entry_at(Object* dict, ssize i, Object** key, Object** value);
// Like dict.setdefault: returns a borrowed reference to the stored value.
Object* dict_set_default(Object* dict, Object* key, Object* default_value);

// Global lookups for LOAD_GLOBAL caches: the index of the entry holding `key` (an exact str) in
// the dict's keys, or -1; the version changes whenever a key is added or removed.
std::uint32_t dict_keys_version(Object* dict);
ssize dict_lookup_index_str(Object* dict, Object* key);
Object* dict_value_at_index(Object* dict, ssize index);  // borrowed; may be null (deleted)

int dict_free_list_count();
void dict_clear_free_lists();
void dict_type_init();

}  // namespace mempy::runtime
