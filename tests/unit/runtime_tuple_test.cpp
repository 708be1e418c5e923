// Units for runtime/tuple.{h,cpp}: inline items after the 24-byte header (getsizeof 40 + 8n), the
// static () singleton, stealing vs. borrowing constructors, CPython's xxHash-based tuple hash,
// repr and comparison, error messages, the per-size free lists (sizes 1..19, 2000 each), GC
// tracking, and freeing a 1 000 000-long chain of nested tuples without recursion.
#include <vector>

#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

RUNTIME_TEST("tuple layout: items inline, getsizeof 40 + 8 per item") {
  CHECK(offsetof(TupleObject, items) == 24);
  R e = own(tuple_empty());
  CHECK(getsizeof(e.get()) == 40);  // sys.getsizeof(())
  R one = num(1), two = num(2), three = num(3);
  R t1 = tup({one.get()});
  CHECK(getsizeof(t1.get()) == 48);  // sys.getsizeof((1,))
  R t3 = tup({one.get(), two.get(), three.get()});
  CHECK(getsizeof(t3.get()) == 64);  // sys.getsizeof((1, 2, 3))
  CHECK(sizeof_method(t3.get()) == 48);
  CHECK(tuple_size(t3.get()) == 3);
  CHECK(tuple_get(t3.get(), 2) == three.get());
}

RUNTIME_TEST("() is one static, untracked object") {
  R a = own(tuple_new(0));
  R b = own(tuple_empty());
  R c = own(tuple_from_array(nullptr, 0));
  CHECK(a.get() == b.get());
  CHECK(b.get() == c.get());
  CHECK(!tracked(a.get()));  // python3: gc.is_tracked(()) -> False
  CHECK(a->refcnt > STATIC_REFCNT - 1000);
  std::size_t blocks = mm::allocated_blocks();
  { R d = own(tuple_new(0)); }
  CHECK(mm::allocated_blocks() == blocks);
}

RUNTIME_TEST("tuple constructors: pack and from_array borrow, from_array_steal and set_new steal") {
  R x = own(int_from_i64(31337));
  {
    R p = tup({x.get(), x.get()});
    CHECK(x->refcnt == 3);
    Object* arr[2] = {x.get(), x.get()};
    R f = own(tuple_from_array(arr, 2));
    CHECK(x->refcnt == 5);
    Object* owned[2] = {new_ref(x.get()), new_ref(x.get())};
    R s = own(tuple_from_array_steal(owned, 2));
    CHECK(x->refcnt == 7);
    R n = own(tuple_new(1));
    CHECK(tuple_get(n.get(), 0) == nullptr);
    tuple_set_new(n.get(), 0, new_ref(x.get()));
    CHECK(x->refcnt == 8);
    CHECK(n->refcnt == 1);
  }
  CHECK(x->refcnt == 1);
}

