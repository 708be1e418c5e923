// runtime/set.cpp — set and frozenset (CPython 3.11's setobject.c semantics; see set.h).
#include "runtime/set.h"
#include "runtime/weakref.h"

#include <cstring>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject SetType;
TypeObject FrozenSetType;
TypeObject SetIterType;

namespace {

constexpr int LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

// The dummy key marking deleted entries (never visible to Python code).
Object g_dummy_object = {STATIC_REFCNT, nullptr};
Object* const g_dummy = &g_dummy_object;

inline SetObject* as_set(Object* op) {
  return static_cast<SetObject*>(op);
}

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    if (h != -1) return h;
    return str_hash(key);
  }
  return object_hash(key);
}

// Adds key (steals) with its hash; CPython's set_add_entry.
int set_add_entry(SetObject* so, Object* key, hash_t hash);

void set_insert_clean(SetEntry* table, std::size_t mask, Object* key, hash_t hash) {
  std::size_t perturb = std::size_t(hash);
  std::size_t i = std::size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (int j = 0; j < LINEAR_PROBES; ++j) {
        ++entry;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_table_resize(SetObject* so, ssize minused) {
  std::size_t newsize = SET_MINSIZE;
  while (newsize <= std::size_t(minused)) newsize <<= 1;
  SetEntry* oldtable = so->table;
  bool old_is_small = oldtable == so->smalltable;
  SetEntry small_copy[SET_MINSIZE];
  if (old_is_small) {
    std::memcpy(small_copy, so->smalltable, sizeof(small_copy));
    oldtable = small_copy;
  }
  ssize oldmask = so->mask;
  SetEntry* newtable;
  if (newsize == SET_MINSIZE) {
    newtable = so->smalltable;
  } else {
    if (newsize > PTRDIFF_MAX / sizeof(SetEntry)) {
      err_no_memory();
      return -1;
    }
    newtable = static_cast<SetEntry*>(memory::alloc(newsize * sizeof(SetEntry)));
    if (!newtable) {
      err_no_memory();
      return -1;
    }
  }
  std::memset(newtable, 0, newsize * sizeof(SetEntry));
  so->mask = ssize(newsize - 1);
  so->table = newtable;
  bool had_dummies = so->fill != so->used;
  so->fill = so->used;
  for (ssize i = 0; i <= oldmask; ++i) {
    SetEntry* e = &oldtable[i];
    if (e->key && (!had_dummies || e->key != g_dummy)) {
      set_insert_clean(newtable, newsize - 1, e->key, e->hash);
    }
  }
  if (!old_is_small && oldtable != so->smalltable) memory::free(oldtable);
  return 0;
}

int set_add_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* entry;
  SetEntry* freeslot;  // the first deleted slot on the probe path: reused for a new key
  std::size_t mask;
restart:
  mask = std::size_t(so->mask);
  freeslot = nullptr;
  {
    std::size_t i = std::size_t(hash) & mask;
    std::size_t perturb = std::size_t(hash);
    for (;;) {
      entry = &so->table[i];
      int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
      do {
        if (entry->hash == 0 && !entry->key) goto found_unused;
        if (entry->hash == hash) {
          Object* startkey = entry->key;
          if (startkey == key) goto found_active;
          if (is_str_exact(startkey) && is_str_exact(key) && str_eq(startkey, key)) {
            goto found_active;
          }
          SetEntry* table = so->table;
          incref(startkey);
          int cmp = rich_compare_bool(startkey, key, CMP_EQ);
          decref(startkey);
          if (cmp > 0) goto found_active;
          if (cmp < 0) {
            decref(key);
            return -1;
          }
          if (table != so->table || entry->key != startkey) goto restart;
          mask = std::size_t(so->mask);
        } else if (entry->hash == -1 && !freeslot) {
          freeslot = entry;  // a dummy (deleted) slot
        }
        ++entry;
      } while (probes--);
      perturb >>= PERTURB_SHIFT;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
found_unused:
  if (freeslot) {  // a dummy turns active again: fill is unchanged, so no resize check
    ++so->used;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  ++so->fill;
  ++so->used;
  entry->key = key;
  entry->hash = hash;
  if (std::size_t(so->fill) * 5 < mask * 3) return 0;
  return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  decref(key);
  return 0;
}

SetEntry* set_lookkey(SetObject* so, Object* key, hash_t hash, bool* error) {
  *error = false;
restart:
  std::size_t mask = std::size_t(so->mask);
  std::size_t i = std::size_t(hash) & mask;
  std::size_t perturb = std::size_t(hash);
  for (;;) {
    SetEntry* entry = &so->table[i];
    int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
    do {
      if (entry->hash == 0 && !entry->key) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) return entry;
        if (is_str_exact(startkey) && is_str_exact(key) && str_eq(startkey, key)) return entry;
        SetEntry* table = so->table;
        incref(startkey);
        int cmp = rich_compare_bool(startkey, key, CMP_EQ);
        decref(startkey);
        if (cmp < 0) {
          *error = true;
          return nullptr;
        }
        if (table != so->table || entry->key != startkey) goto restart;
        if (cmp > 0) return entry;
        mask = std::size_t(so->mask);
      }
      ++entry;
    } while (probes--);
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

int set_contains_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  bool error;
  SetEntry* e = set_lookkey(so, key, hash, &error);
  if (error) return -1;
  return e->key != nullptr;
}

int set_discard_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  bool error;
  SetEntry* e = set_lookkey(so, key, hash, &error);
  if (error) return -1;
  if (!e->key) return 0;
  Object* old = e->key;
  e->key = g_dummy;
  e->hash = -1;
  --so->used;
  decref(old);
  return 1;
}

void set_clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  bool small = table == so->smalltable;
  ssize mask = so->mask;
  ssize fill = so->fill;
  SetEntry small_copy[SET_MINSIZE];
  if (small) {
    std::memcpy(small_copy, table, sizeof(small_copy));
    table = small_copy;
  }
  std::memset(so->smalltable, 0, sizeof(so->smalltable));
  so->table = so->smalltable;
  so->mask = SET_MINSIZE - 1;
  so->fill = 0;
  so->used = 0;
  so->hash = -1;
  for (ssize i = 0; i <= mask && fill > 0; ++i) {
    if (table[i].key) {
      --fill;
      if (table[i].key != g_dummy) decref(table[i].key);
    }
  }
  if (!small) memory::free(table);
}

SetObject* make_new_set(TypeObject* type) {
  SetObject* so = static_cast<SetObject*>(type_generic_alloc(type, 0));
  if (!so) return nullptr;
  so->fill = 0;
  so->used = 0;
  so->mask = SET_MINSIZE - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
  so->weakreflist = nullptr;
  memory::gc_track(so);
  return so;
}

int set_merge(SetObject* so, SetObject* other) {
  if (other == so || other->used == 0) return 0;
  if ((so->fill + other->used) * 5 >= so->mask * 3) {
    if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
  }
  SetEntry* otable = other->table;
  // fast copy when so is empty and the tables have the same size without dummies
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (ssize i = 0; i <= other->mask; ++i) {
      Object* key = otable[i].key;
      if (key) {
        so->table[i].key = new_ref(key);
        so->table[i].hash = otable[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  if (so->fill == 0) {
    std::size_t newmask = std::size_t(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (ssize i = 0; i <= other->mask; ++i) {
      Object* key = otable[i].key;
      if (key && key != g_dummy) set_insert_clean(so->table, newmask, new_ref(key), otable[i].hash);
    }
    return 0;
  }
  for (ssize i = 0; i <= other->mask; ++i) {
    Object* key = otable[i].key;
    if (key && key != g_dummy) {
      if (set_add_entry(so, new_ref(key), otable[i].hash) < 0) return -1;
    }
  }
  return 0;
}

int set_update_internal(SetObject* so, Object* other) {
  if (is_anyset(other)) return set_merge(so, as_set(other));
  if (is_dict_exact(other)) {
    ssize dictsize = dict_size(other);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
      if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
    }
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(other, &pos, &k, &v)) {
      hash_t h = key_hash(k);
      if (h == -1 || set_add_entry(so, new_ref(k), h) < 0) return -1;
    }
    return 0;
  }
  Object* it = get_iter(other);
  if (!it) return -1;
  UnaryFn next = it->type->iternext;
  for (;;) {
    Object* key = next(it);
    if (!key) {
      if (iter_failed()) {
        decref(it);
        return -1;
      }
      break;
    }
    hash_t h = key_hash(key);
    if (h == -1) {
      decref(key);
      decref(it);
      return -1;
    }
    if (set_add_entry(so, key, h) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

// ---- slots ------------------------------------------------------------------------------------
void set_dealloc(Object* op) {
  SetObject* so = as_set(op);
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  clear_weakrefs(op);
  for (ssize i = 0, fill = so->fill; i <= so->mask && fill > 0; ++i) {
    Object* k = so->table[i].key;
    if (k) {
      --fill;
      if (k != g_dummy) decref(k);
    }
  }
  if (so->table != so->smalltable) memory::free(so->table);
  op->type->free_fn(op);
  trashcan_end();
}

int set_traverse(Object* op, VisitFn visit, void* arg) {
  ssize pos = 0;
  Object* key;
  hash_t h;
  while (set_next(op, &pos, &key, &h)) {
    if (visit(key, arg)) return 1;
  }
  return 0;
}

int set_tp_clear(Object* op) {
  set_clear_internal(as_set(op));
  return 0;
}

// CPython's set_repr: entered even when empty; the items are listed (a list made and freed) and
// shown as repr(list)[1:-1].
Object* set_repr(Object* op) {
  std::string tname = type_name(op->type);
  int r = repr_enter(op);
  if (r != 0) return r > 0 ? str_from_utf8(tname + "(...)") : nullptr;
  Object* result = nullptr;
  if (set_size(op) == 0) {
    result = str_from_utf8(tname + "()");
  } else if (Object* keys = sequence_list(op)) {
    Object* list_repr = object_repr(keys);
    decref(keys);
    if (list_repr) {
      Object* inner = str_substring(list_repr, 1, str_length(list_repr) - 1);
      decref(list_repr);
      if (inner) {
        StrBuilder b;
        bool plain_set = op->type == &SetType;
        if (!plain_set) {
          b.append_utf8(tname);
          b.append_char('(');
        }
        b.append_char('{');
        b.append_str(inner);
        b.append_char('}');
        if (!plain_set) b.append_char(')');
        decref(inner);
        result = b.finish();
      }
    }
  }
  repr_leave(op);
  return result;
}

ssize set_len(Object* op) {
  return set_size(op);
}

int set_contains_slot(Object* op, Object* key) {
  int r = set_contains_key(as_set(op), key);
  if (r < 0 && is_set(key) && err_matches(&ExcTypeError)) {
    // a set used as a key is looked up as the equal frozenset
    err_clear();
    Object* f = frozenset_from_iterable(key);
    if (!f) return -1;
    r = set_contains_key(as_set(op), f);
    decref(f);
  }
  return r;
}

Object* set_copy_as(TypeObject* type, Object* op) {
  SetObject* r = make_new_set(type);
  if (!r) return nullptr;
  if (set_update_internal(r, op) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

TypeObject* result_type(Object* op) {
  return is_frozenset(op) ? &FrozenSetType : &SetType;
}

Object* set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_new_ref();
  Object* r = set_copy_as(result_type(a), a);
  if (!r) return nullptr;
  if (set_update_internal(as_set(r), b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* set_intersection_impl(Object* a, Object* b) {
  SetObject* r = make_new_set(result_type(a));
  if (!r) return nullptr;
  if (is_anyset(b)) {
    Object* small = a;
    Object* large = b;
    if (set_size(b) < set_size(a)) std::swap(small, large);
    ssize pos = 0;
    Object* key;
    hash_t h;
    while (set_next(small, &pos, &key, &h)) {
      incref(key);
      bool error;
      SetEntry* e = set_lookkey(as_set(large), key, h, &error);
      if (error || (e->key && set_add_entry(r, new_ref(key), h) < 0)) {
        decref(key);
        decref(r);
        return nullptr;
      }
      decref(key);
    }
    return r;
  }
  Object* it = get_iter(b);
  if (!it) {
    decref(r);
    return nullptr;
  }
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    hash_t h = key_hash(key);
    bool error = h == -1;
    SetEntry* e = error ? nullptr : set_lookkey(as_set(a), key, h, &error);
    if (error || (e->key && set_add_entry(r, new_ref(key), h) < 0)) {
      decref(key);
      decref(it);
      decref(r);
      return nullptr;
    }
    decref(key);
  }
  decref(it);
  if (err_occurred()) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_new_ref();
  return set_intersection_impl(a, b);
}

// Discards every item of an iterable from so (difference_update with one argument).
int discard_all(SetObject* so, Object* iterable) {
  Object* it = get_iter(iterable);
  if (!it) return -1;
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int r = set_discard_key(so, key);
    decref(key);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

Object* set_difference_impl(Object* a, Object* b) {
  if (!is_anyset(b) && !is_dict(b)) {
    // CPython's set_copy_and_difference: a copy of a, then every item of the iterable discarded
    // (the iterable is consumed once, whatever a holds)
    Object* r = set_copy_as(result_type(a), a);
    if (r && discard_all(as_set(r), b) < 0) {
      decref(r);
      return nullptr;
    }
    return r;
  }
  SetObject* r = make_new_set(result_type(a));
  if (!r) return nullptr;
  ssize pos = 0;
  Object* key;
  hash_t h;
  while (set_next(a, &pos, &key, &h)) {
    incref(key);
    int c;
    if (is_anyset(b)) {
      bool error;
      SetEntry* e = set_lookkey(as_set(b), key, h, &error);
      c = error ? -1 : e->key != nullptr;
    } else {
      c = dict_contains(b, key);
    }
    if (c < 0 || (c == 0 && set_add_entry(r, new_ref(key), h) < 0)) {
      decref(key);
      decref(r);
      return nullptr;
    }
    decref(key);
  }
  return r;
}

Object* set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_new_ref();
  return set_difference_impl(a, b);
}

Object* set_symmetric_difference_impl(Object* a, Object* b) {
  Object* other = is_anyset(b) ? new_ref(b) : set_from_iterable(b);
  if (!other) return nullptr;
  Object* r = set_copy_as(result_type(a), a);
  if (!r) {
    decref(other);
    return nullptr;
  }
  ssize pos = 0;
  Object* key;
  hash_t h;
  while (set_next(other, &pos, &key, &h)) {
    incref(key);
    int d = set_discard_key(as_set(r), key);
    if (d < 0 || (d == 0 && set_add_entry(as_set(r), new_ref(key), h) < 0)) {
      decref(key);
      decref(r);
      decref(other);
      return nullptr;
    }
    decref(key);
  }
  decref(other);
  return r;
}

Object* set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return not_implemented_new_ref();
  return set_symmetric_difference_impl(a, b);
}

// in-place operators replace the contents of a
Object* set_inplace_result(Object* a, Object* r) {
  if (!r) return nullptr;
  if (r == NotImplemented()) return r;
  set_clear_internal(as_set(a));
  int ok = set_merge(as_set(a), as_set(r));
  decref(r);
  if (ok < 0) return nullptr;
  return new_ref(a);
}
Object* set_ior(Object* a, Object* b) {
  if (!is_anyset(b)) return not_implemented_new_ref();
  if (set_update_internal(as_set(a), b) < 0) return nullptr;
  return new_ref(a);
}
Object* set_iand(Object* a, Object* b) {
  if (!is_anyset(b)) return not_implemented_new_ref();
  return set_inplace_result(a, set_intersection_impl(a, b));
}
Object* set_isub(Object* a, Object* b) {
  if (!is_anyset(b)) return not_implemented_new_ref();
  return set_inplace_result(a, set_difference_impl(a, b));
}
Object* set_ixor(Object* a, Object* b) {
  if (!is_anyset(b)) return not_implemented_new_ref();
  return set_inplace_result(a, set_symmetric_difference_impl(a, b));
}

int set_issubset_impl(Object* a, Object* b) {  // a <= b, both sets
  if (set_size(a) > set_size(b)) return 0;
  ssize pos = 0;
  Object* key;
  hash_t h;
  while (set_next(a, &pos, &key, &h)) {
    incref(key);
    bool error;
    SetEntry* e = set_lookkey(as_set(b), key, h, &error);
    decref(key);
    if (error) return -1;
    if (!e->key) return 0;
  }
  return 1;
}

Object* set_richcompare(Object* a, Object* b, int op) {
  if (!is_anyset(b)) return not_implemented_new_ref();
  int r;
  switch (op) {
    case CMP_EQ:
    case CMP_NE:
      if (set_size(a) != set_size(b)) {
        r = 0;
      } else if (is_frozenset(a) && is_frozenset(b) && as_set(a)->hash != -1 &&
                 as_set(b)->hash != -1 && as_set(a)->hash != as_set(b)->hash) {
        r = 0;
      } else {
        r = set_issubset_impl(a, b);
      }
      if (r < 0) return nullptr;
      return bool_new_ref(op == CMP_EQ ? r : !r);
    case CMP_LE:
      r = set_issubset_impl(a, b);
      break;
    case CMP_GE:
      r = set_issubset_impl(b, a);
      break;
    case CMP_LT:
      r = set_size(a) < set_size(b) ? set_issubset_impl(a, b) : 0;
      break;
    default:
      r = set_size(a) > set_size(b) ? set_issubset_impl(b, a) : 0;
      break;
  }
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

hash_t frozenset_hash(Object* op) {
  SetObject* so = as_set(op);
  if (so->hash != -1) return so->hash;
  // CPython's frozenset_hash: xor of the shuffled hashes of the active entries (CPython xors
  // every slot and then cancels the unused and dummy ones; skipping them gives the same value),
  // then a final scramble
  auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; };
  std::uint64_t hash = 0;
  for (ssize i = 0; i <= so->mask; ++i) {
    Object* k = so->table[i].key;
    if (k && k != g_dummy) hash ^= shuffle(std::uint64_t(so->table[i].hash));
  }
  hash ^= (std::uint64_t(so->used) + 1) * 1927868237UL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923UL;
  if (hash == std::uint64_t(-1)) hash = 590923713UL;
  so->hash = hash_t(hash);
  return so->hash;
}

// ---- iterator ---------------------------------------------------------------------------------
struct SetIterObject : Object {
  Object* set;
  ssize used;
  ssize pos;
  ssize len;
};
void setiter_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<SetIterObject*>(op)->set);
  object_free(op);
}
int setiter_traverse(Object* op, VisitFn visit, void* arg) {
  Object* s = static_cast<SetIterObject*>(op)->set;
  return s ? visit(s, arg) : 0;
}
Object* setiter_next(Object* op) {
  SetIterObject* it = static_cast<SetIterObject*>(op);
  if (!it->set) return nullptr;
  if (it->used != set_size(it->set)) {
    err_set_string(&ExcRuntimeError, "Set changed size during iteration");
    it->used = -1;
    return nullptr;
  }
  Object* key;
  hash_t h;
  if (!set_next(it->set, &it->pos, &key, &h)) {
    clear_ref(it->set);
    return nullptr;
  }
  --it->len;
  return new_ref(key);
}
Object* setiter_self(Object* op) {
  return new_ref(op);
}
Object* setiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  SetIterObject* it = static_cast<SetIterObject*>(self);
  return int_from_ssize(it->set && it->used == set_size(it->set) ? it->len : 0);
}
MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* set_iter(Object* op) {
  SetIterObject* it = static_cast<SetIterObject*>(type_generic_alloc(&SetIterType, 0));
  if (!it) return nullptr;
  it->set = new_ref(op);
  it->used = set_size(op);
  it->pos = 0;
  it->len = it->used;
  memory::gc_track(it);
  return it;
}

// ---- construction -------------------------------------------------------------------------------
Object* set_new_slot(TypeObject* type, Object* const*, std::size_t, Object* kwnames) {
  if (type == &SetType && kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "set() takes no keyword arguments");
    return nullptr;
  }
  return make_new_set(type);
}

int set_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "set() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "set expected at most 1 argument, got {}", nargs);
    return -1;
  }
  if (as_set(self)->fill) set_clear_internal(as_set(self));
  if (nargs == 1) return set_update_internal(as_set(self), args[0]);
  return 0;
}

Object* frozenset_new_slot(TypeObject* type, Object* const* args, std::size_t nargs,
                           Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "frozenset() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "frozenset expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  if (type == &FrozenSetType && nargs == 1 && args[0]->type == &FrozenSetType) {
    return new_ref(args[0]);
  }
  SetObject* so = make_new_set(type);
  if (!so) return nullptr;
  if (nargs == 1 && set_update_internal(so, args[0]) < 0) {
    decref(so);
    return nullptr;
  }
  return so;
}

// ---- methods ----------------------------------------------------------------------------------
Object* m_add(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("add", nargs, kwnames)) return nullptr;
  if (set_add(self, args[0]) < 0) return nullptr;
  return none_new_ref();
}
Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear", nargs, kwnames)) return nullptr;
  set_clear_internal(as_set(self));
  return none_new_ref();
}
Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  if (self->type == &FrozenSetType) return new_ref(self);
  return set_copy_as(result_type(self), self);
}
Object* m_discard(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("discard", nargs, kwnames)) return nullptr;
  if (set_discard(self, args[0]) < 0) return nullptr;
  return none_new_ref();
}
Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("remove", nargs, kwnames)) return nullptr;
  int r = set_discard(self, args[0]);
  if (r < 0) return nullptr;
  if (r == 0) {
    err_set_key_error(args[0]);
    return nullptr;
  }
  return none_new_ref();
}
Object* m_pop(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("pop", nargs, kwnames)) return nullptr;
  SetObject* so = as_set(self);
  if (so->used == 0) {
    err_set_string(&ExcKeyError, "pop from an empty set");
    return nullptr;
  }
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!entry->key || entry->key == g_dummy) {
    ++entry;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = g_dummy;
  entry->hash = -1;
  --so->used;
  so->finger = (entry - so->table) + 1;
  return key;
}
Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("update", kwnames)) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    if (set_update_internal(as_set(self), args[i]) < 0) return nullptr;
  }
  return none_new_ref();
}
Object* m_union(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("union", kwnames)) return nullptr;
  Object* r = set_copy_as(result_type(self), self);
  if (!r) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    if (set_update_internal(as_set(r), args[i]) < 0) {
      decref(r);
      return nullptr;
    }
  }
  return r;
}
Object* m_intersection(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("intersection", kwnames)) return nullptr;
  if (nargs == 0) return set_copy_as(result_type(self), self);
  Object* r = new_ref(self);
  for (ssize i = 0; i < nargs; ++i) {
    Object* n = set_intersection_impl(r, args[i]);
    decref(r);
    if (!n) return nullptr;
    r = n;
  }
  return r;
}
Object* m_intersection_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* r = m_intersection(self, args, nargs, kwnames);
  if (!r) return nullptr;
  Object* res = set_inplace_result(self, r);
  if (!res) return nullptr;
  decref(res);
  return none_new_ref();
}
Object* m_difference(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("difference", kwnames)) return nullptr;
  if (nargs == 0) return set_copy_as(result_type(self), self);
  Object* r = new_ref(self);
  for (ssize i = 0; i < nargs; ++i) {
    Object* n = set_difference_impl(r, args[i]);
    decref(r);
    if (!n) return nullptr;
    r = n;
  }
  return r;
}
Object* m_difference_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("difference_update", kwnames)) return nullptr;
  for (ssize i = 0; i < nargs; ++i) {
    Object* other = args[i];
    if (other == self) {
      set_clear_internal(as_set(self));
      continue;
    }
    if (discard_all(as_set(self), other) < 0) return nullptr;
  }
  return none_new_ref();
}
Object* m_symmetric_difference(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("symmetric_difference", nargs, kwnames)) return nullptr;
  return set_symmetric_difference_impl(self, args[0]);
}
Object* m_symmetric_difference_update(Object* self, Object* const* args, ssize nargs,
                                      Object* kwnames) {
  if (!check_one_arg("symmetric_difference_update", nargs, kwnames)) return nullptr;
  Object* res = set_inplace_result(self, set_symmetric_difference_impl(self, args[0]));
  if (!res) return nullptr;
  decref(res);
  return none_new_ref();
}
Object* m_issubset(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("issubset", nargs, kwnames)) return nullptr;
  Object* other = is_anyset(args[0]) ? new_ref(args[0]) : set_from_iterable(args[0]);
  if (!other) return nullptr;
  int r = set_issubset_impl(self, other);
  decref(other);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}
