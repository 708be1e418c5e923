// runtime/list.cpp — list objects with CPython 3.11's allocation rules (memory-facts §1.4):
//
//   * appends grow the item array to (n + n/8 + 6) & ~3 (capacities 0, 4, 8, 16, 24, 32, 40, 52…);
//   * a shrink reallocates only below half the capacity;
//   * extending an empty list by a known length allocates that length rounded up to even
//     (so the literal [1, 2, 3], compiled as BUILD_LIST + LIST_EXTEND, has capacity 4);
//   * slices, concatenation and repetition allocate exactly.
//
// Up to 80 freed list objects (the 40-byte part) are kept on a free list for reuse; reuse skips
// the allocator, so it neither moves gc.get_count() nor shows in tracemalloc, as in CPython.
#include "runtime/list.h"

#include <cstring>
#include <vector>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "memory/tracer.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/trashcan.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject ListType;

namespace {

constexpr int LIST_MAXFREELIST = 80;
ListObject* g_free[LIST_MAXFREELIST];
int g_numfree = 0;

inline ListObject* as_list(Object* op) {
  return static_cast<ListObject*>(op);
}

ListObject* list_alloc_object() {
  ListObject* l;
  if (g_numfree) {
    l = g_free[--g_numfree];
    l->refcnt = 1;
    l->type = &ListType;
    memory::tracer::note_reuse(reinterpret_cast<char*>(l) - sizeof(memory::GCHead));
  } else {
    char* mem = static_cast<char*>(memory::alloc(sizeof(memory::GCHead) + sizeof(ListObject)));
    if (!mem) {
      err_no_memory();
      return nullptr;
    }
    reinterpret_cast<memory::GCHead*>(mem)->next = 0;
    reinterpret_cast<memory::GCHead*>(mem)->prev = 0;
    l = reinterpret_cast<ListObject*>(mem + sizeof(memory::GCHead));
    l->refcnt = 1;
    l->type = &ListType;
    memory::gc_note_alloc();
  }
  l->size = 0;
  l->items = nullptr;
  l->allocated = 0;
  return l;
}

// Allocates exactly `size` slots for an empty list (rounded up to even when `round_even`).
int list_preallocate(ListObject* self, ssize size, bool round_even) {
  if (round_even) size = (size + 1) & ~ssize(1);
  if (std::size_t(size) > PTRDIFF_MAX / sizeof(Object*)) {
    err_no_memory();
    return -1;
  }
  Object** items = static_cast<Object**>(memory::alloc(std::size_t(size) * sizeof(Object*)));
  if (!items) {
    err_no_memory();
    return -1;
  }
  self->items = items;
  self->allocated = size;
  return 0;
}

void list_dealloc(Object* op) {
  ListObject* l = as_list(op);
  memory::gc_untrack(op);
  if (!trashcan_begin(op)) return;
  if (l->items) {
    ssize i = l->size;
    while (--i >= 0) xdecref(l->items[i]);
    memory::free(l->items);
  }
  if (op->type == &ListType && g_numfree < LIST_MAXFREELIST) {
    g_free[g_numfree++] = l;
  } else if (op->type == &ListType) {
    memory::gc_note_free();
    memory::free(memory::gc_head(op));
  } else {
    op->type->free_fn(op);
  }
  trashcan_end();
}

int list_traverse(Object* op, VisitFn visit, void* arg) {
  ListObject* l = as_list(op);
  for (ssize i = l->size; --i >= 0;) {
    if (l->items[i] && visit(l->items[i], arg)) return 1;
  }
  return 0;
}

int list_clear_slot(Object* op) {
  ListObject* l = as_list(op);
  Object** items = l->items;
  ssize n = l->size;
  if (!items) return 0;
  l->items = nullptr;
  l->size = 0;
  l->allocated = 0;
  while (--n >= 0) xdecref(items[n]);
  memory::free(items);
  return 0;
}

}  // namespace

