// stdlib/itertools_groups.cpp — the itertools that share or index their input: groupby (with
// _grouper), tee (with _tee_dataobject) and the combinatoric iterators product, permutations,
// combinations and combinations_with_replacement.
//
// groupby's groups share the parent iterator: advancing the groupby makes earlier groups empty
// (the parent remembers which grouper is current; a stale one stops at once). tee buffers values
// in a chain of 57-value links shared by every copy; links no copy points to are freed, and the
// chain is released iteratively so a long buffer cannot overflow the C stack.
#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/builtin_types.h"
#include "stdlib/itertools.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject GroupbyType, GrouperType, TeeType, TeeDataType, ProductType, PermutationsType,
    CombinationsType, CombinationsWRType;

namespace {

// ---- groupby
// ----------------------------------------------------------------------------------------
struct GroupbyObject : Object {
  Object* it;
  Object* keyfunc;
  Object* tgtkey;
  Object* currkey;
  Object* currvalue;
  static constexpr int NOBJ = 5;
  Object* currgrouper;  // borrowed: only compared by identity
};

struct GrouperObject : Object {
  Object* parent;
  Object* tgtkey;
  static constexpr int NOBJ = 2;
};

Object* groupby_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"groupby", {"iterable", "key"}, 0, 2, 1};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Object* it = get_iter(a[0]);
  if (!it) return nullptr;
  auto* g = static_cast<GroupbyObject*>(type_generic_alloc(type, 0));
  if (!g) {
    decref(it);
    return nullptr;
  }
  g->it = it;
  g->keyfunc = a[1] && a[1] != None() ? new_ref(a[1]) : nullptr;
  memory::gc_track(g);
  return g;
}

// Reads the next value and its key into currvalue/currkey; -1 at the end or on error.
int groupby_step(GroupbyObject* g) {
  Object* value = iter_next(g->it);
  if (!value) return -1;
  Object* key = value;
  if (g->keyfunc) {
    key = call_one_arg(g->keyfunc, value);
    if (!key) {
      decref(value);
      return -1;
    }
  } else {
    incref(key);
  }
  set_ref(g->currvalue, value);
  set_ref(g->currkey, key);
  return 0;
}

Object* groupby_next(Object* op) {
  auto* g = static_cast<GroupbyObject*>(op);
  g->currgrouper = nullptr;
  // skip what is left of the current group
  for (;;) {
    if (g->currkey) {
      if (!g->tgtkey) break;
      int eq = rich_compare_bool(g->tgtkey, g->currkey, CMP_EQ);
      if (eq < 0) return nullptr;
      if (eq == 0) break;
    }
    if (groupby_step(g) < 0) return nullptr;
  }
  set_ref(g->tgtkey, new_ref(g->currkey));
  auto* grouper = static_cast<GrouperObject*>(type_generic_alloc(&GrouperType, 0));
  if (!grouper) return nullptr;
  grouper->parent = new_ref(op);
  grouper->tgtkey = new_ref(g->tgtkey);
  memory::gc_track(grouper);
  g->currgrouper = grouper;
  Object* r = tuple_pack({g->currkey, grouper});
  decref(grouper);
  return r;
}

Object* grouper_next(Object* op) {
  auto* gr = static_cast<GrouperObject*>(op);
  auto* g = static_cast<GroupbyObject*>(gr->parent);
  if (g->currgrouper != op) return nullptr;
  if (!g->currvalue && groupby_step(g) < 0) return nullptr;
  int eq = rich_compare_bool(gr->tgtkey, g->currkey, CMP_EQ);
  if (eq <= 0) return nullptr;
  Object* r = g->currvalue;
  g->currvalue = nullptr;
  clear_ref(g->currkey);
  return r;
}

// ---- tee
// --------------------------------------------------------------------------------------------
constexpr int LINKCELLS = 57;

struct TeeDataObject : Object {
  Object* it;
  Object* nextlink;
  Object* values[LINKCELLS];
  int numread;
  bool running;
};

struct TeeObject : Object {
  Object* dataobj;
  static constexpr int NOBJ = 1;
  int index;
};

Object* teedata_new_for(Object* it) {
  auto* d = static_cast<TeeDataObject*>(type_generic_alloc(&TeeDataType, 0));
  if (!d) return nullptr;
  d->it = new_ref(it);
  memory::gc_track(d);
  return d;
}

