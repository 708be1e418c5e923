// runtime/dict.cpp — CPython 3.11's compact dict (see dict.h for the layout and growth rule).
//
// Keys object states: the shared static empty keys (refcount never reaches 0; a dict using it
// has nothing allocated), or a keys object owned by exactly one dict. Index slots hold
// EMPTY (-1), DUMMY (-2, a deleted entry) or an index into the entries array; entries are
// appended in insertion order and a deleted entry keeps its place with a null key until the
// next resize compacts the table. Lookups probe with CPython's perturbation sequence.
//
// Mutation during a lookup (an __eq__ that changes the dict) restarts the lookup, as CPython does.
#include "runtime/dict.h"

#include <bit>
#include <cstring>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "memory/tracer.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/dict_internal.h"
#include "runtime/dict_views.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"

namespace mempy::runtime {

TypeObject DictType;

enum DictKeysKind : std::uint8_t {
  DICT_KEYS_GENERAL = 0,
  DICT_KEYS_UNICODE = 1,
  DICT_KEYS_SPLIT = 2
};

struct DictKeys {
  ssize refcnt;
  std::uint8_t log2_size;
  std::uint8_t log2_index_bytes;
  std::uint8_t kind;
  std::uint8_t pad;
  std::uint32_t version;
  ssize usable;
  ssize nentries;
  char indices[1];  // (1 << log2_index_bytes) bytes, then the entries
};
static_assert(offsetof(DictKeys, indices) == 32);

namespace {

constexpr ssize DKIX_EMPTY = -1;
constexpr ssize DKIX_DUMMY = -2;
constexpr int LOG_MINSIZE = 3;
constexpr int PERTURB_SHIFT = 5;

struct GeneralEntry {
  hash_t hash;
  Object* key;
  Object* value;
};
struct UnicodeEntry {
  Object* key;
  Object* value;
};

inline ssize usable_fraction(ssize n) {
  return (n << 1) / 3;
}
inline ssize dk_size(const DictKeys* k) {
  return ssize(1) << k->log2_size;
}
inline ssize dk_mask(const DictKeys* k) {
  return dk_size(k) - 1;
}
// str-only tables (combined or split) use 16-byte entries without the hash
inline bool dk_is_unicode(const DictKeys* k) {
  return k->kind != DICT_KEYS_GENERAL;
}
inline bool dk_is_split(const DictKeys* k) {
  return k->kind == DICT_KEYS_SPLIT;
}
inline void* dk_entries(DictKeys* k) {
  return k->indices + (std::size_t(1) << k->log2_index_bytes);
}
inline GeneralEntry* general_entries(DictKeys* k) {
  return static_cast<GeneralEntry*>(dk_entries(k));
}
inline UnicodeEntry* unicode_entries(DictKeys* k) {
  return static_cast<UnicodeEntry*>(dk_entries(k));
}

inline ssize get_index(const DictKeys* k, ssize i) {
  int log2 = k->log2_size;
  if (log2 < 8) return reinterpret_cast<const std::int8_t*>(k->indices)[i];
  if (log2 < 16) return reinterpret_cast<const std::int16_t*>(k->indices)[i];
  if (log2 < 32) return reinterpret_cast<const std::int32_t*>(k->indices)[i];
  return reinterpret_cast<const std::int64_t*>(k->indices)[i];
}
inline void set_index(DictKeys* k, ssize i, ssize ix) {
  int log2 = k->log2_size;
  if (log2 < 8) {
    reinterpret_cast<std::int8_t*>(k->indices)[i] = std::int8_t(ix);
  } else if (log2 < 16) {
    reinterpret_cast<std::int16_t*>(k->indices)[i] = std::int16_t(ix);
  } else if (log2 < 32) {
    reinterpret_cast<std::int32_t*>(k->indices)[i] = std::int32_t(ix);
  } else {
    reinterpret_cast<std::int64_t*>(k->indices)[i] = ix;
  }
}

// The static empty keys: lookups always miss, usable 0 forces allocation on first insert. Built
// in raw storage because the 8 index bytes run past DictKeys' declared `indices[1]`.
DictKeys* make_empty_keys() {
  alignas(8) static unsigned char storage[offsetof(DictKeys, indices) + 8];
  auto* k = reinterpret_cast<DictKeys*>(storage);
  k->refcnt = STATIC_REFCNT;
  k->log2_size = LOG_MINSIZE;
  k->log2_index_bytes = LOG_MINSIZE;
  k->kind = DICT_KEYS_UNICODE;
  k->version = 1;
  k->usable = 0;
  k->nentries = 0;
  std::memset(k->indices, 0xff, 8);
  return k;
}
DictKeys* const g_empty_keys = make_empty_keys();

std::uint64_t g_dict_version = 0;
std::uint32_t g_keys_version = 1;

// free lists (CPython 3.11: 80 dicts, 80 minimum-size unicode keys objects)
constexpr int DICT_MAXFREELIST = 80;
DictObject* g_free_dicts[DICT_MAXFREELIST];
int g_numfree_dicts = 0;
DictKeys* g_free_keys[DICT_MAXFREELIST];
int g_numfree_keys = 0;

inline DictObject* as_dict(Object* op) {
  return static_cast<DictObject*>(op);
}

std::size_t keys_alloc_size(int log2_size, bool unicode) {
  int log2_bytes = log2_size < 8    ? log2_size
                   : log2_size < 16 ? log2_size + 1
                   : log2_size < 32 ? log2_size + 2
                                    : log2_size + 3;
  ssize usable = usable_fraction(ssize(1) << log2_size);
  std::size_t entry = unicode ? sizeof(UnicodeEntry) : sizeof(GeneralEntry);
  return offsetof(DictKeys, indices) + (std::size_t(1) << log2_bytes) + entry * std::size_t(usable);
}

DictKeys* new_keys(int log2_size, bool unicode) {
  int log2_bytes = log2_size < 8    ? log2_size
                   : log2_size < 16 ? log2_size + 1
                   : log2_size < 32 ? log2_size + 2
                                    : log2_size + 3;
  DictKeys* k;
  if (log2_size == LOG_MINSIZE && unicode && g_numfree_keys > 0) {
    k = g_free_keys[--g_numfree_keys];
  } else {
    if (log2_size >= 8 * int(sizeof(ssize)) - 4) {
      err_no_memory();
      return nullptr;
    }
    k = static_cast<DictKeys*>(memory::alloc(keys_alloc_size(log2_size, unicode)));
    if (!k) {
      err_no_memory();
      return nullptr;
    }
  }
  k->refcnt = 1;
  k->log2_size = std::uint8_t(log2_size);
  k->log2_index_bytes = std::uint8_t(log2_bytes);
  k->kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
  k->pad = 0;
  k->version = 0;
  k->usable = usable_fraction(ssize(1) << log2_size);
  k->nentries = 0;
  std::memset(k->indices, 0xff, std::size_t(1) << log2_bytes);
  std::size_t entry = unicode ? sizeof(UnicodeEntry) : sizeof(GeneralEntry);
  std::memset(dk_entries(k), 0, entry * std::size_t(k->usable));
  return k;
}

void free_keys_memory(DictKeys* k) {
  if (k->log2_size == LOG_MINSIZE && dk_is_unicode(k) && g_numfree_keys < DICT_MAXFREELIST) {
    g_free_keys[g_numfree_keys++] = k;
  } else {
    memory::free(k);
  }
}

// Drops the references held by a keys object and frees it.
void keys_decref(DictKeys* k) {
  if (k == g_empty_keys) return;
  if (--k->refcnt > 0) return;
  ssize n = k->nentries;
  if (dk_is_unicode(k)) {
    UnicodeEntry* e = unicode_entries(k);
    for (ssize i = 0; i < n; ++i) {
      xdecref(e[i].key);
      xdecref(e[i].value);
    }
  } else {
    GeneralEntry* e = general_entries(k);
    for (ssize i = 0; i < n; ++i) {
      xdecref(e[i].key);
      xdecref(e[i].value);
    }
  }
  free_keys_memory(k);
}

// ---- values arrays (split tables) -------------------------------------------------------------
inline std::uint8_t* values_prefix_end(DictValues* v) {
  return reinterpret_cast<std::uint8_t*>(v);
}
inline int values_prefix_size(const DictValues* v) {
  return reinterpret_cast<const std::uint8_t*>(v)[-1];
}

// CPython 3.11 computes bit_length(((minsize | 8) - 1) | 7): the smallest power of two >= minsize
// for 0 and for minsize >= 8, but 16 (not 8) for 1..7 — which is why a full 8-slot table that
// lost a few keys, or a str table receiving its first non-str key, is rebuilt at 16 slots.
int calculate_log2_keysize(ssize minsize) {
  std::size_t m = ((std::size_t(minsize) | 8) - 1) | 7;
  return int(std::bit_width(m));
}
int estimate_log2_keysize(ssize n) {
  return calculate_log2_keysize((n * 3 + 1) / 2);
}

inline bool maybe_tracked(Object* op) {
  if (!object_is_gc(op)) return false;
  if (is_tuple_exact(op)) return memory::gc_is_tracked(op);
  return true;
}

inline void maintain_tracking(DictObject* mp, Object* key, Object* value) {
  if (!memory::gc_is_tracked(mp) && (maybe_tracked(key) || maybe_tracked(value))) {
    memory::gc_track(mp);
  }
}

// ---- lookup ----------------------------------------------------------------------------------
// Probe a str-keyed table for `key` by identity or str equality (split tables and shared keys
// only ever hold exact strs, so no user __eq__ can run). Returns the entry index or DKIX_EMPTY.
ssize lookup_in_keys(DictKeys* dk, Object* key, hash_t hash) {
  if (!is_str_exact(key)) return -1;
  ssize mask = dk_mask(dk);
  std::size_t perturb = std::size_t(hash);
  ssize i = ssize(std::size_t(hash) & std::size_t(mask));
  UnicodeEntry* entries = unicode_entries(dk);
  for (;;) {
    ssize ix = get_index(dk, i);
    if (ix == -1) return -1;
    if (ix >= 0) {
      Object* ekey = entries[ix].key;
      if (ekey == key || (as_str(ekey)->hash == hash && str_eq(ekey, key))) return ix;
    }
    perturb >>= PERTURB_SHIFT;
    i = ssize((std::size_t(i) * 5 + perturb + 1) & std::size_t(mask));
  }
}

// Returns the entry index for key, DKIX_EMPTY when absent; -3 on error (exception set). *slot
// receives the index-table slot where the key was found or may be inserted.
constexpr ssize DKIX_ERROR = -3;

inline Object* split_value(DictObject* mp, ssize ix) {
  return mp->values->values[ix];
}

ssize lookup(DictObject* mp, Object* key, hash_t hash, Object** value_out) {
  if (mp->values) {
    // split table: same probing over the shared keys, values from this dict's array
    ssize ix = lookup_in_keys(mp->keys, key, hash);
    if (value_out) *value_out = ix >= 0 ? split_value(mp, ix) : nullptr;
    return ix;
  }
restart:
  DictKeys* dk = mp->keys;
  ssize mask = dk_mask(dk);
  std::size_t perturb = std::size_t(hash);
  ssize i = ssize(std::size_t(hash) & std::size_t(mask));
  bool key_is_str = is_str_exact(key);
  for (;;) {
    ssize ix = get_index(dk, i);
    if (ix == DKIX_EMPTY) {
      if (value_out) *value_out = nullptr;
      return DKIX_EMPTY;
    }
    if (ix >= 0) {
      if (dk_is_unicode(dk)) {
        UnicodeEntry* ep = &unicode_entries(dk)[ix];
        Object* ekey = ep->key;
        if (ekey == key) {
          if (value_out) *value_out = ep->value;
          return ix;
        }
        if (key_is_str) {
          if (as_str(ekey)->hash == hash && str_eq(ekey, key)) {
            if (value_out) *value_out = ep->value;
            return ix;
          }
        } else if (as_str(ekey)->hash == hash) {
          incref(ekey);
          int cmp = rich_compare_bool(ekey, key, CMP_EQ);
          decref(ekey);
          if (cmp < 0) return DKIX_ERROR;
          if (dk != mp->keys || ep->key != ekey) goto restart;
          if (cmp) {
            if (value_out) *value_out = ep->value;
            return ix;
          }
        }
      } else {
        GeneralEntry* ep = &general_entries(dk)[ix];
        Object* ekey = ep->key;
        if (ekey == key) {
          if (value_out) *value_out = ep->value;
          return ix;
        }
        if (ep->hash == hash) {
          if (key_is_str && is_str_exact(ekey)) {
            if (str_eq(ekey, key)) {
              if (value_out) *value_out = ep->value;
              return ix;
            }
          } else {
            incref(ekey);
            int cmp = rich_compare_bool(ekey, key, CMP_EQ);
            decref(ekey);
            if (cmp < 0) return DKIX_ERROR;
            if (dk != mp->keys || ep->key != ekey) goto restart;
            if (cmp) {
              if (value_out) *value_out = ep->value;
              return ix;
            }
          }
        }
      }
    }
    perturb >>= PERTURB_SHIFT;
    i = ssize((std::size_t(i) * 5 + perturb + 1) & std::size_t(mask));
  }
}

// The index-table slot holding entry `ix`.
ssize lookup_slot_of_index(DictKeys* dk, hash_t hash, ssize ix) {
  ssize mask = dk_mask(dk);
  std::size_t perturb = std::size_t(hash);
  ssize i = ssize(std::size_t(hash) & std::size_t(mask));
  for (;;) {
    ssize cur = get_index(dk, i);
    if (cur == ix) return i;
    perturb >>= PERTURB_SHIFT;
    i = ssize((std::size_t(i) * 5 + perturb + 1) & std::size_t(mask));
  }
}

// First empty slot for `hash` (used when inserting a key known to be absent).
ssize find_empty_slot(DictKeys* dk, hash_t hash) {
  ssize mask = dk_mask(dk);
  std::size_t perturb = std::size_t(hash);
  ssize i = ssize(std::size_t(hash) & std::size_t(mask));
  for (;;) {
    if (get_index(dk, i) < 0) return i;  // EMPTY or DUMMY (3.11 reuses dummies on insert)
    perturb >>= PERTURB_SHIFT;
    i = ssize((std::size_t(i) * 5 + perturb + 1) & std::size_t(mask));
  }
}

// Rebuilds the table at 2**log2_newsize slots, compacting deleted entries.
int dictresize(DictObject* mp, int log2_newsize, bool unicode) {
  DictKeys* old = mp->keys;
  ssize numentries = mp->used;
  bool to_unicode = unicode && (old == g_empty_keys || dk_is_unicode(old));
  DictKeys* nk = new_keys(log2_newsize, to_unicode);
  if (!nk) return -1;
  if (mp->values) {
    // split -> combined: entries in this dict's insertion order; keys are shared, so new refs
    DictValues* values = mp->values;
    int n = dict_values_count(values);
    UnicodeEntry* src = unicode_entries(old);
    for (int j = 0; j < n; ++j) {
      int ix = dict_values_order_at(values, j);
      Object* key = new_ref(src[ix].key);
      Object* value = values->values[ix];
      hash_t h = as_str(key)->hash;
      if (to_unicode) {
        unicode_entries(nk)[j] = {key, value};
      } else {
        general_entries(nk)[j] = {h, key, value};
      }
      set_index(nk, find_empty_slot(nk, h), j);
    }
    nk->usable -= n;
    nk->nentries = n;
    mp->values = nullptr;
    dict_values_free(values);  // the references moved into nk
    keys_decref(old);
    mp->keys = nk;
    return 0;
  }
  if (old != g_empty_keys) {
    ssize n = old->nentries;
    ssize j = 0;
    if (dk_is_unicode(old) && to_unicode) {
      UnicodeEntry* src = unicode_entries(old);
      UnicodeEntry* dst = unicode_entries(nk);
      for (ssize i = 0; i < n; ++i) {
        if (!src[i].value) continue;
        dst[j] = src[i];
        set_index(nk, find_empty_slot(nk, as_str(src[i].key)->hash), j);
        ++j;
      }
    } else if (dk_is_unicode(old)) {
      UnicodeEntry* src = unicode_entries(old);
      GeneralEntry* dst = general_entries(nk);
      for (ssize i = 0; i < n; ++i) {
        if (!src[i].value) continue;
        hash_t h = as_str(src[i].key)->hash;
        dst[j] = {h, src[i].key, src[i].value};
        set_index(nk, find_empty_slot(nk, h), j);
        ++j;
      }
    } else {
      GeneralEntry* src = general_entries(old);
      GeneralEntry* dst = general_entries(nk);
      for (ssize i = 0; i < n; ++i) {
        if (!src[i].value) continue;
        dst[j] = src[i];
        set_index(nk, find_empty_slot(nk, src[i].hash), j);
        ++j;
      }
    }
    (void)numentries;
    nk->usable -= j;
    nk->nentries = j;
    // entries moved, not copied: free the old table without decref'ing them
    if (old->refcnt == 1) {
      free_keys_memory(old);
    } else {
      --old->refcnt;
    }
  }
  mp->keys = nk;
  return 0;
}

int insertion_resize(DictObject* mp, bool unicode) {
  return dictresize(mp, calculate_log2_keysize(mp->used * 3), unicode);
}

// Inserts key/value (steals both references).
int insertdict(DictObject* mp, Object* key, hash_t hash, Object* value) {
  if (mp->values) {
    // split table: store in this dict's values, adding the key to the shared keys if needed
    ssize ix = is_str_exact(key) ? lookup_in_keys(mp->keys, key, hash) : -1;
    if (ix < 0 && is_str_exact(key)) ix = shared_keys_insert(mp->keys, key);
    if (ix >= 0) {
      maintain_tracking(mp, key, value);
      Object* old = mp->values->values[ix];
      mp->values->values[ix] = value;
      if (old) {
        decref(old);
      } else {
        dict_values_add_order(mp->values, ix);
        ++mp->used;
      }
      mp->version_tag = ++g_dict_version;
      decref(key);
      return 0;
    }
    if (insertion_resize(mp, is_str_exact(key)) < 0) goto fail;
  }
  if (dk_is_unicode(mp->keys) && !is_str_exact(key) && mp->keys != g_empty_keys) {
    if (insertion_resize(mp, false) < 0) goto fail;
  }
  {
    Object* old_value;
    ssize ix = lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) goto fail;
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
      if (mp->keys == g_empty_keys) {
        DictKeys* nk = new_keys(LOG_MINSIZE, is_str_exact(key));
        if (!nk) goto fail;
        mp->keys = nk;
      } else if (mp->keys->usable <= 0) {
        if (insertion_resize(mp, true) < 0) goto fail;
      }
      if (!is_str_exact(key) && dk_is_unicode(mp->keys)) {
        if (insertion_resize(mp, false) < 0) goto fail;
      }
      DictKeys* dk = mp->keys;
      ssize slot = find_empty_slot(dk, hash);
      ssize n = dk->nentries;
      set_index(dk, slot, n);
      if (dk_is_unicode(dk)) {
        unicode_entries(dk)[n] = {key, value};
      } else {
        general_entries(dk)[n] = {hash, key, value};
      }
      dk->version = 0;
      mp->version_tag = ++g_dict_version;
      ++mp->used;
      --dk->usable;
      ++dk->nentries;
      return 0;
    }
    if (old_value != value) {
      if (dk_is_unicode(mp->keys)) {
        unicode_entries(mp->keys)[ix].value = value;
      } else {
        general_entries(mp->keys)[ix].value = value;
      }
      mp->version_tag = ++g_dict_version;
      xdecref(old_value);
    } else {
      decref(value);
    }
    decref(key);
    return 0;
  }
fail:
  decref(value);
  decref(key);
  return -1;
}

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = as_str(key)->hash;
    if (h != -1) return h;
    return str_hash(key);
  }
  return object_hash(key);
}

