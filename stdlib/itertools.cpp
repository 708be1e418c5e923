// stdlib/itertools.cpp — the itertools module: lazy iterator types (count, cycle, repeat,
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, islice, starmap, zip_longest,
// pairwise) and, in itertools_groups.cpp, groupby, tee and the combinatoric iterators.
//
// Every iterator is a static GC type whose object references come first in its struct, right
// after the header, so one template (ItDealloc/ItTraverse/ItClear below) releases, visits and
// clears them all; plain fields (counters, flags) follow. An exhausted iterator drops its source
// iterator, as CPython does, so it stays exhausted even if the source would restart.
#include "stdlib/itertools.h"
#include "stdlib/builtin_types.h"
#include "stdlib/modules.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropwhileType,
    TakewhileType, FilterfalseType, IsliceType, StarmapType, ZipLongestType, PairwiseType;

void fill_itertools_type(TypeObject& t, const char* name, ssize size, DeallocFn dealloc,
                         TraverseFn traverse, ClearFn clear, NewFn new_fn, UnaryFn next,
                         const char* doc) {
  t.name = name;
  t.basicsize = size;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = doc;
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.clear = clear;
  t.new_ = new_fn;
  t.iter = iter_self;
  t.iternext = next;
}

namespace {

// ---- count
// ------------------------------------------------------------------------------------------
struct CountObject : Object {
  Object* cnt;
  Object* step;
  static constexpr int NOBJ = 2;
  ssize unused;  // CPython keeps a C counter here too: getsizeof(count()) == 56
};
static_assert(sizeof(CountObject) == 40);

Object* count_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"count", {"start", "step"}, 0, 2, 0};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Object* start = a[0] ? a[0] : nullptr;
  Object* step = a[1] ? a[1] : nullptr;
  for (Object* v : {start, step}) {
    if (v && !v->type->as_number->nb[BINOP_ADD] && !v->type->as_number->nb_index &&
        !v->type->as_number->nb_float) {
      err_set_string(&ExcTypeError, "a number is required");
      return nullptr;
    }
  }
  auto* c = static_cast<CountObject*>(type_generic_alloc(type, 0));
  if (!c) return nullptr;
  c->cnt = start ? new_ref(start) : small_int(0);
  c->step = step ? new_ref(step) : small_int(1);
  memory::gc_track(c);
  return c;
}

Object* count_next(Object* op) {
  auto* c = static_cast<CountObject*>(op);
  Object* next = binary_op(c->cnt, c->step, BINOP_ADD);
  if (!next) return nullptr;
  Object* r = c->cnt;
  c->cnt = next;
  return r;
}

Object* count_repr(Object* op) {
  auto* c = static_cast<CountObject*>(op);
  std::string cr, sr;
  if (!repr_utf8_of(c->cnt, cr)) return nullptr;
  bool step_is_one = is_int(c->step) && !is_bool(c->step) && int_is_medium(c->step) &&
                     int_medium_value(c->step) == 1;
  if (step_is_one) return str_from_utf8(fmt::format("{}({})", type_name(op->type), cr));
  if (!repr_utf8_of(c->step, sr)) return nullptr;
  return str_from_utf8(fmt::format("{}({}, {})", type_name(op->type), cr, sr));
}

// ---- cycle
// ------------------------------------------------------------------------------------------
struct CycleObject : Object {
  Object* it;
  Object* saved;  // list
  static constexpr int NOBJ = 2;
  ssize index;
  bool firstpass;
};

Object* cycle_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &CycleType && !no_kwargs("cycle", kwnames)) return nullptr;
  if (!check_nargs("cycle", ssize(nargs), 1, 1)) return nullptr;
  Ref<Object> it = steal(get_iter(args[0]));
  if (!it) return nullptr;
  Ref<Object> saved = steal(list_new(0));
  if (!saved) return nullptr;
  auto* c = static_cast<CycleObject*>(type_generic_alloc(type, 0));
  if (!c) return nullptr;
  c->it = it.release();
  c->saved = saved.release();
  c->firstpass = true;
  memory::gc_track(c);
  return c;
}

Object* cycle_next(Object* op) {
  auto* c = static_cast<CycleObject*>(op);
  if (c->it) {
    Object* item = iter_next(c->it);
    if (item) {
      if (c->firstpass && list_append(c->saved, item) < 0) {
        decref(item);
        return nullptr;
      }
      return item;
    }
    if (err_occurred()) return nullptr;
    clear_ref(c->it);
  }
  ssize n = list_size(c->saved);
  if (n == 0) return nullptr;
  Object* item = list_get(c->saved, c->index);
  if (++c->index >= n) c->index = 0;
  return new_ref(item);
}

