// runtime/list.h — list: a 40-byte object (var header, item pointer, allocated) plus a separately
// allocated item array; CPython 3.11's growth rule and free list of 80 list objects.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct ListObject : VarObject {
  Object** items;
  ssize allocated;
};
static_assert(sizeof(ListObject) == 40);

extern TypeObject ListType;

inline bool is_list(const Object* op) {
  return type_has_flag(op->type, TPFLAG_LIST_SUBCLASS);
}
inline bool is_list_exact(const Object* op) {
  return op->type == &ListType;
}
inline ssize list_size(const Object* op) {
  return static_cast<const ListObject*>(op)->size;
}
inline Object** list_items(Object* op) {
  return static_cast<ListObject*>(op)->items;
}
inline Object* list_get(const Object* op, ssize i) {  // borrowed, unchecked
  return static_cast<const ListObject*>(op)->items[i];
}
// Stores into a fresh list slot (steals value; no decref of the old slot).
inline void list_set_new(Object* op, ssize i, Object* value) {
  static_cast<ListObject*>(op)->items[i] = value;
}

// A new list of n null items (capacity exactly n); fill with list_set_new.
Object* list_new(ssize n);
int list_append(Object* list, Object* item);  // borrows item; -1 on MemoryError
// Appends, stealing the item (for LIST_APPEND in comprehensions); -1 on error (item released).
int list_append_steal(Object* list, Object* item);
int list_extend(Object* list, Object* iterable);  // list.extend semantics; -1 on error
int list_insert(Object* list, ssize where, Object* item);
int list_set_item(Object* list, ssize i, Object* value);  // steals value, checks bounds
Object* list_get_slice(Object* list, ssize lo, ssize hi);
int list_set_slice(Object* list, ssize lo, ssize hi, Object* v);  // list[lo:hi] = v; v null: del
Object* list_as_tuple(Object* list);
int list_sort(Object* list, Object* key, bool reverse);
int list_reverse(Object* list);
// Resizes storage to hold newsize items with CPython's over-allocation rule.
int list_resize(ListObject* list, ssize newsize);

int list_free_list_count();
void list_clear_free_list();
void list_type_init();

}  // namespace mempy::runtime