void teedata_release_values(TeeDataObject* d) {
  int n = d->numread;
  d->numread = 0;
  for (int i = 0; i < n; ++i) clear_ref(d->values[i]);
}

void teedata_dealloc(Object* op) {
  auto* d = static_cast<TeeDataObject*>(op);
  memory::gc_untrack(op);
  teedata_release_values(d);
  clear_ref(d->it);
  Object* next = d->nextlink;
  d->nextlink = nullptr;
  object_free(op);
  // release the rest of the chain without recursion
  while (next && next->refcnt == 1) {
    auto* nd = static_cast<TeeDataObject*>(next);
    Object* after = nd->nextlink;
    nd->nextlink = nullptr;
    decref(next);
    next = after;
  }
  xdecref(next);
}

int teedata_traverse(Object* op, VisitFn visit, void* arg) {
  auto* d = static_cast<TeeDataObject*>(op);
  if (d->it && visit(d->it, arg)) return 1;
  for (int i = 0; i < d->numread; ++i) {
    if (visit(d->values[i], arg)) return 1;
  }
  if (d->nextlink && visit(d->nextlink, arg)) return 1;
  return 0;
}

int teedata_clear(Object* op) {
  auto* d = static_cast<TeeDataObject*>(op);
  teedata_release_values(d);
  clear_ref(d->it);
  clear_ref(d->nextlink);
  return 0;
}

Object* teedata_getitem(TeeDataObject* d, int i) {
  if (i < d->numread) return new_ref(d->values[i]);
  if (d->running) {
    err_set_string(&ExcRuntimeError, "cannot re-enter the tee iterator");
    return nullptr;
  }
  if (!d->it) return nullptr;
  d->running = true;
  Object* value = iter_next(d->it);
  d->running = false;
  if (!value) return nullptr;
  d->values[d->numread++] = value;
  return new_ref(value);
}

Object* tee_make(Object* dataobj, int index) {  // borrows dataobj
  auto* t = static_cast<TeeObject*>(type_generic_alloc(&TeeType, 0));
  if (!t) return nullptr;
  t->dataobj = new_ref(dataobj);
  t->index = index;
  memory::gc_track(t);
  return t;
}

Object* tee_from_iterable(Object* iterable) {
  Ref<Object> it = steal(get_iter(iterable));
  if (!it) return nullptr;
  if (it->type == &TeeType) {
    auto* t = static_cast<TeeObject*>(it.get());
    return tee_make(t->dataobj, t->index);
  }
  Ref<Object> d = steal(teedata_new_for(it.get()));
  if (!d) return nullptr;
  return tee_make(d.get(), 0);
}

Object* tee_new(TypeObject*, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (!no_kwargs("_tee", kwnames) || !check_nargs("_tee", ssize(nargs), 1, 1)) return nullptr;
  return tee_from_iterable(args[0]);
}

Object* tee_next(Object* op) {
  auto* t = static_cast<TeeObject*>(op);
  auto* d = static_cast<TeeDataObject*>(t->dataobj);
  if (t->index >= LINKCELLS) {
    if (!d->nextlink) {
      if (!d->it) return nullptr;
      d->nextlink = teedata_new_for(d->it);
      if (!d->nextlink) return nullptr;
    }
    set_ref(t->dataobj, new_ref(d->nextlink));
    t->index = 0;
    d = static_cast<TeeDataObject*>(t->dataobj);
  }
  Object* value = teedata_getitem(d, t->index);
  if (!value) return nullptr;
  ++t->index;
  return value;
}

Object* tee_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__copy__", nargs, kwnames)) return nullptr;
  auto* t = static_cast<TeeObject*>(self);
  return tee_make(t->dataobj, t->index);
}

const MethodDef tee_methods[] = {
    {"__copy__", tee_copy, METH_DEFAULT, "Returns an independent iterator."},
    {nullptr, nullptr, 0, nullptr},
};

