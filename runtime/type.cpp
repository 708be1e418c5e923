// runtime/type.cpp — `type` and `object`: readying built-in types, the MRO, attribute lookup
// with a per-(version, name) cache, generic attribute access, allocation, and class creation.
//
// Attribute cache: every type that has been looked up gets a version tag; a global direct-mapped
// cache of 4096 entries maps (version, name) to the MRO lookup result. Changing a class (setting
// or deleting an attribute, changing __bases__) invalidates its version and its subclasses' —
// the same scheme as CPython 3.11's method cache, and what LOAD_ATTR's inline caches key on.
#include "runtime/type.h"

#include <cassert>
#include <cstring>
#include <vector>

#include <algorithm>
#include <deque>
#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/dict_internal.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject TypeType;
TypeObject ObjectType;

// ---- version tags and the attribute cache -----------------------------------------------------
namespace {

constexpr int MCACHE_BITS = 12;
constexpr std::uint32_t MCACHE_SIZE = 1u << MCACHE_BITS;
struct CacheEntry {
  std::uint32_t version;
  Object* name;   // borrowed: interned names live as long as the cache entry can hit
  Object* value;  // borrowed
};
CacheEntry g_mcache[MCACHE_SIZE];
std::uint32_t g_next_version = 1;

inline std::uint32_t mcache_hash(std::uint32_t version, Object* name) {
  auto h = reinterpret_cast<std::uintptr_t>(name) >> 4;
  return (version ^ std::uint32_t(h) ^ std::uint32_t(h >> MCACHE_BITS)) & (MCACHE_SIZE - 1);
}

void add_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->subclasses) base->subclasses = new SubclassList();
  base->subclasses->items.push_back(sub);
}
void remove_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->subclasses) return;
  auto& v = base->subclasses->items;
  for (auto it = v.begin(); it != v.end(); ++it) {
    if (*it == sub) {
      v.erase(it);
      break;
    }
  }
}

}  // namespace

std::uint32_t type_version(TypeObject* type) {
  if (type->flags & TPFLAG_VALID_VERSION) return type->version_tag;
  if (g_next_version == 0) return 0;  // exhausted: no caching
  // A type can only have a valid version when all its bases have one.
  if (type->mro) {
    for (ssize i = 1; i < tuple_size(type->mro); ++i) {
      if (!type_version(static_cast<TypeObject*>(tuple_get(type->mro, i)))) return 0;
    }
  }
  type->version_tag = g_next_version++;
  type->flags |= TPFLAG_VALID_VERSION;
  return type->version_tag;
}

void type_modified(TypeObject* type) {
  if (!(type->flags & TPFLAG_VALID_VERSION)) return;
  type->flags &= ~std::uint64_t(TPFLAG_VALID_VERSION);
  type->version_tag = 0;
  if (type->subclasses) {
    for (TypeObject* sub : type->subclasses->items) type_modified(sub);
  }
}

namespace {

Object* find_in_mro(TypeObject* type, Object* name) {
  Object* mro = type->mro;
  if (!mro) {  // during readying
    for (TypeObject* t = type; t; t = t->base) {
      if (t->dict) {
        if (Object* v = dict_get_item_str(t->dict, name)) return v;
      }
    }
    return nullptr;
  }
  ssize n = tuple_size(mro);
  for (ssize i = 0; i < n; ++i) {
    TypeObject* base = static_cast<TypeObject*>(tuple_get(mro, i));
    if (Object* v = dict_get_item_str(base->dict, name)) return v;
  }
  return nullptr;
}

}  // namespace

Object* type_lookup(TypeObject* type, Object* name) {
  if (!str_is_interned(name) || !is_str_exact(name)) {
    if (!is_str_exact(name)) {
      // non-str attribute names are possible only through setattr with str subclasses
      return find_in_mro(type, name);
    }
    return find_in_mro(type, name);
  }
  std::uint32_t version = type_version(type);
  if (version) {
    CacheEntry& e = g_mcache[mcache_hash(version, name)];
    if (e.version == version && e.name == name) return e.value;
    Object* v = find_in_mro(type, name);
    e.version = version;
    e.name = name;
    e.value = v;
    return v;
  }
  return find_in_mro(type, name);
}

Object* type_lookup_cstr(TypeObject* type, const char* name) {
  Object* s = str_intern_cstr(name);
  if (!s) {
    err_clear();
    return nullptr;
  }
  Object* v = type_lookup(type, s);
  decref(s);
  return v;
}

bool type_is_subtype(const TypeObject* a, const TypeObject* b) {
  if (a == b) return true;
  Object* mro = a->mro;
  if (mro) {
    ssize n = tuple_size(mro);
    for (ssize i = 0; i < n; ++i) {
      if (tuple_get(mro, i) == b) return true;
    }
    return false;
  }
  for (const TypeObject* t = a; t; t = t->base) {
    if (t == b) return true;
  }
  return b == &ObjectType;
}

const char* type_name(const TypeObject* type) {
  if (type->flags & TPFLAG_HEAPTYPE) return type->name;
  const char* dot = std::strrchr(type->name, '.');
  return dot ? dot + 1 : type->name;
}

namespace {

Object* type_module_of(TypeObject* type) {  // new reference (str) or nullptr + error
  if (type->flags & TPFLAG_HEAPTYPE) {
    Object* mod = dict_get_item_str(type->dict, ids::module);
    if (mod) return new_ref(mod);
    return str_from_cstr("builtins");
  }
  const char* dot = std::strrchr(type->name, '.');
  if (dot) return str_from_utf8(type->name, std::size_t(dot - type->name));
  return new_ref(ids::s_builtins);
}

}  // namespace

Object* type_get_qualname_obj(TypeObject* type) {
  if (type->flags & TPFLAG_HEAPTYPE) return new_ref(as_heap(type)->ht_qualname);
  return str_from_cstr(type_name(type));
}

Object* type_qualified_repr_name(TypeObject* type) {
  Object* mod = type_module_of(type);
  if (!mod) return nullptr;
  Object* qual = type_get_qualname_obj(type);
  if (!qual) {
    decref(mod);
    return nullptr;
  }
  Object* result;
  if (is_str(mod) && !str_eq_cstr(mod, "builtins")) {
    StrBuilder b;
    b.append_str(mod);
    b.append_char('.');
    b.append_str(qual);
    result = b.finish();
  } else {
    result = new_ref(qual);
  }
  decref(mod);
  decref(qual);
  return result;
}

// ---- MRO --------------------------------------------------------------------------------------
namespace {

// C3 linearisation of `type` over its bases; returns a new tuple or nullptr + TypeError.
Object* mro_c3(TypeObject* type) {
  Object* bases = type->bases;
  ssize nb = tuple_size(bases);
  if (nb == 1) {  // the common case: prepend type to the base's MRO
    TypeObject* base = static_cast<TypeObject*>(tuple_get(bases, 0));
    ssize n = tuple_size(base->mro);
    Object* r = tuple_new(n + 1);
    if (!r) return nullptr;
    tuple_set_new(r, 0, new_ref<Object>(type));
    for (ssize i = 0; i < n; ++i) tuple_set_new(r, i + 1, new_ref(tuple_get(base->mro, i)));
    return r;
  }
  // the sequences to merge: each base's MRO, then the bases list itself
  std::vector<std::vector<Object*>> seqs;
  for (ssize i = 0; i < nb; ++i) {
    TypeObject* b = static_cast<TypeObject*>(tuple_get(bases, i));
    std::vector<Object*> s;
    for (ssize j = 0; j < tuple_size(b->mro); ++j) s.push_back(tuple_get(b->mro, j));
    seqs.push_back(std::move(s));
  }
  {
    std::vector<Object*> s;
    for (ssize i = 0; i < nb; ++i) s.push_back(tuple_get(bases, i));
    seqs.push_back(std::move(s));
  }
  // duplicate base check
  for (ssize i = 0; i < nb; ++i) {
    for (ssize j = i + 1; j < nb; ++j) {
      if (tuple_get(bases, i) == tuple_get(bases, j)) {
        err_format(&ExcTypeError, "duplicate base class {}",
                   type_name(static_cast<TypeObject*>(tuple_get(bases, i))));
        return nullptr;
      }
    }
  }
  std::vector<Object*> result{type};
  std::vector<std::size_t> heads(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Object* candidate = nullptr;
    for (std::size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] >= seqs[i].size()) continue;
      empty = false;
      Object* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (std::size_t j = 0; j < seqs.size() && !in_tail; ++j) {
        for (std::size_t k = heads[j] + 1; k < seqs[j].size(); ++k) {
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
        }
      }
      if (!in_tail) {
        candidate = c;
        break;
      }
    }
    if (empty) break;
    if (!candidate) {
      std::string names;
      for (ssize i = 0; i < nb; ++i) {
        if (i) names += ", ";
        names += type_name(static_cast<TypeObject*>(tuple_get(bases, i)));
      }
      err_format(&ExcTypeError,
                 "Cannot create a consistent method resolution\norder (MRO) for bases {}", names);
      return nullptr;
    }
    result.push_back(candidate);
    for (std::size_t i = 0; i < seqs.size(); ++i) {
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) ++heads[i];
    }
  }
  return tuple_from_array(result.data(), ssize(result.size()));
}

