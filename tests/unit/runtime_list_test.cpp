// Units for runtime/list.{h,cpp}: the 40-byte layout and getsizeof, CPython 3.11's
// over-allocation on append / insert / extend and its shrink rule on pop and deletion, exact
// sizes of list(range(n)), [x]*n, slices and concatenation, reference ownership of every
// mutator, repr and rich comparison, IndexError/ValueError/TypeError messages, the free list of
// 80 list objects, GC tracking and counts, and freeing a 1 000 000-deep nested list (trashcan).
#include <vector>

#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

R empty_list() {
  return own(list_new(0));
}

// pops the last item (list.pop())
void pop_last(Object* l) {
  own(call_meth(l, "pop"));
}

}  // namespace

RUNTIME_TEST("list layout: 40-byte object + 16 GC head, item array of allocated slots") {
  CHECK(sizeof(ListObject) == 40);
  R l = empty_list();
  CHECK(getsizeof(l.get()) == 56);      // sys.getsizeof([])
  CHECK(sizeof_method(l.get()) == 40);  // [].__sizeof__()
  CHECK(list_capacity(l.get()) == 0);
  CHECK(list_items(l.get()) == nullptr);  // nothing allocated for an empty list
  R ten = own(list_new(10));
  CHECK(list_size(ten.get()) == 10);
  CHECK(list_get(ten.get(), 9) == nullptr);  // fresh slots are null until list_set_new
  for (ssize i = 0; i < 10; ++i) list_set_new(ten.get(), i, none_new_ref());
  CHECK(getsizeof(ten.get()) == 136);  // sys.getsizeof([None] * 10)
}

RUNTIME_TEST("append over-allocates 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, 92, ...") {
  R l = empty_list();
  std::vector<ssize> caps;
  for (int i = 0; i < 200; ++i) {
    MUST(list_append(l.get(), None()) == 0);
    if (caps.empty() || caps.back() != list_capacity(l.get())) {
      caps.push_back(list_capacity(l.get()));
    }
  }
  // python3: capacities seen while appending 200 items, (getsizeof(l) - 56) // 8
  const std::vector<ssize> expected = {4,  8,  16,  24,  32,  40,  52, 64,
                                       76, 92, 108, 128, 148, 172, 200};
  CHECK(caps == expected);
}

RUNTIME_TEST("getsizeof after n appends: 88, 120, 184, 248, 312, 376 (memory-facts 1.4)") {
  R l = empty_list();
  const std::pair<int, ssize> expected[] = {{1, 88},   {4, 88},   {5, 120},  {8, 120},
                                            {9, 184},  {16, 184}, {17, 248}, {24, 248},
                                            {25, 312}, {32, 312}, {33, 376}, {40, 376}};
  int n = 0;
  for (auto [count, size] : expected) {
    while (n < count) {
      MUST(list_append(l.get(), None()) == 0);
      ++n;
    }
    INFO("after " << count << " appends");
    CHECK(getsizeof(l.get()) == size);
  }
}

RUNTIME_TEST("pop reallocates only below half the capacity") {
  R l = int_range_list(100);
  std::vector<std::pair<ssize, ssize>> shrinks;  // (length, new capacity)
  ssize prev = list_capacity(l.get());
  while (list_size(l.get()) > 0) {
    pop_last(l.get());
    if (list_capacity(l.get()) != prev) {
      prev = list_capacity(l.get());
      shrinks.emplace_back(list_size(l.get()), prev);
    }
  }
  // python3: l = list(range(100)); pop until empty, recording (len(l), capacity) at each change
  const std::vector<std::pair<ssize, ssize>> expected = {{49, 60}, {29, 36}, {17, 24}, {11, 16},
                                                         {7, 12},  {5, 8},   {1, 4},   {0, 0}};
  CHECK(shrinks == expected);
  CHECK(getsizeof(l.get()) == 56);
}

