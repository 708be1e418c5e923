// runtime/range.cpp — range and its iterators.
#include "runtime/range.h"

#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject RangeType;
TypeObject RangeIterType;
TypeObject LongRangeIterType;

namespace {

inline RangeObject* as_range(Object* op) {
  return static_cast<RangeObject*>(op);
}

// length = max(0, ceil((stop - start) / step)) computed with ints
Object* compute_length(Object* start, Object* stop, Object* step) {
  bool ov1, ov2, ov3;
  std::int64_t a = int_as_i64(start, &ov1), b = int_as_i64(stop, &ov2), s = int_as_i64(step, &ov3);
  if (!ov1 && !ov2 && !ov3) {
    __int128 lo = a, hi = b, st = s, n;
    if (st > 0) {
      n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
    } else {
      n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
    }
    if (n <= __int128(INT64_MAX)) return int_from_i64(std::int64_t(n));
  }
  // general path: (stop - start + step - sign) // step, clamped at 0
  Object* diff = int_sub(stop, start);
  if (!diff) return nullptr;
  int sgn = int_sign(step);
  Object* adj = int_from_i64(sgn > 0 ? -1 : 1);
  Object* t = int_add(diff, step);
  decref(diff);
  if (!t) {
    decref(adj);
    return nullptr;
  }
  Object* t2 = int_add(t, adj);
  decref(t);
  decref(adj);
  if (!t2) return nullptr;
  Object* n = int_floordiv(t2, step);
  decref(t2);
  if (!n) return nullptr;
  if (int_sign(n) < 0) {
    decref(n);
    return small_int(0);
  }
  return n;
}

Object* make_range(TypeObject* type, Object* start, Object* stop, Object* step) {
  Object* len = compute_length(start, stop, step);
  if (!len) return nullptr;
  RangeObject* r = static_cast<RangeObject*>(memory::alloc(sizeof(RangeObject)));
  if (!r) {
    decref(len);
    return err_no_memory();
  }
  r->refcnt = 1;
  r->type = type;
  r->start = new_ref(start);
  r->stop = new_ref(stop);
  r->step = new_ref(step);
  r->length = len;
  return r;
}

void range_dealloc(Object* op) {
  RangeObject* r = as_range(op);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  memory::free(op);
}

Object* range_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "range() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1 || nargs > 3) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "range expected at least 1 argument, got {}"
                             : "range expected at most 3 arguments, got {}",
                   nargs);
    return nullptr;
  }
  Object* vals[3];
  for (std::size_t i = 0; i < nargs; ++i) {
    vals[i] = number_index(args[i]);
    if (!vals[i]) {
      for (std::size_t k = 0; k < i; ++k) decref(vals[k]);
      return nullptr;
    }
  }
  Object* start;
  Object* stop;
  Object* step;
  if (nargs == 1) {
    start = small_int(0);
    stop = vals[0];
    step = small_int(1);
  } else {
    start = vals[0];
    stop = vals[1];
    step = nargs == 3 ? vals[2] : small_int(1);
  }
  Object* r = nullptr;
  if (int_sign(step) == 0) {
    err_set_string(&ExcValueError, "range() arg 3 must not be zero");
  } else {
    r = make_range(type, start, stop, step);
  }
  decref(start);
  decref(stop);
  decref(step);
  return r;
}

Object* range_repr(Object* op) {
  RangeObject* r = as_range(op);
  std::string a, b, c;
  if (!str_utf8_of(r->start, a) || !str_utf8_of(r->stop, b)) return nullptr;
  if (int_is_medium(r->step) && int_medium_value(r->step) == 1) {
    return str_from_utf8("range(" + a + ", " + b + ")");
  }
  if (!str_utf8_of(r->step, c)) return nullptr;
  return str_from_utf8("range(" + a + ", " + b + ", " + c + ")");
}

