// stdlib/collections_deque.cpp — collections.deque with CPython 3.11's block-linked layout.
//
// A deque is a doubly linked list of 64-slot blocks (528 bytes each: 64 item pointers plus the
// two links). Items live in leftblock[leftindex] .. rightblock[rightindex]; a fresh deque starts
// in the middle of one block (leftindex 32, rightindex 31) so it can grow both ways, and
// extending an empty deque starts it at the left edge instead (CPython's space-saving rule).
// Up to 16 emptied blocks are kept per deque for reuse. The object is 216 bytes plus the GC head,
// and __sizeof__ counts the blocks the items span (leftindex + len rounded up to blocks), so
// sys.getsizeof(deque()) == 760 and each further block adds 528, exactly as CPython.
//
// `state` counts mutations; iterators compare it to raise "deque mutated during iteration".
#include "stdlib/builtin_types.h"
#include "stdlib/collections.h"
#include "stdlib/modules.h"

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject DequeType;
TypeObject DequeIterType;
TypeObject DequeRevIterType;

namespace {

constexpr ssize BLOCKLEN = 64;
constexpr ssize CENTER = (BLOCKLEN - 1) / 2;
constexpr int MAXFREEBLOCKS = 16;

struct Block {
  Block* leftlink;
  Object* data[BLOCKLEN];
  Block* rightlink;
};
static_assert(sizeof(Block) == 528);

struct DequeObject : VarObject {
  Block* leftblock;
  Block* rightblock;
  ssize leftindex;   // 0 <= leftindex < BLOCKLEN
  ssize rightindex;  // 0 <= rightindex < BLOCKLEN
  std::size_t state;
  ssize maxlen;  // -1: unbounded
  ssize numfreeblocks;
  Block* freeblocks[MAXFREEBLOCKS];
  Object* weakreflist;
};
static_assert(sizeof(DequeObject) == 216);

DequeObject* as_deque(Object* op) {
  return static_cast<DequeObject*>(op);
}
bool is_deque(Object* op) {
  return type_check(op, &DequeType);
}

Block* new_block(DequeObject* d) {
  if (d->numfreeblocks) return d->freeblocks[--d->numfreeblocks];
  auto* b = static_cast<Block*>(memory::alloc(sizeof(Block)));
  if (!b) err_no_memory();
  return b;
}

void free_block(DequeObject* d, Block* b) {
  if (d->numfreeblocks < MAXFREEBLOCKS) {
    d->freeblocks[d->numfreeblocks++] = b;
  } else {
    memory::free(b);
  }
}

// ---- the primitive operations (steal/return owned references)
// ------------------------------------
int push_right(DequeObject* d, Object* item) {  // steals item
  if (d->rightindex == BLOCKLEN - 1) {
    Block* b = new_block(d);
    if (!b) {
      decref(item);
      return -1;
    }
    b->leftlink = d->rightblock;
    d->rightblock->rightlink = b;
    d->rightblock = b;
    d->rightindex = -1;
  }
  ++d->size;
  d->rightblock->data[++d->rightindex] = item;
  ++d->state;
  return 0;
}

int push_left(DequeObject* d, Object* item) {  // steals item
  if (d->leftindex == 0) {
    Block* b = new_block(d);
    if (!b) {
      decref(item);
      return -1;
    }
    b->rightlink = d->leftblock;
    d->leftblock->leftlink = b;
    d->leftblock = b;
    d->leftindex = BLOCKLEN;
  }
  ++d->size;
  d->leftblock->data[--d->leftindex] = item;
  ++d->state;
  return 0;
}

// Both pops assume a non-empty deque.
Object* pop_right(DequeObject* d) {
  Object* item = d->rightblock->data[d->rightindex--];
  --d->size;
  ++d->state;
  if (d->rightindex < 0) {
    if (d->size) {
      Block* prev = d->rightblock->leftlink;
      free_block(d, d->rightblock);
      d->rightblock = prev;
      d->rightindex = BLOCKLEN - 1;
    } else {
      d->leftindex = CENTER + 1;  // recenter the single remaining block
      d->rightindex = CENTER;
    }
  }
  return item;
}

Object* pop_left(DequeObject* d) {
  Object* item = d->leftblock->data[d->leftindex++];
  --d->size;
  ++d->state;
  if (d->leftindex == BLOCKLEN) {
    if (d->size) {
      Block* next = d->leftblock->rightlink;
      free_block(d, d->leftblock);
      d->leftblock = next;
      d->leftindex = 0;
    } else {
      d->leftindex = CENTER + 1;
      d->rightindex = CENTER;
    }
  }
  return item;
}

// The slot holding item i (0 <= i < size), walking from the nearer end.
Object** item_slot(DequeObject* d, ssize i) {
  if (i < d->size / 2) {
    ssize n = d->leftindex + i;
    Block* b = d->leftblock;
    while (n >= BLOCKLEN) {
      b = b->rightlink;
      n -= BLOCKLEN;
    }
    return &b->data[n];
  }
  ssize n = (BLOCKLEN - 1 - d->rightindex) + (d->size - 1 - i);
  Block* b = d->rightblock;
  while (n >= BLOCKLEN) {
    b = b->leftlink;
    n -= BLOCKLEN;
  }
  return &b->data[BLOCKLEN - 1 - n];
}

void deque_clear_items(DequeObject* d) {
  while (d->size) decref(pop_right(d));
  d->leftindex = CENTER + 1;  // one block remains: recenter it
  d->rightindex = CENTER;
}

// Appends with the maxlen rule: a full bounded deque drops an item from the other end.
int append_bounded(DequeObject* d, Object* item, bool left) {  // steals item
  if (d->maxlen == 0) {
    decref(item);
    return 0;
  }
  if (left ? push_left(d, item) < 0 : push_right(d, item) < 0) return -1;
  if (d->maxlen >= 0 && d->size > d->maxlen) decref(left ? pop_right(d) : pop_left(d));
  return 0;
}

int deque_extend_impl(DequeObject* d, Object* iterable, bool left) {
  if (iterable == d) {  // extending by itself: iterate over a snapshot
    Ref<Object> copy = steal(sequence_list(iterable));
    if (!copy) return -1;
    return deque_extend_impl(d, copy.get(), left);
  }
  Ref<Object> it = steal(get_iter(iterable));
  if (!it) return -1;
  if (d->size == 0 && d->maxlen != 0) {
    // start at the edge the items grow away from
    d->leftindex = left ? BLOCKLEN - 1 : 1;
    d->rightindex = left ? BLOCKLEN - 2 : 0;
  }
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) return err_occurred() ? -1 : 0;
    if (append_bounded(d, item, left) < 0) return -1;
  }
}