Object* itertools_tee(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs("tee", kwnames) || !check_nargs("tee", nargs, 1, 2)) return nullptr;
  ssize n = 2;
  if (nargs == 2) {
    n = ssize_arg(args[1]);
    if (n == -1 && err_occurred()) return nullptr;
  }
  if (n < 0) {
    err_set_string(&ExcValueError, "n must be >= 0");
    return nullptr;
  }
  Ref<Object> result = steal(tuple_new(n));
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_new(result.get(), i, nullptr);
  if (n == 0) return result.release();
  Ref<Object> it = steal(get_iter(args[0]));
  if (!it) return nullptr;
  Object* first;
  Object* copy = nullptr;
  Ref<Object> copy_name = steal(str_intern_cstr("__copy__"));
  if (!copy_name || lookup_attr(it.get(), copy_name.get(), &copy) < 0) return nullptr;
  if (copy) {
    first = call_no_args(copy);
    decref(copy);
  } else {
    first = tee_from_iterable(it.get());
  }
  if (!first) {
    for (ssize i = 0; i < n; ++i) tuple_set_new(result.get(), i, new_ref(None()));
    return nullptr;
  }
  tuple_set_new(result.get(), 0, first);
  for (ssize i = 1; i < n; ++i) {
    Object* c = call_method_cstr(first, "__copy__", nullptr, 0);
    if (!c) {
      for (ssize k = i; k < n; ++k) tuple_set_new(result.get(), k, new_ref(None()));
      return nullptr;
    }
    tuple_set_new(result.get(), i, c);
  }
  return result.release();
}

// ---- product / permutations / combinations
// ----------------------------------------------------------- One layout for the four: `pool` is
// the input tuple (product: the tuple of pools), `indices` (and `cycles` for permutations) are
// arrays on the mempy heap.
struct IndexedObject : Object {
  Object* pool;
  static constexpr int NOBJ = 1;
  ssize* indices;
  ssize* cycles;
  ssize n;  // pool length (product: number of pools)
  ssize r;  // result length
  bool first;
  bool stopped;
};

void indexed_dealloc(Object* op) {
  auto* x = static_cast<IndexedObject*>(op);
  memory::free(x->indices);
  memory::free(x->cycles);
  ItDealloc<IndexedObject>(op);
}

// Allocates the object with zeroed index arrays of length `count`.
IndexedObject* indexed_alloc(TypeObject* type, Object* pool, ssize n, ssize r, ssize count,
                             bool with_cycles) {
  auto* x = static_cast<IndexedObject*>(type_generic_alloc(type, 0));
  if (!x) return nullptr;
  x->pool = new_ref(pool);
  x->n = n;
  x->r = r;
  x->first = true;
  std::size_t bytes = sizeof(ssize) * std::size_t(count > 0 ? count : 1);
  x->indices = static_cast<ssize*>(memory::calloc(1, bytes));
  if (with_cycles) x->cycles = static_cast<ssize*>(memory::calloc(1, bytes));
  if (!x->indices || (with_cycles && !x->cycles)) {
    indexed_dealloc(x);
    err_no_memory();
    return nullptr;
  }
  memory::gc_track(x);
  return x;
}

// The result tuple pool[indices[0]], ..., pool[indices[r-1]].
Object* indexed_result(IndexedObject* x) {
  Object* t = tuple_new(x->r);
  if (!t) return nullptr;
  for (ssize i = 0; i < x->r; ++i) {
    tuple_set_new(t, i, new_ref(tuple_get(x->pool, x->indices[i])));
  }
  return t;
}

// r from an optional argument; -2 on error.
ssize r_arg(Object* v, ssize dflt) {
  if (!v || v == None()) return dflt;
  ssize r = ssize_arg(v);
  if (r == -1 && err_occurred()) return -2;
  if (r < 0) {
    err_set_string(&ExcValueError, "r must be non-negative");
    return -2;
  }
  return r;
}

Object* product_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  ssize repeat = 1;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; ++k) {
    if (!str_eq_cstr(tuple_get(kwnames, k), "repeat")) {
      err_set_string(&ExcTypeError, "product() got an unexpected keyword argument");
      return nullptr;
    }
    repeat = ssize_arg(args[nargs + std::size_t(k)]);
    if (repeat == -1 && err_occurred()) return nullptr;
    if (repeat < 0) {
      err_set_string(&ExcValueError, "repeat argument cannot be negative");
      return nullptr;
    }
  }
  ssize nargs_ = ssize(nargs);
  ssize npools = repeat == 0 ? 0 : nargs_ * repeat;
  Ref<Object> pools = steal(tuple_new(npools));
  if (!pools) return nullptr;
  for (ssize i = 0; i < npools; ++i) tuple_set_new(pools.get(), i, nullptr);
  for (ssize i = 0; i < nargs_ && repeat > 0; ++i) {
    Object* p = sequence_tuple(args[i]);
    if (!p) {
      for (ssize k = 0; k < npools; ++k) {
        if (!tuple_get(pools.get(), k)) tuple_set_new(pools.get(), k, new_ref(None()));
      }
      return nullptr;
    }
    for (ssize k = 0; k < repeat; ++k) tuple_set_new(pools.get(), i + k * nargs_, new_ref(p));
    decref(p);
  }
  IndexedObject* x = indexed_alloc(type, pools.get(), npools, npools, npools, false);
  if (!x) return nullptr;
  for (ssize i = 0; i < npools; ++i) {
    if (tuple_size(tuple_get(pools.get(), i)) == 0) x->stopped = true;
  }
  return x;
}