int compute_mro(TypeObject* type) {
  Object* mro;
  if (type->type != &TypeType && (type->type->flags & TPFLAG_HEAPTYPE) &&
      type_lookup(type->type, ids::mro) != type_lookup(&TypeType, ids::mro)) {
    // a metaclass overriding mro()
    Object* r = call_method(type, ids::mro, nullptr, 0);
    if (!r) return -1;
    mro = sequence_tuple(r);
    decref(r);
    if (!mro) return -1;
  } else {
    mro = mro_c3(type);
    if (!mro) return -1;
  }
  set_ref(type->mro, mro);
  return 0;
}

}  // namespace

// ---- readying built-in types ----------------------------------------------------------------
namespace {

constexpr std::uint64_t INHERITED_FLAGS =
    TPFLAG_INT_SUBCLASS | TPFLAG_LIST_SUBCLASS | TPFLAG_TUPLE_SUBCLASS | TPFLAG_BYTES_SUBCLASS |
    TPFLAG_STR_SUBCLASS | TPFLAG_DICT_SUBCLASS | TPFLAG_BASE_EXC_SUBCLASS | TPFLAG_TYPE_SUBCLASS;

template <class F>
void inherit(F& slot, F base_slot) {
  if (!slot) slot = base_slot;
}

// A type without a slot group of its own shares its base's (CPython's inherit_special); one with
// its own group takes the base's slots it leaves empty.
void inherit_groups(TypeObject* type, TypeObject* base) {
  if (!type->as_number || type->as_number == base->as_number) {
    type->as_number = base->as_number;
  } else {
    NumberMethods* n = type->as_number;
    const NumberMethods* b = base->as_number;
    for (int i = 0; i < BINOP_COUNT; ++i) {
      inherit(n->nb[i], b->nb[i]);
      inherit(n->nb_inplace[i], b->nb_inplace[i]);
    }
    inherit(n->nb_power_mod, b->nb_power_mod);
    inherit(n->nb_divmod, b->nb_divmod);
    inherit(n->nb_negative, b->nb_negative);
    inherit(n->nb_positive, b->nb_positive);
    inherit(n->nb_absolute, b->nb_absolute);
    inherit(n->nb_invert, b->nb_invert);
    inherit(n->nb_bool, b->nb_bool);
    inherit(n->nb_int, b->nb_int);
    inherit(n->nb_float, b->nb_float);
    inherit(n->nb_index, b->nb_index);
  }
  if (!type->as_mapping || type->as_mapping == base->as_mapping) {
    type->as_mapping = base->as_mapping;
  } else {
    inherit(type->as_mapping->length, base->as_mapping->length);
    inherit(type->as_mapping->getitem, base->as_mapping->getitem);
    inherit(type->as_mapping->setitem, base->as_mapping->setitem);
  }
  if (!type->as_sequence || type->as_sequence == base->as_sequence) {
    type->as_sequence = base->as_sequence;
  } else {
    SequenceMethods* q = type->as_sequence;
    const SequenceMethods* b = base->as_sequence;
    inherit(q->sq_concat, b->sq_concat);
    inherit(q->sq_repeat, b->sq_repeat);
    inherit(q->contains, b->contains);
    inherit(q->sq_inplace_concat, b->sq_inplace_concat);
    inherit(q->sq_inplace_repeat, b->sq_inplace_repeat);
  }
}

void inherit_slots(TypeObject* type, TypeObject* base) {
  inherit(type->repr, base->repr);
  inherit(type->str, base->str);
  inherit(type->call, base->call);
  inherit(type->iter, base->iter);
  inherit(type->iternext, base->iternext);
  inherit(type->descr_get, base->descr_get);
  inherit(type->descr_set, base->descr_set);
  inherit(type->getattro, base->getattro);
  inherit(type->setattro, base->setattro);
  // hash and richcompare are inherited together (defining __eq__ alone makes a class
  // unhashable; that rule is applied for heap types by fixup_slot_dispatchers)
  if (!type->richcompare && !type->hash) {
    type->richcompare = base->richcompare;
    type->hash = base->hash;
  }
  inherit_groups(type, base);
  inherit(type->init, base->init);
  inherit(type->new_, base->new_);
  inherit(type->finalize, base->finalize);
  inherit(type->free_fn, base->free_fn);
  if (!(type->flags & TPFLAG_HAVE_GC) && (base->flags & TPFLAG_HAVE_GC) && !type->traverse &&
      !type->clear) {
    type->flags |= TPFLAG_HAVE_GC;
    type->traverse = base->traverse;
    type->clear = base->clear;
  }
  if (type->basicsize == 0) type->basicsize = base->basicsize;
  if (type->itemsize == 0) type->itemsize = base->itemsize;
  inherit(type->weaklistoffset, base->weaklistoffset);
  inherit(type->dictoffset, base->dictoffset);
  if (base->flags & TPFLAG_MANAGED_DICT) type->flags |= TPFLAG_MANAGED_DICT;
  type->flags |= base->flags & INHERITED_FLAGS;
}

int add_methods(TypeObject* type, const MethodDef* defs) {
  for (const MethodDef* m = defs; m && m->name; ++m) {
    Object* name = str_intern_cstr(m->name);
    if (!name) return -1;
    if (!(m->flags & METH_COEXIST) && dict_get_item_str(type->dict, name)) {
      decref(name);
      continue;
    }
    Object* descr;
    if (m->flags & METH_CLASS) {
      descr = descr_new_classmethod(type, m);
    } else if (m->flags & METH_STATIC) {
      Object* f = cfunction_new(m, nullptr, nullptr);
      if (!f) {
        decref(name);
        return -1;
      }
      descr = staticmethod_new(f);
      decref(f);
    } else {
      descr = descr_new_method(type, m);
    }
    if (!descr || dict_set_item(type->dict, name, descr) < 0) {
      xdecref(descr);
      decref(name);
      return -1;
    }
    decref(descr);
    decref(name);
  }
  return 0;
}

int add_members(TypeObject* type, const MemberDef* defs) {
  for (const MemberDef* m = defs; m && m->name; ++m) {
    Object* name = str_intern_cstr(m->name);
    if (!name) return -1;
    if (dict_get_item_str(type->dict, name)) {
      decref(name);
      continue;
    }
    Object* descr = descr_new_member(type, m);
    int r = descr ? dict_set_item(type->dict, name, descr) : -1;
    xdecref(descr);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}

int add_getsets(TypeObject* type, const GetSetDef* defs) {
  for (const GetSetDef* g = defs; g && g->name; ++g) {
    Object* name = str_intern_cstr(g->name);
    if (!name) return -1;
    if (dict_get_item_str(type->dict, name)) {
      decref(name);
      continue;
    }
    Object* descr = descr_new_getset(type, g);
    int r = descr ? dict_set_item(type->dict, name, descr) : -1;
    xdecref(descr);
    decref(name);
    if (r < 0) return -1;
  }
  return 0;
}

}  // namespace

// The slot groups of built-in types: each type's own, zeroed, made on first use by its init
// function (CPython keeps them in static storage beside the type).
template <class G>
G& static_group(TypeObject& type, G*& group) {
  // after type_ready the pointer may be the base's group: only init functions may fill slots
  assert(!(type.flags & TPFLAG_READY));
  if (!group) {
    static std::deque<G> groups;  // stable addresses
    group = &groups.emplace_back();
  }
  return *group;
}

NumberMethods& number_methods(TypeObject& type) {
  return is_heap_type(&type) ? as_heap(&type)->number : static_group(type, type.as_number);
}
MappingMethods& mapping_methods(TypeObject& type) {
  return is_heap_type(&type) ? as_heap(&type)->mapping : static_group(type, type.as_mapping);
}
SequenceMethods& sequence_methods(TypeObject& type) {
  return is_heap_type(&type) ? as_heap(&type)->sequence : static_group(type, type.as_sequence);
}

int type_ready(TypeObject* type) {
  if (type->flags & TPFLAG_READY) return 0;
  type->flags |= TPFLAG_READYING;
  if (!type->type) type->type = &TypeType;
  if (type->refcnt == 0) type->refcnt = 1;
  if (!type->base && type != &ObjectType) type->base = &ObjectType;
  TypeObject* base = type->base;
  if (base && !(base->flags & TPFLAG_READY)) {
    if (type_ready(base) < 0) return -1;
  }
  if (!type->bases) {
    type->bases = base ? tuple_pack({base}) : tuple_empty();
    if (!type->bases) return -1;
  }
  if (!type->dict) {
    type->dict = dict_new();
    if (!type->dict) return -1;
  }
  // own descriptors first (so they win over inherited slot wrappers), then slot wrappers
  if (add_methods(type, type->methods) < 0 || add_members(type, type->members) < 0 ||
      add_getsets(type, type->getset) < 0 || add_slot_wrappers(type) < 0) {
    return -1;
  }
  if (base) {
    inherit_slots(type, base);
  } else {
    // object: empty groups, which every type without groups of its own ends up sharing
    static NumberMethods no_number;
    static MappingMethods no_mapping;
    static SequenceMethods no_sequence;
    if (!type->as_number) type->as_number = &no_number;
    if (!type->as_mapping) type->as_mapping = &no_mapping;
    if (!type->as_sequence) type->as_sequence = &no_sequence;
  }
  if ((type->flags & TPFLAG_HAVE_GC) && !type->traverse) {
    // the collector could not see what such objects hold
    err_format(&ExcSystemError,
               "type {} has the Py_TPFLAGS_HAVE_GC flag but has no traverse function", type->name);
    return -1;
  }
  if (compute_mro(type) < 0) return -1;
  // inherit from the other bases too (multiple inheritance of built-ins is rare)
  for (ssize i = 1; i < tuple_size(type->mro); ++i) {
    TypeObject* b = static_cast<TypeObject*>(tuple_get(type->mro, i));
    if (b != base) inherit_slots(type, b);
  }
  if (!dict_get_item_str(type->dict, ids::doc)) {
    Object* doc = type->doc ? str_from_cstr(type->doc) : none_new_ref();
    if (!doc || dict_set_item(type->dict, ids::doc, doc) < 0) {
      xdecref(doc);
      return -1;
    }
    decref(doc);
  }
  if (type->hash == hash_not_implemented && !dict_get_item_str(type->dict, ids::hash)) {
    if (dict_set_item(type->dict, ids::hash, None()) < 0) return -1;
  }
  for (ssize i = 0; i < tuple_size(type->bases); ++i) {
    add_subclass(static_cast<TypeObject*>(tuple_get(type->bases, i)), type);
  }
  type->flags = (type->flags & ~std::uint64_t(TPFLAG_READYING)) | TPFLAG_READY;
  return 0;
}

// ---- allocation -------------------------------------------------------------------------------
namespace {

inline std::size_t pre_header_size(const TypeObject* type) {
  std::size_t n = 0;
  if (type->flags & TPFLAG_HAVE_GC) n += sizeof(memory::GCHead);
  if (type->flags & TPFLAG_MANAGED_DICT) n += 2 * sizeof(void*);
  return n;
}

}  // namespace

Object* type_generic_alloc(TypeObject* type, ssize nitems) {
  std::size_t size = std::size_t(type->basicsize) + std::size_t(nitems) * type->itemsize;
  size = (size + 7) & ~std::size_t(7);
  std::size_t pre = pre_header_size(type);
  char* mem = static_cast<char*>(memory::alloc(pre + size));
  if (!mem) return err_no_memory();
  std::memset(mem, 0, pre + size);
  Object* op = reinterpret_cast<Object*>(mem + pre);
  op->refcnt = 1;
  op->type = type;
  if (type->itemsize) static_cast<VarObject*>(op)->size = nitems;
  if (type->flags & TPFLAG_HEAPTYPE) incref(type);
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_note_alloc();
  return op;
}

Object* type_alloc_with_sentinel(TypeObject* type, ssize nitems) {
  Object* op = type_generic_alloc(type, nitems + (type->itemsize ? 1 : 0));
  if (op && type->itemsize) static_cast<VarObject*>(op)->size = nitems;
  return op;
}

void object_free(Object* op) {
  TypeObject* type = op->type;
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_note_free();
  memory::free(reinterpret_cast<char*>(op) - pre_header_size(type));
}

// ---- object -----------------------------------------------------------------------------------
namespace {

bool excess_args(std::size_t nargs, Object* kwnames) {
  return nargs || (kwnames && tuple_size(kwnames));
}

int object_init(Object* self, Object* const*, std::size_t nargs, Object* kwnames) {
  if (excess_args(nargs, kwnames)) {
    TypeObject* type = self->type;
    if (type->init != object_init) {
      err_set_string(&ExcTypeError,
                     "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (type->new_ == object_new) {
      err_format(&ExcTypeError, "{}() takes no arguments", type_name(type));
      return -1;
    }
  }
  return 0;
}

Object* object_repr_slot(Object* self) {
  TypeObject* type = self->type;
  Object* mod = type_module_of(type);
  if (!mod) return nullptr;
  Object* qual = type_get_qualname_obj(type);
  std::string text = "<";
  if (is_str(mod) && !str_eq_cstr(mod, "builtins")) {
    text += str_to_std(mod);
    text += '.';
  }
  text += str_to_std(qual);
  text += fmt::format(" object at {}>", static_cast<const void*>(self));
  decref(mod);
  decref(qual);
  return str_from_utf8(text);
}

Object* object_str_slot(Object* self) {
  UnaryFn f = self->type->repr;
  if (!f) f = object_repr_slot;
  return f(self);
}

hash_t object_hash_slot(Object* self) {
  // CPython's _Py_HashPointer: the address rotated right by 4 bits
  auto y = reinterpret_cast<std::uintptr_t>(self);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  hash_t h = hash_t(y);
  return h == -1 ? -2 : h;
}

Object* object_richcompare_slot(Object* self, Object* other, int op) {
  switch (op) {
    case CMP_EQ:
      return self == other ? bool_new_ref(true) : not_implemented_new_ref();
    case CMP_NE: {
      // by default, != delegates to == and inverts its result
      RichCmpFn eq = self->type->richcompare;
      if (!eq) return not_implemented_new_ref();
      Object* r = eq(self, other, CMP_EQ);
      if (r && r != NotImplemented()) {
        int t = object_is_true(r);
        decref(r);
        if (t < 0) return nullptr;
        return bool_new_ref(!t);
      }
      return r;
    }
    default:
      return not_implemented_new_ref();
  }
}

Object* object_get_class(Object* self, void*) {
  return new_ref<Object>(self->type);
}

void subtype_dealloc(Object* self);

// __class__ assignment needs the same instance layout. As CPython: walk each class down to the
// first base that changes the layout; the two must be the same class, or siblings (same base)
// that added the same slot names and the same dict / weakref words.
bool layout_same_as_base(TypeObject* child) {
  TypeObject* parent = child->base;
  return parent && child->basicsize == parent->basicsize && child->itemsize == parent->itemsize &&
         child->dictoffset == parent->dictoffset &&
         child->weaklistoffset == parent->weaklistoffset &&
         (child->flags & TPFLAG_HAVE_GC) == (parent->flags & TPFLAG_HAVE_GC) &&
         (child->dealloc == subtype_dealloc || child->dealloc == parent->dealloc);
}

bool same_slots_added(TypeObject* a, TypeObject* b) {
  ssize size = a->base->basicsize;
  if (a->dictoffset == size && b->dictoffset == size) size += sizeof(Object*);
  if (a->weaklistoffset == size && b->weaklistoffset == size) size += sizeof(Object*);
  if (!(a->flags & TPFLAG_HEAPTYPE) || !(b->flags & TPFLAG_HEAPTYPE)) return false;
  if (as_heap(a)->ht_slots && as_heap(b)->ht_slots) {
    ssize n = tuple_size(as_heap(a)->ht_slots);
    if (n != tuple_size(as_heap(b)->ht_slots)) return false;
    for (ssize i = 0; i < n; ++i) {
      if (!str_eq(tuple_get(as_heap(a)->ht_slots, i), tuple_get(as_heap(b)->ht_slots, i)))
        return false;
    }
    size += ssize(sizeof(Object*)) * n;
  }
  return size == a->basicsize && size == b->basicsize;
}

bool compatible_for_assignment(TypeObject* oldto, TypeObject* newto) {
  TypeObject* newbase = newto;
  TypeObject* oldbase = oldto;
  while (layout_same_as_base(newbase)) newbase = newbase->base;
  while (layout_same_as_base(oldbase)) oldbase = oldbase->base;
  if (newbase != oldbase &&
      (newbase->base != oldbase->base || !same_slots_added(newbase, oldbase))) {
    return false;
  }
  // the pre-header (GC head, managed dict) is not part of basicsize
  constexpr std::uint64_t preheader = TPFLAG_MANAGED_DICT;
  return (oldto->flags & preheader) == (newto->flags & preheader);
}

int object_set_class(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(value)) {
    err_format(&ExcTypeError, "__class__ must be set to a class, not '{}' object",
               type_name(value->type));
    return -1;
  }
  TypeObject* newto = static_cast<TypeObject*>(value);
  TypeObject* oldto = self->type;
  if (!(newto->flags & TPFLAG_HEAPTYPE) || !(oldto->flags & TPFLAG_HEAPTYPE)) {
    err_set_string(
        &ExcTypeError,
        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatible_for_assignment(oldto, newto)) {
    err_format(&ExcTypeError, "__class__ assignment: '{}' object layout differs from '{}'",
               type_name(newto), type_name(oldto));
    return -1;
  }
  // Instances with a values array index it through their class's shared keys: switch them to a
  // real dict first so the new class's (different) keys are never used on old values.
  if (oldto->flags & TPFLAG_MANAGED_DICT) {
    Object* d = object_get_dict(self);
    if (!d) return -1;
    decref(d);
  }
  incref(newto);
  self->type = newto;
  decref(oldto);
  return 0;
}

Object* object_sizeof_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  ssize size = self->type->basicsize;
  if (self->type->itemsize) {
    ssize n = static_cast<VarObject*>(self)->size;
    size += (n < 0 ? -n : n) * self->type->itemsize;
  }
  return int_from_ssize(size);
}

Object* object_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  Object* spec = args[0];
  if (!is_str(spec)) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}", type_name(spec->type));
    return nullptr;
  }
  if (str_length(spec) > 0) {
    err_format(&ExcTypeError, "unsupported format string passed to {}.__format__",
               type_name(self->type));
    return nullptr;
  }
  return object_str(self);
}