ssize range_len(Object* op) {
  Object* len = as_range(op)->length;
  ssize n = int_as_ssize(len);
  if (n == -1 && err_occurred()) {
    err_clear();
    err_set_string(&ExcOverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

int range_bool(Object* op) {
  return int_sign(as_range(op)->length) != 0;
}

// start + i*step (i an int object)
Object* compute_item(RangeObject* r, Object* i) {
  Object* prod = int_mul(i, r->step);
  if (!prod) return nullptr;
  Object* v = int_add(r->start, prod);
  decref(prod);
  return v;
}

Object* range_subscript(Object* op, Object* key) {
  RangeObject* r = as_range(op);
  if (has_index(key)) {
    Object* i = number_index(key);
    if (!i) return nullptr;
    if (int_sign(i) < 0) {
      Object* j = int_add(i, r->length);
      decref(i);
      if (!j) return nullptr;
      i = j;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
      decref(i);
      err_set_string(&ExcIndexError, "range object index out of range");
      return nullptr;
    }
    Object* v = compute_item(r, i);
    decref(i);
    return v;
  }
  if (is_slice(key)) {
    ssize len = range_len(op);
    if (len < 0 && err_occurred()) return nullptr;
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    slice_adjust_indices(len, &start, &stop, step);
    Object* s0 = int_from_ssize(start);
    Object* s1 = int_from_ssize(stop);
    Object* st = int_from_ssize(step);
    Object* nstart = compute_item(r, s0);
    Object* nstop = compute_item(r, s1);
    Object* nstep = int_mul(r->step, st);
    decref(s0);
    decref(s1);
    decref(st);
    Object* res = nullptr;
    if (nstart && nstop && nstep) res = make_range(&RangeType, nstart, nstop, nstep);
    xdecref(nstart);
    xdecref(nstop);
    xdecref(nstep);
    return res;
  }
  err_format(&ExcTypeError, "range indices must be integers or slices, not {}",
             type_name(key->type));
  return nullptr;
}

// `x in range`: arithmetic for ints, iteration otherwise
int range_contains_int(RangeObject* r, Object* x) {
  int step_sign = int_sign(r->step);
  int c1 = int_compare(x, r->start);
  int c2 = int_compare(x, r->stop);
  if (step_sign > 0 ? (c1 < 0 || c2 >= 0) : (c1 > 0 || c2 <= 0)) return 0;
  Object* diff = int_sub(x, r->start);
  if (!diff) return -1;
  Object* m = int_mod(diff, r->step);
  decref(diff);
  if (!m) return -1;
  int res = int_sign(m) == 0;
  decref(m);
  return res;
}
int range_contains(Object* op, Object* x) {
  if (is_int_exact(x) || is_bool(x)) return range_contains_int(as_range(op), x);
  return sequence_contains_by_iteration(op, x);
}

Object* range_richcompare(Object* a, Object* b, int op) {
  if (!is_range(b) || (op != CMP_EQ && op != CMP_NE)) return not_implemented_new_ref();
  RangeObject* x = as_range(a);
  RangeObject* y = as_range(b);
  bool eq;
  if (a == b) {
    eq = true;
  } else if (int_compare(x->length, y->length) != 0) {
    eq = false;
  } else if (int_sign(x->length) == 0) {
    eq = true;
  } else if (int_compare(x->start, y->start) != 0) {
    eq = false;
  } else if (int_is_medium(x->length) && int_medium_value(x->length) == 1) {
    eq = true;
  } else {
    eq = int_compare(x->step, y->step) == 0;
  }
  return bool_new_ref(op == CMP_EQ ? eq : !eq);
}

hash_t range_hash(Object* op) {
  RangeObject* r = as_range(op);
  Object* t;
  if (int_sign(r->length) == 0) {
    t = tuple_pack({r->length, None(), None()});
  } else if (int_is_medium(r->length) && int_medium_value(r->length) == 1) {
    t = tuple_pack({r->length, r->start, None()});
  } else {
    t = tuple_pack({r->length, r->start, r->step});
  }
  if (!t) return -1;
  hash_t h = object_hash(t);
  decref(t);
  return h;
}

Object* range_iter(Object* op);
Object* range_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames);

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("count", nargs, kwnames)) return nullptr;
  if (is_int_exact(args[0]) || is_bool(args[0])) {
    int r = range_contains_int(as_range(self), args[0]);
    if (r < 0) return nullptr;
    return small_int(r);
  }
  ssize count = 0;
  Object* it = get_iter(self);
  if (!it) return nullptr;
  for (;;) {
    Object* x = iter_next(it);
    if (!x) break;
    int c = rich_compare_bool(x, args[0], CMP_EQ);
    decref(x);
    if (c < 0) {
      decref(it);
      return nullptr;
    }
    count += c;
  }
  decref(it);
  if (err_occurred()) return nullptr;
  return int_from_ssize(count);
}

Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("index", nargs, kwnames)) return nullptr;
  RangeObject* r = as_range(self);
  if (is_int_exact(args[0]) || is_bool(args[0])) {
    int c = range_contains_int(r, args[0]);
    if (c < 0) return nullptr;
    if (c) {
      Object* diff = int_sub(args[0], r->start);
      if (!diff) return nullptr;
      Object* idx = int_floordiv(diff, r->step);
      decref(diff);
      return idx;
    }
  }
  std::string rep = repr_for_message(args[0]);
  err_format(&ExcValueError, "{} is not in range", rep);
  return nullptr;
}

Object* g_start(Object* op, void*) {
  return new_ref(as_range(op)->start);
}
Object* g_stop(Object* op, void*) {
  return new_ref(as_range(op)->stop);
}
Object* g_step(Object* op, void*) {
  return new_ref(as_range(op)->step);
}