Object* product_next(Object* op) {
  auto* x = static_cast<IndexedObject*>(op);
  if (x->stopped) return nullptr;
  if (!x->first) {
    ssize i = x->n - 1;
    for (; i >= 0; --i) {
      ssize len = tuple_size(tuple_get(x->pool, i));
      if (++x->indices[i] < len) break;
      x->indices[i] = 0;
    }
    if (i < 0) {
      x->stopped = true;
      return nullptr;
    }
  }
  x->first = false;
  Object* t = tuple_new(x->n);
  if (!t) return nullptr;
  for (ssize i = 0; i < x->n; ++i) {
    tuple_set_new(t, i, new_ref(tuple_get(tuple_get(x->pool, i), x->indices[i])));
  }
  if (x->n == 0) x->stopped = true;
  return t;
}

Object* permutations_new(TypeObject* type, Object* const* args, std::size_t nargs,
                         Object* kwnames) {
  static const ArgSpec spec{"permutations", {"iterable", "r"}, 0, 2, 1};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Ref<Object> pool = steal(sequence_tuple(a[0]));
  if (!pool) return nullptr;
  ssize n = tuple_size(pool.get());
  ssize r = r_arg(a[1], n);
  if (r == -2) return nullptr;
  IndexedObject* x = indexed_alloc(type, pool.get(), n, r, n, true);
  if (!x) return nullptr;
  for (ssize i = 0; i < n; ++i) x->indices[i] = i;
  for (ssize i = 0; i < r && i < n; ++i) x->cycles[i] = n - i;
  x->stopped = r > n;
  return x;
}

Object* permutations_next(Object* op) {
  auto* x = static_cast<IndexedObject*>(op);
  if (x->stopped) return nullptr;
  if (!x->first) {
    if (x->n == 0 || x->r == 0) {
      x->stopped = true;
      return nullptr;
    }
    ssize n = x->n, i = x->r - 1;
    for (; i >= 0; --i) {
      if (--x->cycles[i] == 0) {
        // rotate indices[i:] left by one
        ssize tmp = x->indices[i];
        for (ssize k = i; k < n - 1; ++k) x->indices[k] = x->indices[k + 1];
        x->indices[n - 1] = tmp;
        x->cycles[i] = n - i;
      } else {
        ssize j = x->cycles[i];
        std::swap(x->indices[i], x->indices[n - j]);
        break;
      }
    }
    if (i < 0) {
      x->stopped = true;
      return nullptr;
    }
  }
  x->first = false;
  return indexed_result(x);
}

Object* combinations_common(const char* name, TypeObject* type, Object* const* args,
                            std::size_t nargs, Object* kwnames) {
  const ArgSpec spec{name, {"iterable", "r"}, 0, 2, 2};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Ref<Object> pool = steal(sequence_tuple(a[0]));
  if (!pool) return nullptr;
  ssize n = tuple_size(pool.get());
  ssize r = r_arg(a[1], 0);
  if (r == -2) return nullptr;
  return indexed_alloc(type, pool.get(), n, r, r, false);
}

Object* combinations_new(TypeObject* type, Object* const* args, std::size_t nargs,
                         Object* kwnames) {
  auto* x =
      static_cast<IndexedObject*>(combinations_common("combinations", type, args, nargs, kwnames));
  if (!x) return nullptr;
  for (ssize i = 0; i < x->r; ++i) x->indices[i] = i;
  x->stopped = x->r > x->n;
  return x;
}