int list_resize(ListObject* self, ssize newsize) {
  ssize allocated = self->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    self->size = newsize;
    return 0;
  }
  std::size_t new_allocated =
      (std::size_t(newsize) + (std::size_t(newsize) >> 3) + 6) & ~std::size_t(3);
  if (newsize - self->size > ssize(new_allocated) - newsize) {
    new_allocated = (std::size_t(newsize) + 3) & ~std::size_t(3);
  }
  if (newsize == 0) new_allocated = 0;
  if (new_allocated > PTRDIFF_MAX / sizeof(Object*)) {
    err_no_memory();
    return -1;
  }
  Object** items;
  if (new_allocated == 0) {
    memory::free(self->items);
    items = nullptr;
  } else {
    items = static_cast<Object**>(memory::realloc(self->items, new_allocated * sizeof(Object*)));
    if (!items) {
      err_no_memory();
      return -1;
    }
  }
  self->items = items;
  self->size = newsize;
  self->allocated = ssize(new_allocated);
  return 0;
}

Object* list_new(ssize n) {
  if (n < 0) return err_bad_internal_call("list_new");
  ListObject* l = list_alloc_object();
  if (!l) return nullptr;
  if (n > 0) {
    if (list_preallocate(l, n, false) < 0) {
      decref(l);
      return nullptr;
    }
    std::memset(l->items, 0, std::size_t(n) * sizeof(Object*));
    l->size = n;
  }
  memory::gc_track(l);
  return l;
}

int list_append_steal(Object* op, Object* item) {
  ListObject* l = as_list(op);
  ssize n = l->size;
  if (n < l->allocated) {
    l->items[n] = item;
    l->size = n + 1;
    return 0;
  }
  if (list_resize(l, n + 1) < 0) {
    decref(item);
    return -1;
  }
  l->items[n] = item;
  return 0;
}

int list_append(Object* op, Object* item) {
  return list_append_steal(op, new_ref(item));
}