MethodDef range_methods[] = {
    {"count", m_count, METH_DEFAULT, "rangeobject.count(value) -> integer"},
    {"index", m_index, METH_DEFAULT, "rangeobject.index(value) -> integer"},
    {"__reversed__", range_reversed, METH_DEFAULT, "Return a reverse iterator."},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef range_getset[] = {
    {"start", g_start, nullptr, nullptr, nullptr},
    {"stop", g_stop, nullptr, nullptr, nullptr},
    {"step", g_step, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- iterators ------------------------------------------------------------------------------
void rangeiter_dealloc(Object* op) {
  memory::free(op);
}
Object* rangeiter_self(Object* op) {
  return new_ref(op);
}
Object* rangeiter_next(Object* op) {
  RangeIterObject* it = static_cast<RangeIterObject*>(op);
  if (it->len > 0) {
    long v = it->start;
    it->start = long((unsigned long)v + (unsigned long)it->step);
    --it->len;
    return int_from_i64(v);
  }
  return nullptr;
}
Object* rangeiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  return int_from_i64(static_cast<RangeIterObject*>(self)->len);
}
MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// iterator over ranges that do not fit in C longs: index counting up to length
struct LongRangeIterObject : Object {
  Object* index_;  // CPython 3.11's field, kept for its 48-byte layout (always null here)
  Object* start;
  Object* step;
  Object* len;  // remaining
};
void longrangeiter_dealloc(Object* op) {
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(op);
  decref(it->start);
  decref(it->step);
  decref(it->len);
  memory::free(op);
}
Object* longrangeiter_next(Object* op) {
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(op);
  if (int_sign(it->len) <= 0) return nullptr;
  Object* one = small_int(1);
  Object* nlen = int_sub(it->len, one);
  decref(one);
  if (!nlen) return nullptr;
  set_ref(it->len, nlen);
  Object* v = new_ref(it->start);
  Object* next = int_add(it->start, it->step);
  if (!next) {
    decref(v);
    return nullptr;
  }
  set_ref(it->start, next);
  return v;
}

bool fits_long(Object* o, long* out) {
  bool ov;
  std::int64_t v = int_as_i64(o, &ov);
  *out = long(v);
  return !ov;
}

Object* make_iter(Object* start, Object* step, Object* len) {
  long s, st, n;
  if (fits_long(start, &s) && fits_long(step, &st) && fits_long(len, &n)) {
    // the last value must fit as well
    __int128 last = __int128(s) + __int128(st) * (n > 0 ? n - 1 : 0);
    if (last >= LONG_MIN && last <= LONG_MAX) {
      RangeIterObject* it = static_cast<RangeIterObject*>(memory::alloc(sizeof(RangeIterObject)));
      if (!it) return err_no_memory();
      it->refcnt = 1;
      it->type = &RangeIterType;
      it->index_ = 0;
      it->start = s;
      it->step = st;
      it->len = n;
      return it;
    }
  }
  LongRangeIterObject* it =
      static_cast<LongRangeIterObject*>(memory::alloc(sizeof(LongRangeIterObject)));
  if (!it) return err_no_memory();
  it->refcnt = 1;
  it->type = &LongRangeIterType;
  it->index_ = nullptr;
  it->start = new_ref(start);
  it->step = new_ref(step);
  it->len = new_ref(len);
  return it;
}

Object* range_iter(Object* op) {
  RangeObject* r = as_range(op);
  return make_iter(r->start, r->step, r->length);
}

Object* range_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reversed__", nargs, kwnames)) return nullptr;
  RangeObject* r = as_range(self);
  // last = start + (len - 1) * step; reversed step = -step
  Object* one = small_int(1);
  Object* lm1 = int_sub(r->length, one);
  decref(one);
  if (!lm1) return nullptr;
  Object* last = compute_item(r, lm1);
  decref(lm1);
  if (!last) return nullptr;
  Object* nstep = int_neg(r->step);
  if (!nstep) {
    decref(last);
    return nullptr;
  }
  Object* it = make_iter(last, nstep, r->length);
  decref(last);
  decref(nstep);
  return it;
}

}  // namespace

Object* range_new_from_longs(long start, long stop, long step) {
  Object* a = int_from_i64(start);
  Object* b = int_from_i64(stop);
  Object* c = int_from_i64(step);
  Object* r = (a && b && c) ? make_range(&RangeType, a, b, c) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return r;
}

void range_types_init() {
  RangeType.name = "range";
  RangeType.basicsize = sizeof(RangeObject);
  RangeType.flags = TPFLAG_VECTORCALL;
  RangeType.doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object";
  RangeType.dealloc = range_dealloc;
  RangeType.repr = range_repr;
  RangeType.hash = range_hash;
  RangeType.richcompare = range_richcompare;
  mapping_methods(RangeType).length = range_len;
  number_methods(RangeType).nb_bool = range_bool;
  mapping_methods(RangeType).getitem = range_subscript;
  sequence_methods(RangeType).contains = range_contains;
  RangeType.iter = range_iter;
  RangeType.new_ = range_new_slot;
  RangeType.methods = range_methods;
  RangeType.getset = range_getset;

  RangeIterType.name = "range_iterator";
  RangeIterType.basicsize = sizeof(RangeIterObject);
  RangeIterType.dealloc = rangeiter_dealloc;
  RangeIterType.iter = rangeiter_self;
  RangeIterType.iternext = rangeiter_next;
  RangeIterType.methods = rangeiter_methods;

  LongRangeIterType.name = "longrange_iterator";
  LongRangeIterType.basicsize = sizeof(LongRangeIterObject);
  LongRangeIterType.dealloc = longrangeiter_dealloc;
  LongRangeIterType.iter = rangeiter_self;
  LongRangeIterType.iternext = longrangeiter_next;
}

}  // namespace mempy::runtime
