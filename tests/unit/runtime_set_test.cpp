// Units for runtime/set.{h,cpp}: the 200-byte object with its inline 8-entry table (getsizeof
// 216), resize points on add (fill*5 >= mask*3 -> used*4), presizing by update from sets, no
// shrinking on discard, clear, membership through heavy add/remove churn, CPython's probing
// (iteration order equals python3's under PYTHONHASHSEED=0, reuse of deleted slots), reference
// ownership, frozenset hashing, set-as-key lookups, repr, comparisons, KeyError/TypeError
// messages and GC tracking.
#include <string>
#include <vector>

#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

R new_set() {
  return own(set_new_empty());
}
R range_obj(long start, long stop) {
  return own(range_new_from_longs(start, stop, 1));
}
R set_of_range(long n) {
  return own(set_from_iterable(range_obj(0, n).get()));
}

void add(Object* s, Object* k) {
  MUST(set_add(s, k) == 0);
}

// The set's elements in table order (what iteration and repr show).
std::string order(Object* s) {
  std::string out;
  ssize pos = 0;
  Object* k;
  hash_t h;
  while (set_next(s, &pos, &k, &h)) {
    if (!out.empty()) out += ", ";
    out += repr(k);
  }
  return out;
}

}  // namespace

RUNTIME_TEST("set layout: 200-byte object with an inline 8-entry table") {
  CHECK(sizeof(SetObject) == 200);
  CHECK(sizeof(SetEntry) == 16);
  std::size_t blocks = mm::allocated_blocks();
  R s = new_set();
  CHECK(mm::allocated_blocks() == blocks + 1);  // the small table lives inside the object
  CHECK(getsizeof(s.get()) == 216);             // sys.getsizeof(set())
  R f = own(frozenset_from_iterable(nullptr));
  CHECK(getsizeof(f.get()) == 216);  // sys.getsizeof(frozenset())
  CHECK(sizeof_method(s.get()) == 200);
}

RUNTIME_TEST("sets grow at the 5th, 19th and 77th add") {
  R s = new_set();
  std::vector<std::pair<int, ssize>> points;
  ssize prev = getsizeof(s.get());
  for (int i = 0; i < 200; ++i) {
    add(s.get(), num(i).get());
    if (getsizeof(s.get()) != prev) {
      prev = getsizeof(s.get());
      points.emplace_back(i + 1, prev);
    }
  }
  // python3: s = set(); s.add(i) for i in range(200), recording (count, getsizeof(s))
  CHECK(points == std::vector<std::pair<int, ssize>>{{5, 728}, {19, 2264}, {77, 8408}});
  CHECK(getsizeof(set_of_range(4).get()) == 216);    // sys.getsizeof(set(range(4)))
  CHECK(getsizeof(set_of_range(18).get()) == 728);   // set(range(18))
  CHECK(getsizeof(set_of_range(19).get()) == 2264);  // set(range(19))
}

RUNTIME_TEST("updating from a set presizes; from other iterables it adds one by one") {
  R f5 = own(frozenset_from_iterable(range_obj(0, 5).get()));
  CHECK(getsizeof(f5.get()) == 728);  // sys.getsizeof(frozenset(range(5)))
  R literal = new_set();
  MUST(set_update(literal.get(), f5.get()) == 0);  // {1, 2, 3, 4, 5}: BUILD_SET + SET_UPDATE
  CHECK(getsizeof(literal.get()) == 472);          // sys.getsizeof({1, 2, 3, 4, 5})
  R from_fs = own(set_from_iterable(f5.get()));
  CHECK(getsizeof(from_fs.get()) == 472);  // sys.getsizeof(set(frozenset(range(5))))
  R upd = new_set();
  MUST(set_update(upd.get(), range_obj(0, 5).get()) == 0);
  CHECK(getsizeof(upd.get()) == 728);  // x = set(); x.update(range(5))
  R one = num(1), two = num(2);
  R d = dict_of({{one.get(), one.get()}, {two.get(), two.get()}});
  CHECK(getsizeof(own(set_from_iterable(d.get())).get()) == 216);  // set({1: 1, 2: 2})
  R ten = set_of_range(10);
  CHECK(getsizeof(own(call_meth(ten.get(), "copy")).get()) == 728);  // s.copy()
  R hundred = num(100);
  R s100 = own(set_from_iterable(tup({hundred.get()}).get()));
  CHECK(getsizeof(own(binary_op(ten.get(), s100.get(), BINOP_OR)).get()) == 728);  // a | {100}
  R s12 = own(set_from_iterable(tup({one.get(), two.get()}).get()));
  CHECK(getsizeof(own(binary_op(ten.get(), s12.get(), BINOP_AND)).get()) == 216);  // a & {1, 2}
  R s1 = own(set_from_iterable(tup({one.get()}).get()));
  CHECK(getsizeof(own(binary_op(ten.get(), s1.get(), BINOP_SUBTRACT)).get()) == 728);  // a - {1}
}