Object* object_dir_method(Object* self, Object* const*, ssize nargs, Object* kwnames);

Object* object_reduce_ex_method(Object* self, Object* const*, ssize, Object*) {
  err_format(&ExcTypeError, "cannot pickle '{}' object", type_name(self->type));
  return nullptr;
}

Object* object_init_subclass(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) {
    err_set_string(&ExcTypeError, "__init_subclass__() takes no keyword arguments");
    return nullptr;
  }
  return none_new_ref();
}

Object* object_subclasshook(Object*, Object* const*, ssize, Object*) {
  return not_implemented_new_ref();
}

MethodDef object_methods[] = {
    {"__sizeof__", object_sizeof_method, METH_DEFAULT, "Size of object in memory, in bytes."},
    {"__format__", object_format_method, METH_DEFAULT, "Default object formatter."},
    {"__dir__", object_dir_method, METH_DEFAULT, "Default dir() implementation."},
    {"__reduce_ex__", object_reduce_ex_method, METH_DEFAULT, "Helper for pickle."},
    {"__init_subclass__", object_init_subclass, METH_CLASS,
     "This method is called when a class is subclassed."},
    {"__subclasshook__", object_subclasshook, METH_CLASS, "Abstract classes can override this."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* object_new(TypeObject* type, Object* const*, std::size_t nargs, Object* kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new) {
      err_set_string(&ExcTypeError,
                     "object.__new__() takes exactly one argument (the type to instantiate)");
      return nullptr;
    }
    if (type->init == object_init) {
      err_format(&ExcTypeError, "{}() takes no arguments", type_name(type));
      return nullptr;
    }
  }
  if (type->flags & TPFLAG_IS_ABSTRACT) {
    err_format(&ExcTypeError, "Can't instantiate abstract class {}", type_name(type));
    return nullptr;
  }
  Object* op = type_generic_alloc(type, 0);
  if (!op) return nullptr;
  if ((type->flags & TPFLAG_MANAGED_DICT) && instance_init_values(op) < 0) {
    decref(op);
    return nullptr;
  }
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_track(op);
  return op;
}