// ---- repeat
// -----------------------------------------------------------------------------------------
struct RepeatObject : Object {
  Object* element;
  static constexpr int NOBJ = 1;
  ssize cnt;  // -1: forever
};

Object* repeat_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"repeat", {"object", "times"}, 0, 2, 1};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  ssize cnt = -1;
  if (a[1]) {
    cnt = ssize_arg(a[1]);
    if (cnt == -1 && err_occurred()) return nullptr;
    if (cnt < 0) cnt = 0;
  }
  auto* r = static_cast<RepeatObject*>(type_generic_alloc(type, 0));
  if (!r) return nullptr;
  r->element = new_ref(a[0]);
  r->cnt = cnt;
  memory::gc_track(r);
  return r;
}

Object* repeat_next(Object* op) {
  auto* r = static_cast<RepeatObject*>(op);
  if (r->cnt == 0) return nullptr;
  if (r->cnt > 0) --r->cnt;
  return new_ref(r->element);
}

Object* repeat_repr(Object* op) {
  auto* r = static_cast<RepeatObject*>(op);
  std::string er;
  if (!repr_utf8_of(r->element, er)) return nullptr;
  if (r->cnt < 0) return str_from_utf8(fmt::format("{}({})", type_name(op->type), er));
  return str_from_utf8(fmt::format("{}({}, {})", type_name(op->type), er, r->cnt));
}

Object* repeat_length_hint(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
  auto* r = static_cast<RepeatObject*>(self);
  if (r->cnt < 0) {
    err_set_string(&ExcTypeError, "len() of unsized object");
    return nullptr;
  }
  return int_from_ssize(r->cnt);
}

const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- accumulate
// -------------------------------------------------------------------------------------
struct AccumulateObject : Object {
  Object* it;
  Object* binop;    // null: addition
  Object* total;    // running value (null before the first item)
  Object* initial;  // yielded first, then dropped
  static constexpr int NOBJ = 4;
};

Object* accumulate_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"accumulate", {"iterable", "func", "initial"}, 0, 2, 1};
  Object* a[3];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Ref<Object> it = steal(get_iter(a[0]));
  if (!it) return nullptr;
  auto* acc = static_cast<AccumulateObject*>(type_generic_alloc(type, 0));
  if (!acc) return nullptr;
  acc->it = it.release();
  acc->binop = a[1] && a[1] != None() ? new_ref(a[1]) : nullptr;
  acc->initial = a[2] && a[2] != None() ? new_ref(a[2]) : nullptr;
  memory::gc_track(acc);
  return acc;
}

Object* accumulate_next(Object* op) {
  auto* acc = static_cast<AccumulateObject*>(op);
  if (acc->initial) {
    acc->total = acc->initial;
    acc->initial = nullptr;
    return new_ref(acc->total);
  }
  Object* val = iter_next(acc->it);
  if (!val) return nullptr;
  if (!acc->total) {
    acc->total = new_ref(val);
    return val;
  }
  Object* newtotal;
  if (acc->binop) {
    Object* pair[2] = {acc->total, val};
    newtotal = call(acc->binop, pair, 2, nullptr);
  } else {
    newtotal = binary_op(acc->total, val, BINOP_ADD);
  }
  decref(val);
  if (!newtotal) return nullptr;
  set_ref(acc->total, newtotal);
  return new_ref(newtotal);
}

// ---- chain
// ------------------------------------------------------------------------------------------
struct ChainObject : Object {
  Object* source;  // iterator over the iterables
  Object* active;  // iterator currently being consumed
  static constexpr int NOBJ = 2;
};

Object* chain_make(TypeObject* type, Object* source) {  // steals source
  auto* c = static_cast<ChainObject*>(type_generic_alloc(type, 0));
  if (!c) {
    decref(source);
    return nullptr;
  }
  c->source = source;
  memory::gc_track(c);
  return c;
}

Object* chain_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &ChainType && !no_kwargs("chain", kwnames)) return nullptr;
  Ref<Object> tup = steal(packed_args_tuple(args, ssize(nargs)));  // iterates its call tuple
  if (!tup) return nullptr;
  Object* source = get_iter(tup.get());
  if (!source) return nullptr;
  return chain_make(type, source);
}