int list_insert(Object* op, ssize where, Object* item) {
  ListObject* l = as_list(op);
  ssize n = l->size;
  if (list_resize(l, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  std::memmove(l->items + where + 1, l->items + where, std::size_t(n - where) * sizeof(Object*));
  l->items[where] = new_ref(item);
  return 0;
}

int list_set_item(Object* op, ssize i, Object* value) {
  ListObject* l = as_list(op);
  if (i < 0 || i >= l->size) {
    xdecref(value);
    err_set_string(&ExcIndexError, "list assignment index out of range");
    return -1;
  }
  set_ref(l->items[i], value);
  return 0;
}

Object* list_get_slice(Object* op, ssize lo, ssize hi) {
  ListObject* l = as_list(op);
  if (lo < 0) lo = 0;
  if (hi > l->size) hi = l->size;
  if (hi < lo) hi = lo;
  ssize len = hi - lo;
  ListObject* r = list_alloc_object();
  if (!r) return nullptr;
  if (len > 0) {
    if (list_preallocate(r, len, false) < 0) {
      decref(r);
      return nullptr;
    }
    for (ssize i = 0; i < len; ++i) r->items[i] = new_ref(l->items[lo + i]);
    r->size = len;
  }
  memory::gc_track(r);
  return r;
}

Object* list_as_tuple(Object* op) {
  return tuple_from_array(list_items(op), list_size(op));
}

int list_extend(Object* op, Object* iterable) {
  ListObject* self = as_list(op);
  if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == op) {
    ssize n = is_tuple_exact(iterable) ? tuple_size(iterable) : list_size(iterable);
    if (n == 0) return 0;
    ssize m = self->size;
    Object** src = is_tuple_exact(iterable) ? tuple_items(iterable) : list_items(iterable);
    if (!self->items) {
      if (list_preallocate(self, n, true) < 0) return -1;
      self->size = n;
    } else {
      if (list_resize(self, m + n) < 0) return -1;
      src = is_tuple_exact(iterable) ? tuple_items(iterable) : list_items(iterable);
    }
    for (ssize i = 0; i < n; ++i) self->items[m + i] = new_ref(src[i]);
    return 0;
  }
  Object* it = get_iter(iterable);
  if (!it) return -1;
  ssize hint = object_length_hint(iterable, 8);
  if (hint < 0) {
    decref(it);
    return -1;
  }
  ssize m = self->size;
  if (!self->items) {
    if (hint && list_preallocate(self, hint, true) < 0) {
      decref(it);
      return -1;
    }
  } else if (hint > 0) {
    if (list_resize(self, m + hint) < 0) {
      decref(it);
      return -1;
    }
    self->size = m;
  }
  UnaryFn next = it->type->iternext;
  for (;;) {
    Object* item = next(it);
    if (!item) {
      if (iter_failed()) {
        decref(it);
        return -1;
      }
      break;
    }
    if (self->size < self->allocated) {
      self->items[self->size++] = item;
    } else if (list_append_steal(op, item) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  // shrink-to-fit when the hint over-allocated
  if (self->size < self->allocated) {
    if (list_resize(self, self->size) < 0) return -1;
  }
  return 0;
}

int list_reverse(Object* op) {
  ListObject* l = as_list(op);
  for (ssize i = 0, j = l->size - 1; i < j; ++i, --j) std::swap(l->items[i], l->items[j]);
  return 0;
}

// ---- slots ------------------------------------------------------------------------------------
namespace {

Object* list_repr(Object* op) {
  ListObject* l = as_list(op);
  if (l->size == 0) return str_from_ascii("[]", 2);
  int r = repr_enter(op);
  if (r != 0) return r > 0 ? str_from_ascii("[...]", 5) : nullptr;
  StrBuilder b;
  b.append_char('[');
  for (ssize i = 0; i < l->size; ++i) {
    if (i) b.append_ascii(", ");
    // borrowed, as CPython 3.11's list_repr (a __repr__ runs holding only its own frame's
    // reference, and the item is not touched again afterwards)
    Object* s = object_repr(l->items[i]);
    if (!s) {
      repr_leave(op);
      return nullptr;
    }
    b.append_str(s);
    decref(s);
  }
  b.append_char(']');
  repr_leave(op);
  return b.finish();
}

ssize list_len(Object* op) {
  return as_list(op)->size;
}

int list_contains(Object* op, Object* v) {
  ListObject* l = as_list(op);
  for (ssize i = 0; i < l->size; ++i) {
    Object* item = new_ref(l->items[i]);
    int c = rich_compare_bool(item, v, CMP_EQ);
    decref(item);
    if (c != 0) return c;
  }
  return 0;
}

Object* list_richcompare(Object* a, Object* b, int op) {
  if (!is_list(a) || !is_list(b)) return not_implemented_new_ref();
  ListObject* x = as_list(a);
  ListObject* y = as_list(b);
  if (x->size != y->size && (op == CMP_EQ || op == CMP_NE)) return bool_new_ref(op == CMP_NE);
  ssize i = 0;
  for (; i < x->size && i < y->size; ++i) {
    Object* vi = new_ref(x->items[i]);
    Object* wi = new_ref(y->items[i]);
    int k = rich_compare_bool(vi, wi, CMP_EQ);
    decref(vi);
    decref(wi);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= x->size || i >= y->size) {
    ssize na = x->size, nb = y->size;
    return bool_new_ref(compare_holds((na > nb) - (na < nb), op));
  }
  if (op == CMP_EQ) return bool_new_ref(false);
  if (op == CMP_NE) return bool_new_ref(true);
  Object* vi = new_ref(x->items[i]);
  Object* wi = new_ref(y->items[i]);
  Object* r = rich_compare(vi, wi, op);
  decref(vi);
  decref(wi);
  return r;
}

Object* list_subscript(Object* op, Object* key) {
  ListObject* l = as_list(op);
  if (is_int(key) || has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
      err_set_string(&ExcIndexError, "list index out of range");
      return nullptr;
    }
    return new_ref(l->items[i]);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize len = slice_adjust_indices(l->size, &start, &stop, step);
    if (step == 1) return list_get_slice(op, start, stop);
    Object* r = list_new(len);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) {
      list_set_new(r, i, new_ref(l->items[cur]));
    }
    return r;
  }
  err_format(&ExcTypeError, "list indices must be integers or slices, not {}",
             type_name(key->type));
  return nullptr;
}

// l[lo:hi] = v (v may be null: deletion); CPython's list_ass_slice
int list_ass_slice(ListObject* a, ssize lo, ssize hi, Object* v) {
  Ref<Object> seq;
  ssize n = 0;
  Object** vitems = nullptr;
  if (v) {
    if (v == a) {
      seq = steal(list_get_slice(a, 0, a->size));
    } else {
      seq = steal(sequence_list(v));
    }
    if (!seq) {
      if (err_matches(&ExcTypeError)) {
        err_clear();
        err_set_string(&ExcTypeError, "can only assign an iterable");
      }
      return -1;
    }
    n = list_size(seq.get());
    vitems = list_items(seq.get());
  }
  if (lo < 0) lo = 0;
  if (lo > a->size) lo = a->size;
  if (hi < lo) hi = lo;
  if (hi > a->size) hi = a->size;
  ssize norig = hi - lo;
  ssize d = n - norig;
  if (a->size + d == 0) {
    list_clear_slot(a);
    return 0;
  }
  std::vector<Object*> recycled(a->items + lo, a->items + hi);
  if (d < 0) {
    std::memmove(a->items + hi + d, a->items + hi, std::size_t(a->size - hi) * sizeof(Object*));
    list_resize(a, a->size + d);
  } else if (d > 0) {
    ssize k = a->size;
    if (list_resize(a, k + d) < 0) return -1;
    std::memmove(a->items + hi + d, a->items + hi, std::size_t(k - hi) * sizeof(Object*));
  }
  for (ssize k = 0; k < n; ++k) a->items[lo + k] = new_ref(vitems[k]);
  for (auto it = recycled.rbegin(); it != recycled.rend(); ++it) xdecref(*it);
  return 0;
}

int list_ass_subscript(Object* op, Object* key, Object* value) {
  ListObject* l = as_list(op);
  if (is_int(key) || has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += l->size;
    if (i < 0 || i >= l->size) {
      err_set_string(&ExcIndexError, "list assignment index out of range");
      return -1;
    }
    if (value) {
      set_ref(l->items[i], new_ref(value));
      return 0;
    }
    return list_ass_slice(l, i, i + 1, nullptr);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
    if (step == 1) {
      slice_adjust_indices(l->size, &start, &stop, step);
      return list_ass_slice(l, start, stop, value);
    }
    ssize len = slice_adjust_indices(l->size, &start, &stop, step);
    if (!value) {
      // delete an extended slice: compact the kept items
      if (len <= 0) return 0;
      if (step < 0) {
        stop = start + 1;
        start = stop + step * (len - 1) - 1;
        step = -step;
      }
      std::vector<Object*> garbage;
      ssize cur = start, i = 0, write = start;
      for (ssize read = start; read < l->size; ++read) {
        if (i < len && read == cur) {
          garbage.push_back(l->items[read]);
          cur += step;
          ++i;
        } else {
          l->items[write++] = l->items[read];
        }
      }
      list_resize(l, write);
      for (Object* g : garbage) decref(g);
      return 0;
    }
    Ref<Object> seq = steal(sequence_list(value));
    if (!seq) return -1;
    if (list_size(seq.get()) != len) {
      err_format(&ExcValueError,
                 "attempt to assign sequence of size {} to extended slice of size {}",
                 list_size(seq.get()), len);
      return -1;
    }
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) {
      set_ref(l->items[cur], new_ref(list_get(seq.get(), i)));
    }
    return 0;
  }
  err_format(&ExcTypeError, "list indices must be integers or slices, not {}",
             type_name(key->type));
  return -1;
}

Object* list_concat(Object* a, Object* b) {
  if (!is_list(b)) {
    err_format(&ExcTypeError, "can only concatenate list (not \"{}\") to list", type_name(b->type));
    return nullptr;
  }
  ssize na = list_size(a), nb = list_size(b);
  Object* r = list_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; ++i) list_set_new(r, i, new_ref(list_get(a, i)));
  for (ssize i = 0; i < nb; ++i) list_set_new(r, na + i, new_ref(list_get(b, i)));
  return r;
}

