// runtime/tuple.cpp — tuple objects, the () singleton and per-size free lists (CPython 3.11:
// sizes 1..19, at most 2000 each). Free-listed tuples skip the allocator, so they neither move
// gc.get_count() nor appear in tracemalloc — as in CPython.
#include "runtime/tuple.h"
#include "runtime/cfunction.h"

#include <algorithm>
#include <cstring>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "memory/tracer.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/trashcan.h"

namespace mempy::runtime {

TypeObject TupleType;

namespace {

constexpr int MAXSAVESIZE = 20;  // sizes 1..20 are kept (CPython 3.11's PyTuple_NFREELISTS)
constexpr int MAXFREELIST = 2000;
TupleObject* g_free[MAXSAVESIZE + 1];  // indexed by size; chained through items[0]
int g_numfree[MAXSAVESIZE + 1];

struct StaticEmptyTuple {
  memory::GCHead gc;
  TupleObject t;
};
StaticEmptyTuple g_empty_storage;
TupleObject* const g_empty = &g_empty_storage.t;

constexpr std::size_t TUPLE_HEADER = offsetof(TupleObject, items);

TupleObject* tuple_alloc(ssize n) {
  TupleObject* t;
  if (n <= MAXSAVESIZE && g_free[n]) {
    t = g_free[n];
    g_free[n] = reinterpret_cast<TupleObject*>(t->items[0]);
    --g_numfree[n];
    t->refcnt = 1;
    t->type = &TupleType;
    memory::tracer::note_reuse(reinterpret_cast<char*>(t) - sizeof(memory::GCHead));
  } else {
    if (std::size_t(n) > (PTRDIFF_MAX - TUPLE_HEADER - 16) / sizeof(Object*)) {
      err_no_memory();
      return nullptr;
    }
    std::size_t size = sizeof(memory::GCHead) + TUPLE_HEADER + std::size_t(n) * sizeof(Object*);
    char* mem = static_cast<char*>(memory::alloc(size));
    if (!mem) {
      err_no_memory();
      return nullptr;
    }
    reinterpret_cast<memory::GCHead*>(mem)->next = 0;
    reinterpret_cast<memory::GCHead*>(mem)->prev = 0;
    t = reinterpret_cast<TupleObject*>(mem + sizeof(memory::GCHead));
    t->refcnt = 1;
    t->type = &TupleType;
    memory::gc_note_alloc();
  }
  t->size = n;
  std::memset(t->items, 0, std::size_t(n) * sizeof(Object*));
  return t;
}

void tuple_dealloc(Object* op) {
  TupleObject* t = static_cast<TupleObject*>(op);
  if (t == g_empty) {
    op->refcnt = STATIC_REFCNT;
    return;
  }
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  ssize n = t->size;
  for (ssize i = n - 1; i >= 0; --i) xdecref(t->items[i]);
  if (op->type == &TupleType && n > 0 && n <= MAXSAVESIZE && g_numfree[n] < MAXFREELIST) {
    t->items[0] = reinterpret_cast<Object*>(g_free[n]);
    g_free[n] = t;
    ++g_numfree[n];
  } else if (op->type == &TupleType) {
    memory::gc_note_free();
    memory::free(memory::gc_head(op));
  } else {
    op->type->free_fn(op);
  }
  trashcan_end();
}

int tuple_traverse(Object* op, VisitFn visit, void* arg) {
  TupleObject* t = static_cast<TupleObject*>(op);
  for (ssize i = t->size - 1; i >= 0; --i) {
    if (t->items[i] && visit(t->items[i], arg)) return 1;
  }
  return 0;
}

Object* tuple_repr(Object* op) {
  ssize n = tuple_size(op);
  if (n == 0) return str_from_ascii("()", 2);
  int r = repr_enter(op);
  if (r != 0) return r > 0 ? str_from_ascii("(...)", 5) : nullptr;
  StrBuilder b;
  b.append_char('(');
  for (ssize i = 0; i < n; ++i) {
    if (i) b.append_ascii(", ");
    Object* s = object_repr(tuple_get(op, i));
    if (!s) {
      repr_leave(op);
      return nullptr;
    }
    b.append_str(s);
    decref(s);
  }
  if (n == 1) b.append_char(',');
  b.append_char(')');
  repr_leave(op);
  return b.finish();
}

ssize tuple_len(Object* op) {
  return tuple_size(op);
}

int tuple_contains(Object* op, Object* v) {
  ssize n = tuple_size(op);
  for (ssize i = 0; i < n; ++i) {
    int c = rich_compare_bool(tuple_get(op, i), v, CMP_EQ);
    if (c != 0) return c;
  }
  return 0;
}

Object* tuple_richcompare(Object* a, Object* b, int op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented_new_ref();
  ssize na = tuple_size(a), nb = tuple_size(b);
  ssize i = 0;
  for (; i < na && i < nb; ++i) {
    int k = rich_compare_bool(tuple_get(a, i), tuple_get(b, i), CMP_EQ);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= na || i >= nb) {
    return bool_new_ref(compare_holds((na > nb) - (na < nb), op));
  }
  if (op == CMP_EQ) return bool_new_ref(false);
  if (op == CMP_NE) return bool_new_ref(true);
  return rich_compare(tuple_get(a, i), tuple_get(b, i), op);
}

Object* tuple_getitem(Object* op, Object* key) {
  if (is_int(key) || has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
    ssize n = tuple_size(op);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      err_set_string(&ExcIndexError, "tuple index out of range");
      return nullptr;
    }
    return new_ref(tuple_get(op, i));
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize len = slice_adjust_indices(tuple_size(op), &start, &stop, step);
    if (step == 1) return tuple_slice(op, start, stop);
    Object* r = tuple_new(len);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) {
      tuple_set_new(r, i, new_ref(tuple_get(op, cur)));
    }
    return r;
  }
  err_format(&ExcTypeError, "tuple indices must be integers or slices, not {}",
             type_name(key->type));
  return nullptr;
}