// Removes entry ix (found for hash); returns the old value (owned) and key (owned).
void delitem_common(DictObject* mp, hash_t hash, ssize ix, Object** key_out, Object** value_out) {
  DictKeys* dk = mp->keys;
  if (mp->values) {
    *key_out = new_ref(unicode_entries(dk)[ix].key);
    *value_out = mp->values->values[ix];
    mp->values->values[ix] = nullptr;
    dict_values_remove_order(mp->values, ix);
    --mp->used;
    mp->version_tag = ++g_dict_version;
    return;
  }
  ssize slot = lookup_slot_of_index(dk, hash, ix);
  set_index(dk, slot, DKIX_DUMMY);
  --mp->used;
  mp->version_tag = ++g_dict_version;
  dk->version = 0;
  if (dk_is_unicode(dk)) {
    UnicodeEntry* ep = &unicode_entries(dk)[ix];
    *key_out = ep->key;
    *value_out = ep->value;
    ep->key = nullptr;
    ep->value = nullptr;
  } else {
    GeneralEntry* ep = &general_entries(dk)[ix];
    *key_out = ep->key;
    *value_out = ep->value;
    ep->key = nullptr;
    ep->value = nullptr;
  }
}

DictObject* dict_alloc() {
  DictObject* mp;
  if (g_numfree_dicts) {
    mp = g_free_dicts[--g_numfree_dicts];
    mp->refcnt = 1;
    mp->type = &DictType;
    memory::tracer::note_reuse(reinterpret_cast<char*>(mp) - sizeof(memory::GCHead));
  } else {
    char* mem = static_cast<char*>(memory::alloc(sizeof(memory::GCHead) + sizeof(DictObject)));
    if (!mem) {
      err_no_memory();
      return nullptr;
    }
    reinterpret_cast<memory::GCHead*>(mem)->next = 0;
    reinterpret_cast<memory::GCHead*>(mem)->prev = 0;
    mp = reinterpret_cast<DictObject*>(mem + sizeof(memory::GCHead));
    mp->refcnt = 1;
    mp->type = &DictType;
    memory::gc_note_alloc();
  }
  mp->used = 0;
  mp->version_tag = ++g_dict_version;
  mp->keys = g_empty_keys;
  mp->values = nullptr;
  return mp;
}

}  // namespace