namespace {

void object_dealloc(Object* self) {
  self->type->free_fn(self);
}

// dir(obj): attributes of the instance dict plus those of the class and its bases.
int merge_class_dict(Object* dict, TypeObject* type) {
  Object* mro = type->mro;
  for (ssize i = tuple_size(mro) - 1; i >= 0; --i) {
    TypeObject* t = static_cast<TypeObject*>(tuple_get(mro, i));
    if (dict_update(dict, t->dict) < 0) return -1;
  }
  return 0;
}

Object* object_dir_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__dir__", nargs, kwnames)) return nullptr;
  Object* result = dict_new();
  if (!result) return nullptr;
  Object** slot = object_dict_slot(self);
  if (slot) {
    Object* d = object_get_dict(self);
    if (!d) {
      err_clear();
    } else {
      if (is_dict(d) && dict_update(result, d) < 0) {
        decref(d);
        decref(result);
        return nullptr;
      }
      decref(d);
    }
  }
  Object* cls = nullptr;
  if (lookup_attr(self, ids::class_, &cls) < 0) {
    decref(result);
    return nullptr;
  }
  if (cls && is_type(cls)) {
    if (merge_class_dict(result, static_cast<TypeObject*>(cls)) < 0) {
      decref(cls);
      decref(result);
      return nullptr;
    }
  }
  xdecref(cls);
  Object* keys = dict_keys_list(result);
  decref(result);
  return keys;
}

}  // namespace

// ---- generic attribute access ---------------------------------------------------------------
Object* generic_getattr_impl(Object* obj, Object* name, bool suppress) {
  TypeObject* tp = obj->type;
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return nullptr;
  }
  Object* descr = type_lookup(tp, name);
  DescrGetFn f = nullptr;
  if (descr) {
    incref(descr);
    f = descr->type->descr_get;
    if (f && descr->type->descr_set) {  // data descriptor wins over the instance
      Object* r = f(descr, obj, tp);
      decref(descr);
      if (!r && suppress && err_matches(&ExcAttributeError)) err_clear();
      return r;
    }
  }
  if (tp->flags & TPFLAG_MANAGED_DICT) {
    if (Object* v = instance_get_attr(obj, name)) {
      xdecref(descr);
      return new_ref(v);
    }
  } else if (tp->dictoffset) {
    Object** slot = object_dict_slot(obj);
    if (slot && *slot) {
      Object* d = *slot;
      incref(d);
      Object* v = dict_get_item_with_error(d, name);
      if (v) {
        incref(v);
        decref(d);
        xdecref(descr);
        return v;
      }
      decref(d);
      if (err_occurred()) {
        xdecref(descr);
        return nullptr;
      }
    }
  }
  if (f) {
    Object* r = f(descr, obj, tp);
    decref(descr);
    if (!r && suppress && err_matches(&ExcAttributeError)) err_clear();
    return r;
  }
  if (descr) return descr;  // ownership passes to the caller
  if (!suppress) {
    err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", tp->name, str_to_std(name));
  }
  return nullptr;
}

Object* generic_getattr(Object* obj, Object* name) {
  return generic_getattr_impl(obj, name, false);
}

int generic_setattr(Object* obj, Object* name, Object* value) {
  TypeObject* tp = obj->type;
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return -1;
  }
  Object* descr = type_lookup(tp, name);
  if (descr) {
    DescrSetFn f = descr->type->descr_set;
    if (f) {
      incref(descr);
      int r = f(descr, obj, value);
      decref(descr);
      return r;
    }
  }
  if (tp->flags & TPFLAG_MANAGED_DICT) {
    Object* interned = new_ref(name);
    if (is_str_exact(interned)) str_intern_in_place(&interned);
    int r = instance_set_attr(obj, interned, value);
    decref(interned);
    return r;
  }
  Object** slot = object_dict_slot(obj);
  if (!slot) {
    if (descr) {
      err_format(&ExcAttributeError, "'{}' object attribute '{}' is read-only", tp->name,
                 str_to_std(name));
    } else {
      err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", tp->name,
                 str_to_std(name));
    }
    return -1;
  }
  if (!*slot) {
    if (!value) {
      err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", tp->name,
                 str_to_std(name));
      return -1;
    }
    *slot = dict_new();
    if (!*slot) return -1;
  }
  Object* d = *slot;
  if (value) {
    Object* interned = new_ref(name);
    if (is_str_exact(interned)) str_intern_in_place(&interned);
    int r = dict_set_item(d, interned, value);
    decref(interned);
    return r;
  }
  if (dict_del_item(d, name) < 0) {
    if (err_matches(&ExcKeyError)) {
      err_clear();
      err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", tp->name,
                 str_to_std(name));
    }
    return -1;
  }
  return 0;
}

// ---- type's own slots ---------------------------------------------------------------------------
namespace {

Object* type_repr(Object* self) {
  TypeObject* type = static_cast<TypeObject*>(self);
  Object* name = type_qualified_repr_name(type);
  if (!name) return nullptr;
  std::string text = "<class '" + str_to_std(name) + "'>";
  decref(name);
  return str_from_utf8(text);
}

Object* type_call_impl(TypeObject* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!type->new_) {
    err_format(&ExcTypeError, "cannot create '{}' instances", type->name);
    return nullptr;
  }
  Object* obj = type->new_(type, args, std::size_t(nargs), kwnames);
  if (!obj) return nullptr;
  // __init__ runs only when __new__ returned an instance of this type
  if (!type_is_subtype(obj->type, type)) return obj;
  TypeObject* otype = obj->type;
  if (otype->init) {
    if (otype->init(obj, args, std::size_t(nargs), kwnames) < 0) {
      decref(obj);
      return nullptr;
    }
  }
  return obj;
}

// Calling a class. type(x) and the built-in types CPython 3.11 gives a tp_vectorcall take the
// argument vector as is; every other class is called through tp_call, with the arguments packed
// into a tuple and a dict for the whole of __new__ and __init__ (runtime/tpcall.h).
Object* type_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  TypeObject* type = static_cast<TypeObject*>(self);
  ssize nargs = vector_nargs(nargsf);
  // type(x) returns the type of x
  if (type == &TypeType && nargs == 1 && (!kwnames || tuple_size(kwnames) == 0)) {
    return new_ref<Object>(args[0]->type);
  }
  if (type->flags & TPFLAG_VECTORCALL) return type_call_impl(type, args, nargs, kwnames);
  PackedCall packed(args, nargsf, kwnames);
  if (!packed.ok()) return nullptr;
  return type_call_impl(type, packed.args(), ssize(packed.nargs()), kwnames);
}

Object* type_getattro(Object* self, Object* name) {
  TypeObject* type = static_cast<TypeObject*>(self);
  TypeObject* metatype = self->type;
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return nullptr;
  }
  Object* meta_attr = type_lookup(metatype, name);
  DescrGetFn meta_get = nullptr;
  if (meta_attr) {
    meta_get = meta_attr->type->descr_get;
    if (meta_get && meta_attr->type->descr_set) {
      incref(meta_attr);
      Object* r = meta_get(meta_attr, self, metatype);
      decref(meta_attr);
      return r;
    }
  }
  Object* attr = type_lookup(type, name);
  if (attr) {
    DescrGetFn local_get = attr->type->descr_get;
    if (local_get) {
      incref(attr);
      Object* r = local_get(attr, nullptr, self);
      decref(attr);
      return r;
    }
    return new_ref(attr);
  }
  if (meta_get) {
    incref(meta_attr);
    Object* r = meta_get(meta_attr, self, metatype);
    decref(meta_attr);
    return r;
  }
  if (meta_attr) return new_ref(meta_attr);
  err_format(&ExcAttributeError, "type object '{}' has no attribute '{}'", type_name(type),
             str_to_std(name));
  return nullptr;
}