Object* list_repeat(Object* l, ssize count) {
  ssize len = list_size(l);
  if (count <= 0 || len == 0) return list_new(0);
  if (len > PTRDIFF_MAX / ssize(sizeof(Object*)) / count) return err_no_memory();
  Object* r = list_new(len * count);
  if (!r) return nullptr;
  Object** dst = list_items(r);
  Object** src = list_items(l);
  if (len == 1) {
    Object* item = src[0];
    item->refcnt += count;
    for (ssize i = 0; i < count; ++i) dst[i] = item;
    return r;
  }
  for (ssize c = 0; c < count; ++c) {
    for (ssize i = 0; i < len; ++i) dst[c * len + i] = new_ref(src[i]);
  }
  return r;
}

Object* list_inplace_concat(Object* a, Object* b) {
  if (list_extend(a, b) < 0) return nullptr;
  return new_ref(a);
}

Object* list_inplace_repeat(Object* a, ssize count) {
  ListObject* l = as_list(a);
  ssize len = l->size;
  if (count <= 0 || len == 0) {
    list_clear_slot(a);
    return new_ref(a);
  }
  if (count == 1) return new_ref(a);
  if (len > PTRDIFF_MAX / ssize(sizeof(Object*)) / count) return err_no_memory();
  if (list_resize(l, len * count) < 0) return nullptr;
  for (ssize c = 1; c < count; ++c) {
    for (ssize i = 0; i < len; ++i) l->items[c * len + i] = new_ref(l->items[i]);
  }
  return new_ref(a);
}