// ---- public API
// -----------------------------------------------------------------------------------
Object* dict_new() {
  return dict_alloc();
}

Object* dict_new_presized(ssize minused) {
  DictObject* mp = dict_alloc();
  if (!mp) return nullptr;
  if (minused > usable_fraction(ssize(1) << LOG_MINSIZE)) {
    int log2 = estimate_log2_keysize(minused);
    DictKeys* k = new_keys(log2, true);
    if (!k) {
      decref(mp);
      return nullptr;
    }
    mp->keys = k;
  }
  return mp;
}

Object* dict_get_item_with_error(Object* op, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* value;
  ssize ix = lookup(as_dict(op), key, hash, &value);
  if (ix < 0) return nullptr;
  return value;
}

Object* dict_get_item(Object* op, Object* key) {
  Object* saved = err_fetch();
  Object* v = dict_get_item_with_error(op, key);
  if (!v && err_occurred()) err_clear();
  err_restore(saved);
  return v;
}

Object* dict_get_item_str(Object* op, Object* key) {
  DictObject* mp = as_dict(op);
  hash_t hash = as_str(key)->hash;
  if (hash == -1) hash = str_hash(key);
  DictKeys* dk = mp->keys;
  if (dk->kind == DICT_KEYS_UNICODE) {
    // inline probe for the common case: str keys in a str-keyed table
    ssize mask = dk_mask(dk);
    std::size_t perturb = std::size_t(hash);
    ssize i = ssize(std::size_t(hash) & std::size_t(mask));
    UnicodeEntry* entries = unicode_entries(dk);
    for (;;) {
      ssize ix = get_index(dk, i);
      if (ix == DKIX_EMPTY) return nullptr;
      if (ix >= 0) {
        Object* ekey = entries[ix].key;
        if (ekey == key || (as_str(ekey)->hash == hash && str_eq(ekey, key))) {
          return entries[ix].value;
        }
      }
      perturb >>= PERTURB_SHIFT;
      i = ssize((std::size_t(i) * 5 + perturb + 1) & std::size_t(mask));
    }
  }
  Object* v;
  ssize ix = lookup(mp, key, hash, &v);
  if (ix < 0) {
    if (ix == DKIX_ERROR) err_clear();
    return nullptr;
  }
  return v;
}