RUNTIME_TEST("tuple hash equals CPython's for ints, strs and nesting") {
  R one = num(1), two = num(2), three = num(3), m1 = num(-1);
  R a = str("a"), b = str("b");
  R e = own(tuple_empty());
  // python3 (PYTHONHASHSEED=0 for the str ones): hash(...)
  CHECK(tuple_hash(e.get()) == 5740354900026072187LL);
  CHECK(tuple_hash(tup({one.get()}).get()) == -6644214454873602895LL);
  R t12 = tup({one.get(), two.get()});
  CHECK(tuple_hash(t12.get()) == -3550055125485641917LL);
  CHECK(tuple_hash(tup({one.get(), two.get(), three.get()}).get()) == 529344067295497451LL);
  CHECK(tuple_hash(tup({m1.get()}).get()) == 8078679518589016365LL);
  CHECK(tuple_hash(tup({t12.get(), three.get()}).get()) == -333907151259015829LL);
  CHECK(tuple_hash(tup({a.get(), one.get()}).get()) == 6955645834154447545LL);
  CHECK(tuple_hash(tup({a.get(), b.get()}).get()) == 7372137184884179083LL);
  CHECK(object_hash(t12.get()) == tuple_hash(t12.get()));
  R l = own(list_new(0));
  R with_list = tup({one.get(), l.get()});
  CHECK(object_hash(with_list.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
}

RUNTIME_TEST("tuple repr: one-item comma, nesting, recursion through a list") {
  R one = num(1);
  CHECK(repr(own(tuple_empty()).get()) == "()");
  CHECK(repr(tup({one.get()}).get()) == "(1,)");
  R a = str("a");
  R inner = tup({one.get(), a.get()});
  CHECK(repr(tup({inner.get(), None()}).get()) == "((1, 'a'), None)");
  // python3: t = ([],); t[0].append(t); repr(t) -> '([(...)],)'
  R l = own(list_new(0));
  R t = tup({l.get()});
  MUST(list_append(l.get(), t.get()) == 0);
  CHECK(repr(t.get()) == "([(...)],)");
  own(call_meth(l.get(), "clear"));  // break the cycle
}

RUNTIME_TEST("tuple comparison, slicing and concatenation reuse objects where CPython does") {
  R one = num(1), two = num(2), zero = num(0), a = str("a");
  R t12 = tup({one.get(), two.get()});
  R t120 = tup({one.get(), two.get(), zero.get()});
  CHECK(rich_compare_bool(t12.get(), t120.get(), CMP_LT) == 1);  // (1, 2) < (1, 2, 0)
  CHECK(rich_compare_bool(tup({one.get(), a.get()}).get(), tup({one.get(), a.get()}).get(),
                          CMP_EQ) == 1);
  CHECK(rich_compare_bool(t120.get(), t12.get(), CMP_GE) == 1);
  // a full slice of an exact tuple and concatenation with () return the same object
  R full = own(tuple_slice(t12.get(), 0, 2));
  CHECK(full.get() == t12.get());
  R e = own(tuple_empty());
  R cat = own(binary_op(t12.get(), e.get(), BINOP_ADD));
  CHECK(cat.get() == t12.get());
  R part = own(tuple_slice(t120.get(), 1, 3));
  CHECK(repr(part.get()) == "(2, 0)");
  R none = own(tuple_slice(t120.get(), 2, 1));
  CHECK(none.get() == e.get());
  R rep = own(binary_op(t12.get(), two.get(), BINOP_MULTIPLY));
  CHECK(repr(rep.get()) == "(1, 2, 1, 2)");
  CHECK(getsizeof(rep.get()) == 72);  // sys.getsizeof((1, 2) * 2)
}

RUNTIME_TEST("tuple errors carry CPython's messages") {
  R e = own(tuple_empty());
  R zero = num(0), five = num(5), one = num(1), two = num(2);
  CHECK(get_item(e.get(), zero.get()) == nullptr);
  CHECK(take_error() == "IndexError: tuple index out of range");
  R t = tup({one.get(), two.get()});
  CHECK(call_meth(t.get(), "index", {five.get()}) == nullptr);
  CHECK(take_error() == "ValueError: tuple.index(x): x not in tuple");
  R l = own(list_new(0));
  CHECK(binary_op(t.get(), l.get(), BINOP_ADD) == nullptr);
  CHECK(take_error() == "TypeError: can only concatenate tuple (not \"list\") to tuple");
  CHECK(set_item(t.get(), zero.get(), one.get()) == -1);
  CHECK(take_error() == "TypeError: 'tuple' object does not support item assignment");
}

RUNTIME_TEST("tuple free lists: per size, reused in LIFO order, not moving gc counts") {
  for (int n = 1; n <= 20; ++n) CHECK(tuple_free_list_count(n) == 0);
  int count0 = gc_count0();
  std::size_t blocks = mm::allocated_blocks();
  Object* t2 = tuple_new(2);
  tuple_set_new(t2, 0, none_new_ref());
  tuple_set_new(t2, 1, none_new_ref());
  CHECK(mm::allocated_blocks() == blocks + 1);
  CHECK(gc_count0() == count0 + 1);
  decref(t2);
  CHECK(tuple_free_list_count(2) == 1);
  CHECK(mm::allocated_blocks() == blocks + 1);
  CHECK(gc_count0() == count0 + 1);
  R other_size = own(tuple_new(3));
  for (int i = 0; i < 3; ++i) tuple_set_new(other_size.get(), i, none_new_ref());
  CHECK(other_size.get() != t2);  // size 3 does not take the size-2 tuple
  R again = own(tuple_new(2));
  CHECK(again.get() == t2);
  CHECK(tuple_get(again.get(), 0) == nullptr);  // a recycled tuple comes back cleared
  for (int i = 0; i < 2; ++i) tuple_set_new(again.get(), i, none_new_ref());
  CHECK(tuple_free_list_count(2) == 0);
  // sizes up to 20 are kept (CPython 3.11's PyTuple_NFREELISTS), 21 and above never
  Object* twenty = tuple_new(20);
  for (int i = 0; i < 20; ++i) tuple_set_new(twenty, i, none_new_ref());
  decref(twenty);
  CHECK(tuple_free_list_count(20) == 1);
  std::size_t before_big = mm::allocated_blocks();
  Object* big = tuple_new(21);
  for (int i = 0; i < 21; ++i) tuple_set_new(big, i, none_new_ref());
  decref(big);
  CHECK(tuple_free_list_count(21) == 0);
  CHECK(mm::allocated_blocks() == before_big);
  // at most 2000 per size
  std::vector<Object*> many;
  for (int i = 0; i < 2100; ++i) {
    Object* t = tuple_new(1);
    tuple_set_new(t, 0, none_new_ref());
    many.push_back(t);
  }
  for (Object* t : many) decref(t);
  CHECK(tuple_free_list_count(1) == 2000);
}

RUNTIME_TEST("tuples are GC-tracked at creation, also tuples of atoms (memory-facts 3.4)") {
  R one = num(1), two = num(2);
  R t = tup({one.get(), two.get()});
  CHECK(tracked(t.get()));  // python3: gc.is_tracked(tuple([1, 2])) -> True before a collection
  Object* raw = t.release();
  decref(raw);
  CHECK(!tracked(raw));  // untracked before going to the free list
}

RUNTIME_TEST("a 1 000 000-long chain of nested tuples is freed without recursion") {
  std::size_t before = mm::allocated_blocks();
  Object* chain = none_new_ref();
  for (int i = 0; i < 1'000'000; ++i) {
    Object* link = tuple_new(1);
    tuple_set_new(link, 0, chain);
    chain = link;
  }
  CHECK(mm::allocated_blocks() >= before + 1'000'000 - 2000);
  decref(chain);
  CHECK(tuple_free_list_count(1) == 2000);
  CHECK(live_blocks() == before);
}