Object* chain_from_iterable(Object* type, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("from_iterable", nargs, kwnames)) return nullptr;
  Object* source = get_iter(args[0]);
  if (!source) return nullptr;
  return chain_make(static_cast<TypeObject*>(type), source);
}

Object* chain_next(Object* op) {
  auto* c = static_cast<ChainObject*>(op);
  while (c->source) {
    if (!c->active) {
      Ref<Object> iterable = steal(iter_next(c->source));
      if (!iterable) {
        if (err_occurred()) return nullptr;
        clear_ref(c->source);
        return nullptr;
      }
      c->active = get_iter(iterable.get());
      if (!c->active) return nullptr;
    }
    Object* item = iter_next(c->active);
    if (item) return item;
    if (err_occurred()) return nullptr;
    clear_ref(c->active);
  }
  return nullptr;
}

const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METH_CLASS,
     "Alternative chain() constructor taking a single iterable argument that evaluates "
     "lazily."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- compress / dropwhile / takewhile / filterfalse
// --------------------------------------------------
struct TwoObject : Object {  // (a, b): compress (data, selectors); the others (func, it)
  Object* a;
  Object* b;
  static constexpr int NOBJ = 2;
};
static_assert(sizeof(TwoObject) == 32);

struct StateTwoObject : TwoObject {  // dropwhile / takewhile
  long state;  // dropwhile: 1 once dropping is over; takewhile: 1 once stopped
};

Object* two_make(TypeObject* type, Object* a, Object* b) {  // borrows a, steals b
  auto* t = static_cast<TwoObject*>(type_generic_alloc(type, 0));
  if (!t) {
    decref(b);
    return nullptr;
  }
  t->a = new_ref(a);
  t->b = b;
  memory::gc_track(t);
  return t;
}

Object* compress_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"compress", {"data", "selectors"}, 0, 2, 2};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Ref<Object> data = steal(get_iter(a[0]));
  if (!data) return nullptr;
  Object* sel = get_iter(a[1]);
  if (!sel) return nullptr;
  return two_make(type, data.get(), sel);
}

Object* compress_next(Object* op) {
  auto* t = static_cast<TwoObject*>(op);
  for (;;) {
    Object* datum = iter_next(t->a);
    if (!datum) return nullptr;
    Object* sel = iter_next(t->b);
    if (!sel) {
      decref(datum);
      return nullptr;
    }
    int ok = object_is_true(sel);
    decref(sel);
    if (ok > 0) return datum;
    decref(datum);
    if (ok < 0) return nullptr;
  }
}

// Shared constructor of dropwhile/takewhile/filterfalse: (predicate, iterable).
Object* pred_iter_new(const char* name, TypeObject* type, Object* const* args, std::size_t nargs,
                      Object* kwnames) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, ssize(nargs), 2, 2)) return nullptr;
  Object* it = get_iter(args[1]);
  if (!it) return nullptr;
  return two_make(type, args[0], it);
}

// 1 / 0 / -1: truth of pred(item), or of item itself when pred is None/bool.
int apply_pred(Object* pred, Object* item) {
  if (pred == None() || pred == &BoolType) return object_is_true(item);
  Object* r = call_one_arg(pred, item);
  if (!r) return -1;
  int ok = object_is_true(r);
  decref(r);
  return ok;
}

Object* dropwhile_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kw) {
  return pred_iter_new("dropwhile", type, args, nargs, kw);
}
Object* takewhile_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kw) {
  return pred_iter_new("takewhile", type, args, nargs, kw);
}
Object* filterfalse_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kw) {
  return pred_iter_new("filterfalse", type, args, nargs, kw);
}

