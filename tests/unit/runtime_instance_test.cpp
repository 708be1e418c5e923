// Units for runtime/instance.{h,cpp} and the split ("key-sharing") dicts of dict.cpp: the
// 56-byte plain instance (24 + GC head + managed-dict pre-header) whatever its attributes,
// CPython 3.11's values-array sizing heuristic as seen by getsizeof(obj.__dict__), per-instance
// attribute order over shared keys, the fall-back to a combined dict past 30 names, copying and
// converting split dicts, __slots__ layouts, reference ownership, GC tracking, and freeing a
// class with its instances. Classes are made with type_new_from_namespace (make_class).
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

// A class made for one test case; cleared and released when the case ends.
struct TempClass {
  R cls;
  explicit TempClass(const char* name,
                     std::initializer_list<std::pair<const char*, Object*>> ns = {})
      : cls(make_class(name, ns)) {}
  ~TempClass() { destroy_class(cls); }
  R make() const { return own(call_no_args(cls.get())); }
};

void setattr(Object* o, const char* name, Object* v) {
  MUST(set_attr_cstr(o, name, v) == 0);
}

R dict_of_instance(Object* o) {
  return own(object_get_dict(o));
}

std::string attr_names(Object* o) {
  return repr(own(dict_keys_list(dict_of_instance(o).get())).get());
}

}  // namespace

RUNTIME_TEST("a plain instance is 56 bytes however many attributes it has") {
  TempClass c("C");
  auto* t = static_cast<TypeObject*>(c.cls.get());
  CHECK(t->basicsize == 24);  // python3: C.__basicsize__ (header + __weakref__ slot)
  CHECK(type_has_flag(t, TPFLAG_MANAGED_DICT));
  CHECK(is_gc_type(t));
  R o = c.make();
  CHECK(getsizeof(o.get()) == 56);      // sys.getsizeof(C())
  CHECK(sizeof_method(o.get()) == 24);  // C().__sizeof__()
  for (int i = 0; i < 10; ++i) setattr(o.get(), ("a" + std::to_string(i)).c_str(), num(i).get());
  CHECK(getsizeof(o.get()) == 56);
  CHECK(tracked(o.get()));
  CHECK(instance_values_ptr(o.get()) != nullptr);  // attributes live in the values array
  CHECK(instance_dict_ptr(o.get()) == nullptr);    // no dict until one is asked for
}

RUNTIME_TEST("getsizeof(obj.__dict__) follows CPython's shrinking values arrays") {
  TempClass c("C");
  std::vector<ssize> sizes;
  std::vector<R> keep;
  for (int i = 0; i < 40; ++i) {
    R o = c.make();
    setattr(o.get(), "x", num(1).get());
    sizes.push_back(getsizeof(dict_of_instance(o.get()).get()));
    keep.push_back(std::move(o));
  }
  // python3: class C: pass; for 40 new instances: o.x = 1; sys.getsizeof(o.__dict__)
  std::vector<ssize> expected;
  for (ssize s = 296; s >= 88; s -= 8) expected.push_back(s);
  while (expected.size() < 40) expected.push_back(80);
  CHECK(sizes == expected);
  TempClass f("F");
  R first = f.make();
  CHECK(getsizeof(dict_of_instance(first.get()).get()) == 296);  // fresh class, no attributes
  R second = f.make();
  setattr(second.get(), "z", num(1).get());
  CHECK(getsizeof(dict_of_instance(second.get()).get()) == 288);
}

RUNTIME_TEST("instances share keys but keep their own attribute order") {
  TempClass d("D");
  R a = d.make(), b = d.make();
  setattr(a.get(), "x", num(1).get());
  setattr(a.get(), "y", num(2).get());
  setattr(b.get(), "y", num(3).get());
  setattr(b.get(), "x", num(4).get());
  // python3: list(vars(a)), list(vars(b))
  CHECK(attr_names(a.get()) == "['x', 'y']");
  CHECK(attr_names(b.get()) == "['y', 'x']");
  CHECK(getsizeof(dict_of_instance(a.get()).get()) == 288);
  CHECK(getsizeof(dict_of_instance(b.get()).get()) == 288);
  // deleting and setting again moves the attribute to the end
  MUST(del_attr(a.get(), own(str_intern_cstr("x")).get()) == 0);
  setattr(a.get(), "x", num(5).get());
  CHECK(attr_names(a.get()) == "['y', 'x']");
  R x = own(get_attr_cstr(a.get(), "x"));
  CHECK(as_ll(x.get()) == 5);
  CHECK(get_attr_cstr(a.get(), "missing") == nullptr);
  CHECK(take_error() == "AttributeError: 'D' object has no attribute 'missing'");
}

RUNTIME_TEST("more than 30 attribute names fall back to a combined dict") {
  TempClass e("E");
  R o = e.make();
  for (int i = 0; i < 35; ++i) setattr(o.get(), ("a" + std::to_string(i)).c_str(), num(i).get());
  R d = dict_of_instance(o.get());
  CHECK(dict_size(d.get()) == 35);
  CHECK(getsizeof(d.get()) == 1584);  // python3: 35 attributes, sys.getsizeof(e.__dict__)
  CHECK(getsizeof(o.get()) == 56);
  R items = own(dict_keys_list(d.get()));
  CHECK(repr(own(list_get_slice(items.get(), 0, 3)).get()) == "['a0', 'a1', 'a2']");
}