void deque_rotate_impl(DequeObject* d, ssize n) {
  ssize len = d->size;
  if (len <= 1) return;
  n %= len;
  if (n < 0) n += len;
  if (n > len / 2) n -= len;
  for (; n > 0; --n) push_left(d, pop_right(d));  // blocks come from the free list
  for (; n < 0; ++n) push_right(d, pop_left(d));
}

// ---- type slots ---------------------------------------------------------------------------------
Object* deque_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  auto* d = static_cast<DequeObject*>(type_generic_alloc(type, 0));
  if (!d) return nullptr;
  Block* b = static_cast<Block*>(memory::alloc(sizeof(Block)));
  if (!b) {
    object_free(d);
    return err_no_memory();
  }
  b->leftlink = b->rightlink = nullptr;
  d->leftblock = d->rightblock = b;
  d->leftindex = CENTER + 1;
  d->rightindex = CENTER;
  d->maxlen = -1;
  memory::gc_track(d);
  return d;
}

int deque_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"deque", {"iterable", "maxlen"}, 0, 2, 0};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return -1;
  DequeObject* d = as_deque(self);
  ssize maxlen = -1;
  if (a[1] && a[1] != None()) {
    if (!is_int(a[1])) {
      err_set_string(&ExcTypeError, "an integer is required");
      return -1;
    }
    maxlen = int_as_ssize(a[1]);
    if (maxlen == -1 && err_occurred()) return -1;
    if (maxlen < 0) {
      err_set_string(&ExcValueError, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  if (d->size) deque_clear_items(d);
  if (a[0]) return deque_extend_impl(d, a[0], false);
  return 0;
}

void deque_dealloc(Object* op) {
  DequeObject* d = as_deque(op);
  memory::gc_untrack(op);
  if (d->weakreflist) clear_weakrefs(op);
  deque_clear_items(d);
  memory::free(d->leftblock);
  for (ssize i = 0; i < d->numfreeblocks; ++i) memory::free(d->freeblocks[i]);
  object_free(op);
}

int deque_traverse(Object* op, VisitFn visit, void* arg) {
  DequeObject* d = as_deque(op);
  Block* b = d->leftblock;
  ssize i = d->leftindex;
  for (ssize n = 0; n < d->size; ++n) {
    if (visit(b->data[i], arg)) return 1;
    if (++i == BLOCKLEN) {
      b = b->rightlink;
      i = 0;
    }
  }
  return 0;
}

int deque_tp_clear(Object* op) {
  deque_clear_items(as_deque(op));
  return 0;
}

ssize deque_len(Object* op) {
  return as_deque(op)->size;
}

// A C index from a subscript; IndexError "deque index out of range".
bool deque_index_arg(DequeObject* d, Object* key, ssize* out) {
  if (!has_index(key)) {
    err_format(&ExcTypeError, "sequence index must be integer, not '{}'", type_name(key->type));
    return false;
  }
  ssize i = number_as_ssize(key, &ExcIndexError);
  if (i == -1 && err_occurred()) return false;
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) {
    err_set_string(&ExcIndexError, "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

Object* deque_getitem(Object* op, Object* key) {
  DequeObject* d = as_deque(op);
  ssize i;
  if (!deque_index_arg(d, key, &i)) return nullptr;
  return new_ref(*item_slot(d, i));
}

int deque_del_index(DequeObject* d, ssize i) {
  deque_rotate_impl(d, -i);
  decref(pop_left(d));
  deque_rotate_impl(d, i);
  return 0;
}

int deque_setitem(Object* op, Object* key, Object* value) {
  DequeObject* d = as_deque(op);
  ssize i;
  if (!deque_index_arg(d, key, &i)) return -1;
  if (!value) return deque_del_index(d, i);
  set_ref(*item_slot(d, i), new_ref(value));
  return 0;
}

int deque_contains(Object* op, Object* value) {
  DequeObject* d = as_deque(op);
  std::size_t state = d->state;
  ssize n = d->size;
  for (ssize i = 0; i < n; ++i) {
    Object* item = new_ref(*item_slot(d, i));
    int c = rich_compare_bool(item, value, CMP_EQ);
    decref(item);
    if (c != 0) return c;
    if (d->state != state) {
      err_set_string(&ExcRuntimeError, "deque mutated during iteration");
      return -1;
    }
  }
  return 0;
}

Object* deque_to_list(DequeObject* d) {
  Object* list = list_new(d->size);
  if (!list) return nullptr;
  for (ssize i = 0; i < d->size; ++i) list_set_new(list, i, new_ref(*item_slot(d, i)));
  return list;
}

Object* deque_repr(Object* op) {
  DequeObject* d = as_deque(op);
  int r = repr_enter(op);
  if (r != 0) return r > 0 ? str_from_ascii("[...]", 5) : nullptr;
  Ref<Object> list = steal(deque_to_list(d));
  Ref<Object> lr = list ? steal(object_repr(list.get())) : nullptr;
  repr_leave(op);
  if (!lr) return nullptr;
  if (d->maxlen >= 0) {
    return str_from_utf8(
        fmt::format("{}({}, maxlen={})", type_name(op->type), str_to_std(lr.get()), d->maxlen));
  }
  return str_from_utf8(fmt::format("{}({})", type_name(op->type), str_to_std(lr.get())));
}

hash_t deque_hash(Object* op) {
  err_format(&ExcTypeError, "unhashable type: '{}'", op->type->name);
  return -1;
}

Object* deque_richcompare(Object* a, Object* b, int op) {
  if (!is_deque(a) || !is_deque(b)) return not_implemented_new_ref();
  Ref<Object> la = steal(deque_to_list(as_deque(a)));
  if (!la) return nullptr;
  Ref<Object> lb = steal(deque_to_list(as_deque(b)));
  if (!lb) return nullptr;
  return rich_compare(la.get(), lb.get(), op);
}

Object* deque_copy_impl(Object* op) {
  DequeObject* d = as_deque(op);
  Ref<Object> res;
  if (d->maxlen < 0) {
    Object* args[1] = {op};
    res = steal(call(op->type, args, 1, nullptr));
  } else {
    Ref<Object> ml = steal(int_from_ssize(d->maxlen));
    if (!ml) return nullptr;
    Object* args[2] = {op, ml.get()};
    res = steal(call(op->type, args, 2, nullptr));
  }
  return res.release();
}

Object* deque_concat(Object* a, Object* b) {
  if (!is_deque(b)) {
    err_format(&ExcTypeError, "can only concatenate deque (not \"{}\") to deque",
               type_name(b->type));
    return nullptr;
  }
  Ref<Object> res = steal(deque_copy_impl(a));
  if (!res) return nullptr;
  if (deque_extend_impl(as_deque(res.get()), b, false) < 0) return nullptr;
  return res.release();
}

Object* deque_inplace_concat(Object* a, Object* b) {
  if (deque_extend_impl(as_deque(a), b, false) < 0) return nullptr;
  return new_ref(a);
}

Object* deque_inplace_repeat(Object* a, ssize n) {
  DequeObject* d = as_deque(a);
  if (n <= 0 || d->size == 0) {
    deque_clear_items(d);
    return new_ref(a);
  }
  if (n == 1) return new_ref(a);
  Ref<Object> items = steal(deque_to_list(d));
  if (!items) return nullptr;
  for (ssize k = 1; k < n; ++k) {
    if (deque_extend_impl(d, items.get(), false) < 0) return nullptr;
    if (d->maxlen >= 0 && d->size >= d->maxlen && k * list_size(items.get()) > d->maxlen) break;
  }
  return new_ref(a);
}

Object* deque_repeat(Object* a, ssize n) {
  Ref<Object> res = steal(deque_copy_impl(a));
  if (!res) return nullptr;
  Object* r = deque_inplace_repeat(res.get(), n);
  return r;
}

// ---- methods
// --------------------------------------------------------------------------------------
Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("append", nargs, kwnames)) return nullptr;
  if (append_bounded(as_deque(self), new_ref(args[0]), false) < 0) return nullptr;
  return none_new_ref();
}

Object* m_appendleft(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("appendleft", nargs, kwnames)) return nullptr;
  if (append_bounded(as_deque(self), new_ref(args[0]), true) < 0) return nullptr;
  return none_new_ref();
}

Object* m_pop(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("pop", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  if (d->size == 0) {
    err_set_string(&ExcIndexError, "pop from an empty deque");
    return nullptr;
  }
  return pop_right(d);
}

Object* m_popleft(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("popleft", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  if (d->size == 0) {
    err_set_string(&ExcIndexError, "pop from an empty deque");
    return nullptr;
  }
  return pop_left(d);
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("extend", nargs, kwnames)) return nullptr;
  if (deque_extend_impl(as_deque(self), args[0], false) < 0) return nullptr;
  return none_new_ref();
}

Object* m_extendleft(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("extendleft", nargs, kwnames)) return nullptr;
  if (deque_extend_impl(as_deque(self), args[0], true) < 0) return nullptr;
  return none_new_ref();
}

Object* m_rotate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("rotate", kwnames) || !check_nargs("rotate", nargs, 0, 1)) return nullptr;
  ssize n = 1;
  if (nargs == 1) {
    n = ssize_arg(args[0]);
    if (n == -1 && err_occurred()) return nullptr;
  }
  deque_rotate_impl(as_deque(self), n);
  return none_new_ref();
}