int type_setattro(Object* self, Object* name, Object* value) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (!(type->flags & TPFLAG_HEAPTYPE)) {
    err_format(&ExcTypeError, "cannot set '{}' attribute of immutable type '{}'",
               is_str(name) ? str_to_std(name) : std::string("?"), type->name);
    return -1;
  }
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return -1;
  }
  Object* interned = new_ref(name);
  if (is_str_exact(interned)) str_intern_in_place(&interned);
  // metatype data descriptors (e.g. __name__, __qualname__, __bases__)
  Object* meta_attr = type_lookup(self->type, interned);
  if (meta_attr && meta_attr->type->descr_set) {
    incref(meta_attr);
    int r = meta_attr->type->descr_set(meta_attr, self, value);
    decref(meta_attr);
    decref(interned);
    return r;
  }
  int r;
  if (value) {
    r = dict_set_item(type->dict, interned, value);
  } else {
    r = dict_del_item(type->dict, interned);
    if (r < 0 && err_matches(&ExcKeyError)) {
      err_clear();
      err_format(&ExcAttributeError, "type object '{}' has no attribute '{}'", type_name(type),
                 str_to_std(interned));
    }
  }
  if (r == 0) {
    type_modified(type);
    const std::string_view n = str_view(interned);
    if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
      update_slots_for_name(type, interned);
    }
  }
  decref(interned);
  return r;
}

int type_traverse(Object* self, VisitFn visit, void* arg) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (!(type->flags & TPFLAG_HEAPTYPE)) return 0;
  if (type->dict && visit(type->dict, arg)) return 1;
  if (type->mro && visit(type->mro, arg)) return 1;
  if (type->bases && visit(type->bases, arg)) return 1;
  if (type->base && visit(type->base, arg)) return 1;
  return 0;
}

int type_clear(Object* self) {
  TypeObject* type = static_cast<TypeObject*>(self);
  type_modified(type);
  if (type->dict) dict_clear(type->dict);
  clear_ref(type->mro);
  return 0;
}

void type_dealloc(Object* self) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (!is_heap_type(type)) {
    // a static type's last reference went away during teardown: it is not ours to free
    self->refcnt = 1;
    return;
  }
  memory::gc_untrack(self);
  if (type->weaklist) clear_weakrefs(self);
  type_modified(type);
  if (type->bases) {
    for (ssize i = 0; i < tuple_size(type->bases); ++i) {
      remove_subclass(static_cast<TypeObject*>(tuple_get(type->bases, i)), type);
    }
  }
  clear_ref(type->bases);
  clear_ref(type->mro);
  clear_ref(type->dict);
  if (type->base) {
    TypeObject* b = type->base;
    type->base = nullptr;
    decref(b);
  }
  clear_ref(as_heap(type)->ht_name);
  clear_ref(as_heap(type)->ht_qualname);
  clear_ref(as_heap(type)->ht_slots);
  clear_ref(as_heap(type)->ht_module);
  if (as_heap(type)->cached_keys) {
    dict_keys_decref(as_heap(type)->cached_keys);
    as_heap(type)->cached_keys = nullptr;
  }
  as_heap(type)->ht_members = nullptr;  // inline in the type object, named by ht_slots' strings
  delete type->subclasses;
  type->subclasses = nullptr;
  // the metatype's reference is dropped by subtype_dealloc when it is a heap type (a class made
  // by a metaclass); `type` itself is static and not counted
  object_free(self);
}

// ---- type's attributes ------------------------------------------------------------------------
Object* type_get_name(Object* self, void*) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (type->flags & TPFLAG_HEAPTYPE) return new_ref(as_heap(type)->ht_name);
  return str_from_cstr(type_name(type));
}

int check_set_special_type_attr(TypeObject* type, Object* value, const char* name) {
  if (!(type->flags & TPFLAG_HEAPTYPE)) {
    err_format(&ExcTypeError, "cannot set '{}' attribute of immutable type '{}'", name, type->name);
    return -1;
  }
  if (!value) {
    err_format(&ExcTypeError, "cannot delete '{}' attribute of immutable type '{}'", name,
               type->name);
    return -1;
  }
  return 0;
}

int type_set_name(Object* self, Object* value, void*) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (check_set_special_type_attr(type, value, "__name__") < 0) return -1;
  if (!is_str(value)) {
    err_format(&ExcTypeError, "can only assign string to {}.__name__, not '{}'", type_name(type),
               type_name(value->type));
    return -1;
  }
  const char* utf8 = str_utf8(value);
  if (!utf8) return -1;
  type->name = utf8;
  set_ref(as_heap(type)->ht_name, new_ref(value));
  return 0;
}

Object* type_get_qualname(Object* self, void*) {
  return type_get_qualname_obj(static_cast<TypeObject*>(self));
}

int type_set_qualname(Object* self, Object* value, void*) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (check_set_special_type_attr(type, value, "__qualname__") < 0) return -1;
  if (!is_str(value)) {
    err_format(&ExcTypeError, "can only assign string to {}.__qualname__, not '{}'",
               type_name(type), type_name(value->type));
    return -1;
  }
  set_ref(as_heap(type)->ht_qualname, new_ref(value));
  return 0;
}

Object* type_get_module(Object* self, void*) {
  return type_module_of(static_cast<TypeObject*>(self));
}

int type_set_module(Object* self, Object* value, void*) {
  TypeObject* type = static_cast<TypeObject*>(self);
  if (check_set_special_type_attr(type, value, "__module__") < 0) return -1;
  type_modified(type);
  return dict_set_item(type->dict, ids::module, value);
}

Object* type_get_bases(Object* self, void*) {
  return new_ref(static_cast<TypeObject*>(self)->bases);
}
Object* type_get_base(Object* self, void*) {
  TypeObject* b = static_cast<TypeObject*>(self)->base;
  return b ? new_ref<Object>(b) : none_new_ref();
}
Object* type_get_mro(Object* self, void*) {
  Object* mro = static_cast<TypeObject*>(self)->mro;
  return mro ? new_ref(mro) : none_new_ref();
}
Object* type_get_dict(Object* self, void*) {
  // CPython returns a read-only mappingproxy; we return the mapping proxy type's view.
  return mappingproxy_new(static_cast<TypeObject*>(self)->dict);
}
Object* type_get_doc(Object* self, void*) {
  TypeObject* type = static_cast<TypeObject*>(self);
  Object* doc = dict_get_item_str(type->dict, ids::doc);
  if (!doc) return none_new_ref();
  if (doc->type->descr_get) return doc->type->descr_get(doc, nullptr, self);
  return new_ref(doc);
}
Object* type_get_basicsize(Object* self, void*) {
  return int_from_ssize(static_cast<TypeObject*>(self)->basicsize);
}
Object* type_get_itemsize(Object* self, void*) {
  return int_from_ssize(static_cast<TypeObject*>(self)->itemsize);
}
Object* type_get_flags(Object* self, void*) {
  // Expose CPython's flag bits that programs test (HEAPTYPE 1<<9, BASETYPE 1<<10,
  // HAVE_GC 1<<14).
  TypeObject* t = static_cast<TypeObject*>(self);
  long long f = 0;
  if (t->flags & TPFLAG_HEAPTYPE) f |= 1 << 9;
  if (t->flags & TPFLAG_BASETYPE) f |= 1 << 10;
  if (t->flags & TPFLAG_HAVE_GC) f |= 1 << 14;
  if (t->flags & TPFLAG_IS_ABSTRACT) f |= 1 << 20;
  return int_from_i64(f);
}
Object* type_get_dictoffset(Object* self, void*) {
  TypeObject* t = static_cast<TypeObject*>(self);
  // CPython 3.11 reports a managed dict as sitting three words below the end of the instance
  if (t->flags & TPFLAG_MANAGED_DICT)
    return int_from_ssize(-(t->basicsize + 3 * ssize(sizeof(void*))));
  return int_from_ssize(t->dictoffset);
}
Object* type_get_weakrefoffset(Object* self, void*) {
  return int_from_ssize(static_cast<TypeObject*>(self)->weaklistoffset);
}

GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, nullptr, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr, nullptr},
    {"__bases__", type_get_bases, nullptr, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr, nullptr},
    {"__doc__", type_get_doc, nullptr, nullptr, nullptr},
    {"__basicsize__", type_get_basicsize, nullptr, nullptr, nullptr},
    {"__itemsize__", type_get_itemsize, nullptr, nullptr, nullptr},
    {"__flags__", type_get_flags, nullptr, nullptr, nullptr},
    {"__dictoffset__", type_get_dictoffset, nullptr, nullptr, nullptr},
    {"__weakrefoffset__", type_get_weakrefoffset, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* type_mro_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("mro", nargs, kwnames)) return nullptr;
  Object* t = mro_c3(static_cast<TypeObject*>(self));
  if (!t) return nullptr;
  Object* l = sequence_list(t);
  decref(t);
  return l;
}

