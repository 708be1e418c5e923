// Units for runtime/dict.{h,cpp}: the 48-byte object over a shared empty keys table, the
// str-only (16-byte entries) and general (24-byte entries) tables and their getsizeof, resize
// points on insertion (used * 3 growth, CPython 3.11's minimum-size rounding), no shrinking on
// deletion, shrinking on clear, insertion order across deletions, dict_next iteration,
// reference ownership, repr and equality, KeyError/TypeError messages, MAINTAIN_TRACKING rules,
// the dict and keys free lists and GC counts. Key-sharing instance dicts are covered in
// runtime_instance_test.cpp.
#include <string>
#include <vector>

#include "runtime/dict.h"
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

R key(int i) {
  return str("k" + std::to_string(i));
}

void put(Object* d, Object* k, Object* v) {
  MUST(dict_set_item(d, k, v) == 0);
}

// d = {'k0': 0, ..., 'k{n-1}': n-1}
R str_keyed(int n) {
  R d = own(dict_new());
  for (int i = 0; i < n; ++i) put(d.get(), key(i).get(), num(i).get());
  return d;
}

// The (count, getsizeof) points where inserting count keys changed the size.
std::vector<std::pair<int, ssize>> growth(bool str_keys, int n) {
  R d = own(dict_new());
  std::vector<std::pair<int, ssize>> out;
  ssize prev = getsizeof(d.get());
  for (int i = 0; i < n; ++i) {
    R k = str_keys ? key(i) : num(i);
    put(d.get(), k.get(), k.get());
    if (getsizeof(d.get()) != prev) {
      prev = getsizeof(d.get());
      out.emplace_back(i + 1, prev);
    }
  }
  return out;
}

std::string keys_repr(Object* d) {
  return repr(own(dict_keys_list(d)).get());
}

}  // namespace

RUNTIME_TEST("dict layout: 48-byte object, empty dicts allocate no table") {
  CHECK(sizeof(DictObject) == 48);
  std::size_t blocks = mm::allocated_blocks();
  R d = own(dict_new());
  CHECK(mm::allocated_blocks() == blocks + 1);  // only the object: the empty keys are shared
  CHECK(getsizeof(d.get()) == 64);              // sys.getsizeof({})
  CHECK(sizeof_method(d.get()) == 48);
  R a = str("a"), one = num(1);
  R ds = dict_of({{a.get(), one.get()}});
  CHECK(getsizeof(ds.get()) == 184);  // sys.getsizeof({'a': 1}): 16-byte entries
  R di = dict_of({{one.get(), one.get()}});
  CHECK(getsizeof(di.get()) == 224);  // sys.getsizeof({1: 1}): 24-byte entries
}

RUNTIME_TEST("dicts resize on the 6th, 11th, 22nd, 43rd and 86th insert") {
  // python3: d = {}; d['k%d' % i] = i for i in range(100), recording (count, getsizeof(d))
  const std::vector<std::pair<int, ssize>> str_growth = {{1, 184},  {6, 272},   {11, 464},
                                                         {22, 832}, {43, 1584}, {86, 3328}};
  CHECK(growth(true, 100) == str_growth);
  // python3: the same with d[i] = i
  const std::vector<std::pair<int, ssize>> int_growth = {{1, 224},   {6, 352},   {11, 632},
                                                         {22, 1168}, {43, 2264}, {86, 4688}};
  CHECK(growth(false, 100) == int_growth);
  CHECK(getsizeof(str_keyed(1000).get()) == 26032);  // {'k%d' % i: i for i in range(1000)}
  R r = own(range_new_from_longs(0, 200, 1));
  R fk = own(call_meth(&DictType, "fromkeys", {r.get()}));
  CHECK(getsizeof(fk.get()) == 9304);  // sys.getsizeof(dict.fromkeys(range(200)))
}