Object* combinations_next(Object* op) {
  auto* x = static_cast<IndexedObject*>(op);
  if (x->stopped) return nullptr;
  if (!x->first) {
    ssize n = x->n, r = x->r, i = r - 1;
    while (i >= 0 && x->indices[i] == i + n - r) --i;
    if (i < 0) {
      x->stopped = true;
      return nullptr;
    }
    ++x->indices[i];
    for (ssize j = i + 1; j < r; ++j) x->indices[j] = x->indices[j - 1] + 1;
  }
  x->first = false;
  return indexed_result(x);
}

Object* cwr_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  auto* x = static_cast<IndexedObject*>(
      combinations_common("combinations_with_replacement", type, args, nargs, kwnames));
  if (!x) return nullptr;
  x->stopped = x->n == 0 && x->r > 0;
  return x;
}

Object* cwr_next(Object* op) {
  auto* x = static_cast<IndexedObject*>(op);
  if (x->stopped) return nullptr;
  if (!x->first) {
    ssize n = x->n, r = x->r, i = r - 1;
    while (i >= 0 && x->indices[i] == n - 1) --i;
    if (i < 0) {
      x->stopped = true;
      return nullptr;
    }
    ssize v = x->indices[i] + 1;
    for (ssize j = i; j < r; ++j) x->indices[j] = v;
  }
  x->first = false;
  return indexed_result(x);
}

}  // namespace

const MethodDef itertools_functions[] = {
    {"tee", itertools_tee, METH_DEFAULT, "Returns a tuple of n independent iterators."},
    {nullptr, nullptr, 0, nullptr},
};

int itertools_groups_ready() {
  if (type_has_flag(&GroupbyType, TPFLAG_READY)) return 0;
  fill_itertools_type(GroupbyType, "itertools.groupby", sizeof(GroupbyObject),
                      ItDealloc<GroupbyObject>, ItTraverse<GroupbyObject>, ItClear<GroupbyObject>,
                      groupby_new, groupby_next,
                      "make an iterator that returns consecutive keys and groups from the "
                      "iterable");
  fill_itertools_type(GrouperType, "itertools._grouper", sizeof(GrouperObject),
                      ItDealloc<GrouperObject>, ItTraverse<GrouperObject>, ItClear<GrouperObject>,
                      nullptr, grouper_next, nullptr);
  GrouperType.flags &= ~TPFLAG_BASETYPE;
  fill_itertools_type(TeeType, "itertools._tee", sizeof(TeeObject), ItDealloc<TeeObject>,
                      ItTraverse<TeeObject>, ItClear<TeeObject>, tee_new, tee_next,
                      "Iterator wrapped to make it copyable.");
  TeeType.flags &= ~TPFLAG_BASETYPE;
  TeeType.methods = tee_methods;
  fill_itertools_type(TeeDataType, "itertools._tee_dataobject", sizeof(TeeDataObject),
                      teedata_dealloc, teedata_traverse, teedata_clear, nullptr, nullptr,
                      "Data container common to multiple tee objects.");
  TeeDataType.iter = nullptr;
  TeeDataType.flags &= ~TPFLAG_BASETYPE;
  struct {
    TypeObject* t;
    const char* name;
    NewFn new_fn;
    UnaryFn next;
    const char* doc;
  } indexed[] = {
      {&ProductType, "itertools.product", product_new, product_next,
       "Cartesian product of input iterables.  Equivalent to nested for-loops."},
      {&PermutationsType, "itertools.permutations", permutations_new, permutations_next,
       "Return successive r-length permutations of elements in the iterable."},
      {&CombinationsType, "itertools.combinations", combinations_new, combinations_next,
       "Return successive r-length combinations of elements in the iterable."},
      {&CombinationsWRType, "itertools.combinations_with_replacement", cwr_new, cwr_next,
       "Return successive r-length combinations of elements in the iterable allowing "
       "individual elements to have successive repeats."},
  };
  for (auto& d : indexed) {
    fill_itertools_type(*d.t, d.name, sizeof(IndexedObject), indexed_dealloc,
                        ItTraverse<IndexedObject>, ItClear<IndexedObject>, d.new_fn, d.next, d.doc);
  }
  for (TypeObject* t : {&GroupbyType, &GrouperType, &TeeType, &TeeDataType, &ProductType,
                        &PermutationsType, &CombinationsType, &CombinationsWRType}) {
    if (type_ready_static(t) < 0) return -1;
  }
  return 0;
}

}  // namespace mempy::stdlib