Object* type_subclasses_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__subclasses__", nargs, kwnames)) return nullptr;
  TypeObject* type = static_cast<TypeObject*>(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  if (type->subclasses) {
    for (TypeObject* sub : type->subclasses->items) {
      if (list_append(list, sub) < 0) {
        decref(list);
        return nullptr;
      }
    }
  }
  return list;
}

Object* type_instancecheck(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__instancecheck__", nargs, kwnames)) return nullptr;
  Object* inst = args[0];
  bool r = type_is_subtype(inst->type, static_cast<TypeObject*>(self));
  if (!r) {
    Object* cls = nullptr;
    if (lookup_attr(inst, ids::class_, &cls) < 0) return nullptr;
    if (cls && cls != inst->type && is_type(cls)) {
      r = type_is_subtype(static_cast<TypeObject*>(cls), static_cast<TypeObject*>(self));
    }
    xdecref(cls);
  }
  return bool_new_ref(r);
}

Object* type_subclasscheck(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__subclasscheck__", nargs, kwnames)) return nullptr;
  if (!is_type(args[0])) {
    err_set_string(&ExcTypeError, "issubclass() arg 1 must be a class");
    return nullptr;
  }
  return bool_new_ref(
      type_is_subtype(static_cast<TypeObject*>(args[0]), static_cast<TypeObject*>(self)));
}

Object* type_prepare(Object*, Object* const*, ssize, Object*) {
  return dict_new();
}

Object* type_sizeof_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  TypeObject* type = static_cast<TypeObject*>(self);
  ssize size = sizeof(TypeObject);
  if (type->flags & TPFLAG_HEAPTYPE) {
    size = sizeof(HeapTypeObject);
    // the object itself plus its shared-keys table, as CPython counts its cached keys
    if (as_heap(type)->cached_keys) size += dict_keys_alloc_size(as_heap(type)->cached_keys);
  }
  return int_from_ssize(size);
}

Object* type_dir_method(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__dir__", nargs, kwnames)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  if (merge_class_dict(d, static_cast<TypeObject*>(self)) < 0) {
    decref(d);
    return nullptr;
  }
  Object* keys = dict_keys_list(d);
  decref(d);
  return keys;
}

MethodDef type_methods[] = {
    {"mro", type_mro_method, METH_DEFAULT, "Return a type's method resolution order."},
    {"__subclasses__", type_subclasses_method, METH_DEFAULT,
     "Return a list of immediate subclasses."},
    {"__instancecheck__", type_instancecheck, METH_DEFAULT, "Check if an object is an instance."},
    {"__subclasscheck__", type_subclasscheck, METH_DEFAULT, "Check if a class is a subclass."},
    {"__prepare__", type_prepare, METH_CLASS, "Create the namespace for the class statement"},
    {"__sizeof__", type_sizeof_method, METH_DEFAULT,
     "Return memory consumption of the type object."},
    {"__dir__", type_dir_method, METH_DEFAULT, "Specialized __dir__ implementation for types."},
    {nullptr, nullptr, 0, nullptr},
};

Object* type_new_slot(TypeObject* metatype, Object* const* args, std::size_t nargs,
                      Object* kwnames);