Object* dropwhile_next(Object* op) {
  auto* t = static_cast<StateTwoObject*>(op);
  for (;;) {
    Object* item = iter_next(t->b);
    if (!item || t->state) return item;
    int ok = apply_pred(t->a, item);
    if (ok == 0) {
      t->state = 1;
      return item;
    }
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* takewhile_next(Object* op) {
  auto* t = static_cast<StateTwoObject*>(op);
  if (t->state) return nullptr;
  Object* item = iter_next(t->b);
  if (!item) return nullptr;
  int ok = apply_pred(t->a, item);
  if (ok > 0) return item;
  decref(item);
  if (ok == 0) t->state = 1;
  return nullptr;
}

Object* filterfalse_next(Object* op) {
  auto* t = static_cast<TwoObject*>(op);
  for (;;) {
    Object* item = iter_next(t->b);
    if (!item) return nullptr;
    int ok = apply_pred(t->a, item);
    if (ok == 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

// ---- islice
// -----------------------------------------------------------------------------------------
struct IsliceObject : Object {
  Object* it;
  static constexpr int NOBJ = 1;
  ssize next;
  ssize stop;  // -1: none
  ssize step;
  ssize cnt;
};

// None or a non-negative int for islice's start/stop; -2 on error.
ssize islice_index(Object* v, ssize none_value, const char* msg) {
  if (v == None()) return none_value;
  ssize r = -1;
  if (has_index(v)) {
    r = ssize_arg(v);
    if (r == -1 && err_occurred()) {
      if (!err_matches(&ExcOverflowError)) return -2;
      err_clear();  // out of range: the ValueError below
    }
  }
  if (r < 0) {
    err_set_string(&ExcValueError, msg);
    return -2;
  }
  return r;
}

Object* islice_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &IsliceType && !no_kwargs("islice", kwnames)) return nullptr;
  if (!check_nargs("islice", ssize(nargs), 2, 4)) return nullptr;
  ssize start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    stop = islice_index(args[1], -1,
                        "Stop argument for islice() must be None or an integer: 0 <= x <= "
                        "sys.maxsize.");
    if (stop == -2) return nullptr;
  } else {
    const char* msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    start = islice_index(args[1], 0, msg);
    if (start == -2) return nullptr;
    stop = islice_index(args[2], -1, msg);
    if (stop == -2) return nullptr;
    if (nargs == 4 && args[3] != None()) {
      step = -1;
      if (has_index(args[3])) {
        step = ssize_arg(args[3]);
        if (step == -1 && err_occurred()) err_clear();
      }
      if (step < 1) {
        err_set_string(&ExcValueError, "Step for islice() must be a positive integer or None.");
        return nullptr;
      }
    }
  }
  Object* it = get_iter(args[0]);
  if (!it) return nullptr;
  auto* s = static_cast<IsliceObject*>(type_generic_alloc(type, 0));
  if (!s) {
    decref(it);
    return nullptr;
  }
  s->it = it;
  s->next = start;
  s->stop = stop;
  s->step = step;
  memory::gc_track(s);
  return s;
}

Object* islice_next(Object* op) {
  auto* s = static_cast<IsliceObject*>(op);
  if (!s->it) return nullptr;
  while (s->cnt < s->next) {
    Object* item = iter_next(s->it);
    if (!item) goto empty;
    decref(item);
    ++s->cnt;
  }
  if (s->stop != -1 && s->cnt >= s->stop) goto empty;
  {
    Object* item = iter_next(s->it);
    if (!item) goto empty;
    ++s->cnt;
    ssize old = s->next;
    s->next += s->step;
    if (s->next < old || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
    return item;
  }
empty:
  if (err_occurred()) return nullptr;
  clear_ref(s->it);
  return nullptr;
}

// ---- starmap
// ----------------------------------------------------------------------------------------
Object* starmap_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &StarmapType && !no_kwargs("starmap", kwnames)) return nullptr;
  if (!check_nargs("starmap", ssize(nargs), 2, 2)) return nullptr;
  Object* it = get_iter(args[1]);
  if (!it) return nullptr;
  return two_make(type, args[0], it);
}

Object* starmap_next(Object* op) {
  auto* t = static_cast<TwoObject*>(op);
  Ref<Object> item = steal(iter_next(t->b));
  if (!item) return nullptr;
  Ref<Object> tup = steal(sequence_tuple(item.get()));
  if (!tup) return nullptr;
  return call(t->a, tuple_items(tup.get()), std::size_t(tuple_size(tup.get())), nullptr);
}

// ---- zip_longest
// ------------------------------------------------------------------------------------
struct ZipLongestObject : Object {
  Object* ittuple;  // tuple of iterators; an exhausted one is replaced by None
  Object* fillvalue;
  Object* result;  // always null: kept for CPython's layout (getsizeof 72)
  static constexpr int NOBJ = 3;
  ssize numactive;
  ssize tuplesize;
};

Object* zip_longest_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* fill = None();
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; ++k) {
    Object* key = tuple_get(kwnames, k);
    if (!str_eq_cstr(key, "fillvalue")) {
      err_set_string(&ExcTypeError, "zip_longest() got an unexpected keyword argument");
      return nullptr;
    }
    fill = args[nargs + std::size_t(k)];
  }
  ssize n = ssize(nargs);
  Ref<Object> iters = steal(tuple_new(n));
  if (!iters) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = get_iter(args[i]);
    if (!it) {
      for (ssize k = i; k < n; ++k) tuple_set_new(iters.get(), k, new_ref(None()));
      return nullptr;
    }
    tuple_set_new(iters.get(), i, it);
  }
  auto* z = static_cast<ZipLongestObject*>(type_generic_alloc(type, 0));
  if (!z) return nullptr;
  z->ittuple = iters.release();
  z->fillvalue = new_ref(fill);
  z->numactive = n;
  z->tuplesize = n;
  memory::gc_track(z);
  return z;
}