Object* m_issuperset(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("issuperset", nargs, kwnames)) return nullptr;
  Object* other = is_anyset(args[0]) ? new_ref(args[0]) : set_from_iterable(args[0]);
  if (!other) return nullptr;
  int r = set_issubset_impl(other, self);
  decref(other);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}
Object* m_isdisjoint(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("isdisjoint", nargs, kwnames)) return nullptr;
  Object* it = get_iter(args[0]);
  if (!it) return nullptr;
  for (;;) {
    Object* key = iter_next(it);
    if (!key) break;
    int c = set_contains_key(as_set(self), key);
    decref(key);
    if (c != 0) {
      decref(it);
      return c < 0 ? nullptr : bool_new_ref(false);
    }
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return bool_new_ref(true);
}
Object* m_contains(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__contains__", nargs, kwnames)) return nullptr;
  int r = set_contains_slot(self, args[0]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}
Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  SetObject* so = as_set(self);
  ssize size = self->type->basicsize;
  if (so->table != so->smalltable) size += (so->mask + 1) * ssize(sizeof(SetEntry));
  return int_from_ssize(size);
}
Object* m_class_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__class_getitem__", nargs, kwnames)) return nullptr;
  return new_ref(self);
}

MethodDef set_methods[] = {
    {"add", m_add, METH_DEFAULT, "Add an element to a set."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from this set."},
    {"__contains__", m_contains, METH_COEXIST, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"discard", m_discard, METH_DEFAULT, "Remove an element from a set if it is a member."},
    {"difference", m_difference, METH_VARARGS,
     "Return the difference of two or more sets as a new set."},
    {"difference_update", m_difference_update, METH_VARARGS,
     "Remove all elements of another set from this set."},
    {"intersection", m_intersection, METH_VARARGS,
     "Return the intersection of two sets as a new set."},
    {"intersection_update", m_intersection_update, METH_VARARGS,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"pop", m_pop, METH_DEFAULT, "Remove and return an arbitrary set element."},
    {"remove", m_remove, METH_DEFAULT, "Remove an element from a set; it must be a member."},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT,
     "Update a set with the symmetric difference of itself and another."},
    {"union", m_union, METH_VARARGS, "Return the union of sets as a new set."},
    {"update", m_update, METH_VARARGS, "Update a set with the union of itself and others."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef frozenset_methods[] = {
    {"__contains__", m_contains, METH_COEXIST, "x.__contains__(y) <==> y in x."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a set."},
    {"difference", m_difference, METH_VARARGS,
     "Return the difference of two or more sets as a new set."},
    {"intersection", m_intersection, METH_VARARGS,
     "Return the intersection of two sets as a new set."},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, "Return True if two sets have a null intersection."},
    {"issubset", m_issubset, METH_DEFAULT, "Report whether another set contains this set."},
    {"issuperset", m_issuperset, METH_DEFAULT, "Report whether this set contains another set."},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT,
     "Return the symmetric difference of two sets as a new set."},
    {"union", m_union, METH_VARARGS, "Return the union of sets as a new set."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "S.__sizeof__() -> size of S in memory, in bytes"},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

void init_common(TypeObject& t) {
  t.basicsize = sizeof(SetObject);
  t.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_VECTORCALL;
  t.dealloc = set_dealloc;
  t.traverse = set_traverse;
  t.clear = set_tp_clear;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  mapping_methods(t).length = set_len;
  sequence_methods(t).contains = set_contains_slot;
  t.iter = set_iter;
  number_methods(t).nb[BINOP_OR] = set_or;
  number_methods(t).nb[BINOP_AND] = set_and;
  number_methods(t).nb[BINOP_SUBTRACT] = set_sub;
  number_methods(t).nb[BINOP_XOR] = set_xor;
  t.weaklistoffset = offsetof(SetObject, weakreflist);
}

}  // namespace

Object* set_new_empty() {
  return make_new_set(&SetType);
}

Object* set_from_iterable(Object* iterable) {
  SetObject* so = make_new_set(&SetType);
  if (!so) return nullptr;
  if (iterable && set_update_internal(so, iterable) < 0) {
    decref(so);
    return nullptr;
  }
  return so;
}

Object* frozenset_from_iterable(Object* iterable) {
  SetObject* so = make_new_set(&FrozenSetType);
  if (!so) return nullptr;
  if (iterable && set_update_internal(so, iterable) < 0) {
    decref(so);
    return nullptr;
  }
  return so;
}

int set_add(Object* op, Object* key) {
  hash_t h = key_hash(key);
  if (h == -1) return -1;
  return set_add_entry(as_set(op), new_ref(key), h);
}

int set_discard(Object* op, Object* key) {
  int r = set_discard_key(as_set(op), key);
  if (r < 0 && is_set(key) && err_matches(&ExcTypeError)) {
    err_clear();
    Object* f = frozenset_from_iterable(key);
    if (!f) return -1;
    r = set_discard_key(as_set(op), f);
    decref(f);
  }
  return r;
}

int set_contains(Object* op, Object* key) {
  return set_contains_slot(op, key);
}
int set_update(Object* op, Object* iterable) {
  return set_update_internal(as_set(op), iterable);
}

bool set_next(Object* op, ssize* pos, Object** key, hash_t* hash) {
  SetObject* so = as_set(op);
  ssize i = *pos;
  while (i <= so->mask && (!so->table[i].key || so->table[i].key == g_dummy)) ++i;
  *pos = i + 1;
  if (i > so->mask) return false;
  *key = so->table[i].key;
  *hash = so->table[i].hash;
  return true;
}

void set_types_init() {
  SetType.name = "set";
  init_common(SetType);
  SetType.doc = "set() -> new empty set object\nset(iterable) -> new set object";
  SetType.hash = hash_not_implemented;
  number_methods(SetType).nb_inplace[BINOP_OR] = set_ior;
  number_methods(SetType).nb_inplace[BINOP_AND] = set_iand;
  number_methods(SetType).nb_inplace[BINOP_SUBTRACT] = set_isub;
  number_methods(SetType).nb_inplace[BINOP_XOR] = set_ixor;
  SetType.init = set_init;
  SetType.new_ = set_new_slot;
  SetType.methods = set_methods;

  FrozenSetType.name = "frozenset";
  init_common(FrozenSetType);
  FrozenSetType.doc = "frozenset() -> empty frozenset object";
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.new_ = frozenset_new_slot;
  FrozenSetType.methods = frozenset_methods;

  SetIterType.name = "set_iterator";
  SetIterType.basicsize = sizeof(SetIterObject);
  SetIterType.flags = TPFLAG_HAVE_GC;
  SetIterType.dealloc = setiter_dealloc;
  SetIterType.traverse = setiter_traverse;
  SetIterType.iter = setiter_self;
  SetIterType.iternext = setiter_next;
  SetIterType.methods = setiter_methods;
}

}  // namespace mempy::runtime