RUNTIME_TEST("discarding never shrinks; clear returns to the inline table") {
  R s = set_of_range(100);
  CHECK(getsizeof(s.get()) == 8408);
  for (int i = 0; i < 95; ++i) MUST(set_discard(s.get(), num(i).get()) == 1);
  CHECK(set_size(s.get()) == 5);
  CHECK(getsizeof(s.get()) == 8408);  // python3: after 95 discards
  add(s.get(), num(1000).get());
  CHECK(getsizeof(s.get()) == 8408);
  CHECK(set_discard(s.get(), num(5000).get()) == 0);  // absent: 0, no error
  std::size_t blocks = mm::allocated_blocks();
  own(call_meth(s.get(), "clear"));
  CHECK(getsizeof(s.get()) == 216);        // python3: s.clear() -> 216
  CHECK(mm::allocated_blocks() < blocks);  // the big table was freed
  R churn = new_set();
  for (int i = 0; i < 1000; ++i) {
    R k = num(i);
    add(churn.get(), k.get());
    MUST(set_discard(churn.get(), k.get()) == 1);
  }
  CHECK(getsizeof(churn.get()) == 216);  // python3: add and discard 1000 times -> 216
}

RUNTIME_TEST("membership stays right through many adds and removes") {
  R s = new_set();
  for (int i = 0; i < 2000; ++i) add(s.get(), num(i * 7).get());
  for (int i = 0; i < 2000; i += 2) MUST(set_discard(s.get(), num(i * 7).get()) == 1);
  for (int i = 2000; i < 2500; ++i) add(s.get(), num(i * 7).get());
  int wrong = 0;
  for (int i = 0; i < 2500; ++i) {
    bool expected = i >= 2000 || i % 2 == 1;
    if (set_contains(s.get(), num(i * 7).get()) != int(expected)) ++wrong;
    if (set_contains(s.get(), num(i * 7 + 1).get()) != 0) ++wrong;
  }
  CHECK(wrong == 0);
  CHECK(set_size(s.get()) == 1500);
  ssize count = 0, bad_hash = 0, pos = 0;
  Object* k;
  hash_t h;
  while (set_next(s.get(), &pos, &k, &h)) {
    if (h != object_hash(k)) ++bad_hash;  // the cached hash is the element's
    ++count;
  }
  CHECK(count == 1500);
  CHECK(bad_hash == 0);
}

RUNTIME_TEST("iteration order is CPython's for the same hashes") {
  R s = new_set();
  for (const char* c : {"a", "b", "c", "d"}) add(s.get(), str(c).get());
  CHECK(order(s.get()) == "'d', 'c', 'a', 'b'");  // PYTHONHASHSEED=0: list({'a','b','c','d'})
  R u = new_set();
  for (const char* c : {"x", "é", "€"}) add(u.get(), str(c).get());
  // PYTHONHASHSEED=0: s = set(); s.add('x'); s.add('é'); s.add('€'); list(s) ('é' collides
  // with 'x' in slot 3 and probes on)
  CHECK(order(u.get()) == "'€', 'x', 'é'");
  R ints = new_set();
  for (long v : {3L, 1L, 2L, 100L, -1L}) add(ints.get(), num(v).get());
  CHECK(order(ints.get()) == "1, 2, 3, 100, -1");  // list({3, 1, 2, 100, -1})
  R ten = set_of_range(10);
  CHECK(set_discard(ten.get(), num(3).get()) == 1);
  CHECK(order(ten.get()) == "0, 1, 2, 4, 5, 6, 7, 8, 9");
  CHECK(repr(ten.get()) == "{0, 1, 2, 4, 5, 6, 7, 8, 9}");
}

RUNTIME_TEST("an add reuses the first deleted slot on its probe path") {
  R zero = num(0), eight = num(8), sixteen = num(16);
  R s = new_set();
  add(s.get(), zero.get());   // slot 0
  add(s.get(), eight.get());  // collides, slot 1
  MUST(set_discard(s.get(), zero.get()) == 1);
  add(s.get(), sixteen.get());       // probes slot 0 first: the deleted slot is taken
  CHECK(order(s.get()) == "16, 8");  // python3: s = {0, 8}; s.discard(0); s.add(16); list(s)
  CHECK(static_cast<SetObject*>(s.get())->fill == 2);
  // re-adding what was deleted, over and over, never grows the table
  R big = set_of_range(4);
  for (int i = 0; i < 1000; ++i) {
    MUST(set_discard(big.get(), num(i % 4).get()) == 1);
    add(big.get(), num(i % 4).get());
  }
  CHECK(getsizeof(big.get()) == 216);
  CHECK(static_cast<SetObject*>(big.get())->fill == 4);
}