Object* zip_longest_next(Object* op) {
  auto* z = static_cast<ZipLongestObject*>(op);
  ssize n = tuple_size(z->ittuple);
  if (n == 0 || z->numactive == 0) return nullptr;
  Ref<Object> result = steal(tuple_new(n));
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_new(result.get(), i, nullptr);
  for (ssize i = 0; i < n; ++i) {
    Object* it = tuple_get(z->ittuple, i);
    Object* item = nullptr;
    if (it != None()) {
      item = iter_next(it);
      if (!item) {
        if (err_occurred()) {
          for (ssize k = i; k < n; ++k) tuple_set_new(result.get(), k, new_ref(None()));
          return nullptr;
        }
        --z->numactive;
        set_ref(tuple_items(z->ittuple)[i], new_ref(None()));
        if (z->numactive == 0) {
          for (ssize k = i; k < n; ++k) tuple_set_new(result.get(), k, new_ref(None()));
          return nullptr;
        }
      }
    }
    tuple_set_new(result.get(), i, item ? item : new_ref(z->fillvalue));
  }
  return result.release();
}

// ---- pairwise
// ---------------------------------------------------------------------------------------
Object* pairwise_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &PairwiseType && !no_kwargs("pairwise", kwnames)) return nullptr;
  if (!check_nargs("pairwise", ssize(nargs), 1, 1)) return nullptr;
  Object* it = get_iter(args[0]);
  if (!it) return nullptr;
  auto* t = static_cast<TwoObject*>(type_generic_alloc(type, 0));
  if (!t) {
    decref(it);
    return nullptr;
  }
  t->a = it;  // the iterator; b holds the previous item
  memory::gc_track(t);
  return t;
}

Object* pairwise_next(Object* op) {
  auto* t = static_cast<TwoObject*>(op);
  if (!t->a) return nullptr;
  if (!t->b) {
    t->b = iter_next(t->a);
    if (!t->b) {
      if (!err_occurred()) clear_ref(t->a);
      return nullptr;
    }
  }
  Object* item = iter_next(t->a);
  if (!item) {
    if (!err_occurred()) {
      clear_ref(t->a);
      clear_ref(t->b);
    }
    return nullptr;
  }
  Object* result = tuple_pack({t->b, item});
  set_ref(t->b, item);
  return result;
}

}  // namespace