RUNTIME_TEST("deleting never shrinks; clear returns to the shared empty table") {
  R d = str_keyed(5);
  CHECK(getsizeof(d.get()) == 184);
  for (int i = 0; i < 5; ++i) MUST(dict_del_item(d.get(), key(i).get()) == 0);
  CHECK(dict_size(d.get()) == 0);
  CHECK(getsizeof(d.get()) == 184);  // python3: after deleting all five keys
  R n = str("new");
  put(d.get(), n.get(), n.get());
  CHECK(getsizeof(d.get()) == 184);  // the full table is rebuilt at the minimum size
  R big = str_keyed(20);
  dict_clear(big.get());
  CHECK(getsizeof(big.get()) == 64);  // python3: d.clear() -> 64
  dict_clear(big.get());              // clearing an empty dict is harmless
  CHECK(dict_size(big.get()) == 0);
}

RUNTIME_TEST("insertion order survives deletions; re-inserted keys go last") {
  R a = str("a"), b = str("b"), c = str("c"), dk = str("d");
  R d = dict_of({{a.get(), num(1).get()}, {b.get(), num(2).get()}, {c.get(), num(3).get()}});
  MUST(dict_del_item(d.get(), b.get()) == 0);
  put(d.get(), dk.get(), num(4).get());
  put(d.get(), b.get(), num(5).get());
  R items = own(dict_items_list(d.get()));
  // python3: d = {'a': 1, 'b': 2, 'c': 3}; del d['b']; d['d'] = 4; d['b'] = 5; list(d.items())
  CHECK(repr(items.get()) == "[('a', 1), ('c', 3), ('d', 4), ('b', 5)]");
  CHECK(keys_repr(d.get()) == "['a', 'c', 'd', 'b']");
  CHECK(repr(own(dict_values_list(d.get())).get()) == "[1, 3, 4, 5]");
  // replacing a value keeps the key's position
  put(d.get(), a.get(), num(10).get());
  CHECK(keys_repr(d.get()) == "['a', 'c', 'd', 'b']");
}

RUNTIME_TEST("dict_next walks live entries in order and skips deleted ones") {
  R d = own(dict_new());
  for (int i = 0; i < 10; ++i) put(d.get(), num(i).get(), num(i * i).get());
  for (int i = 0; i < 10; i += 2) MUST(dict_del_item(d.get(), num(i).get()) == 0);
  std::vector<long long> keys, values;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(d.get(), &pos, &k, &v)) {
    keys.push_back(as_ll(k));
    values.push_back(as_ll(v));
  }
  CHECK(keys == std::vector<long long>{1, 3, 5, 7, 9});
  CHECK(values == std::vector<long long>{1, 9, 25, 49, 81});
  CHECK(!dict_next(d.get(), &pos, &k, &v));  // stays at the end
  CHECK(dict_nentries(d.get()) == 10);       // deleted entries keep their slots until a resize
  CHECK(getsizeof(d.get()) == 352);          // python3: same dict -> 352
  ssize count = 0;
  pos = 0;
  while (dict_next(d.get(), &pos, nullptr, nullptr)) ++count;  // key/value outputs optional
  CHECK(count == 5);
}

RUNTIME_TEST("dict views and iterators: repr, reversal, set operations, mutation errors") {
  R a = str("a"), b = str("b"), c = str("c"), one = num(1), two = num(2);
  R d = dict_of({{a.get(), one.get()}, {b.get(), two.get()}});
  // python3: repr(d.keys()), repr(d.values()), repr(d.items())
  R keys = own(call_meth(d.get(), "keys"));
  CHECK(repr(keys.get()) == "dict_keys(['a', 'b'])");
  CHECK(repr(own(call_meth(d.get(), "values")).get()) == "dict_values([1, 2])");
  R items = own(call_meth(d.get(), "items"));
  CHECK(repr(items.get()) == "dict_items([('a', 1), ('b', 2)])");
  CHECK(getsizeof(keys.get()) == 40);  // sys.getsizeof({}.keys())
  CHECK(object_length(keys.get()) == 2);
  CHECK(sequence_contains(items.get(), tup({a.get(), one.get()}).get()) == 1);
  R only_a = own(set_from_iterable(tup({a.get()}).get()));
  CHECK(repr(own(binary_op(keys.get(), only_a.get(), BINOP_AND)).get()) == "{'a'}");
  R rev = own(call_meth(d.get(), "__reversed__"));
  CHECK(getsizeof(rev.get()) == 72);                                 // sys.getsizeof(reversed(d))
  CHECK(repr(own(sequence_list(rev.get())).get()) == "['b', 'a']");  // list(reversed(d))
  R rev_items = own(call_meth(items.get(), "__reversed__"));
  CHECK(repr(own(sequence_list(rev_items.get())).get()) == "[('b', 2), ('a', 1)]");
  R it = own(get_iter(d.get()));
  own(iter_next(it.get()));
  put(d.get(), c.get(), one.get());
  CHECK(iter_next(it.get()) == nullptr);
  CHECK(take_error() == "RuntimeError: dictionary changed size during iteration");
}