Object* m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear", nargs, kwnames)) return nullptr;
  deque_clear_items(as_deque(self));
  return none_new_ref();
}

Object* m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  return deque_copy_impl(self);
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("count", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  std::size_t state = d->state;
  ssize count = 0;
  for (ssize i = 0; i < d->size; ++i) {
    Object* item = new_ref(*item_slot(d, i));
    int c = rich_compare_bool(item, args[0], CMP_EQ);
    decref(item);
    if (c < 0) return nullptr;
    count += c;
    if (d->state != state) {
      err_set_string(&ExcRuntimeError, "deque mutated during iteration");
      return nullptr;
    }
  }
  return int_from_ssize(count);
}

// Position of value in d[start:stop] or -1 (no exception) / -2 (exception).
ssize deque_find(DequeObject* d, Object* value, ssize start, ssize stop) {
  std::size_t state = d->state;
  for (ssize i = start; i < stop && i < d->size; ++i) {
    Object* item = new_ref(*item_slot(d, i));
    int c = rich_compare_bool(item, value, CMP_EQ);
    decref(item);
    if (c < 0) return -2;
    if (d->state != state) {
      err_set_string(&ExcRuntimeError, "deque mutated during iteration");
      return -2;
    }
    if (c) return i;
  }
  return -1;
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("index", kwnames) || !check_nargs("index", nargs, 1, 3)) return nullptr;
  DequeObject* d = as_deque(self);
  ssize start = 0, stop = d->size;
  for (ssize k = 1; k < nargs; ++k) {
    ssize v = number_as_ssize(args[k], nullptr);  // clamped, as slice indices
    if (v == -1 && err_occurred()) return nullptr;
    if (v < 0) v = v + d->size < 0 ? 0 : v + d->size;
    (k == 1 ? start : stop) = v;
  }
  ssize i = deque_find(d, args[0], start, stop);
  if (i == -2) return nullptr;
  if (i < 0) {
    err_format(&ExcValueError, "{} is not in deque", repr_for_message(args[0]));
    return nullptr;
  }
  return int_from_ssize(i);
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("insert", kwnames) || !check_nargs("insert", nargs, 2, 2)) return nullptr;
  DequeObject* d = as_deque(self);
  ssize i = ssize_arg(args[0]);
  if (i == -1 && err_occurred()) return nullptr;
  if (d->maxlen == d->size) {
    err_set_string(&ExcIndexError, "deque already at its maximum size");
    return nullptr;
  }
  ssize n = d->size;
  if (i >= n) return m_append(self, args + 1, 1, nullptr);
  if (i <= -n || i == 0) return m_appendleft(self, args + 1, 1, nullptr);
  if (i < 0) i += n;
  deque_rotate_impl(d, -i);
  if (push_left(d, new_ref(args[1])) < 0) return nullptr;
  deque_rotate_impl(d, i);
  return none_new_ref();
}