Object* tuple_concat(Object* a, Object* b) {
  if (!is_tuple(b)) {
    err_format(&ExcTypeError, "can only concatenate tuple (not \"{}\") to tuple",
               type_name(b->type));
    return nullptr;
  }
  ssize na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && is_tuple_exact(a)) return new_ref(a);
  if (na == 0 && is_tuple_exact(b)) return new_ref(b);
  Object* r = tuple_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; ++i) tuple_set_new(r, i, new_ref(tuple_get(a, i)));
  for (ssize i = 0; i < nb; ++i) tuple_set_new(r, na + i, new_ref(tuple_get(b, i)));
  return r;
}

Object* tuple_repeat(Object* t, ssize count) {
  ssize len = tuple_size(t);
  if (count <= 0 || len == 0) return tuple_empty();
  if (count == 1 && is_tuple_exact(t)) return new_ref(t);
  if (len > PTRDIFF_MAX / 16 / count) return err_no_memory();
  Object* r = tuple_new(len * count);
  if (!r) return nullptr;
  for (ssize c = 0; c < count; ++c) {
    for (ssize i = 0; i < len; ++i) tuple_set_new(r, c * len + i, new_ref(tuple_get(t, i)));
  }
  return r;
}

hash_t tuple_hash_slot(Object* op) {
  return tuple_hash(op);
}

Object* tuple_iter(Object* op) {
  return seqiter_new_for_tuple(op);
}

Object* tuple_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "tuple() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "tuple expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  Object* base = nargs ? sequence_tuple(args[0]) : tuple_empty();
  if (!base || type == &TupleType) return base;
  // subclass instance: copy the items into an object of the subtype's size
  ssize n = tuple_size(base);
  TupleObject* r = static_cast<TupleObject*>(type_generic_alloc(type, n));
  if (!r) {
    decref(base);
    return nullptr;
  }
  for (ssize i = 0; i < n; ++i) r->items[i] = new_ref(tuple_get(base, i));
  decref(base);
  memory::gc_track(r);
  return r;
}

Object* tuple_index_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("index", kwnames) || !check_nargs("index", nargs, 1, 3)) return nullptr;
  ssize n = tuple_size(self), start = 0, stop = n;
  if (nargs > 1 && !slice_index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !slice_index_arg(args[2], &stop)) return nullptr;
  if (start < 0) start = start + n < 0 ? 0 : start + n;
  if (stop < 0) stop += n;
  for (ssize i = start; i < stop && i < n; ++i) {
    int c = rich_compare_bool(tuple_get(self, i), args[0], CMP_EQ);
    if (c < 0) return nullptr;
    if (c) return int_from_ssize(i);
  }
  err_set_string(&ExcValueError, "tuple.index(x): x not in tuple");
  return nullptr;
}

Object* tuple_count_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("count", nargs, kwnames)) return nullptr;
  ssize count = 0;
  for (ssize i = 0; i < tuple_size(self); ++i) {
    int c = rich_compare_bool(tuple_get(self, i), args[0], CMP_EQ);
    if (c < 0) return nullptr;
    count += c;
  }
  return int_from_ssize(count);
}

