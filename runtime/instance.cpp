// runtime/instance.cpp — attribute storage of class instances (see instance.h): the values array
// indexed through the class's shared keys, the materialised __dict__, and the dict pointer of
// objects with a tp_dictoffset.
#include "runtime/instance.h"

#include "runtime/dict.h"
#include "runtime/dict_internal.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"

namespace mempy::runtime {

Object** object_dict_slot(Object* op) {
  TypeObject* t = op->type;
  if (t->flags & TPFLAG_MANAGED_DICT) return &instance_dict_ptr(op);
  ssize off = t->dictoffset;
  if (off == 0) return nullptr;
  if (off < 0) {
    // var-sized base: the dict pointer is the last word of the (8-byte rounded) object
    ssize n = static_cast<VarObject*>(op)->size;
    if (n < 0) n = -n;
    std::size_t size = std::size_t(t->basicsize) + std::size_t(n) * std::size_t(t->itemsize);
    size = (size + 7) & ~std::size_t(7);
    return reinterpret_cast<Object**>(reinterpret_cast<char*>(op) + size + off);
  }
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(op) + off);
}

int instance_init_values(Object* op) {
  DictKeys* keys = as_heap(op->type)->cached_keys;
  if (!keys) return 0;
  shared_keys_note_new_instance(keys);
  DictValues* values = dict_values_new(shared_keys_usable_size(keys));
  if (!values) return -1;
  instance_values_ptr(op) = values;
  return 0;
}

namespace {

// Moves the values array into a split dict (the instance's __dict__ from now on).
Object* materialize_dict(Object* op) {
  DictValues* values = instance_values_ptr(op);
  DictKeys* keys = as_heap(op->type)->cached_keys;
  Object* d;
  if (values && keys) {
    d = dict_new_split(keys, values, dict_values_count(values));
    if (!d) return nullptr;
    instance_values_ptr(op) = nullptr;
  } else if (keys) {
    d = dict_new_with_shared_keys(keys);
  } else {
    d = dict_new();
  }
  if (!d) return nullptr;
  instance_dict_ptr(op) = d;
  return d;
}

}  // namespace

Object* object_get_dict(Object* op) {
  Object** slot = object_dict_slot(op);
  if (!slot) {
    err_set_string(&ExcAttributeError, "This object has no __dict__");
    return nullptr;
  }
  if (!*slot) {
    if (op->type->flags & TPFLAG_MANAGED_DICT) {
      if (!materialize_dict(op)) return nullptr;
    } else {
      *slot = dict_new();
      if (!*slot) return nullptr;
    }
  }
  return new_ref(*slot);
}

Object* instance_get_attr(Object* op, Object* name) {
  DictValues* values = instance_values_ptr(op);
  if (values) {
    ssize ix = shared_keys_lookup(as_heap(op->type)->cached_keys, name);
    return ix >= 0 ? values->values[ix] : nullptr;
  }
  Object* d = instance_dict_ptr(op);
  if (!d) return nullptr;
  if (is_str_exact(name)) return dict_get_item_str(d, name);
  return dict_get_item(d, name);
}

int instance_set_attr(Object* op, Object* name, Object* value) {
  DictValues* values = instance_values_ptr(op);
  if (values) {
    DictKeys* keys = as_heap(op->type)->cached_keys;
    ssize ix = value ? shared_keys_insert(keys, name) : shared_keys_lookup(keys, name);
    if (ix >= 0) {
      Object* old = values->values[ix];
      if (!value) {
        if (!old) goto missing;
        values->values[ix] = nullptr;
        dict_values_remove_order(values, ix);
        decref(old);
        return 0;
      }
      values->values[ix] = new_ref(value);
      if (old) {
        decref(old);
      } else {
        dict_values_add_order(values, ix);
      }
      return 0;
    }
    if (!value) goto missing;
    // the shared keys are full: continue with a dict
    if (!materialize_dict(op)) return -1;
  }
  {
    Object* d = instance_dict_ptr(op);
    if (!d) {
      if (!value) goto missing;
      d = materialize_dict(op);
      if (!d) return -1;
    }
    if (value) return dict_set_item(d, name, value);
    if (dict_del_item(d, name) < 0) {
      if (err_matches(&ExcKeyError)) {
        err_clear();
        goto missing;
      }
      return -1;
    }
    return 0;
  }
missing:
  err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", op->type->name,
             str_to_std(name));
  return -1;
}

Object* object_own_attr(Object* op, Object* name) {
  TypeObject* t = op->type;
  if (t->flags & TPFLAG_MANAGED_DICT) return instance_get_attr(op, name);
  Object** slot = object_dict_slot(op);
  if (!slot || !*slot || !is_dict(*slot)) return nullptr;
  return dict_get_item(*slot, name);
}

// The values array is visited and released in key-index order, as CPython 3.11 does.
int instance_traverse_storage(Object* op, VisitFn visit, void* arg, bool dict_slot) {
  TypeObject* t = op->type;
  if (t->flags & TPFLAG_MANAGED_DICT) {
    if (DictValues* values = instance_values_ptr(op)) {
      ssize n = shared_keys_nentries(as_heap(t)->cached_keys);
      for (ssize i = 0; i < n; ++i) {
        Object* v = values->values[i];
        if (v && visit(v, arg)) return 1;
      }
    }
  }
  if (dict_slot) {
    Object** slot = object_dict_slot(op);
    if (slot && *slot && visit(*slot, arg)) return 1;
  }
  return 0;
}

void instance_clear_storage(Object* op, bool dict_slot, bool free_values) {
  TypeObject* t = op->type;
  if (t->flags & TPFLAG_MANAGED_DICT) {
    if (DictValues* values = instance_values_ptr(op)) {
      ssize n = shared_keys_nentries(as_heap(t)->cached_keys);
      if (free_values) {
        // detach first: a finalizer run by a decref may look at the object
        instance_values_ptr(op) = nullptr;
        for (ssize i = 0; i < n; ++i) xdecref(values->values[i]);
        dict_values_free(values);
      } else {
        for (ssize i = 0; i < n; ++i) clear_ref(values->values[i]);
      }
    }
  }
  if (dict_slot) {
    if (Object** slot = object_dict_slot(op)) clear_ref(*slot);
  }
}

}  // namespace mempy::runtime