RUNTIME_TEST("copying and converting an instance dict") {
  TempClass g("G");
  R o = g.make();
  setattr(o.get(), "a", num(1).get());
  setattr(o.get(), "b", num(2).get());
  R d = dict_of_instance(o.get());
  R copy = own(dict_copy(d.get()));
  CHECK(getsizeof(copy.get()) == 296);  // python3: gg.__dict__.copy()
  CHECK(repr(copy.get()) == "{'a': 1, 'b': 2}");
  R c = str("c");
  MUST(dict_set_item(d.get(), c.get(), num(3).get()) == 0);
  CHECK(getsizeof(d.get()) == 296);
  CHECK(attr_names(o.get()) == "['a', 'b', 'c']");  // the dict is the instance's storage
  R one = num(1);
  MUST(dict_set_item(d.get(), one.get(), one.get()) == 0);
  CHECK(getsizeof(d.get()) == 352);  // python3: a non-str key converts it to a general table
  CHECK(repr(d.get()) == "{'a': 1, 'b': 2, 'c': 3, 1: 1}");
}

RUNTIME_TEST("popitem on an instance dict converts it at the shared keys' size") {
  TempClass h("H");
  R o = h.make();
  setattr(o.get(), "a", num(1).get());
  R d = dict_of_instance(o.get());
  R item = own(call_meth(d.get(), "popitem"));
  CHECK(repr(item.get()) == "('a', 1)");
  CHECK(getsizeof(d.get()) == 832);  // python3: h.a = 1; d = h.__dict__; d.popitem(); getsizeof(d)
  CHECK(dict_size(d.get()) == 0);
}

RUNTIME_TEST("__slots__ instances: 16 + 8 per slot (+ __weakref__) + GC head") {
  R ab = tup({str("a").get(), str("b").get()});
  R abc = tup({str("a").get(), str("b").get(), str("c").get()});
  R none = own(tuple_empty());
  R abw = tup({str("a").get(), str("b").get(), str("__weakref__").get()});
  TempClass s2("S2", {{"__slots__", ab.get()}});
  TempClass s3("S3", {{"__slots__", abc.get()}});
  TempClass s0("S0", {{"__slots__", none.get()}});
  TempClass sw("SW", {{"__slots__", abw.get()}});
  // python3: sys.getsizeof of an instance of each
  CHECK(getsizeof(s2.make().get()) == 48);
  CHECK(getsizeof(s3.make().get()) == 56);
  CHECK(getsizeof(s0.make().get()) == 32);
  CHECK(getsizeof(sw.make().get()) == 56);
  CHECK(static_cast<TypeObject*>(s2.cls.get())->basicsize == 32);  // S2.__basicsize__
  R o = s0.make();
  CHECK(tracked(o.get()));  // python3: gc.is_tracked(S0()) -> True
  R p = s2.make();
  setattr(p.get(), "a", num(7).get());
  CHECK(as_ll(own(get_attr_cstr(p.get(), "a")).get()) == 7);
  CHECK(get_attr_cstr(p.get(), "b") == nullptr);
  CHECK(take_error() == "AttributeError: 'S2' object has no attribute 'b'");
  CHECK(set_attr_cstr(p.get(), "zz", None()) == -1);
  CHECK(take_error() == "AttributeError: 'S2' object has no attribute 'zz'");
}

RUNTIME_TEST("attributes hold references; freeing the instance drops them") {
  TempClass c("C");
  R value = own(int_from_i64(8080808));
  {
    R o = c.make();
    setattr(o.get(), "attr", value.get());
    CHECK(value->refcnt == 2);  // python3: getrefcount goes 2 -> 3 with the argument
    R d = dict_of_instance(o.get());
    CHECK(value->refcnt == 2);  // materialising __dict__ moves, not copies, the reference
    setattr(o.get(), "attr", None());
    CHECK(value->refcnt == 1);
    setattr(o.get(), "attr", value.get());
  }
  CHECK(value->refcnt == 1);
}

RUNTIME_TEST("instances and their class: gc counts and freeing") {
  int count0 = gc_count0();
  std::size_t blocks = mm::allocated_blocks();
  {
    TempClass c("C");
    int after_class = gc_count0();
    CHECK(after_class > count0);
    R o = c.make();
    CHECK(gc_count0() == after_class + 1);  // one GC object; the values array is not one
    CHECK(c.cls->refcnt >= 2);              // instances hold their heap type
  }
  CHECK(live_blocks() == blocks);
}

RUNTIME_TEST("a 200 000-long linked chain of instances is freed without recursion") {
  TempClass node("Node");
  setattr(node.make().get(), "next", None());  // the shared keys learn "next" (kept by the class)
  std::size_t before = live_blocks();
  R head = node.make();
  for (int i = 0; i < 200'000; ++i) {
    R n = node.make();
    setattr(n.get(), "next", head.get());
    head = std::move(n);
  }
  head.reset();
  CHECK(live_blocks() == before);
}