RUNTIME_TEST("list(range(n)), [x]*n, slices and concatenation allocate exactly") {
  // python3: (getsizeof(list(range(n))) - 56) // 8 for n in (0, 1, 2, 3, 5, 7, 9, 10, 17)
  const std::pair<long, ssize> from_range[] = {{0, 0}, {1, 2},  {2, 2},   {3, 4},  {5, 6},
                                               {7, 8}, {9, 10}, {10, 10}, {17, 18}};
  for (auto [n, cap] : from_range) {
    INFO("list(range(" << n << "))");
    R r = own(range_new_from_longs(0, n, 1));
    R l = own(sequence_list(r.get()));
    CHECK(list_size(l.get()) == n);
    CHECK(list_capacity(l.get()) == cap);
  }
  R one = lst({None()});
  for (long n : {0L, 1L, 3L, 5L, 10L}) {
    INFO("[None] * " << n);
    R count = num(n);
    R l = own(binary_op(one.get(), count.get(), BINOP_MULTIPLY));
    CHECK(list_capacity(l.get()) == n);  // python3: (getsizeof([None]*n) - 56) // 8 == n
  }
  R a = lst({None(), None()});
  R b = lst({None()});
  R cat = own(binary_op(a.get(), b.get(), BINOP_ADD));
  CHECK(getsizeof(cat.get()) == 80);  // sys.getsizeof([1, 2] + [3])
  R three = int_range_list(3);
  R sliced = own(list_get_slice(three.get(), 0, 2));
  CHECK(getsizeof(sliced.get()) == 72);  // sys.getsizeof([1, 2, 3][:2])
  CHECK(list_capacity(own(list_get_slice(three.get(), 2, 1)).get()) == 0);
}

RUNTIME_TEST("extend: an empty list gets the exact length rounded up to even") {
  R three = int_range_list(3);
  R l = empty_list();
  MUST(list_extend(l.get(), three.get()) == 0);
  CHECK(list_capacity(l.get()) == 4);  // python3: l = []; l.extend([1, 2, 3]) -> 88 bytes
  CHECK(getsizeof(l.get()) == 88);     // also the literal [1, 2, 3]
  R five = int_range_list(5);
  R l5 = empty_list();
  MUST(list_extend(l5.get(), five.get()) == 0);
  CHECK(getsizeof(l5.get()) == 104);  // sys.getsizeof([1, 2, 3, 4, 5])
  R l1 = lst({None()});
  MUST(list_extend(l1.get(), three.get()) == 0);
  CHECK(list_capacity(l1.get()) == 8);  // python3: l = [1]; l.extend([1, 2, 3])
  R l4 = int_range_list(4);
  R r10 = own(range_new_from_longs(0, 10, 1));
  MUST(list_extend(l4.get(), r10.get()) == 0);
  CHECK(list_capacity(l4.get()) == 16);  // python3: l = [1, 2, 3, 4]; l.extend(range(10))
  R l4b = int_range_list(4);
  R hundred = int_range_list(100);
  MUST(list_extend(l4b.get(), hundred.get()) == 0);
  CHECK(list_capacity(l4b.get()) == 104);  // python3: ... l.extend(list(range(100)))
  R l_iter = empty_list();
  R it = own(get_iter(five.get()));
  MUST(list_extend(l_iter.get(), it.get()) == 0);
  CHECK(getsizeof(l_iter.get()) == 104);  // python3: x = []; x.extend(iter(range(5)))
  R self_ext = int_range_list(3);
  MUST(list_extend(self_ext.get(), self_ext.get()) == 0);  // l.extend(l)
  CHECK(repr(self_ext.get()) == "[0, 1, 2, 0, 1, 2]");
}

