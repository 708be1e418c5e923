// Units for runtime/structseq.h and namespace.h: struct sequences (tuple layout whose ob_size
// counts the visible fields, hidden fields after them, getsizeof counting the visible ones as
// CPython's does for time.struct_time, repr with field names, GC tracking as CPython: untracked
// when made from C, tracked when made by calling the type) and types.SimpleNamespace (24 + 16
// bytes, its own __dict__, repr, equality).
#include "runtime/dict.h"
#include "runtime/namespace.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

TypeObject g_point_type;
const StructSeqField kPointFields[] = {
    {"x", "first"}, {"y", nullptr}, {"z", nullptr}, {"hidden", nullptr}, {nullptr, nullptr}};
const StructSeqDesc kPointDesc = {"unit.point", "a test struct sequence", kPointFields, 3, true};

TypeObject* point_type() {
  once(&g_point_type, [] { MUST(structseq_init_type(&g_point_type, &kPointDesc) == 0); });
  return &g_point_type;
}

// point(x=1, y=2, z=3) with hidden=4, made from C
R make_point() {
  R p = own(structseq_new(point_type()));
  for (int i = 0; i < 4; ++i) structseq_set(p.get(), i, num(i + 1).release());
  return p;
}

}  // namespace

RUNTIME_TEST("struct sequences: a tuple of the visible fields, hidden ones after them") {
  TypeObject* t = point_type();
  CHECK(t->basicsize == 24);  // python3: type(sys.version_info).__basicsize__, __itemsize__
  CHECK(t->itemsize == 8);
  CHECK(is_gc_type(t));
  CHECK(type_is_subtype(t, &TupleType));
  R p = make_point();
  CHECK(tuple_size(p.get()) == 3);
  CHECK(object_length(p.get()) == 3);
  // python3: sys.getsizeof(time.localtime()) == 112 for 9 visible + 2 hidden fields: only the
  // visible ones count
  CHECK(getsizeof(p.get()) == 24 + 3 * 8 + 16);
  CHECK(repr(p.get()) == "unit.point(x=1, y=2, z=3)");
  CHECK(as_ll(own(get_attr_cstr(p.get(), "z")).get()) == 3);
  CHECK(as_ll(own(get_attr_cstr(p.get(), "hidden")).get()) == 4);
  R as_tuple = own(sequence_tuple(p.get()));
  CHECK(repr(as_tuple.get()) == "(1, 2, 3)");
  CHECK(rich_compare_bool(p.get(), as_tuple.get(), CMP_EQ) == 1);  // struct_time == tuple(...)
  CHECK(object_hash(p.get()) == object_hash(as_tuple.get()));
}

RUNTIME_TEST("struct sequences hold their fields and release them all, hidden ones too") {
  R v = num(24681357);
  {
    R p = own(structseq_new(point_type()));
    structseq_set(p.get(), 0, new_ref(v.get()));
    structseq_set(p.get(), 3, new_ref(v.get()));
    CHECK(v->refcnt == 3);
    structseq_set(p.get(), 0, none_new_ref());  // replacing drops the old value
    CHECK(v->refcnt == 2);
  }
  CHECK(v->refcnt == 1);
}

RUNTIME_TEST("struct sequences are tracked only when made by calling the type") {
  R p = make_point();
  // python3: gc.is_tracked(time.localtime()) -> False (PyStructSequence_New does not track)
  CHECK(!tracked(p.get()));
  R args = tup({num(7).get(), num(8).get(), num(9).get()});
  R q = own(call_one_arg(point_type(), args.get()));
  // python3: gc.is_tracked(time.struct_time(tuple(range(9)))) -> True
  CHECK(tracked(q.get()));
  CHECK(repr(q.get()) == "unit.point(x=7, y=8, z=9)");
  CHECK(is_none(own(get_attr_cstr(q.get(), "hidden")).get()));
  R short_args = tup({num(1).get()});
  CHECK(call_one_arg(point_type(), short_args.get()) == nullptr);
  CHECK(take_error() == "TypeError: unit.point() takes an at least 3-sequence (1-sequence given)");
}

RUNTIME_TEST("SimpleNamespace: 40 bytes, its own dict, repr and equality") {
  R a = str("a"), b = str("b"), x = str("x"), one = num(1);
  R d = dict_of({{a.get(), one.get()}, {b.get(), x.get()}});
  R ns = own(namespace_new(d.get()));
  CHECK(getsizeof(ns.get()) == 40);  // sys.getsizeof(types.SimpleNamespace(a=1, b='x'))
  CHECK(tracked(ns.get()));          // gc.is_tracked(...) -> True
  CHECK(repr(ns.get()) == "namespace(a=1, b='x')");
  CHECK(repr(own(namespace_new(nullptr)).get()) == "namespace()");
  Object* own_dict = static_cast<NamespaceObject*>(ns.get())->dict;
  CHECK(own_dict != d.get());  // the items are copied
  R ns2 = own(namespace_new(d.get()));
  CHECK(rich_compare_bool(ns.get(), ns2.get(), CMP_EQ) == 1);
  MUST(set_attr_cstr(ns2.get(), "c", one.get()) == 0);
  CHECK(rich_compare_bool(ns.get(), ns2.get(), CMP_EQ) == 0);
  CHECK(repr(ns2.get()) == "namespace(a=1, b='x', c=1)");
  CHECK(as_ll(own(get_attr_cstr(ns2.get(), "c")).get()) == 1);
}