int itertools_basic_ready() {
  if (type_has_flag(&CountType, TPFLAG_READY)) return 0;
  fill_itertools_type(CountType, "itertools.count", sizeof(CountObject), ItDealloc<CountObject>,
                      ItTraverse<CountObject>, ItClear<CountObject>, count_new, count_next,
                      "Return a count object whose .__next__() method returns consecutive "
                      "values.");
  CountType.repr = count_repr;
  fill_itertools_type(CycleType, "itertools.cycle", sizeof(CycleObject), ItDealloc<CycleObject>,
                      ItTraverse<CycleObject>, ItClear<CycleObject>, cycle_new, cycle_next,
                      "Return elements from the iterable until it is exhausted. Then repeat the "
                      "sequence indefinitely.");
  fill_itertools_type(RepeatType, "itertools.repeat", sizeof(RepeatObject), ItDealloc<RepeatObject>,
                      ItTraverse<RepeatObject>, ItClear<RepeatObject>, repeat_new, repeat_next,
                      "repeat(object [,times]) -> create an iterator which returns the object\n"
                      "for the specified number of times.  If not specified, returns the object\n"
                      "endlessly.");
  RepeatType.repr = repeat_repr;
  RepeatType.methods = repeat_methods;
  fill_itertools_type(AccumulateType, "itertools.accumulate", sizeof(AccumulateObject),
                      ItDealloc<AccumulateObject>, ItTraverse<AccumulateObject>,
                      ItClear<AccumulateObject>, accumulate_new, accumulate_next,
                      "Return series of accumulated sums (or other binary function results).");
  fill_itertools_type(ChainType, "itertools.chain", sizeof(ChainObject), ItDealloc<ChainObject>,
                      ItTraverse<ChainObject>, ItClear<ChainObject>, chain_new, chain_next,
                      "chain(*iterables) --> chain object\n\nReturn a chain object whose "
                      ".__next__() method returns elements from the\nfirst iterable until it is "
                      "exhausted, then elements from the next\niterable, until all of the "
                      "iterables are exhausted.");
  ChainType.methods = chain_methods;
  struct {
    TypeObject* t;
    const char* name;
    NewFn new_fn;
    UnaryFn next;
    const char* doc;
    ssize size;
  } twos[] = {
      {&CompressType, "itertools.compress", compress_new, compress_next,
       "Return data elements corresponding to true selector elements.", sizeof(TwoObject)},
      {&DropwhileType, "itertools.dropwhile", dropwhile_new, dropwhile_next,
       "Drop items from the iterable while predicate(item) is true.", sizeof(StateTwoObject)},
      {&TakewhileType, "itertools.takewhile", takewhile_new, takewhile_next,
       "Return successive entries from an iterable as long as the predicate evaluates to "
       "true for each entry.",
       sizeof(StateTwoObject)},
      {&FilterfalseType, "itertools.filterfalse", filterfalse_new, filterfalse_next,
       "Return those items of iterable for which function(item) is false.", sizeof(TwoObject)},
      {&StarmapType, "itertools.starmap", starmap_new, starmap_next,
       "Return an iterator whose values are returned from the function evaluated with an "
       "argument tuple taken from the given sequence.",
       sizeof(TwoObject)},
      {&PairwiseType, "itertools.pairwise", pairwise_new, pairwise_next,
       "Return an iterator of overlapping pairs taken from the input iterator.", sizeof(TwoObject)},
  };
  for (auto& d : twos) {
    fill_itertools_type(*d.t, d.name, d.size, ItDealloc<TwoObject>, ItTraverse<TwoObject>,
                        ItClear<TwoObject>, d.new_fn, d.next, d.doc);
  }
  fill_itertools_type(IsliceType, "itertools.islice", sizeof(IsliceObject), ItDealloc<IsliceObject>,
                      ItTraverse<IsliceObject>, ItClear<IsliceObject>, islice_new, islice_next,
                      "islice(iterable, stop) --> islice object\nislice(iterable, start, "
                      "stop[, step]) --> islice object");
  fill_itertools_type(ZipLongestType, "itertools.zip_longest", sizeof(ZipLongestObject),
                      ItDealloc<ZipLongestObject>, ItTraverse<ZipLongestObject>,
                      ItClear<ZipLongestObject>, zip_longest_new, zip_longest_next,
                      "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest "
                      "object");
  for (TypeObject* t : {&CountType, &CycleType, &RepeatType, &AccumulateType, &ChainType,
                        &CompressType, &DropwhileType, &TakewhileType, &FilterfalseType,
                        &IsliceType, &StarmapType, &ZipLongestType, &PairwiseType}) {
    if (type_ready_static(t) < 0) return -1;
  }
  return 0;
}

Object* itertools_module_create() {
  if (itertools_basic_ready() < 0 || itertools_groups_ready() < 0) return nullptr;
  Object* m = module_new_cstr("itertools");
  if (!m) return nullptr;
  struct {
    const char* name;
    TypeObject* t;
  } entries[] = {
      {"count", &CountType},
      {"cycle", &CycleType},
      {"repeat", &RepeatType},
      {"accumulate", &AccumulateType},
      {"chain", &ChainType},
      {"compress", &CompressType},
      {"dropwhile", &DropwhileType},
      {"takewhile", &TakewhileType},
      {"filterfalse", &FilterfalseType},
      {"islice", &IsliceType},
      {"starmap", &StarmapType},
      {"zip_longest", &ZipLongestType},
      {"pairwise", &PairwiseType},
      {"groupby", &GroupbyType},
      {"_grouper", &GrouperType},
      {"_tee", &TeeType},
      {"_tee_dataobject", &TeeDataType},
      {"product", &ProductType},
      {"permutations", &PermutationsType},
      {"combinations", &CombinationsType},
      {"combinations_with_replacement", &CombinationsWRType},
  };
  for (auto& e : entries) {
    if (module_add_object(m, e.name, e.t) < 0) {
      decref(m);
      return nullptr;
    }
  }
  if (module_add_functions(m, itertools_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