Object* dict_get_item_cstr(Object* op, const char* key) {
  Object* k = str_from_cstr(key);
  if (!k) {
    err_clear();
    return nullptr;
  }
  Object* v = dict_get_item_str(op, k);
  decref(k);
  return v;
}

// As CPython 3.11's PyDict_SetItem: the dict's own references are taken before the key is
// hashed, so a __hash__ running here sees them (one more than during a lookup).
int dict_set_item(Object* op, Object* key, Object* value) {
  return dict_set_item_take2(op, new_ref(key), new_ref(value));
}

int dict_set_item_take2(Object* op, Object* key, Object* value) {
  hash_t hash = key_hash(key);
  if (hash == -1) {
    decref(key);
    decref(value);
    return -1;
  }
  return insertdict(as_dict(op), key, hash, value);
}

int dict_set_item_cstr(Object* op, const char* key, Object* value) {
  Object* k = str_intern_cstr(key);
  if (!k) return -1;
  int r = dict_set_item(op, k, value);
  decref(k);
  return r;
}

int dict_del_item(Object* op, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  DictObject* mp = as_dict(op);
  Object* old;
  ssize ix = lookup(mp, key, hash, &old);
  if (ix == DKIX_ERROR) return -1;
  if (ix == DKIX_EMPTY || !old) {
    err_set_key_error(key);
    return -1;
  }
  Object *k, *v;
  delitem_common(mp, hash, ix, &k, &v);
  decref(k);
  decref(v);
  return 0;
}

int dict_del_item_cstr(Object* op, const char* key) {
  Object* k = str_from_cstr(key);
  if (!k) return -1;
  int r = dict_del_item(op, k);
  decref(k);
  return r;
}

Object* dict_pop_item(Object* op, Object* key, bool* found) {
  *found = false;
  DictObject* mp = as_dict(op);
  if (mp->used == 0) return nullptr;
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* old;
  ssize ix = lookup(mp, key, hash, &old);
  if (ix < 0 || !old) return nullptr;
  Object *k, *v;
  delitem_common(mp, hash, ix, &k, &v);
  decref(k);
  *found = true;
  return v;
}

int dict_contains(Object* op, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  Object* v;
  ssize ix = lookup(as_dict(op), key, hash, &v);
  if (ix == DKIX_ERROR) return -1;
  return ix >= 0 && v != nullptr;
}

void dict_clear(Object* op) {
  DictObject* mp = as_dict(op);
  DictKeys* old = mp->keys;
  if (mp->values) {
    DictValues* values = mp->values;
    ssize n = shared_keys_usable_size(old);
    mp->values = nullptr;
    mp->keys = g_empty_keys;
    mp->used = 0;
    mp->version_tag = ++g_dict_version;
    for (ssize i = 0; i < n; ++i) xdecref(values->values[i]);
    dict_values_free(values);
    keys_decref(old);
    return;
  }
  if (old == g_empty_keys) return;
  mp->keys = g_empty_keys;
  mp->used = 0;
  mp->version_tag = ++g_dict_version;
  keys_decref(old);
}

bool dict_next(Object* op, ssize* pos, Object** key, Object** value) {
  DictObject* mp = as_dict(op);
  DictKeys* dk = mp->keys;
  ssize i = *pos;
  if (mp->values) {
    if (i < 0 || i >= dict_values_count(mp->values)) return false;
    int ix = dict_values_order_at(mp->values, int(i));
    if (key) *key = unicode_entries(dk)[ix].key;
    if (value) *value = mp->values->values[ix];
    *pos = i + 1;
    return true;
  }
  ssize n = dk->nentries;
  if (dk_is_unicode(dk)) {
    UnicodeEntry* e = unicode_entries(dk);
    while (i < n && !e[i].value) ++i;
    if (i >= n) return false;
    if (key) *key = e[i].key;
    if (value) *value = e[i].value;
  } else {
    GeneralEntry* e = general_entries(dk);
    while (i < n && !e[i].value) ++i;
    if (i >= n) return false;
    if (key) *key = e[i].key;
    if (value) *value = e[i].value;
  }
  *pos = i + 1;
  return true;
}