Object* list_iter(Object* op) {
  return seqiter_new_for_list(op);
}

int list_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "list() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "list expected at most 1 argument, got {}", nargs);
    return -1;
  }
  list_clear_slot(self);
  if (nargs == 1) return list_extend(self, args[0]);
  return 0;
}

Object* list_new_slot(TypeObject* type, Object* const*, std::size_t, Object*) {
  if (type == &ListType) return list_new(0);
  Object* op = type_generic_alloc(type, 0);
  if (op) memory::gc_track(op);
  return op;
}

// ---- methods ------------------------------------------------------------------------------------
Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("append", nargs, kwnames)) return nullptr;
  if (list_append(self, args[0]) < 0) return nullptr;
  return none_new_ref();
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("extend", nargs, kwnames)) return nullptr;
  if (list_extend(self, args[0]) < 0) return nullptr;
  return none_new_ref();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("insert", kwnames)) return nullptr;
  if (nargs != 2) {
    err_format(&ExcTypeError, "insert expected 2 arguments, got {}", nargs);
    return nullptr;
  }
  ssize i = number_as_ssize(args[0], &ExcOverflowError);
  if (i == -1 && err_occurred()) return nullptr;
  if (list_insert(self, i, args[1]) < 0) return nullptr;
  return none_new_ref();
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("pop", kwnames)) return nullptr;
  if (nargs > 1) {
    err_format(&ExcTypeError, "pop expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  ListObject* l = as_list(self);
  ssize i = -1;
  if (nargs == 1) {
    i = number_as_ssize(args[0], &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
  }
  if (l->size == 0) {
    err_set_string(&ExcIndexError, "pop from empty list");
    return nullptr;
  }
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) {
    err_set_string(&ExcIndexError, "pop index out of range");
    return nullptr;
  }
  Object* v = l->items[i];
  if (i == l->size - 1) {
    if (list_resize(l, l->size - 1) < 0) return nullptr;
    return v;
  }
  incref(v);
  if (list_ass_slice(l, i, i + 1, nullptr) < 0) {
    decref(v);
    return nullptr;
  }
  return v;
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("remove", nargs, kwnames)) return nullptr;
  ListObject* l = as_list(self);
  for (ssize i = 0; i < l->size; ++i) {
    Object* item = new_ref(l->items[i]);
    int c = rich_compare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (c < 0) return nullptr;
    if (c) {
      if (list_ass_slice(l, i, i + 1, nullptr) < 0) return nullptr;
      return none_new_ref();
    }
  }
  err_set_string(&ExcValueError, "list.remove(x): x not in list");
  return nullptr;
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("index", kwnames)) return nullptr;
  if (nargs < 1 || nargs > 3) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "index expected at least 1 argument, got {}"
                             : "index expected at most 3 arguments, got {}",
                   nargs);
    return nullptr;
  }
  ListObject* l = as_list(self);
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !slice_index_arg(args[1], &start)) return nullptr;
  if (nargs > 2 && !slice_index_arg(args[2], &stop)) return nullptr;
  if (start < 0) {
    start += l->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l->size;
    if (stop < 0) stop = 0;
  }
  for (ssize i = start; i < stop && i < l->size; ++i) {
    Object* item = new_ref(l->items[i]);
    int c = rich_compare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (c < 0) return nullptr;
    if (c) return int_from_ssize(i);
  }
  std::string r = repr_for_message(args[0]);
  err_format(&ExcValueError, "{} is not in list", r);
  return nullptr;
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("count", nargs, kwnames)) return nullptr;
  ListObject* l = as_list(self);
  ssize count = 0;
  for (ssize i = 0; i < l->size; ++i) {
    Object* item = new_ref(l->items[i]);
    int c = rich_compare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (c < 0) return nullptr;
    count += c;
  }
  return int_from_ssize(count);
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear", nargs, kwnames)) return nullptr;
  list_clear_slot(self);
  return none_new_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  return list_get_slice(self, 0, list_size(self));
}