RUNTIME_TEST("sets own their elements") {
  R k = own(int_from_i64(606060));
  R s = new_set();
  add(s.get(), k.get());
  CHECK(k->refcnt == 2);
  R equal = own(int_from_i64(606060));
  add(s.get(), equal.get());  // an equal element is not added again
  CHECK(equal->refcnt == 1);
  CHECK(set_size(s.get()) == 1);
  CHECK(set_contains(s.get(), equal.get()) == 1);
  CHECK(set_discard(s.get(), equal.get()) == 1);  // removes the stored (equal) object
  CHECK(k->refcnt == 1);
  add(s.get(), k.get());
  R f = own(frozenset_from_iterable(s.get()));
  CHECK(k->refcnt == 3);
  s.reset();
  f.reset();
  CHECK(k->refcnt == 1);
}

RUNTIME_TEST("set repr, comparison and frozenset hashing") {
  R one = num(1), two = num(2), three = num(3);
  R s123 = own(set_from_iterable(tup({one.get(), two.get(), three.get()}).get()));
  R s12 = own(set_from_iterable(tup({one.get(), two.get()}).get()));
  R s12b = own(set_from_iterable(tup({one.get(), two.get()}).get()));
  CHECK(repr(s123.get()) == "{1, 2, 3}");
  CHECK(repr(new_set().get()) == "set()");
  R f1 = own(frozenset_from_iterable(tup({one.get()}).get()));
  CHECK(repr(f1.get()) == "frozenset({1})");
  R f0 = own(frozenset_from_iterable(nullptr));
  CHECK(repr(f0.get()) == "frozenset()");
  CHECK(rich_compare_bool(s12.get(), s123.get(), CMP_LE) == 1);  // {1, 2} <= {1, 2, 3}
  CHECK(rich_compare_bool(s12.get(), s12b.get(), CMP_LT) == 0);  // {1, 2} < {1, 2}
  CHECK(rich_compare_bool(s123.get(), s12.get(), CMP_GT) == 1);
  R s1 = own(set_from_iterable(tup({one.get()}).get()));
  CHECK(rich_compare_bool(f1.get(), s1.get(), CMP_EQ) == 1);  // frozenset({1}) == {1}
  // python3: hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), and with
  // PYTHONHASHSEED=0 hash(frozenset({'a', 'b'}))
  CHECK(object_hash(f0.get()) == 133146708735736LL);
  CHECK(object_hash(f1.get()) == -558064481276695278LL);
  R f123 = own(frozenset_from_iterable(s123.get()));
  CHECK(object_hash(f123.get()) == -272375401224217160LL);
  // built from a set that has a deleted slot: frozenset({1, 2, 3, 4} - {4})
  R four = num(4);
  R s1234 = own(set_from_iterable(tup({one.get(), two.get(), three.get(), four.get()}).get()));
  MUST(set_discard(s1234.get(), four.get()) == 1);
  CHECK(object_hash(own(frozenset_from_iterable(s1234.get())).get()) == -272375401224217160LL);
  R a = str("a"), b = str("b");
  R fab = own(frozenset_from_iterable(tup({a.get(), b.get()}).get()));
  CHECK(object_hash(fab.get()) == 1679668661828516449LL);
  // a set used as a key is looked up as the equal frozenset: {1} in {frozenset({1})}
  R holder = new_set();
  add(holder.get(), f1.get());
  CHECK(set_contains(holder.get(), s1.get()) == 1);
  CHECK(set_discard(holder.get(), s1.get()) == 1);
}

RUNTIME_TEST("set errors carry CPython's messages") {
  R s = new_set();
  R one = num(1);
  CHECK(call_meth(s.get(), "remove", {one.get()}) == nullptr);
  CHECK(take_error() == "KeyError: 1");
  CHECK(call_meth(s.get(), "pop") == nullptr);
  CHECK(take_error() == "KeyError: 'pop from an empty set'");
  R l = own(list_new(0));
  CHECK(set_add(s.get(), l.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  CHECK(set_contains(s.get(), l.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  CHECK(object_hash(s.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'set'");
  CHECK(set_size(s.get()) == 0);
}

RUNTIME_TEST("sets and frozensets are GC-tracked from creation") {
  int count0 = gc_count0();
  R s = new_set();
  CHECK(tracked(s.get()));  // python3: gc.is_tracked(set()) -> True
  R f = own(frozenset_from_iterable(nullptr));
  CHECK(tracked(f.get()));  // gc.is_tracked(frozenset()) -> True
  CHECK(gc_count0() == count0 + 2);
  s.reset();
  CHECK(gc_count0() == count0 + 1);  // no free list: the count falls at once
}

RUNTIME_TEST("a 100 000-deep chain of nested frozensets is freed without recursion") {
  std::size_t before = mm::allocated_blocks();
  R chain = own(frozenset_from_iterable(nullptr));
  for (int i = 0; i < 100'000; ++i) {
    R holder = new_set();
    add(holder.get(), chain.get());
    chain = own(frozenset_from_iterable(holder.get()));
  }
  chain.reset();
  CHECK(live_blocks() == before);
}