ssize dict_nentries(Object* op) {
  DictObject* mp = as_dict(op);
  if (mp->values) return dict_values_count(mp->values);
  return mp->keys->nentries;
}

bool dict_entry_at(Object* op, ssize i, Object** key, Object** value) {
  DictKeys* dk = as_dict(op)->keys;
  if (as_dict(op)->values) {
    ssize p = i;
    return dict_next(op, &p, key, value);
  }
  if (i < 0 || i >= dk->nentries) return false;
  if (dk_is_unicode(dk)) {
    UnicodeEntry& e = unicode_entries(dk)[i];
    if (!e.value) return false;
    *key = e.key;
    *value = e.value;
  } else {
    GeneralEntry& e = general_entries(dk)[i];
    if (!e.value) return false;
    *key = e.key;
    *value = e.value;
  }
  return true;
}

namespace {

// Exact copy of a dense table (dict.copy / dict(d) / {**d} of a dict without deleted entries).
DictKeys* clone_keys(DictKeys* src) {
  std::size_t size = keys_alloc_size(src->log2_size, dk_is_unicode(src));
  DictKeys* k;
  if (src->log2_size == LOG_MINSIZE && dk_is_unicode(src) && g_numfree_keys > 0) {
    k = g_free_keys[--g_numfree_keys];
  } else {
    k = static_cast<DictKeys*>(memory::alloc(size));
    if (!k) {
      err_no_memory();
      return nullptr;
    }
  }
  std::memcpy(k, src, size);
  k->refcnt = 1;
  k->version = 0;
  ssize n = k->nentries;
  if (dk_is_unicode(k)) {
    UnicodeEntry* e = unicode_entries(k);
    for (ssize i = 0; i < n; ++i) {
      xincref(e[i].key);
      xincref(e[i].value);
    }
  } else {
    GeneralEntry* e = general_entries(k);
    for (ssize i = 0; i < n; ++i) {
      xincref(e[i].key);
      xincref(e[i].value);
    }
  }
  return k;
}

int dict_merge_impl(Object* a, Object* b, bool override) {
  DictObject* mp = as_dict(a);
  if (is_dict(b) && (b->type == &DictType ||
                     type_lookup(b->type, ids::iter) == type_lookup(&DictType, ids::iter))) {
    DictObject* other = as_dict(b);
    if (other == mp || other->used == 0) return 0;
    // an empty target clones a clean table that is minimal or at least a third full
    DictKeys* ok = other->keys;
    if (mp->used == 0 && !other->values && other->used == ok->nentries && ok != g_empty_keys &&
        (ok->log2_size == LOG_MINSIZE || usable_fraction(dk_size(ok) / 2) < other->used)) {
      DictKeys* k = clone_keys(other->keys);
      if (!k) return -1;
      keys_decref(mp->keys);
      mp->keys = k;
      mp->used = other->used;
      mp->version_tag = ++g_dict_version;
      if (memory::gc_is_tracked(other) && !memory::gc_is_tracked(mp)) memory::gc_track(mp);
      return 0;
    }
    // one resize up front; the shared empty keys count as a 1-slot table (CPython's
    // Py_EMPTY_KEYS has log2 size 0), so merging into an empty dict always presizes
    ssize target_slots = mp->keys == g_empty_keys ? 1 : dk_size(mp->keys);
    if (usable_fraction(target_slots) < other->used) {
      if (dictresize(mp, estimate_log2_keysize(mp->used + other->used), dk_is_unicode(ok)) < 0) {
        return -1;
      }
    }
    ssize pos = 0;
    Object *k, *v;
    DictKeys* okeys = other->keys;
    while (dict_next(other, &pos, &k, &v)) {
      incref(k);
      incref(v);
      hash_t h = key_hash(k);
      int r = 0;
      if (h == -1) {
        r = -1;
      } else if (override) {
        r = insertdict(mp, new_ref(k), h, new_ref(v));
      } else {
        Object* existing;
        ssize ix = lookup(mp, k, h, &existing);
        if (ix == DKIX_ERROR) {
          r = -1;
        } else if (ix == DKIX_EMPTY || !existing) {
          r = insertdict(mp, new_ref(k), h, new_ref(v));
        }
      }
      decref(k);
      decref(v);
      if (r < 0) return -1;
      if (other->keys != okeys) {
        err_set_string(&ExcRuntimeError, "dict mutated during update");
        return -1;
      }
    }
    return 0;
  }
  // a generic mapping: keys() then __getitem__
  Object* keys = call_method(b, ids::s_keys, nullptr, 0);
  if (!keys) return -1;
  Object* it = get_iter(keys);
  decref(keys);
  if (!it) return -1;
  for (;;) {
    Object* k = iter_next(it);
    if (!k) break;
    if (!override) {
      int c = dict_contains(a, k);
      if (c != 0) {
        decref(k);
        if (c < 0) {
          decref(it);
          return -1;
        }
        continue;
      }
    }
    Object* v = get_item(b, k);
    if (!v) {
      decref(k);
      decref(it);
      return -1;
    }
    int r = dict_set_item(a, k, v);
    decref(k);
    decref(v);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

}  // namespace

Object* dict_copy(Object* op) {
  DictObject* mp = as_dict(op);
  DictObject* r = dict_alloc();
  if (!r) return nullptr;
  if (mp->used == 0) return r;
  if (mp->values) {
    // a split dict copies into another split dict over the same shared keys
    ssize size = shared_keys_usable_size(mp->keys);
    DictValues* nv = dict_values_new(size);
    if (!nv) {
      decref(r);
      return nullptr;
    }
    int n = dict_values_count(mp->values);
    for (int j = 0; j < n; ++j) {
      int ix = dict_values_order_at(mp->values, j);
      nv->values[ix] = new_ref(mp->values->values[ix]);
      dict_values_add_order(nv, ix);
    }
    decref(r);
    return dict_new_split(mp->keys, nv, mp->used);
  }
  if (mp->used >= (mp->keys->nentries * 2) / 3) {
    DictKeys* k = clone_keys(mp->keys);
    if (!k) {
      decref(r);
      return nullptr;
    }
    r->keys = k;
    r->used = mp->used;
    if (memory::gc_is_tracked(mp)) memory::gc_track(r);
    return r;
  }
  if (dict_merge_impl(r, op, true) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

int dict_update(Object* op, Object* other) {
  return dict_merge_impl(op, other, true);
}

int dict_merge_pairs(Object* op, Object* iterable) {
  Object* it = get_iter(iterable);
  if (!it) return -1;
  for (ssize i = 0;; ++i) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* fast = is_tuple(item) || is_list(item) ? new_ref(item) : sequence_tuple(item);
    if (!fast) {
      decref(item);
      decref(it);
      if (err_matches(&ExcTypeError)) {
        err_clear();
        err_format(&ExcTypeError,
                   "cannot convert dictionary update sequence element #{} to a sequence", i);
      }
      return -1;
    }
    ssize n = object_length(fast);
    if (n != 2) {
      err_format(&ExcValueError,
                 "dictionary update sequence element #{} has length {}; 2 is required", i, n);
      decref(fast);
      decref(item);
      decref(it);
      return -1;
    }
    Object* k = get_item_index(fast, 0);
    Object* v = k ? get_item_index(fast, 1) : nullptr;
    int r = v ? dict_set_item(op, k, v) : -1;
    xdecref(k);
    xdecref(v);
    decref(fast);
    decref(item);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return err_occurred() ? -1 : 0;
}

namespace {

Object* dict_collect(Object* op, int what) {  // 0 keys, 1 values, 2 items
  DictObject* mp = as_dict(op);
again:
  ssize n = mp->used;
  Object* list = list_new(n);
  if (!list) return nullptr;
  if (n != mp->used) {  // allocation ran a finalizer that changed the dict
    decref(list);
    goto again;
  }
  ssize pos = 0, j = 0;
  Object *k, *v;
  while (dict_next(op, &pos, &k, &v)) {
    Object* item;
    if (what == 0) {
      item = new_ref(k);
    } else if (what == 1) {
      item = new_ref(v);
    } else {
      item = tuple_pack({k, v});
      if (!item) {
        decref(list);
        return nullptr;
      }
    }
    list_set_new(list, j++, item);
  }
  return list;
}

}  // namespace

Object* dict_keys_list(Object* op) {
  return dict_collect(op, 0);
}
Object* dict_values_list(Object* op) {
  return dict_collect(op, 1);
}
Object* dict_items_list(Object* op) {
  return dict_collect(op, 2);
}

Object* dict_set_default(Object* op, Object* key, Object* default_value) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* v;
  ssize ix = lookup(as_dict(op), key, hash, &v);
  if (ix == DKIX_ERROR) return nullptr;
  if (ix >= 0 && v) return v;
  if (insertdict(as_dict(op), new_ref(key), hash, new_ref(default_value)) < 0) return nullptr;
  return default_value;
}

std::uint32_t dict_keys_version(Object* op) {
  DictKeys* dk = as_dict(op)->keys;
  if (dk == g_empty_keys || as_dict(op)->values) return 0;
  if (dk->version == 0) {
    if (g_keys_version == 0) return 0;  // exhausted
    dk->version = g_keys_version++;
  }
  return dk->version;
}

ssize dict_lookup_index_str(Object* op, Object* key) {
  Object* v;
  ssize ix = lookup(as_dict(op), key, str_hash(key), &v);
  if (ix < 0) {
    if (ix == DKIX_ERROR) err_clear();
    return -1;
  }
  return v ? ix : -1;
}

Object* dict_value_at_index(Object* op, ssize index) {
  DictKeys* dk = as_dict(op)->keys;
  if (dk_is_unicode(dk)) return unicode_entries(dk)[index].value;
  return general_entries(dk)[index].value;
}

// ---- the type
// ---------------------------------------------------------------------------------------
namespace {

void dict_dealloc(Object* op) {
  DictObject* mp = as_dict(op);
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  if (mp->values) {
    dict_clear(op);
  } else {
    DictKeys* keys = mp->keys;
    mp->keys = g_empty_keys;
    keys_decref(keys);
  }
  if (op->type == &DictType && g_numfree_dicts < DICT_MAXFREELIST) {
    g_free_dicts[g_numfree_dicts++] = mp;
  } else if (op->type == &DictType) {
    memory::gc_note_free();
    memory::free(memory::gc_head(op));
  } else {
    op->type->free_fn(op);
  }
  trashcan_end();
}

int dict_traverse(Object* op, VisitFn visit, void* arg) {
  DictKeys* dk = as_dict(op)->keys;
  if (as_dict(op)->values) {
    ssize n = shared_keys_usable_size(dk);
    Object** v = as_dict(op)->values->values;
    for (ssize i = 0; i < n; ++i) {
      if (v[i] && visit(v[i], arg)) return 1;
    }
    return 0;
  }
  ssize n = dk->nentries;
  if (dk_is_unicode(dk)) {
    // str keys are atomic: CPython visits only the values (gc.get_referents shows values only)
    UnicodeEntry* e = unicode_entries(dk);
    for (ssize i = 0; i < n; ++i) {
      if (e[i].value && visit(e[i].value, arg)) return 1;
    }
  } else {
    // value before key, as CPython (the order gc.get_referents shows)
    GeneralEntry* e = general_entries(dk);
    for (ssize i = 0; i < n; ++i) {
      if (e[i].value) {
        if (visit(e[i].value, arg)) return 1;
        if (visit(e[i].key, arg)) return 1;
      }
    }
  }
  return 0;
}

int dict_tp_clear(Object* op) {
  dict_clear(op);
  return 0;
}

Object* dict_repr(Object* op) {
  DictObject* mp = as_dict(op);
  int r = repr_enter(op);  // CPython enters even for an empty dict
  if (r != 0) return r > 0 ? str_from_ascii("{...}", 5) : nullptr;
  if (mp->used == 0) {
    repr_leave(op);
    return str_from_ascii("{}", 2);
  }
  StrBuilder b;
  b.append_char('{');
  ssize pos = 0;
  Object *k, *v;
  bool first = true;
  while (dict_next(op, &pos, &k, &v)) {
    incref(k);
    incref(v);
    if (!first) b.append_ascii(", ");
    first = false;
    Object* ks = object_repr(k);
    Object* vs = ks ? object_repr(v) : nullptr;
    decref(k);
    decref(v);
    if (!vs) {
      xdecref(ks);
      repr_leave(op);
      return nullptr;
    }
    b.append_str(ks);
    b.append_ascii(": ");
    b.append_str(vs);
    decref(ks);
    decref(vs);
  }
  b.append_char('}');
  repr_leave(op);
  return b.finish();
}

ssize dict_len(Object* op) {
  return as_dict(op)->used;
}

Object* dict_subscript(Object* op, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  Object* v;
  ssize ix = lookup(as_dict(op), key, hash, &v);
  if (ix == DKIX_ERROR) return nullptr;
  if (ix == DKIX_EMPTY || !v) {
    if (!is_dict_exact(op)) {
      // dict subclasses may define __missing__
      bool unbound;
      Object* missing = lookup_maybe_method(op, ids::missing, &unbound);
      if (missing) {
        Object* margs[2] = {op, key};
        Object* r = unbound ? call(missing, margs, 2, nullptr) : call_one_arg(missing, key);
        decref(missing);
        return r;
      }
      if (err_occurred()) return nullptr;
    }
    err_set_key_error(key);
    return nullptr;
  }
  return new_ref(v);
}

int dict_ass_sub(Object* op, Object* key, Object* value) {
  if (value) return dict_set_item(op, key, value);
  return dict_del_item(op, key);
}

int dict_contains_slot(Object* op, Object* key) {
  return dict_contains(op, key);
}

Object* dict_richcompare(Object* a, Object* b, int op) {
  if (!is_dict(a) || !is_dict(b) || (op != CMP_EQ && op != CMP_NE)) {
    return not_implemented_new_ref();
  }
  int eq = 1;
  if (as_dict(a)->used != as_dict(b)->used) {
    eq = 0;
  } else {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(a, &pos, &k, &v)) {
      incref(k);
      incref(v);
      Object* bv = dict_get_item_with_error(b, k);
      if (!bv) {
        decref(k);
        decref(v);
        if (err_occurred()) return nullptr;
        eq = 0;
        break;
      }
      incref(bv);
      int c = rich_compare_bool(v, bv, CMP_EQ);
      decref(k);
      decref(v);
      decref(bv);
      if (c < 0) return nullptr;
      if (!c) {
        eq = 0;
        break;
      }
    }
  }
  return bool_new_ref(op == CMP_EQ ? eq : !eq);
}

Object* dict_iter(Object* op) {
  return dict_iter_new(op, DICT_ITER_KEYS, false);
}

int dict_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (nargs > 1) {
    err_format(&ExcTypeError, "dict expected at most 1 argument, got {}", nargs);
    return -1;
  }
  if (nargs == 1) {
    Object* arg = args[0];
    int r;
    Object* keys_attr = nullptr;
    if (is_dict(arg)) {
      r = dict_merge_impl(self, arg, true);
    } else {
      int has = lookup_attr(arg, ids::s_keys, &keys_attr);
      if (has < 0) return -1;
      xdecref(keys_attr);
      r = has ? dict_merge_impl(self, arg, true) : dict_merge_pairs(self, arg);
    }
    if (r < 0) return -1;
  }
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    if (dict_set_item(self, tuple_get(kwnames, i), args[nargs + std::size_t(i)]) < 0) return -1;
  }
  return 0;
}

Object* dict_new_slot(TypeObject* type, Object* const*, std::size_t, Object*) {
  if (type == &DictType) return dict_new();
  DictObject* mp = static_cast<DictObject*>(type_generic_alloc(type, 0));
  if (!mp) return nullptr;
  mp->keys = g_empty_keys;
  mp->version_tag = ++g_dict_version;
  // dict subclasses are always tracked (their instances may have a __dict__)
  memory::gc_track(mp);
  return mp;
}

Object* dict_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented_new_ref();
  Object* r = dict_copy(a);
  if (!r) return nullptr;
  if (dict_update(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* dict_ior(Object* a, Object* b) {
  int r;
  if (is_dict(b)) {
    r = dict_update(a, b);
  } else {
    Object* keys_attr = nullptr;
    int has = lookup_attr(b, ids::s_keys, &keys_attr);
    if (has < 0) return nullptr;
    xdecref(keys_attr);
    r = has ? dict_update(a, b) : dict_merge_pairs(a, b);
  }
  if (r < 0) return nullptr;
  return new_ref(a);
}

// ---- methods
// --------------------------------------------------------------------------------------
Object* m_get(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("get", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "get expected at least 1 argument, got {}"
                             : "get expected at most 2 arguments, got {}",
                   nargs);
    return nullptr;
  }
  hash_t hash = key_hash(args[0]);
  if (hash == -1) return nullptr;
  Object* v;
  ssize ix = lookup(as_dict(self), args[0], hash, &v);
  if (ix == DKIX_ERROR) return nullptr;
  if (ix >= 0 && v) return new_ref(v);
  return new_ref(nargs == 2 ? args[1] : None());
}

Object* m_setdefault(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("setdefault", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "setdefault expected at least 1 argument, got {}"
                             : "setdefault expected at most 2 arguments, got {}",
                   nargs);
    return nullptr;
  }
  Object* v = dict_set_default(self, args[0], nargs == 2 ? args[1] : None());
  return xnew_ref(v);
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("pop", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "pop expected at least 1 argument, got {}"
                             : "pop expected at most 2 arguments, got {}",
                   nargs);
    return nullptr;
  }
  bool found;
  Object* v = dict_pop_item(self, args[0], &found);
  if (found) return v;
  if (err_occurred()) return nullptr;
  if (nargs == 2) return new_ref(args[1]);
  err_set_key_error(args[0]);
  return nullptr;
}