RUNTIME_TEST("deleting and inserting into a full 8-slot table rebuilds it at 16 slots") {
  // python3: d = {'k0'..'k4'}; delete the first n; d['new'] = 1; getsizeof(d)
  for (int ndel = 0; ndel <= 4; ++ndel) {
    INFO("deleted " << ndel);
    R d = str_keyed(5);
    for (int i = 0; i < ndel; ++i) MUST(dict_del_item(d.get(), key(i).get()) == 0);
    put(d.get(), str("new").get(), None());
    CHECK(getsizeof(d.get()) == 272);
  }
}

RUNTIME_TEST("a non-str key converts a str-keyed table to the general layout") {
  R a = str("a"), one = num(1), two = num(2);
  R d = dict_of({{a.get(), one.get()}});
  put(d.get(), one.get(), two.get());
  CHECK(getsizeof(d.get()) == 352);  // python3: d = {'a': 1}; d[1] = 2; getsizeof(d)
  R first_int = dict_of({{one.get(), one.get()}});
  CHECK(getsizeof(first_int.get()) == 224);  // python3: d = {}; d[1] = 1
  CHECK(repr(d.get()) == "{'a': 1, 1: 2}");
}

RUNTIME_TEST("copy and update size the new table like CPython") {
  R a = str("a"), b = str("b"), one = num(1), two = num(2);
  R small = dict_of({{a.get(), one.get()}, {b.get(), two.get()}});
  CHECK(getsizeof(own(dict_copy(small.get())).get()) == 184);  // {'a': 1, 'b': 2}.copy()
  R upd = own(dict_new());
  MUST(dict_update(upd.get(), small.get()) == 0);
  CHECK(getsizeof(upd.get()) == 184);  // d = {}; d.update({'a': 1, 'b': 2})
  R six = str_keyed(6);
  R upd6 = own(dict_new());
  MUST(dict_update(upd6.get(), six.get()) == 0);
  CHECK(getsizeof(upd6.get()) == 272);  // d = {}; d.update({6 str keys})
  // a sparse table (most entries deleted) is not cloned but rebuilt
  R sparse = own(dict_new());
  for (int i = 0; i < 10; ++i) put(sparse.get(), num(i).get(), num(i).get());
  for (int i = 0; i < 8; ++i) MUST(dict_del_item(sparse.get(), num(i).get()) == 0);
  CHECK(getsizeof(own(dict_copy(sparse.get())).get()) == 352);  // python3 -> 352
  R half = own(dict_new());
  for (int i = 0; i < 10; ++i) put(half.get(), num(i).get(), num(i).get());
  for (int i = 0; i < 10; i += 2) MUST(dict_del_item(half.get(), num(i).get()) == 0);
  R half_copy = own(dict_copy(half.get()));
  CHECK(getsizeof(half_copy.get()) == 224);  // python3: 5 of 10 left, copy -> 224
  CHECK(keys_repr(half_copy.get()) == "[1, 3, 5, 7, 9]");
}

