// Units for the GC bookkeeping the runtime does for memory/gc.h (the collector itself comes
// later): which objects carry a GC head and are tracked once created, that dealloc unlinks them
// from the generation lists, that gc.get_count()'s count0 rises by one per GC allocation and
// falls per GC deallocation (but not for free-list reuse), and that each type's traverse visits
// exactly what gc.get_referents shows in python3, in the same order.
#include <string>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/namespace.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

// The objects type->traverse visits, in order (what gc.get_referents(op) returns).
std::vector<Object*> referents(Object* op) {
  std::vector<Object*> out;
  if (!op->type->traverse) return out;
  op->type->traverse(
      op,
      [](Object* r, void* arg) {
        static_cast<std::vector<Object*>*>(arg)->push_back(r);
        return 0;
      },
      &out);
  return out;
}

// Whether `op` is linked into any generation list.
bool in_generations(Object* op) {
  struct Search {
    void* target;
    bool found;
  } s{op, false};
  mm::gc_for_each(
      -1,
      [](void* o, void* arg) {
        auto* s = static_cast<Search*>(arg);
        if (o == s->target) s->found = true;
      },
      &s);
  return s.found;
}

}  // namespace

RUNTIME_TEST("containers are tracked at creation and unlinked when freed") {
  R a = str("a");
  std::vector<R> objects;
  objects.push_back(own(list_new(0)));
  objects.push_back(tup({a.get()}));
  objects.push_back(own(set_new_empty()));
  objects.push_back(own(frozenset_from_iterable(nullptr)));
  objects.push_back(own(cell_new(nullptr)));
  objects.push_back(own(slice_new(nullptr, nullptr, nullptr)));
  objects.push_back(own(module_new_cstr("tracked_module")));
  objects.push_back(own(namespace_new(nullptr)));
  objects.push_back(own(exception_new_instance(&ExcValueError, nullptr, 0)));
  objects.push_back(own(get_iter(objects[0].get())));
  for (R& o : objects) {
    INFO("type " << std::string(type_name(o->type)));
    CHECK(is_gc_type(o->type));
    CHECK(tracked(o.get()));
    CHECK(in_generations(o.get()));
  }
  std::size_t tracked_now = mm::gc_generation_size(0);
  Object* cell = objects[4].get();
  objects[4].reset();  // freed: the block may be reused, but it must have left the list first
  CHECK(!in_generations(cell));
  CHECK(mm::gc_generation_size(0) == tracked_now - 1);
}

RUNTIME_TEST("atomic objects have no GC head and are never tracked") {
  for (TypeObject* t : {&IntType, &FloatType, &StrType, &BytesType, &RangeType, &NoneType}) {
    INFO("type " << std::string(t->name));
    CHECK(!is_gc_type(t));
  }
  int count0 = gc_count0();
  R i = num(123456789), f = flt(2.5), s = str("text"), r = own(range_new_from_longs(0, 3, 1));
  CHECK(gc_count0() == count0);  // python3: gc.get_count() does not move for atoms
  R empty_dict = own(dict_new());
  CHECK(!tracked(empty_dict.get()));  // a GC type that starts untracked
  CHECK(gc_count0() == count0 + 1);   // ... still counts as a GC allocation
}

RUNTIME_TEST("count0 rises by one per GC allocation and falls per GC deallocation") {
  int count0 = gc_count0();
  R cell = own(cell_new(nullptr));
  CHECK(gc_count0() == count0 + 1);
  R s = own(set_new_empty());
  CHECK(gc_count0() == count0 + 2);
  R ns = own(namespace_new(nullptr));  // the namespace and its dict
  CHECK(gc_count0() == count0 + 4);
  R m = own(method_new(cell.get(), s.get()));
  CHECK(gc_count0() == count0 + 5);
  m.reset();
  CHECK(gc_count0() == count0 + 4);
  ns.reset();  // its dict goes to the free list: only the namespace's own block is freed
  CHECK(gc_count0() == count0 + 3);
  s.reset();
  cell.reset();
  CHECK(gc_count0() == count0 + 1);
  settle();  // emptying the dict free list frees the dict for real
  CHECK(gc_count0() == count0);
}

RUNTIME_TEST("traverse visits what gc.get_referents shows, in CPython's order") {
  R a = str("a"), b = str("b"), k = str("k"), j = str("j"), one = num(1);
  using V = std::vector<Object*>;
  // python3: gc.get_referents([a, b]) -> [b, a]; same for tuples
  CHECK(referents(lst({a.get(), b.get()}).get()) == V{b.get(), a.get()});
  CHECK(referents(tup({a.get(), b.get()}).get()) == V{b.get(), a.get()});
  // str-keyed dicts show only their values: {'k': a, 'j': b} -> [a, b]
  CHECK(referents(dict_of({{k.get(), a.get()}, {j.get(), b.get()}}).get()) == V{a.get(), b.get()});
  R pair = own(set_from_iterable(tup({a.get(), b.get()}).get()));
  CHECK(referents(pair.get()).size() == 2);
  R cell = own(cell_new(a.get()));
  CHECK(referents(cell.get()) == V{a.get()});
  R m = own(method_new(cell.get(), a.get()));
  CHECK(referents(m.get()) == V{cell.get(), a.get()});  // [function, a]
  R sl = own(slice_new(a.get(), b.get(), nullptr));
  CHECK(referents(sl.get()) == V{a.get(), b.get(), None()});  // slice(a, b, None)
  R ns = own(namespace_new(nullptr));
  CHECK(referents(ns.get()) == V{static_cast<NamespaceObject*>(ns.get())->dict});
  Object* arg = a.get();
  R e = own(exception_new_instance(&ExcValueError, &arg, 1));
  CHECK(referents(e.get()) == V{exception_args(e.get())});  // ValueError(a) -> [args tuple]
  R cls = make_class("C");
  R o = own(call_no_args(cls.get()));
  MUST(set_attr_cstr(o.get(), "x", a.get()) == 0);
  CHECK(referents(o.get()) == V{a.get(), cls.get()});  // o.x = a -> [a, type]
  o.reset();
  destroy_class(cls);
}

RUNTIME_TEST("general dicts visit each value before its key") {
  R a = str("a"), one = num(1);
  using V = std::vector<Object*>;
  // python3: gc.get_referents({1: a}) -> [a, 1]
  CHECK(referents(dict_of({{one.get(), a.get()}}).get()) == V{a.get(), one.get()});
}