Object* m_popitem(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("popitem", nargs, kwnames)) return nullptr;
  DictObject* mp = as_dict(self);
  if (mp->used == 0) {
    err_set_string(&ExcKeyError, "popitem(): dictionary is empty");
    return nullptr;
  }
  // a split table becomes combined first, at the shared keys' size (CPython 3.11 does the same:
  // popitem on an instance __dict__ leaves a 64-slot table)
  if (mp->values && dictresize(mp, mp->keys->log2_size, true) < 0) return nullptr;
  DictKeys* dk = mp->keys;
  ssize i = dk->nentries - 1;
  Object *k, *v;
  hash_t h;
  if (dk_is_unicode(dk)) {
    while (i >= 0 && !unicode_entries(dk)[i].value) --i;
    h = as_str(unicode_entries(dk)[i].key)->hash;
  } else {
    while (i >= 0 && !general_entries(dk)[i].value) --i;
    h = general_entries(dk)[i].hash;
  }
  delitem_common(mp, h, i, &k, &v);
  dk->nentries = i;  // popped entries are reused
  Object* t = tuple_pack({k, v});
  decref(k);
  decref(v);
  return t;
}

Object* m_keys(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("keys", nargs, kwnames)) return nullptr;
  return dict_view_new(self, DICT_ITER_KEYS);
}
Object* m_values(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("values", nargs, kwnames)) return nullptr;
  return dict_view_new(self, DICT_ITER_VALUES);
}
Object* m_items(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("items", nargs, kwnames)) return nullptr;
  return dict_view_new(self, DICT_ITER_ITEMS);
}

Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs > 1) {
    err_format(&ExcTypeError, "update expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  if (dict_init(self, args, std::size_t(nargs), kwnames) < 0) return nullptr;
  return none_new_ref();
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear", nargs, kwnames)) return nullptr;
  dict_clear(self);
  return none_new_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  return dict_copy(self);
}

Object* m_fromkeys(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("fromkeys", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 2) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "fromkeys expected at least 1 argument, got {}"
                             : "fromkeys expected at most 2 arguments, got {}",
                   nargs);
    return nullptr;
  }
  Object* value = nargs == 2 ? args[1] : None();
  Object* d = call_no_args(cls);
  if (!d) return nullptr;
  Object* it = get_iter(args[0]);
  if (!it) {
    decref(d);
    return nullptr;
  }
  for (;;) {
    Object* k = iter_next(it);
    if (!k) break;
    int r = is_dict_exact(d) ? dict_set_item(d, k, value) : set_item(d, k, value);
    decref(k);
    if (r < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (err_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  DictObject* mp = as_dict(self);
  ssize size = self->type->basicsize;
  if (mp->values) size += shared_keys_usable_size(mp->keys) * ssize(sizeof(Object*));
  if (mp->keys != g_empty_keys && mp->keys->refcnt == 1) {
    size += ssize(keys_alloc_size(mp->keys->log2_size, dk_is_unicode(mp->keys)));
  }
  return int_from_ssize(size);
}

Object* m_contains(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__contains__", nargs, kwnames)) return nullptr;
  int r = dict_contains(self, args[0]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

Object* m_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__getitem__", nargs, kwnames)) return nullptr;
  return dict_subscript(self, args[0]);
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  return dict_iter_new(self, DICT_ITER_KEYS, true);
}

Object* m_class_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__class_getitem__", nargs, kwnames)) return nullptr;
  return new_ref(self);
}

MethodDef dict_methods[] = {
    {"__contains__", m_contains, METH_COEXIST, "True if the dictionary has the specified key."},
    {"__getitem__", m_getitem, METH_COEXIST, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", m_get, METH_DEFAULT,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", m_setdefault, METH_DEFAULT,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", m_pop, METH_DEFAULT,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value."},
    {"popitem", m_popitem, METH_DEFAULT, "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", m_keys, METH_DEFAULT, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", m_items, METH_DEFAULT,
     "D.items() -> a set-like object providing a view on D's items"},
    {"values", m_values, METH_DEFAULT, "D.values() -> an object providing a view on D's values"},
    {"update", m_update, METH_VARARGS,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F."},
    {"fromkeys", m_fromkeys, METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", m_clear, METH_DEFAULT, "D.clear() -> None.  Remove all items from D."},
    {"copy", m_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D"},
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// ---- split tables: shared keys and values arrays
// -------------------------------------------------
namespace {
constexpr int SHARED_KEYS_MAX_SIZE = 30;
constexpr int NEXT_LOG2_SHARED_KEYS_MAX_SIZE = 6;
}  // namespace

DictKeys* dict_new_keys_for_class() {
  DictKeys* k = new_keys(NEXT_LOG2_SHARED_KEYS_MAX_SIZE, true);
  if (!k) return nullptr;
  // one more than the maximum: it shrinks by one before each new instance
  k->usable = SHARED_KEYS_MAX_SIZE;
  k->kind = DICT_KEYS_SPLIT;
  return k;
}

void dict_keys_decref(DictKeys* keys) {
  keys_decref(keys);
}

ssize dict_keys_alloc_size(const DictKeys* keys) {
  return ssize(keys_alloc_size(keys->log2_size, dk_is_unicode(keys)));
}

ssize shared_keys_usable_size(const DictKeys* keys) {
  return keys->nentries + keys->usable;
}

void shared_keys_note_new_instance(DictKeys* keys) {
  if (keys->usable > 1) --keys->usable;
}

ssize shared_keys_lookup(DictKeys* keys, Object* name) {
  if (!is_str_exact(name)) return -1;
  hash_t h = as_str(name)->hash;
  if (h == -1) h = str_hash(name);
  return lookup_in_keys(keys, name, h);
}

ssize shared_keys_insert(DictKeys* keys, Object* name) {
  if (!is_str_exact(name)) return -1;
  hash_t h = as_str(name)->hash;
  if (h == -1) h = str_hash(name);
  ssize ix = lookup_in_keys(keys, name, h);
  if (ix >= 0) return ix;
  if (keys->usable <= 0) return -1;
  // shared keys keep interned names (CPython interns attribute names on store)
  Object* key = new_ref(name);
  str_intern_in_place(&key);
  ix = keys->nentries;
  set_index(keys, find_empty_slot(keys, h), ix);
  unicode_entries(keys)[ix] = {key, nullptr};
  keys->version = 0;
  --keys->usable;
  ++keys->nentries;
  return ix;
}

Object* shared_keys_name(DictKeys* keys, ssize ix) {
  return unicode_entries(keys)[ix].key;
}

ssize shared_keys_nentries(const DictKeys* keys) {
  return keys->nentries;
}

DictValues* dict_values_new(ssize size) {
  std::size_t prefix = (std::size_t(size) + 2 + 7) & ~std::size_t(7);
  std::size_t n = prefix + std::size_t(size) * sizeof(Object*);
  std::uint8_t* mem = static_cast<std::uint8_t*>(memory::alloc(n));
  if (!mem) {
    err_no_memory();
    return nullptr;
  }
  std::memset(mem, 0, n);
  mem[prefix - 1] = std::uint8_t(prefix);
  return reinterpret_cast<DictValues*>(mem + prefix);
}

void dict_values_free(DictValues* values) {
  memory::free(reinterpret_cast<std::uint8_t*>(values) - values_prefix_size(values));
}

int dict_values_count(const DictValues* values) {
  return reinterpret_cast<const std::uint8_t*>(values)[-2];
}

int dict_values_order_at(const DictValues* values, int i) {
  // order bytes grow downward from just below the count byte
  return reinterpret_cast<const std::uint8_t*>(values)[-3 - i];
}

void dict_values_add_order(DictValues* values, ssize ix) {
  std::uint8_t* base = values_prefix_end(values);
  int n = base[-2];
  base[-3 - n] = std::uint8_t(ix);
  base[-2] = std::uint8_t(n + 1);
}

void dict_values_remove_order(DictValues* values, ssize ix) {
  std::uint8_t* base = values_prefix_end(values);
  int n = base[-2];
  int i = 0;
  while (i < n && base[-3 - i] != ix) ++i;
  for (; i + 1 < n; ++i) base[-3 - i] = base[-3 - (i + 1)];
  base[-2] = std::uint8_t(n - 1);
}

Object* dict_new_split(DictKeys* keys, DictValues* values, ssize used) {
  DictObject* mp = dict_alloc();
  if (!mp) {
    return nullptr;
  }
  ++keys->refcnt;
  mp->keys = keys;
  mp->values = values;
  mp->used = used;
  int n = dict_values_count(values);
  for (int j = 0; j < n; ++j) {
    Object* v = values->values[dict_values_order_at(values, j)];
    if (maybe_tracked(v)) {
      memory::gc_track(mp);
      break;
    }
  }
  return mp;
}

Object* dict_new_with_shared_keys(DictKeys* keys) {
  DictValues* values = dict_values_new(shared_keys_usable_size(keys));
  if (!values) return nullptr;
  Object* d = dict_new_split(keys, values, 0);
  if (!d) dict_values_free(values);
  return d;
}

int dict_free_list_count() {
  return g_numfree_dicts;
}

void dict_clear_free_lists() {
  while (g_numfree_dicts) {
    DictObject* mp = g_free_dicts[--g_numfree_dicts];
    memory::gc_note_free();
    memory::free(memory::gc_head(mp));
  }
  while (g_numfree_keys) memory::free(g_free_keys[--g_numfree_keys]);
}

void dict_type_init() {
  DictType.name = "dict";
  DictType.basicsize = sizeof(DictObject);
  DictType.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_DICT_SUBCLASS | TPFLAG_VECTORCALL;
  DictType.doc = "dict() -> new empty dictionary";
  DictType.dealloc = dict_dealloc;
  DictType.traverse = dict_traverse;
  DictType.clear = dict_tp_clear;
  DictType.repr = dict_repr;
  DictType.hash = hash_not_implemented;
  DictType.richcompare = dict_richcompare;
  mapping_methods(DictType).length = dict_len;
  mapping_methods(DictType).getitem = dict_subscript;
  mapping_methods(DictType).setitem = dict_ass_sub;
  sequence_methods(DictType).contains = dict_contains_slot;
  number_methods(DictType).nb[BINOP_OR] = dict_or;
  number_methods(DictType).nb_inplace[BINOP_OR] = dict_ior;
  DictType.iter = dict_iter;
  DictType.init = dict_init;
  DictType.new_ = dict_new_slot;
  DictType.methods = dict_methods;
}

}  // namespace mempy::runtime