RUNTIME_TEST("insert grows like append; [0]*8 then append gives 16; del of a slice shrinks") {
  R l = empty_list();
  std::vector<ssize> caps;
  for (int i = 0; i < 30; ++i) {
    R v = num(i);
    MUST(list_insert(l.get(), 0, v.get()) == 0);
    if (caps.empty() || caps.back() != list_capacity(l.get())) {
      caps.push_back(list_capacity(l.get()));
    }
  }
  CHECK(caps == std::vector<ssize>{4, 8, 16, 24, 32});  // python3: l.insert(0, i) x 30
  CHECK(as_ll(list_get(l.get(), 0)) == 29);
  CHECK(as_ll(list_get(l.get(), 29)) == 0);

  R zero = num(0);
  R eight = num(8);
  R base = lst({zero.get()});
  R l8 = own(binary_op(base.get(), eight.get(), BINOP_MULTIPLY));
  MUST(list_append(l8.get(), zero.get()) == 0);
  CHECK(list_capacity(l8.get()) == 16);  // python3: x = [0]*8; x.append(1)

  R l10 = int_range_list(10);
  R two = num(2);
  R nine = num(9);
  R sl = own(slice_new(two.get(), nine.get(), nullptr));
  MUST(del_item(l10.get(), sl.get()) == 0);
  CHECK(repr(l10.get()) == "[0, 1, 9]");
  CHECK(list_capacity(l10.get()) == 8);  // python3: l = list(range(10)); del l[2:9]

  own(call_meth(l10.get(), "clear"));
  CHECK(getsizeof(l10.get()) == 56);  // python3: l.clear() -> 56
}

RUNTIME_TEST("insert clamps indices like list.insert") {
  R l = int_range_list(3);
  R a = num(9), b = num(7), c = num(-1);
  MUST(list_insert(l.get(), -1, a.get()) == 0);
  MUST(list_insert(l.get(), 100, b.get()) == 0);
  MUST(list_insert(l.get(), -100, c.get()) == 0);
  CHECK(repr(l.get()) == "[-1, 0, 1, 9, 2, 7]");  // python3, same inserts on [0, 1, 2]
}

RUNTIME_TEST("mutators own references: append increfs, append_steal and set_item steal") {
  R item = own(int_from_i64(98765));
  R l = empty_list();
  MUST(list_append(l.get(), item.get()) == 0);
  CHECK(item->refcnt == 2);
  MUST(list_append_steal(l.get(), new_ref(item.get())) == 0);
  CHECK(item->refcnt == 3);
  MUST(list_insert(l.get(), 0, item.get()) == 0);
  CHECK(item->refcnt == 4);
  R other = own(int_from_i64(12345));
  MUST(list_set_item(l.get(), 0, new_ref(other.get())) == 0);  // steals; drops the old item
  CHECK(item->refcnt == 3);
  CHECK(other->refcnt == 2);
  // an out-of-range set_item still consumes the value
  MUST(list_set_item(l.get(), 10, new_ref(other.get())) == -1);
  CHECK(take_error() == "IndexError: list assignment index out of range");
  CHECK(other->refcnt == 2);
  {
    R popped = own(call_meth(l.get(), "pop"));  // the popped reference moves to the caller
    CHECK(popped.get() == item.get());
    CHECK(item->refcnt == 3);
  }
  CHECK(item->refcnt == 2);
  R t = own(list_as_tuple(l.get()));
  CHECK(item->refcnt == 3);
  t.reset();
  l.reset();  // dealloc drops every item
  CHECK(item->refcnt == 1);
  CHECK(other->refcnt == 1);
}