int type_init_slot(Object*, Object* const*, std::size_t nargs, Object* kwnames) {
  if (nargs != 1 && nargs != 3) {
    err_set_string(&ExcTypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

}  // namespace

// ---- class creation -----------------------------------------------------------------------------
namespace {

// The base whose instance layout the new class extends ("solid base").
TypeObject* solid_base(TypeObject* type) {
  TypeObject* base = type->base ? solid_base(type->base) : &ObjectType;
  // a type adds layout when its size differs from its base's beyond dict/weakref slots
  bool extra = false;
  if (type->base) {
    ssize t_size = type->basicsize;
    ssize b_size = type->base->basicsize;
    if (type->flags & TPFLAG_HEAPTYPE) {
      if (type->weaklistoffset && !type->base->weaklistoffset) t_size -= sizeof(void*);
      if (type->dictoffset > 0 && !type->base->dictoffset) t_size -= sizeof(void*);
    }
    extra = t_size != b_size || type->itemsize != type->base->itemsize;
  }
  return extra ? type : base;
}

TypeObject* best_base(Object* bases) {
  TypeObject* base = nullptr;
  TypeObject* winner = nullptr;
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    Object* b = tuple_get(bases, i);
    if (!is_type(b)) {
      err_set_string(&ExcTypeError, "bases must be types");
      return nullptr;
    }
    TypeObject* bt = static_cast<TypeObject*>(b);
    if (!(bt->flags & TPFLAG_BASETYPE)) {
      err_format(&ExcTypeError, "type '{}' is not an acceptable base type", bt->name);
      return nullptr;
    }
    TypeObject* candidate = solid_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (type_is_subtype(winner, candidate)) {
      // keep winner
    } else if (type_is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      err_set_string(&ExcTypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

void subtype_dealloc(Object* self);
int subtype_traverse(Object* self, VisitFn visit, void* arg);
int subtype_clear(Object* self);

Object* subtype_get_dict(Object* self, void*) {
  return object_get_dict(self);
}
int subtype_set_dict(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    err_format(&ExcTypeError, "__dict__ must be set to a dictionary, not a '{}'",
               type_name(value->type));
    return -1;
  }
  if (self->type->flags & TPFLAG_MANAGED_DICT) {
    Object* old = object_get_dict(self);  // switches the instance to dict mode
    if (!old) return -1;
    decref(old);
  }
  Object** slot = object_dict_slot(self);
  if (!slot) {
    err_set_string(&ExcAttributeError, "This object has no __dict__");
    return -1;
  }
  set_ref(*slot, new_ref(value));
  return 0;
}
Object* subtype_get_weakref(Object* self, void*) {
  TypeObject* t = self->type;
  if (!t->weaklistoffset) {
    err_set_string(&ExcAttributeError, "This object has no __weakref__");
    return nullptr;
  }
  Object* w = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + t->weaklistoffset);
  return w ? new_ref(w) : none_new_ref();
}

GetSetDef subtype_getset_dict_weakref[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", nullptr},
    {"__weakref__", subtype_get_weakref, nullptr, "list of weak references to the object", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef subtype_getset_dict[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, "dictionary for instance variables", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef subtype_getset_weakref[] = {
    {"__weakref__", subtype_get_weakref, nullptr, "list of weak references to the object", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

bool valid_identifier(Object* s) {
  if (!is_str(s)) {
    err_format(&ExcTypeError, "__slots__ items must be strings, not '{}'", type_name(s->type));
    return false;
  }
  if (!str_is_identifier(s)) {
    err_set_string(&ExcTypeError, "__slots__ must be identifiers");
    return false;
  }
  return true;
}

// A private slot name ('__x', not '__x__') becomes '_Class__x', with the class name's leading
// underscores stripped (no change when nothing is left), as the compiler mangles private names.
Object* mangle_slot_name(std::string_view cls, Object* s) {
  std::string_view n = str_view(s);
  bool is_private = n.size() >= 2 && n[0] == '_' && n[1] == '_' &&
                    !(n.size() >= 4 && n.substr(n.size() - 2) == "__") &&
                    n.find('.') == std::string_view::npos;
  while (!cls.empty() && cls[0] == '_') cls.remove_prefix(1);
  if (!is_private || cls.empty()) return new_ref(s);
  std::string mangled = "_";
  mangled.append(cls);
  mangled.append(n);
  return str_from_utf8(mangled);
}

// Calls __set_name__ on the values of the new class's namespace, walking a copy of the dict as
// CPython's type_new_set_names does (a __set_name__ may change the class dict).
int type_new_set_names(TypeObject* type) {
  Ref<Object> names_to_set = steal(dict_copy(type->dict));
  if (!names_to_set) return -1;
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(names_to_set.get(), &pos, &key, &value)) {
    bool unbound;
    Object* set_name = lookup_maybe_method(value, ids::set_name, &unbound);
    if (!set_name) {
      if (err_occurred()) return -1;
      continue;
    }
    Object* args[3] = {value, type, key};
    Object* r = unbound ? call(set_name, args, 3, nullptr) : call(set_name, args + 1, 2, nullptr);
    decref(set_name);
    if (!r) {
      // CPython 3.11's _PyErr_FormatFromCause: a RuntimeError naming the attribute, whose
      // __cause__ and __context__ are the original error
      Object* cause = err_fetch();
      Object* key_repr = object_repr(key);
      if (!key_repr) {
        xdecref(cause);
        return -1;
      }
      err_format(&ExcRuntimeError, "Error calling __set_name__ on '{}' instance {} in '{}'",
                 value->type->name, str_to_std(key_repr), type->name);
      decref(key_repr);
      Object* exc = err_fetch();
      exception_set_cause(exc, new_ref(cause));
      exception_set_context(exc, cause);
      err_restore(exc);
      return -1;
    }
    decref(r);
  }
  return 0;
}

int type_new_init_subclass(TypeObject* type, Object* kwds) {
  // super(type, type).__init_subclass__(**kwds)
  Object* mro = type->mro;
  Object* func = nullptr;
  for (ssize i = 1; i < tuple_size(mro); ++i) {
    TypeObject* t = static_cast<TypeObject*>(tuple_get(mro, i));
    Object* f = dict_get_item_str(t->dict, ids::init_subclass);
    if (f) {
      if (f->type->descr_get) {
        func = f->type->descr_get(f, nullptr, type);
        if (!func) return -1;
      } else {
        func = new_ref(f);
      }
      break;
    }
  }
  if (!func) return 0;
  Object* r = call_tuple(func, nullptr, kwds);
  decref(func);
  if (!r) return -1;
  decref(r);
  return 0;
}

}  // namespace

Object* type_new_from_namespace(TypeObject* metatype, Object* name, Object* bases, Object* ns,
                                Object* kwds) {
  if (!is_str(name)) {
    err_format(&ExcTypeError, "type.__new__() argument 1 must be str, not {}",
               type_name(name->type));
    return nullptr;
  }
  if (!is_tuple(bases)) {
    err_format(&ExcTypeError, "type.__new__() argument 2 must be tuple, not {}",
               type_name(bases->type));
    return nullptr;
  }
  if (!is_dict(ns)) {
    err_format(&ExcTypeError, "type.__new__() argument 3 must be dict, not {}",
               type_name(ns->type));
    return nullptr;
  }
  Ref<Object> bases_ref;
  if (tuple_size(bases) == 0) {
    bases_ref = steal(tuple_pack({&ObjectType}));
    if (!bases_ref) return nullptr;
    bases = bases_ref.get();
  }
  // the most derived metaclass
  TypeObject* winner = metatype;
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    TypeObject* bmeta = tuple_get(bases, i)->type;
    if (type_is_subtype(winner, bmeta)) continue;
    if (type_is_subtype(bmeta, winner)) {
      winner = bmeta;
      continue;
    }
    err_set_string(&ExcTypeError,
                   "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                   "subclass of the metaclasses of all its bases");
    return nullptr;
  }
  metatype = winner;
  TypeObject* base = best_base(bases);
  if (!base) return nullptr;

  Ref<Object> dict = steal(dict_copy(ns));
  if (!dict) return nullptr;

  // __slots__
  Object* slots = dict_get_item_str(dict.get(), ids::slots);
  Ref<Object> slot_names;  // tuple of the slot names to create members for
  bool add_dict = false, add_weak = false;
  bool may_add_dict = base->dictoffset == 0 && !(base->flags & TPFLAG_MANAGED_DICT);
  bool may_add_weak = base->weaklistoffset == 0 && base->itemsize == 0;
  if (!slots) {
    add_dict = may_add_dict;
    add_weak = may_add_weak;
  } else {
    Ref<Object> seq;
    if (is_str(slots)) {
      seq = steal(tuple_pack({slots}));
    } else {
      seq = steal(sequence_tuple(slots));
    }
    if (!seq) return nullptr;
    ssize n = tuple_size(seq.get());
    if (n > 0 && base->itemsize != 0) {
      err_format(&ExcTypeError, "nonempty __slots__ not supported for subtype of '{}'", base->name);
      return nullptr;
    }
    // First pass, as CPython's: every item must be an identifier, and '__dict__' / '__weakref__'
    // may each be named once and only where the base does not already provide one.
    for (ssize i = 0; i < n; ++i) {
      Object* s = tuple_get(seq.get(), i);
      if (!valid_identifier(s)) return nullptr;
      if (str_eq_cstr(s, "__dict__")) {
        if (!may_add_dict || add_dict) {
          err_set_string(&ExcTypeError, "__dict__ slot disallowed: we already got one");
          return nullptr;
        }
        add_dict = true;
      }
      if (str_eq_cstr(s, "__weakref__")) {
        if (!may_add_weak || add_weak) {
          err_set_string(&ExcTypeError,
                         "__weakref__ slot disallowed: either we already got one, or "
                         "__itemsize__ != 0");
          return nullptr;
        }
        add_weak = true;
      }
    }
    // Second pass: the member names, private ones mangled with the class name; a name the class
    // body also binds is a conflict (except __qualname__ and __classcell__, which the class
    // statement puts in the namespace and type() removes again).
    std::vector<Ref<Object>> names;
    std::string_view class_name = str_view(name);
    for (ssize i = 0; i < n; ++i) {
      Object* s = tuple_get(seq.get(), i);
      if (str_eq_cstr(s, "__dict__") || str_eq_cstr(s, "__weakref__")) continue;
      Ref<Object> member = steal(mangle_slot_name(class_name, s));
      if (!member) return nullptr;
      if (dict_get_item_str(dict.get(), member.get()) &&
          !str_eq_cstr(member.get(), "__qualname__") &&
          !str_eq_cstr(member.get(), "__classcell__")) {
        Ref<Object> r = steal(str_repr(member.get()));
        if (!r) return nullptr;
        err_format(&ExcValueError, "{} in __slots__ conflicts with class variable",
                   str_to_std(r.get()));
        return nullptr;
      }
      names.push_back(std::move(member));
    }
    // CPython sorts the slot names (after mangling); members are laid out in that order. A name
    // given twice gets two members (the class dict keeps the last), as in CPython 3.11.
    std::stable_sort(names.begin(), names.end(), [](const Ref<Object>& a, const Ref<Object>& b) {
      return str_compare(a.get(), b.get()) < 0;
    });
    std::vector<Object*> raw;
    for (const Ref<Object>& r : names) raw.push_back(r.get());
    slot_names = steal(tuple_from_array(raw.data(), ssize(raw.size())));
    if (!slot_names) return nullptr;
  }

  ssize nslots = slot_names ? tuple_size(slot_names.get()) : 0;
  TypeObject* type = static_cast<TypeObject*>(type_alloc_with_sentinel(metatype, nslots));
  if (!type) return nullptr;
  Ref<Object> type_ref = steal<Object>(type);
  type->flags = TPFLAG_HEAPTYPE | TPFLAG_BASETYPE | TPFLAG_HAVE_GC;
  HeapTypeObject* heap = as_heap(type);
  type->as_number = &heap->number;
  type->as_mapping = &heap->mapping;
  type->as_sequence = &heap->sequence;
  heap->ht_name = new_ref(name);
  type->name = str_utf8(name);
  if (!type->name) return nullptr;
  type->bases = new_ref(bases);
  type->base = new_ref(base);
  type->dict = dict.release();

  // __module__ from the caller's globals when the namespace lacks it
  if (!dict_get_item_str(type->dict, ids::module)) {
    Frame* f = nullptr;
    (void)f;
    Object* globals = current_globals();
    if (globals) {
      Object* modname = dict_get_item_str(globals, ids::name);
      if (modname && dict_set_item(type->dict, ids::module, modname) < 0) return nullptr;
    }
  }
  // __qualname__
  if (Object* q = dict_get_item_str(type->dict, ids::qualname)) {
    if (!is_str(q)) {
      err_format(&ExcTypeError, "type __qualname__ must be a str, not {}", type_name(q->type));
      return nullptr;
    }
    heap->ht_qualname = new_ref(q);
    if (dict_del_item(type->dict, ids::qualname) < 0) return nullptr;
  } else {
    heap->ht_qualname = new_ref(name);
  }
  // __init_subclass__ and __class_getitem__ are implicitly class methods; __new__ static
  for (Object* implicit : {ids::init_subclass, ids::class_getitem}) {
    Object* f = dict_get_item_str(type->dict, implicit);
    if (f && is_function(f)) {
      Object* cm = classmethod_new(f);
      if (!cm || dict_set_item(type->dict, implicit, cm) < 0) {
        xdecref(cm);
        return nullptr;
      }
      decref(cm);
    }
  }
  if (Object* f = dict_get_item_str(type->dict, ids::new_)) {
    if (is_function(f)) {
      Object* sm = staticmethod_new(f);
      if (!sm || dict_set_item(type->dict, ids::new_, sm) < 0) {
        xdecref(sm);
        return nullptr;
      }
      decref(sm);
    }
  }
  // a docstring
  if (!dict_get_item_str(type->dict, ids::doc)) {
    if (dict_set_item(type->dict, ids::doc, None()) < 0) return nullptr;
  }

  // layout
  type->basicsize = base->basicsize;
  type->itemsize = base->itemsize;
  type->dictoffset = base->dictoffset;
  type->weaklistoffset = base->weaklistoffset;
  if (base->flags & TPFLAG_MANAGED_DICT) type->flags |= TPFLAG_MANAGED_DICT;
  if (nslots) {
    // the members live inline after the type object (zeroed, with a null sentinel), named by the
    // UTF-8 of the slot names that ht_slots keeps alive, as CPython's PyHeapType_GET_MEMBERS
    MemberDef* members =
        reinterpret_cast<MemberDef*>(reinterpret_cast<char*>(type) + metatype->basicsize);
    heap->ht_members = members;
    for (ssize i = 0; i < nslots; ++i) {
      const char* name = str_utf8(tuple_get(slot_names.get(), i));
      if (!name) return nullptr;
      members[i].name = name;
      members[i].kind = MemberKind::OBJECT_EX;
      members[i].offset = type->basicsize;
      members[i].readonly = false;
      type->basicsize += sizeof(Object*);
    }
    heap->ht_slots = slot_names.release();
  }
  if (add_dict) {
    if (base->itemsize) {
      // var-sized base: the dict pointer is the last word of the object, counted in basicsize
      type->dictoffset = -ssize(sizeof(Object*));
      type->basicsize += sizeof(Object*);
    } else {
      type->flags |= TPFLAG_MANAGED_DICT;
    }
  }
  if (add_weak) {
    type->weaklistoffset = type->basicsize;
    type->basicsize += sizeof(Object*);
  }
  // descriptors for slots, __dict__ and __weakref__
  if (heap->ht_members && add_members(type, heap->ht_members) < 0) return nullptr;
  if (add_dict && add_weak) {
    if (add_getsets(type, subtype_getset_dict_weakref) < 0) return nullptr;
  } else if (add_dict) {
    if (add_getsets(type, subtype_getset_dict) < 0) return nullptr;
  } else if (add_weak) {
    if (add_getsets(type, subtype_getset_weakref) < 0) return nullptr;
  }

  type->dealloc = subtype_dealloc;
  type->traverse = subtype_traverse;
  type->clear = subtype_clear;
  type->free_fn = object_free;
  type->flags |= base->flags & INHERITED_FLAGS;
  if (base->flags & TPFLAG_BASE_EXC_SUBCLASS) type->flags |= TPFLAG_BASE_EXC_SUBCLASS;

  if (compute_mro(type) < 0) return nullptr;
  // inherit slots along the MRO, then point dunders at dispatchers
  for (ssize i = 1; i < tuple_size(type->mro); ++i) {
    inherit_slots(type, static_cast<TypeObject*>(tuple_get(type->mro, i)));
  }
  type->dealloc = subtype_dealloc;
  type->traverse = subtype_traverse;
  type->clear = subtype_clear;
  type->free_fn = object_free;
  if (type->flags & TPFLAG_MANAGED_DICT) {
    heap->cached_keys = dict_new_keys_for_class();
    if (!heap->cached_keys) return nullptr;
  }
  fixup_slot_dispatchers(type);
  if (type->finalize) type->flags |= TPFLAG_HAS_FINALIZE;
  type->flags |= TPFLAG_READY;
  for (ssize i = 0; i < tuple_size(bases); ++i) {
    add_subclass(static_cast<TypeObject*>(tuple_get(bases, i)), type);
  }
  memory::gc_track(type);

  // __classcell__: the cell created for methods using super()/__class__
  if (Object* cell = dict_get_item_str(type->dict, ids::classcell)) {
    if (!is_cell(cell)) {
      err_format(&ExcTypeError, "__classcell__ must be a nonlocal cell, not {}",
                 type_name(cell->type));
      return nullptr;
    }
    set_ref(static_cast<CellObject*>(cell)->ref, new_ref<Object>(type));
    if (dict_del_item(type->dict, ids::classcell) < 0) return nullptr;
  }
  if (type_new_set_names(type) < 0) return nullptr;
  if (type_new_init_subclass(type, kwds) < 0) return nullptr;
  return type_ref.release();
}

namespace {

Object* type_new_slot(TypeObject* metatype, Object* const* args, std::size_t nargs,
                      Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (metatype == &TypeType && nargs == 1 && nkw == 0) return new_ref<Object>(args[0]->type);
  if (nargs != 3) {
    err_set_string(&ExcTypeError, "type() takes 1 or 3 arguments");
    return nullptr;
  }
  Ref<Object> kwds;
  if (nkw) {
    kwds = steal(kwargs_to_dict(args + nargs, kwnames));
    if (!kwds) return nullptr;
  }
  return type_new_from_namespace(metatype, args[0], args[1], args[2], kwds.get());
}

// ---- instances of classes -----------------------------------------------------------------------
// The solid built-in base of a heap type (the first non-heap type up the chain).
TypeObject* solid_base_of(TypeObject* type) {
  while (type->flags & TPFLAG_HEAPTYPE) type = type->base;
  return type;
}

// Whether the instance's __dict__ pointer was added by the heap type (a managed dict, or a dict
// offset its solid base does not have) rather than belonging to the base (a class's own dict).
bool owns_dict_slot(TypeObject* type, TypeObject* solid_base) {
  return (type->flags & TPFLAG_MANAGED_DICT) || type->dictoffset != solid_base->dictoffset;
}

int subtype_traverse(Object* self, VisitFn visit, void* arg) {
  TypeObject* type = self->type;
  // slots of this class and its heap bases
  for (TypeObject* t = type; t && (t->flags & TPFLAG_HEAPTYPE); t = t->base) {
    if (as_heap(t)->ht_members) {
      for (MemberDef* m = as_heap(t)->ht_members; m->name; ++m) {
        Object* v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m->offset);
        if (v && visit(v, arg)) return 1;
      }
    }
  }
  TypeObject* b = solid_base_of(type);
  if (instance_traverse_storage(self, visit, arg, owns_dict_slot(type, b))) return 1;
  // a heap type instance owns a reference to its class (visited before the base's references,
  // as CPython orders it)
  if (visit(type, arg)) return 1;
  return b->traverse ? b->traverse(self, visit, arg) : 0;
}

int subtype_clear(Object* self) {
  TypeObject* type = self->type;
  for (TypeObject* t = type; t && (t->flags & TPFLAG_HEAPTYPE); t = t->base) {
    if (as_heap(t)->ht_members) {
      for (MemberDef* m = as_heap(t)->ht_members; m->name; ++m) {
        Object*& v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m->offset);
        clear_ref(v);
      }
    }
  }
  TypeObject* b = solid_base_of(type);
  instance_clear_storage(self, owns_dict_slot(type, b), false);
  if (b->clear) b->clear(self);
  return 0;
}

void subtype_dealloc(Object* self) {
  TypeObject* type = self->type;
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_untrack(self);
  if (type->finalize && !tstate()->tearing_down) {
    // __del__ may resurrect the object; it runs at most once (PEP 442)
    if (!(type->flags & TPFLAG_HAVE_GC) || !memory::gc_is_finalized(self)) {
      self->refcnt = 1;
      if (type->flags & TPFLAG_HAVE_GC) memory::gc_set_finalized(self);
      type->finalize(self);
      if (--self->refcnt != 0) {
        // resurrected: track again so a later collection can find it
        if ((type->flags & TPFLAG_HAVE_GC) && !memory::gc_is_tracked(self)) memory::gc_track(self);
        return;
      }
    }
  }
  if (!trashcan_begin(self)) return;
  clear_weakrefs(self);
  // clear the class's own storage; the solid base's dealloc handles its part
  for (TypeObject* t = type; t && (t->flags & TPFLAG_HEAPTYPE); t = t->base) {
    if (as_heap(t)->ht_members) {
      for (MemberDef* m = as_heap(t)->ht_members; m->name; ++m) {
        Object*& v = *reinterpret_cast<Object**>(reinterpret_cast<char*>(self) + m->offset);
        clear_ref(v);
      }
    }
  }
  TypeObject* b = solid_base_of(type);
  instance_clear_storage(self, owns_dict_slot(type, b), true);
  if (b == &ObjectType || !b->dealloc) {
    object_free(self);
  } else {
    // the base dealloc frees the memory through type->free_fn (object_free) and must not
    // touch the (heap) type's refcount
    b->dealloc(self);
  }
  trashcan_end();
  decref(type);
}

}  // namespace

// ---- bootstrap of type and object --------------------------------------------------------------
void type_and_object_init() {
  ObjectType.refcnt = 1;
  ObjectType.type = &TypeType;
  ObjectType.name = "object";
  ObjectType.basicsize = sizeof(Object);
  ObjectType.flags = TPFLAG_BASETYPE;
  ObjectType.doc = "The base class of the class hierarchy.";
  ObjectType.dealloc = object_dealloc;
  ObjectType.free_fn = object_free;
  ObjectType.repr = object_repr_slot;
  ObjectType.str = object_str_slot;
  ObjectType.hash = object_hash_slot;
  ObjectType.richcompare = object_richcompare_slot;
  ObjectType.getattro = generic_getattr;
  ObjectType.setattro = generic_setattr;
  ObjectType.init = object_init;
  ObjectType.new_ = object_new;
  ObjectType.methods = object_methods;
  ObjectType.getset = object_getset;

  TypeType.refcnt = 1;
  TypeType.type = &TypeType;
  TypeType.name = "type";
  TypeType.basicsize = sizeof(HeapTypeObject);
  TypeType.itemsize = sizeof(MemberDef);
  TypeType.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TYPE_SUBCLASS;
  TypeType.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  TypeType.base = &ObjectType;
  TypeType.dealloc = type_dealloc;
  TypeType.traverse = type_traverse;
  TypeType.clear = type_clear;
  TypeType.repr = type_repr;
  TypeType.weaklistoffset = offsetof(TypeObject, weaklist);
  TypeType.call = type_call;
  TypeType.getattro = type_getattro;
  TypeType.setattro = type_setattro;
  TypeType.init = type_init_slot;
  TypeType.new_ = type_new_slot;
  TypeType.methods = type_methods;
  TypeType.getset = type_getset;
  TypeType.dictoffset = offsetof(TypeObject, dict);
}

bool type_calls_packed(Object* callable) {
  if (callable->type->call != type_call) return false;
  return !(static_cast<TypeObject*>(callable)->flags & TPFLAG_VECTORCALL);
}

}  // namespace mempy::runtime