Object* tuple_getnewargs(Object* self, Object* const*, ssize, Object*) {
  Object* copy = tuple_slice(self, 0, tuple_size(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

MethodDef tuple_methods[] = {
    {"index", tuple_index_method, METH_DEFAULT, "Return first index of value."},
    {"count", tuple_count_method, METH_DEFAULT, "Return number of occurrences of value."},
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* tuple_new(ssize n) {
  if (n == 0) return tuple_empty();
  TupleObject* t = tuple_alloc(n);
  if (!t) return nullptr;
  memory::gc_track(t);
  return t;
}

Object* tuple_empty() {
  return new_ref<Object>(g_empty);
}

int tuple_resize(Object** pt, ssize newsize) {
  TupleObject* t = static_cast<TupleObject*>(*pt);
  ssize oldsize = t->size;
  if (oldsize == newsize) return 0;
  if (newsize == 0) {
    decref(t);
    *pt = tuple_empty();
    return 0;
  }
  if (oldsize == 0) {  // the empty tuple is static: never resized in place
    decref(t);
    *pt = tuple_new(newsize);
    return *pt ? 0 : -1;
  }
  bool tracked = memory::gc_is_tracked(t);
  if (tracked) memory::gc_untrack(t);
  for (ssize i = newsize; i < oldsize; ++i) clear_ref(t->items[i]);
  std::size_t size = sizeof(memory::GCHead) + TUPLE_HEADER + std::size_t(newsize) * sizeof(Object*);
  char* mem = static_cast<char*>(memory::realloc(memory::gc_head(t), size));
  if (!mem) {
    *pt = nullptr;
    // the old block is still valid: release it with its remaining items
    if (tracked) memory::gc_track(t);
    t->size = std::min(oldsize, newsize);
    decref(t);
    err_no_memory();
    return -1;
  }
  t = reinterpret_cast<TupleObject*>(mem + sizeof(memory::GCHead));
  if (newsize > oldsize) {
    std::memset(t->items + oldsize, 0, std::size_t(newsize - oldsize) * sizeof(Object*));
  }
  t->size = newsize;
  if (tracked) memory::gc_track(t);
  *pt = t;
  return 0;
}

Object* tuple_pack(std::initializer_list<Object*> items) {
  Object* t = tuple_new(ssize(items.size()));
  if (!t) return nullptr;
  ssize i = 0;
  for (Object* o : items) tuple_set_new(t, i++, new_ref(o));
  return t;
}

Object* tuple_from_array(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_new(t, i, new_ref(items[i]));
  return t;
}

Object* tuple_from_array_steal(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (!t) {
    for (ssize i = 0; i < n; ++i) decref(items[i]);
    return nullptr;
  }
  for (ssize i = 0; i < n; ++i) tuple_set_new(t, i, items[i]);
  return t;
}

Object* tuple_slice(Object* op, ssize start, ssize stop) {
  ssize n = tuple_size(op);
  if (start < 0) start = 0;
  if (stop > n) stop = n;
  if (stop <= start) return tuple_empty();
  if (start == 0 && stop == n && is_tuple_exact(op)) return new_ref(op);
  return tuple_from_array(tuple_items(op) + start, stop - start);
}

hash_t tuple_hash(Object* op) {
  // CPython 3.8+'s xxHash-based tuple hash
  constexpr std::uint64_t P1 = 11400714785074694791ULL;
  constexpr std::uint64_t P2 = 14029467366897019727ULL;
  constexpr std::uint64_t P5 = 2870177450012600261ULL;
  ssize n = tuple_size(op);
  std::uint64_t acc = P5;
  for (ssize i = 0; i < n; ++i) {
    hash_t h = object_hash(tuple_get(op, i));
    if (h == -1) return -1;
    acc += std::uint64_t(h) * P2;
    acc = (acc << 31) | (acc >> 33);
    acc *= P1;
  }
  acc += std::uint64_t(n) ^ (P5 ^ 3527539UL);
  if (acc == std::uint64_t(-1)) return 1546275796;
  return hash_t(acc);
}

int tuple_free_list_count(int size) {
  return size > 0 && size <= MAXSAVESIZE ? g_numfree[size] : 0;
}

void tuple_clear_free_lists() {
  for (int n = 1; n <= MAXSAVESIZE; ++n) {
    while (g_free[n]) {
      TupleObject* t = g_free[n];
      g_free[n] = reinterpret_cast<TupleObject*>(t->items[0]);
      memory::gc_note_free();
      memory::free(memory::gc_head(t));
    }
    g_numfree[n] = 0;
  }
}

void tuple_type_init() {
  TupleType.name = "tuple";
  TupleType.basicsize = TUPLE_HEADER;
  TupleType.itemsize = sizeof(Object*);
  TupleType.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_TUPLE_SUBCLASS | TPFLAG_VECTORCALL;
  TupleType.doc = "Built-in immutable sequence.";
  TupleType.dealloc = tuple_dealloc;
  TupleType.traverse = tuple_traverse;
  TupleType.repr = tuple_repr;
  TupleType.hash = tuple_hash_slot;
  TupleType.richcompare = tuple_richcompare;
  mapping_methods(TupleType).length = tuple_len;
  mapping_methods(TupleType).getitem = tuple_getitem;
  sequence_methods(TupleType).contains = tuple_contains;
  sequence_methods(TupleType).sq_concat = tuple_concat;
  sequence_methods(TupleType).sq_repeat = tuple_repeat;
  TupleType.iter = tuple_iter;
  TupleType.new_ = tuple_new_slot;
  TupleType.methods = tuple_methods;
  g_empty->refcnt = STATIC_REFCNT;
  g_empty->type = &TupleType;
  g_empty->size = 0;
}

}  // namespace mempy::runtime
