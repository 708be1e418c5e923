// runtime/dict_views.h — dict views (keys(), values(), items()) and dict iterators.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

enum DictIterKind { DICT_ITER_KEYS = 0, DICT_ITER_VALUES = 1, DICT_ITER_ITEMS = 2 };

struct DictViewObject : Object {
  Object* dict;
};

struct DictIterObject : Object {
  Object* dict;    // null when exhausted
  ssize used;      // dict size at creation, to detect changes
  ssize pos;       // next entry position (reverse: entries left)
  ssize len;       // items left (for __length_hint__)
  Object* result;  // reusable (k, v) tuple for items
};

extern TypeObject DictKeysType;
extern TypeObject DictValuesType;
extern TypeObject DictItemsType;
extern TypeObject DictKeyIterType;
extern TypeObject DictValueIterType;
extern TypeObject DictItemIterType;
extern TypeObject DictRevKeyIterType;
extern TypeObject DictRevValueIterType;
extern TypeObject DictRevItemIterType;

Object* dict_view_new(Object* dict, DictIterKind kind);
Object* dict_iter_new(Object* dict, DictIterKind kind, bool reversed);
inline bool is_dict_keys_view(const Object* op) {
  return op->type == &DictKeysType;
}
inline bool is_dict_items_view(const Object* op) {
  return op->type == &DictItemsType;
}

void dict_view_types_init();

}  // namespace mempy::runtime