RUNTIME_TEST("dicts own their keys and values") {
  R k = own(str_from_utf8("a key that is not interned"));
  R v = own(int_from_i64(4242424));
  R d = own(dict_new());
  put(d.get(), k.get(), v.get());
  CHECK(k->refcnt == 2);
  CHECK(v->refcnt == 2);
  // an equal but distinct key replaces the value and keeps the original key object
  R k2 = own(str_from_utf8("a key that is not interned"));
  R v2 = own(int_from_i64(5353535));
  put(d.get(), k2.get(), v2.get());
  CHECK(k->refcnt == 2);
  CHECK(k2->refcnt == 1);
  CHECK(v->refcnt == 1);
  CHECK(v2->refcnt == 2);
  ssize pos = 0;
  Object *sk, *sv;
  MUST(dict_next(d.get(), &pos, &sk, &sv));
  CHECK(sk == k.get());                                 // python3: the first key object stays
  CHECK(dict_get_item(d.get(), k2.get()) == v2.get());  // borrowed: no new reference
  CHECK(v2->refcnt == 2);
  bool found = false;
  R popped = own(dict_pop_item(d.get(), k2.get(), &found));
  CHECK(found);
  CHECK(popped.get() == v2.get());
  CHECK(v2->refcnt == 2);  // ours + `popped`
  CHECK(k->refcnt == 1);   // the dict dropped its key
  CHECK(dict_pop_item(d.get(), k2.get(), &found) == nullptr);
  CHECK(!found);
  CHECK(!err_occurred());
  Object* def = dict_set_default(d.get(), k.get(), v.get());
  CHECK(def == v.get());
  CHECK(v->refcnt == 2);
  Object* again = dict_set_default(d.get(), k.get(), v2.get());
  CHECK(again == v.get());  // existing value returned, default not stored
  CHECK(v2->refcnt == 2);
  MUST(dict_del_item(d.get(), k.get()) == 0);
  CHECK(k->refcnt == 1);
  CHECK(v->refcnt == 1);
  put(d.get(), k.get(), v.get());
  dict_clear(d.get());
  CHECK(k->refcnt == 1);
  CHECK(v->refcnt == 1);
}