Object* m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("remove", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  ssize i = deque_find(d, args[0], 0, d->size);
  if (i == -2) return nullptr;
  if (i < 0) {
    err_format(&ExcValueError, "{} is not in deque", repr_for_message(args[0]));
    return nullptr;
  }
  deque_del_index(d, i);
  return none_new_ref();
}

Object* m_reverse(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("reverse", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  for (ssize i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(*item_slot(d, i), *item_slot(d, j));
  ++d->state;
  return none_new_ref();
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  DequeObject* d = as_deque(self);
  ssize blocks = (d->leftindex + d->size + BLOCKLEN - 1) / BLOCKLEN;
  return int_from_ssize(self->type->basicsize + blocks * ssize(sizeof(Block)));
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames);

Object* get_maxlen(Object* self, void*) {
  DequeObject* d = as_deque(self);
  if (d->maxlen < 0) return none_new_ref();
  return int_from_ssize(d->maxlen);
}

const MethodDef deque_methods[] = {
    {"append", m_append, METH_DEFAULT, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, METH_DEFAULT, "Add an element to the left side of the deque."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from the deque."},
    {"__copy__", m_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"count", m_count, METH_DEFAULT, "D.count(value) -- return number of occurrences of value"},
    {"extend", m_extend, METH_DEFAULT,
     "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, METH_DEFAULT,
     "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, METH_DEFAULT,
     "D.index(value, [start, [stop]]) -- return first index of value."},
    {"insert", m_insert, METH_DEFAULT, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, METH_DEFAULT, "Remove and return the rightmost element."},
    {"popleft", m_popleft, METH_DEFAULT, "Remove and return the leftmost element."},
    {"remove", m_remove, METH_DEFAULT, "D.remove(value) -- remove first occurrence of value."},
    {"__reversed__", m_reversed, METH_DEFAULT,
     "D.__reversed__() -- return a reverse iterator over the deque"},
    {"reverse", m_reverse, METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, METH_DEFAULT,
     "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "D.__sizeof__() -- size of D in memory, in bytes"},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef deque_getset[] = {
    {"maxlen", get_maxlen, nullptr, "maximum size of a deque or None if unbounded", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- iterators
// ------------------------------------------------------------------------------------
struct DequeIterObject : Object {
  Block* b;
  ssize index;
  DequeObject* deque;
  std::size_t state;
  ssize counter;  // items left
};

Object* deque_iter_make(TypeObject* type, DequeObject* d, bool reverse) {
  auto* it = static_cast<DequeIterObject*>(type_generic_alloc(type, 0));
  if (!it) return nullptr;
  it->b = reverse ? d->rightblock : d->leftblock;
  it->index = reverse ? d->rightindex : d->leftindex;
  it->deque = static_cast<DequeObject*>(new_ref<Object>(d));
  it->state = d->state;
  it->counter = d->size;
  memory::gc_track(it);
  return it;
}

Object* deque_iter(Object* op) {
  return deque_iter_make(&DequeIterType, as_deque(op), false);
}

Object* m_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  return deque_iter_make(&DequeRevIterType, as_deque(self), true);
}

void dequeiter_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<DequeIterObject*>(op)->deque);
  object_free(op);
}

int dequeiter_traverse(Object* op, VisitFn visit, void* arg) {
  Object* d = static_cast<DequeIterObject*>(op)->deque;
  return d ? visit(d, arg) : 0;
}

bool dequeiter_check(DequeIterObject* it) {
  if (it->deque->state != it->state) {
    it->counter = 0;
    err_set_string(&ExcRuntimeError, "deque mutated during iteration");
    return false;
  }
  return it->counter > 0;
}

Object* dequeiter_next(Object* op) {
  auto* it = static_cast<DequeIterObject*>(op);
  if (!dequeiter_check(it)) return nullptr;
  Object* item = it->b->data[it->index];
  if (++it->index == BLOCKLEN && it->counter > 1) {
    it->b = it->b->rightlink;
    it->index = 0;
  }
  --it->counter;
  return new_ref(item);
}

Object* dequerev_next(Object* op) {
  auto* it = static_cast<DequeIterObject*>(op);
  if (!dequeiter_check(it)) return nullptr;
  Object* item = it->b->data[it->index];
  if (--it->index < 0 && it->counter > 1) {
    it->b = it->b->leftlink;
    it->index = BLOCKLEN - 1;
  }
  --it->counter;
  return new_ref(item);
}

Object* dequeiter_length_hint(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
  return int_from_ssize(static_cast<DequeIterObject*>(self)->counter);
}

const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

void fill_deque_iter_type(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(DequeIterObject);
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = dequeiter_dealloc;
  t.traverse = dequeiter_traverse;
  t.iter = iter_self;
  t.iternext = next;
  t.methods = dequeiter_methods;
}

}  // namespace

int deque_types_ready() {
  if (type_has_flag(&DequeType, TPFLAG_READY)) return 0;
  DequeType.name = "collections.deque";
  DequeType.basicsize = sizeof(DequeObject);
  DequeType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  DequeType.doc =
      "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data "
      "accesses near its endpoints.";
  DequeType.dealloc = deque_dealloc;
  DequeType.traverse = deque_traverse;
  DequeType.clear = deque_tp_clear;
  DequeType.new_ = deque_new;
  DequeType.init = deque_init;
  DequeType.repr = deque_repr;
  DequeType.hash = deque_hash;
  DequeType.richcompare = deque_richcompare;
  DequeType.iter = deque_iter;
  mapping_methods(DequeType).length = deque_len;
  mapping_methods(DequeType).getitem = deque_getitem;
  mapping_methods(DequeType).setitem = deque_setitem;
  sequence_methods(DequeType).contains = deque_contains;
  sequence_methods(DequeType).sq_concat = deque_concat;
  sequence_methods(DequeType).sq_repeat = deque_repeat;
  sequence_methods(DequeType).sq_inplace_concat = deque_inplace_concat;
  sequence_methods(DequeType).sq_inplace_repeat = deque_inplace_repeat;
  DequeType.methods = deque_methods;
  DequeType.getset = deque_getset;
  DequeType.weaklistoffset = offsetof(DequeObject, weakreflist);
  fill_deque_iter_type(DequeIterType, "_collections._deque_iterator", dequeiter_next);
  fill_deque_iter_type(DequeRevIterType, "_collections._deque_reverse_iterator", dequerev_next);
  for (TypeObject* t : {&DequeType, &DequeIterType, &DequeRevIterType}) {
    if (type_ready_static(t) < 0) return -1;
  }
  return 0;
}

}  // namespace mempy::stdlib