Object* m_reverse(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("reverse", nargs, kwnames)) return nullptr;
  list_reverse(self);
  return none_new_ref();
}

Object* m_sort(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"sort", {"key", "reverse"}, 0, 0, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  bool reverse = false;
  if (a[1]) {
    int t = object_is_true(a[1]);
    if (t < 0) return nullptr;
    reverse = t;
  }
  if (list_sort(self, a[0], reverse) < 0) return nullptr;
  return none_new_ref();
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  return int_from_ssize(self->type->basicsize + as_list(self)->allocated * ssize(sizeof(Object*)));
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  return list_reverse_iter_new(self);
}

Object* m_class_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__class_getitem__", nargs, kwnames)) return nullptr;
  return new_ref(self);  // typing generics are not modelled: list[int] is list
}

// CPython 3.11 exposes list_subscript as a METH_O method (METH_COEXIST), not a slot wrapper
Object* m_getitem(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__getitem__", nargs, kwnames)) return nullptr;
  return list_subscript(self, args[0]);
}

MethodDef list_methods[] = {
    {"__getitem__", m_getitem, METH_COEXIST, "x.__getitem__(y) <==> x[y]"},
    {"append", m_append, METH_DEFAULT, "Append object to the end of the list."},
    {"extend", m_extend, METH_DEFAULT, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, METH_DEFAULT, "Insert object before index."},
    {"pop", m_pop, METH_DEFAULT, "Remove and return item at index (default last)."},
    {"remove", m_remove, METH_DEFAULT, "Remove first occurrence of value."},
    {"index", m_index, METH_DEFAULT, "Return first index of value."},
    {"count", m_count, METH_DEFAULT, "Return number of occurrences of value."},
    {"clear", m_clear, METH_DEFAULT, "Remove all items from list."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of the list."},
    {"reverse", m_reverse, METH_DEFAULT, "Reverse *IN PLACE*."},
    {"sort", m_sort, METH_DEFAULT, "Sort the list in ascending order and return None."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the list in memory, in bytes."},
    {"__reversed__", m_reversed, METH_DEFAULT, "Return a reverse iterator over the list."},
    {"__class_getitem__", m_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int list_set_slice(Object* list, ssize lo, ssize hi, Object* v) {
  return list_ass_slice(as_list(list), lo, hi, v);
}

int list_free_list_count() {
  return g_numfree;
}

void list_clear_free_list() {
  while (g_numfree) {
    ListObject* l = g_free[--g_numfree];
    memory::gc_note_free();
    memory::free(memory::gc_head(l));
  }
}

void list_type_init() {
  ListType.name = "list";
  ListType.basicsize = sizeof(ListObject);
  ListType.flags = TPFLAG_BASETYPE | TPFLAG_HAVE_GC | TPFLAG_LIST_SUBCLASS | TPFLAG_VECTORCALL;
  ListType.doc = "Built-in mutable sequence.";
  ListType.dealloc = list_dealloc;
  ListType.traverse = list_traverse;
  ListType.clear = list_clear_slot;
  ListType.repr = list_repr;
  ListType.hash = hash_not_implemented;
  ListType.richcompare = list_richcompare;
  mapping_methods(ListType).length = list_len;
  mapping_methods(ListType).getitem = list_subscript;
  mapping_methods(ListType).setitem = list_ass_subscript;
  sequence_methods(ListType).contains = list_contains;
  sequence_methods(ListType).sq_concat = list_concat;
  sequence_methods(ListType).sq_repeat = list_repeat;
  sequence_methods(ListType).sq_inplace_concat = list_inplace_concat;
  sequence_methods(ListType).sq_inplace_repeat = list_inplace_repeat;
  ListType.iter = list_iter;
  ListType.init = list_init;
  ListType.new_ = list_new_slot;
  ListType.methods = list_methods;
}

}  // namespace mempy::runtime