RUNTIME_TEST("dict repr and equality") {
  R a = str("a"), b = str("b"), x = str("x"), one = num(1), two = num(2), three = num(3);
  R inner = lst({one.get(), tup({two.get()}).get()});
  R d = dict_of({{a.get(), inner.get()}, {three.get(), x.get()}});
  CHECK(repr(d.get()) == "{'a': [1, (2,)], 3: 'x'}");  // python3: repr({'a': [1, (2,)], 3: 'x'})
  R self_ref = own(dict_new());
  put(self_ref.get(), one.get(), self_ref.get());
  CHECK(repr(self_ref.get()) == "{1: {...}}");  // python3: d = {}; d[1] = d
  dict_clear(self_ref.get());
  R a1 = dict_of({{a.get(), one.get()}});
  R a1b = dict_of({{a.get(), one.get()}});
  R a2 = dict_of({{a.get(), two.get()}});
  R b1 = dict_of({{b.get(), one.get()}});
  CHECK(rich_compare_bool(a1.get(), a1b.get(), CMP_EQ) == 1);
  CHECK(rich_compare_bool(a1.get(), a2.get(), CMP_EQ) == 0);
  CHECK(rich_compare_bool(a1.get(), b1.get(), CMP_NE) == 1);
  CHECK(rich_compare(a1.get(), a1b.get(), CMP_LT) == nullptr);
  CHECK(take_error() == "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

RUNTIME_TEST("dict errors carry CPython's messages") {
  R d = own(dict_new());
  R x = str("x"), one = num(1), two = num(2);
  CHECK(get_item(d.get(), x.get()) == nullptr);
  CHECK(take_error() == "KeyError: 'x'");
  R t = tup({one.get(), two.get()});
  CHECK(get_item(d.get(), t.get()) == nullptr);
  CHECK(take_error() == "KeyError: (1, 2)");  // a tuple key is the single argument
  CHECK(dict_del_item(d.get(), x.get()) == -1);
  CHECK(take_error() == "KeyError: 'x'");
  R k = str("k");
  CHECK(call_meth(d.get(), "pop", {k.get()}) == nullptr);
  CHECK(take_error() == "KeyError: 'k'");
  CHECK(call_meth(d.get(), "popitem") == nullptr);
  CHECK(take_error() == "KeyError: 'popitem(): dictionary is empty'");
  R l = own(list_new(0));
  CHECK(dict_set_item(d.get(), l.get(), one.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  CHECK(get_item(d.get(), l.get()) == nullptr);
  CHECK(take_error() == "TypeError: unhashable type: 'list'");
  CHECK(object_hash(d.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'dict'");
  CHECK(dict_get_item(d.get(), l.get()) == nullptr);  // the plain lookup swallows the error
  CHECK(!err_occurred());
  CHECK(dict_get_item_with_error(d.get(), x.get()) == nullptr);
  CHECK(!err_occurred());  // missing key: no exception
}

RUNTIME_TEST("dicts start untracked and become tracked when they receive a container") {
  R a = str("a"), one = num(1), two = num(2), b = str("b");
  R d = own(dict_new());
  CHECK(!tracked(d.get()));  // python3: gc.is_tracked({}) -> False
  put(d.get(), a.get(), one.get());
  CHECK(!tracked(d.get()));  // {'a': 1} -> False
  put(d.get(), b.get(), b.get());
  CHECK(!tracked(d.get()));  // {'a': 'b'} -> False
  R e = own(tuple_empty());
  put(d.get(), two.get(), e.get());
  CHECK(!tracked(d.get()));  // {'a': ()} -> False: the empty tuple is untracked
  R t = tup({one.get(), two.get()});
  R dt = dict_of({{a.get(), t.get()}});
  CHECK(tracked(dt.get()));  // {'a': (1, 2)} -> True: the tuple is still tracked
  R tk = dict_of({{t.get(), one.get()}});
  CHECK(tracked(tk.get()));  // {(1, 2): 1} -> True
  R l = own(list_new(0));
  R dl = dict_of({{a.get(), l.get()}});
  CHECK(tracked(dl.get()));  // {'a': []} -> True
  MUST(dict_del_item(dl.get(), a.get()) == 0);
  CHECK(tracked(dl.get()));  // deleting does not untrack (only a collection would)
  R copy = own(dict_copy(dt.get()));
  CHECK(tracked(copy.get()));
}

RUNTIME_TEST("dict and keys free lists keep 80 each and do not move gc counts") {
  CHECK(dict_free_list_count() == 0);
  int count0 = gc_count0();
  std::size_t blocks = mm::allocated_blocks();
  Object* d = dict_new();
  R a = str("a");
  MUST(dict_set_item(d, a.get(), None()) == 0);
  CHECK(mm::allocated_blocks() == blocks + 2);  // the object and its 8-slot keys table
  CHECK(gc_count0() == count0 + 1);
  decref(d);
  CHECK(dict_free_list_count() == 1);
  CHECK(mm::allocated_blocks() == blocks + 2);  // both kept for reuse
  R again = own(dict_new());
  CHECK(again.get() == d);
  MUST(dict_set_item(again.get(), a.get(), None()) == 0);
  CHECK(mm::allocated_blocks() == blocks + 2);  // the keys table came from its free list too
  CHECK(gc_count0() == count0 + 1);
  std::vector<Object*> many;
  for (int i = 0; i < 100; ++i) many.push_back(dict_new());
  for (Object* o : many) decref(o);
  CHECK(dict_free_list_count() == 80);
}

RUNTIME_TEST("a 200 000-deep nesting of dicts is freed without recursion") {
  R k = str("inner");
  std::size_t before = live_blocks();
  R d = own(dict_new());
  for (int i = 0; i < 200'000; ++i) {
    R outer = own(dict_new());
    put(outer.get(), k.get(), d.get());
    d = std::move(outer);
  }
  d.reset();
  CHECK(live_blocks() == before);
}