RUNTIME_TEST("list errors carry CPython's messages") {
  R l = int_range_list(3);
  R five = num(5);
  CHECK(get_item(l.get(), five.get()) == nullptr);
  CHECK(take_error() == "IndexError: list index out of range");
  CHECK(set_item(l.get(), five.get(), five.get()) == -1);
  CHECK(take_error() == "IndexError: list assignment index out of range");
  R empty = empty_list();
  CHECK(call_meth(empty.get(), "pop") == nullptr);
  CHECK(take_error() == "IndexError: pop from empty list");
  R ten = num(10);
  CHECK(call_meth(l.get(), "pop", {ten.get()}) == nullptr);
  CHECK(take_error() == "IndexError: pop index out of range");
  R nine = num(9);
  CHECK(call_meth(l.get(), "remove", {nine.get()}) == nullptr);
  CHECK(take_error() == "ValueError: list.remove(x): x not in list");
  CHECK(call_meth(l.get(), "index", {nine.get()}) == nullptr);
  CHECK(take_error() == "ValueError: 9 is not in list");
  R a = str("a");
  CHECK(get_item(l.get(), a.get()) == nullptr);
  CHECK(take_error() == "TypeError: list indices must be integers or slices, not str");
  CHECK(object_hash(l.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  R la = lst({a.get()});
  R l1 = lst({five.get()});
  CHECK(rich_compare(l1.get(), la.get(), CMP_LT) == nullptr);
  CHECK(take_error() == "TypeError: '<' not supported between instances of 'int' and 'str'");
  R t = tup({five.get()});
  CHECK(binary_op(l.get(), t.get(), BINOP_ADD) == nullptr);
  CHECK(take_error() == "TypeError: can only concatenate list (not \"tuple\") to list");
  R zero = num(0);
  R bad = own(slice_new(nullptr, nullptr, zero.get()));
  CHECK(get_item(l.get(), bad.get()) == nullptr);
  CHECK(take_error() == "ValueError: slice step cannot be zero");
  R neg = num(-4);
  CHECK(get_item(l.get(), neg.get()) == nullptr);
  CHECK(take_error() == "IndexError: list index out of range");
  R last = own(get_item(l.get(), own(int_from_i64(-1)).get()));
  CHECK(as_ll(last.get()) == 2);
}

RUNTIME_TEST("list repr, including nested and recursive lists") {
  R a = str("a");
  R one = num(1), two = num(2), neg = num(-3);
  R inner_t = tup({two.get()});
  R inner_l = empty_list();
  R f = flt(1.5);
  R k = str("k");
  R d = dict_of({{k.get(), None()}});
  R l = lst({one.get(), a.get(), inner_t.get(), inner_l.get(), d.get(), f.get(), neg.get(), True(),
             None()});
  // python3: repr([1, 'a', (2,), [], {'k': None}, 1.5, -3, True, None])
  CHECK(repr(l.get()) == "[1, 'a', (2,), [], {'k': None}, 1.5, -3, True, None]");
  R self_ref = empty_list();
  MUST(list_append(self_ref.get(), self_ref.get()) == 0);
  CHECK(repr(self_ref.get()) == "[[...]]");  // python3: x = []; x.append(x); repr(x)
  MUST(list_set_item(self_ref.get(), 0, none_new_ref()) == 0);  // break the cycle
}

RUNTIME_TEST("list rich comparison is lexicographic") {
  R one = num(1), two = num(2), three = num(3), five = num(5);
  R l12 = lst({one.get(), two.get()});
  R l13 = lst({one.get(), three.get()});
  R l12b = lst({one.get(), two.get()});
  R l1 = lst({one.get()});
  R l2 = lst({two.get()});
  R l15 = lst({one.get(), five.get()});
  CHECK(rich_compare_bool(l12.get(), l13.get(), CMP_LT) == 1);  // [1, 2] < [1, 3]
  CHECK(rich_compare_bool(l12.get(), l12b.get(), CMP_EQ) == 1);
  CHECK(rich_compare_bool(l12.get(), l12b.get(), CMP_NE) == 0);
  CHECK(rich_compare_bool(l1.get(), l12.get(), CMP_LT) == 1);  // [1] < [1, 2]
  CHECK(rich_compare_bool(l2.get(), l15.get(), CMP_GT) == 1);  // [2] > [1, 5]
  CHECK(rich_compare_bool(l12.get(), l1.get(), CMP_LE) == 0);
  CHECK(rich_compare_bool(l12.get(), l13.get(), CMP_GE) == 0);
  R t12 = tup({one.get(), two.get()});
  CHECK(rich_compare_bool(l12.get(), t12.get(), CMP_EQ) == 0);  // [1, 2] == (1, 2) -> False
}

RUNTIME_TEST("sort is stable, honours reverse and key, and reverse keeps stability") {
  R one = num(1), two = num(2), three = num(3);
  R l = lst({three.get(), one.get(), two.get()});
  MUST(list_sort(l.get(), nullptr, false) == 0);
  CHECK(repr(l.get()) == "[1, 2, 3]");
  R a = str("a"), b = str("b"), c = str("c");
  R s = lst({b.get(), a.get(), c.get()});
  MUST(list_sort(s.get(), nullptr, true) == 0);
  CHECK(repr(s.get()) == "['c', 'b', 'a']");
  // key=str.__len__ (a wrapper_descriptor): equal keys keep their order, also with reverse
  Object* by_len = type_lookup_cstr(&StrType, "__len__");
  MUST(by_len != nullptr);
  R bb = str("bb"), cc = str("cc"), d = str("d");
  R words = lst({bb.get(), a.get(), cc.get(), d.get()});
  MUST(list_sort(words.get(), by_len, false) == 0);
  CHECK(repr(words.get()) == "['a', 'd', 'bb', 'cc']");  // sorted(..., key=len)
  R words2 = lst({bb.get(), a.get(), cc.get(), d.get()});
  MUST(list_sort(words2.get(), by_len, true) == 0);
  CHECK(repr(words2.get()) == "['bb', 'cc', 'a', 'd']");  // sorted(..., key=len, reverse=True)
  R mixed = lst({one.get(), a.get()});
  CHECK(list_sort(mixed.get(), nullptr, false) == -1);
  CHECK(take_error() == "TypeError: '<' not supported between instances of 'str' and 'int'");
  CHECK(list_size(mixed.get()) == 2);  // the items are back in the list after the failure
  MUST(list_reverse(l.get()) == 0);
  CHECK(repr(l.get()) == "[3, 2, 1]");
}

RUNTIME_TEST("free list: a freed list object is reused without touching the allocator") {
  CHECK(list_free_list_count() == 0);  // the fixture empties free lists before each case
  std::size_t base = mm::allocated_blocks();
  int count0 = gc_count0();
  Object* first = list_new(0);
  CHECK(mm::allocated_blocks() == base + 1);  // the object; an empty list has no item array
  CHECK(gc_count0() == count0 + 1);
  decref(first);
  CHECK(list_free_list_count() == 1);
  CHECK(mm::allocated_blocks() == base + 1);  // kept on the free list
  CHECK(gc_count0() == count0 + 1);           // free-listed objects do not move gc counts
  R again = own(list_new(0));
  CHECK(again.get() == first);  // same memory
  CHECK(list_free_list_count() == 0);
  CHECK(mm::allocated_blocks() == base + 1);
  CHECK(gc_count0() == count0 + 1);
  // at most 80 are kept
  std::vector<Object*> many;
  for (int i = 0; i < 100; ++i) many.push_back(list_new(0));
  for (Object* o : many) decref(o);
  CHECK(list_free_list_count() == 80);
}

RUNTIME_TEST("lists are tracked from creation and untracked when freed") {
  int count0 = gc_count0();
  R l = empty_list();
  CHECK(tracked(l.get()));
  CHECK(gc_count0() == count0 + 1);
  R copy = own(list_get_slice(l.get(), 0, 0));
  CHECK(tracked(copy.get()));
  CHECK(gc_count0() == count0 + 2);
  Object* raw = copy.release();
  decref(raw);  // onto the free list: untracked, counts unchanged
  CHECK(!tracked(raw));
  CHECK(gc_count0() == count0 + 2);
  list_clear_free_list();  // really freed now
  CHECK(gc_count0() == count0 + 1);
}

RUNTIME_TEST("a 1 000 000-deep nested list is freed without recursion (trashcan)") {
  std::size_t before = mm::allocated_blocks();
  Object* outer = list_new(0);
  for (int i = 0; i < 1'000'000; ++i) {
    Object* wrapper = list_new(1);
    list_set_new(wrapper, 0, outer);  // steals
    outer = wrapper;
  }
  CHECK(mm::allocated_blocks() > before + 1'000'000);
  decref(outer);
  CHECK(list_free_list_count() == 80);
  CHECK(live_blocks() == before);
}
