// runtime/dict_views.cpp — dict_keys / dict_values / dict_items views and their iterators
// (forward and reversed). Iterators raise RuntimeError when the dict changes size while
// iterating, as CPython does.
#include "runtime/dict_views.h"

#include "runtime/descr.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject DictKeysType;
TypeObject DictValuesType;
TypeObject DictItemsType;
TypeObject DictKeyIterType;
TypeObject DictValueIterType;
TypeObject DictItemIterType;
TypeObject DictRevKeyIterType;
TypeObject DictRevValueIterType;
TypeObject DictRevItemIterType;

namespace {

DictIterKind view_kind(const Object* v) {
  if (v->type == &DictKeysType) return DICT_ITER_KEYS;
  if (v->type == &DictValuesType) return DICT_ITER_VALUES;
  return DICT_ITER_ITEMS;
}

// ---- iterators ---------------------------------------------------------------------------------
void iter_dealloc(Object* op) {
  memory::gc_untrack(op);
  DictIterObject* it = static_cast<DictIterObject*>(op);
  xdecref(it->dict);
  xdecref(it->result);
  object_free(op);
}
int iter_traverse(Object* op, VisitFn visit, void* arg) {
  DictIterObject* it = static_cast<DictIterObject*>(op);
  if (it->dict && visit(it->dict, arg)) return 1;
  if (it->result && visit(it->result, arg)) return 1;
  return 0;
}
Object* iter_self(Object* op) {
  return new_ref(op);
}

Object* make_result(DictIterObject* it, DictIterKind kind, Object* k, Object* v) {
  if (kind == DICT_ITER_KEYS) return new_ref(k);
  if (kind == DICT_ITER_VALUES) return new_ref(v);
  // reuse the result tuple when nobody else holds it (CPython's trick)
  Object* r = it->result;
  if (r && r->refcnt == 1) {
    incref(r);
    Object** items = tuple_items(r);
    Object* ok = items[0];
    Object* ov = items[1];
    items[0] = new_ref(k);
    items[1] = new_ref(v);
    decref(ok);
    decref(ov);
    if (!memory::gc_is_tracked(r)) memory::gc_track(r);
    return r;
  }
  return tuple_pack({k, v});
}

Object* iter_next_impl(Object* op, DictIterKind kind) {
  DictIterObject* it = static_cast<DictIterObject*>(op);
  Object* d = it->dict;
  if (!d) return nullptr;
  if (it->used != dict_size(d)) {
    err_set_string(&ExcRuntimeError, "dictionary changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  Object *k, *v;
  ssize pos = it->pos;
  if (!dict_next(d, &pos, &k, &v)) {
    it->dict = nullptr;
    decref(d);
    return nullptr;
  }
  it->pos = pos;
  --it->len;
  return make_result(it, kind, k, v);
}
Object* keyiter_next(Object* op) {
  return iter_next_impl(op, DICT_ITER_KEYS);
}
Object* valueiter_next(Object* op) {
  return iter_next_impl(op, DICT_ITER_VALUES);
}
Object* itemiter_next(Object* op) {
  return iter_next_impl(op, DICT_ITER_ITEMS);
}

Object* reviter_next_impl(Object* op, DictIterKind kind) {
  DictIterObject* it = static_cast<DictIterObject*>(op);
  Object* d = it->dict;
  if (!d) return nullptr;
  if (it->used != dict_size(d)) {
    err_set_string(&ExcRuntimeError, "dictionary changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  Object *k, *v;
  while (it->pos > 0) {
    ssize i = --it->pos;
    if (dict_entry_at(d, i, &k, &v)) {
      --it->len;
      return make_result(it, kind, k, v);
    }
  }
  it->dict = nullptr;
  decref(d);
  return nullptr;
}
Object* revkeyiter_next(Object* op) {
  return reviter_next_impl(op, DICT_ITER_KEYS);
}
Object* revvalueiter_next(Object* op) {
  return reviter_next_impl(op, DICT_ITER_VALUES);
}
Object* revitemiter_next(Object* op) {
  return reviter_next_impl(op, DICT_ITER_ITEMS);
}

Object* iter_length_hint(Object* self, Object* const*, ssize, Object*) {
  DictIterObject* it = static_cast<DictIterObject*>(self);
  ssize n = it->dict && it->used == dict_size(it->dict) ? it->len : 0;
  return int_from_ssize(n);
}
MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views
// -----------------------------------------------------------------------------------------
void view_dealloc(Object* op) {
  memory::gc_untrack(op);
  decref(static_cast<DictViewObject*>(op)->dict);
  object_free(op);
}
int view_traverse(Object* op, VisitFn visit, void* arg) {
  return visit(static_cast<DictViewObject*>(op)->dict, arg);
}
ssize view_len(Object* op) {
  return dict_size(static_cast<DictViewObject*>(op)->dict);
}
Object* view_iter(Object* op) {
  return dict_iter_new(static_cast<DictViewObject*>(op)->dict, view_kind(op), false);
}
Object* view_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  return dict_iter_new(static_cast<DictViewObject*>(self)->dict, view_kind(self), true);
}
int view_contains(Object* op, Object* x) {
  Object* d = static_cast<DictViewObject*>(op)->dict;
  DictIterKind kind = view_kind(op);
  if (kind == DICT_ITER_KEYS) return dict_contains(d, x);
  if (kind == DICT_ITER_ITEMS) {
    if (!is_tuple(x) || tuple_size(x) != 2) return 0;
    Object* v = dict_get_item_with_error(d, tuple_get(x, 0));
    if (!v) return err_occurred() ? -1 : 0;
    incref(v);
    int r = rich_compare_bool(v, tuple_get(x, 1), CMP_EQ);
    decref(v);
    return r;
  }
  // values: linear scan
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v)) {
    incref(v);
    int r = rich_compare_bool(v, x, CMP_EQ);
    decref(v);
    if (r != 0) return r;
  }
  return 0;
}
Object* view_repr(Object* op) {
  int r = repr_enter(op);
  if (r != 0) return r > 0 ? str_from_ascii("...", 3) : nullptr;
  Object* list = sequence_list(op);
  if (!list) {
    repr_leave(op);
    return nullptr;
  }
  std::string inner = repr_for_message(list);
  decref(list);
  repr_leave(op);
  return str_from_utf8(std::string(type_name(op->type)) + "(" + inner + ")");
}

// Set operations on keys/items views produce sets (CPython's dictviews_sub & co).
Object* view_setop(Object* a, Object* b, const char* method) {
  Object* self = a;
  Object* other = b;
  bool reflected = false;
  if (!is_dict_keys_view(a) && !is_dict_items_view(a)) {
    self = b;
    other = a;
    reflected = true;
  }
  Object* s = set_from_iterable(reflected ? other : self);
  if (!s) return nullptr;
  Object* arg = reflected ? self : other;
  Object* r = call_method_cstr(s, method, &arg, 1);
  decref(s);
  return r;
}
Object* view_binop(Object* a, Object* b, const char* update_method) {
  Object* self = is_dict_keys_view(a) || is_dict_items_view(a) ? a : b;
  (void)self;
  Object* s = set_from_iterable(a);
  if (!s) return nullptr;
  Object* r = call_method_cstr(s, update_method, &b, 1);
  if (!r) {
    decref(s);
    return nullptr;
  }
  decref(r);
  return s;
}
Object* view_and(Object* a, Object* b) {
  return view_binop(a, b, "intersection_update");
}
Object* view_or(Object* a, Object* b) {
  return view_binop(a, b, "update");
}
Object* view_minus(Object* a, Object* b) {
  return view_binop(a, b, "difference_update");
}
Object* view_xor(Object* a, Object* b) {
  return view_binop(a, b, "symmetric_difference_update");
}

Object* view_richcompare(Object* a, Object* b, int op) {
  // keys and items views compare like sets
  if (!(is_dict_keys_view(b) || is_dict_items_view(b) || is_anyset(b))) {
    return not_implemented_new_ref();
  }
  Object* sa = set_from_iterable(a);
  if (!sa) return nullptr;
  Object* sb = set_from_iterable(b);
  if (!sb) {
    decref(sa);
    return nullptr;
  }
  Object* r = rich_compare(sa, sb, op);
  decref(sa);
  decref(sb);
  return r;
}

Object* view_isdisjoint(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("isdisjoint", nargs, kwnames)) return nullptr;
  Object* it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Object* x = iter_next(it);
    if (!x) break;
    int c = view_contains(self, x);
    decref(x);
    if (c != 0) {
      decref(it);
      return c < 0 ? nullptr : bool_new_ref(false);
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return bool_new_ref(true);
}

Object* view_get_mapping(Object* self, void*) {
  return mappingproxy_new(static_cast<DictViewObject*>(self)->dict);
}

MethodDef view_methods[] = {
    {"__reversed__", view_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {"isdisjoint", view_isdisjoint, METH_DEFAULT,
     "Return True if the view and the given iterable have a null intersection."},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef values_methods[] = {
    {"__reversed__", view_reversed, METH_DEFAULT,
     "Return a reverse iterator over the dict values."},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef view_getset[] = {
    {"mapping", view_get_mapping, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void init_view_type(TypeObject& t, const char* name, bool setlike) {
  t.name = name;
  t.basicsize = sizeof(DictViewObject);
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = view_dealloc;
  t.traverse = view_traverse;
  mapping_methods(t).length = view_len;
  t.iter = view_iter;
  sequence_methods(t).contains = view_contains;
  t.repr = view_repr;
  t.getset = view_getset;
  if (setlike) {
    t.methods = view_methods;
    number_methods(t).nb[BINOP_AND] = view_and;
    number_methods(t).nb[BINOP_OR] = view_or;
    number_methods(t).nb[BINOP_SUBTRACT] = view_minus;
    number_methods(t).nb[BINOP_XOR] = view_xor;
    t.richcompare = view_richcompare;
    t.hash = hash_not_implemented;
  } else {
    t.methods = values_methods;
  }
}

void init_iter_type(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(DictIterObject);
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = iter_dealloc;
  t.traverse = iter_traverse;
  t.iter = iter_self;
  t.iternext = next;
  t.methods = iter_methods;
}

}  // namespace

Object* dict_view_new(Object* dict, DictIterKind kind) {
  TypeObject* t = kind == DICT_ITER_KEYS     ? &DictKeysType
                  : kind == DICT_ITER_VALUES ? &DictValuesType
                                             : &DictItemsType;
  DictViewObject* v = static_cast<DictViewObject*>(type_generic_alloc(t, 0));
  if (!v) return nullptr;
  v->dict = new_ref(dict);
  memory::gc_track(v);
  return v;
}

Object* dict_iter_new(Object* dict, DictIterKind kind, bool reversed) {
  TypeObject* t;
  if (reversed) {
    t = kind == DICT_ITER_KEYS     ? &DictRevKeyIterType
        : kind == DICT_ITER_VALUES ? &DictRevValueIterType
                                   : &DictRevItemIterType;
  } else {
    t = kind == DICT_ITER_KEYS     ? &DictKeyIterType
        : kind == DICT_ITER_VALUES ? &DictValueIterType
                                   : &DictItemIterType;
  }
  DictIterObject* it = static_cast<DictIterObject*>(type_generic_alloc(t, 0));
  if (!it) return nullptr;
  it->dict = new_ref(dict);
  it->used = dict_size(dict);
  it->len = it->used;
  it->pos = reversed ? dict_nentries(dict) : 0;
  if (kind == DICT_ITER_ITEMS) {
    it->result = tuple_pack({None(), None()});
    if (!it->result) {
      decref(it);
      return nullptr;
    }
  }
  memory::gc_track(it);
  return it;
}

void dict_view_types_init() {
  init_view_type(DictKeysType, "dict_keys", true);
  init_view_type(DictValuesType, "dict_values", false);
  init_view_type(DictItemsType, "dict_items", true);
  init_iter_type(DictKeyIterType, "dict_keyiterator", keyiter_next);
  init_iter_type(DictValueIterType, "dict_valueiterator", valueiter_next);
  init_iter_type(DictItemIterType, "dict_itemiterator", itemiter_next);
  init_iter_type(DictRevKeyIterType, "dict_reversekeyiterator", revkeyiter_next);
  init_iter_type(DictRevValueIterType, "dict_reversevalueiterator", revvalueiter_next);
  init_iter_type(DictRevItemIterType, "dict_reverseitemiterator", revitemiter_next);
}

}  // namespace mempy::runtime
