// Units for runtime/range.h, slice.h and iter.h: range objects (48 bytes, untracked), their
// repr, length, hash, equality, indexing and slicing; the 48-byte range iterator; slices
// (40 + 16, GC-tracked and unhashable in 3.11) and index normalisation (PySlice_Unpack /
// AdjustIndices as slice.indices()); and the sizes of the list/tuple/dict iterators.
#include "runtime/dict.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {
R rng(long start, long stop, long step = 1) {
  return own(range_new_from_longs(start, stop, step));
}
}  // namespace

RUNTIME_TEST("range: 48 bytes, not tracked, CPython's repr, len, hash and equality") {
  R r10 = rng(0, 10);
  CHECK(getsizeof(r10.get()) == 48);  // sys.getsizeof(range(10))
  CHECK(getsizeof(rng(0, 0).get()) == 48);
  CHECK(!is_gc_type(&RangeType));
  CHECK(repr(r10.get()) == "range(0, 10)");
  CHECK(repr(rng(1, 2, 3).get()) == "range(1, 2, 3)");
  CHECK(repr(rng(0, -5, -1).get()) == "range(0, -5, -1)");
  CHECK(object_length(rng(0, 10, 3).get()) == 4);  // len(range(0, 10, 3))
  // python3: hash(range(10)); the hash is that of (len, start, step) with None for what the
  // length makes irrelevant — and hash(None) depends on None's address in 3.11
  CHECK(object_hash(r10.get()) == -7546101314042312252LL);
  CHECK(object_hash(rng(0, 0).get()) == object_hash(tup({num(0).get(), None(), None()}).get()));
  CHECK(object_hash(rng(5, 5).get()) == object_hash(rng(0, 0).get()));
  CHECK(object_hash(rng(1, 2, 3).get()) ==
        object_hash(tup({num(1).get(), num(1).get(), None()}).get()));
  // equality compares the sequences: range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2)
  CHECK(rich_compare_bool(r10.get(), rng(0, 10, 1).get(), CMP_EQ) == 1);
  CHECK(rich_compare_bool(rng(0, 0).get(), rng(5, 5).get(), CMP_EQ) == 1);
  CHECK(rich_compare_bool(rng(0, 3, 2).get(), rng(0, 4, 2).get(), CMP_EQ) == 1);
}

RUNTIME_TEST("range indexing and slicing") {
  R r10 = rng(0, 10);
  CHECK(as_ll(own(get_item(r10.get(), num(-1).get())).get()) == 9);
  CHECK(get_item(r10.get(), num(20).get()) == nullptr);
  CHECK(take_error() == "IndexError: range object index out of range");
  R sl = own(slice_new(num(2).get(), num(8).get(), num(3).get()));
  R sub = own(get_item(r10.get(), sl.get()));
  CHECK(repr(sub.get()) == "range(2, 8, 3)");  // range(10)[2:8:3]
  CHECK(repr(own(sequence_list(sub.get())).get()) == "[2, 5]");
  CHECK(sequence_contains(r10.get(), num(7).get()) == 1);
  CHECK(sequence_contains(r10.get(), num(10).get()) == 0);
}

RUNTIME_TEST("range iterator: 48 bytes (CPython 3.11's four fields), length hint, values") {
  R it = own(get_iter(rng(0, 10, 3).get()));
  CHECK(it->type == &RangeIterType);
  CHECK(getsizeof(it.get()) == 48);  // sys.getsizeof(iter(range(3)))
  CHECK(as_ll(own(call_meth(it.get(), "__length_hint__")).get()) == 4);
  CHECK(as_ll(own(iter_next(it.get())).get()) == 0);
  CHECK(as_ll(own(call_meth(it.get(), "__length_hint__")).get()) == 3);
  CHECK(as_ll(own(iter_next(it.get())).get()) == 3);
  CHECK(as_ll(own(iter_next(it.get())).get()) == 6);
  CHECK(as_ll(own(iter_next(it.get())).get()) == 9);
  CHECK(iter_next(it.get()) == nullptr);
  CHECK(!err_occurred());  // exhaustion is not an error
}

RUNTIME_TEST("slices: 56 bytes, tracked, unhashable, repr") {
  R s = own(slice_new(num(1).get(), num(2).get(), nullptr));
  CHECK(getsizeof(s.get()) == 56);  // sys.getsizeof(slice(1, 2, 3))
  CHECK(tracked(s.get()));          // gc.is_tracked(slice(1, 2)) -> True
  CHECK(repr(s.get()) == "slice(1, 2, None)");
  CHECK(object_hash(s.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'slice'");
  R v = num(123456789);
  {
    R holder = own(slice_new(nullptr, v.get(), nullptr));
    CHECK(v->refcnt == 2);
  }
  CHECK(v->refcnt == 1);
}

RUNTIME_TEST("slice_unpack + slice_adjust_indices agree with slice.indices()") {
  struct Row {
    Object* start;
    Object* stop;
    Object* step;
    ssize length;
    ssize e_start, e_stop, e_step, e_len;  // python3: s.indices(length), len(range(*...))
  };
  R m1 = num(-1), m3 = num(-3), two = num(2), hundred = num(100), three = num(3);
  R m100 = num(-100), m200 = num(-200);
  const Row rows[] = {
      {nullptr, nullptr, m1.get(), 5, 4, -1, -1, 5},
      {m3.get(), nullptr, nullptr, 10, 7, 10, 1, 3},
      {two.get(), hundred.get(), three.get(), 10, 2, 10, 3, 3},
      {m100.get(), m200.get(), m1.get(), 10, -1, -1, -1, 0},
  };
  for (const Row& r : rows) {
    R s = own(slice_new(r.start, r.stop, r.step));
    INFO(repr(s.get()) << " on length " << r.length);
    ssize start, stop, step;
    MUST(slice_unpack(s.get(), &start, &stop, &step) == 0);
    ssize len = slice_adjust_indices(r.length, &start, &stop, step);
    CHECK(start == r.e_start);
    CHECK(stop == r.e_stop);
    CHECK(step == r.e_step);
    CHECK(len == r.e_len);
  }
  R zero = num(0);
  R bad = own(slice_new(nullptr, nullptr, zero.get()));
  ssize a, b, c;
  CHECK(slice_unpack(bad.get(), &a, &b, &c) == -1);
  CHECK(take_error() == "ValueError: slice step cannot be zero");
}

RUNTIME_TEST("iterators over lists, tuples and dicts have CPython's sizes") {
  R l = int_range_list(3);
  R t = own(list_as_tuple(l.get()));
  R d = own(dict_new());
  // python3: sys.getsizeof(iter([])), iter(()), reversed([]), iter({}), {}.keys()
  R li = own(get_iter(l.get()));
  CHECK(getsizeof(li.get()) == 48);
  CHECK(getsizeof(own(get_iter(t.get())).get()) == 48);
  CHECK(getsizeof(own(list_reverse_iter_new(l.get())).get()) == 48);
  CHECK(getsizeof(own(get_iter(d.get())).get()) == 72);
  CHECK(getsizeof(own(call_meth(d.get(), "keys")).get()) == 40);
  CHECK(l->refcnt == 2);  // the live list iterator holds the list
  CHECK(as_ll(own(iter_next(li.get())).get()) == 0);
  R rest = own(sequence_list(li.get()));
  CHECK(repr(rest.get()) == "[1, 2]");
  CHECK(iter_next(li.get()) == nullptr);
  CHECK(!err_occurred());
  CHECK(l->refcnt == 1);  // an exhausted iterator lets go of its list, as CPython's does
}
