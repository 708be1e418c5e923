// Units for runtime/object.h and the type table: the object header, Ref<T> ownership, refcounts
// returned by constructors, the small-int cache, the static singletons, and the
// basicsize / itemsize / GC flag of every built-in type (checked against python3's
// type.__basicsize__, __itemsize__ and __flags__ & Py_TPFLAGS_HAVE_GC).
#include <cstddef>

#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/dict_views.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/generator.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/namespace.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_internal.h"
#include "runtime/tuple.h"
#include "runtime_fixture.h"

using namespace rtest;

TEST_CASE("object header: CPython 3.11's 16-byte header, 24 with ob_size, GC head in front") {
  CHECK(sizeof(Object) == 16);
  CHECK(offsetof(Object, refcnt) == 0);
  CHECK(offsetof(Object, type) == 8);
  CHECK(sizeof(VarObject) == 24);
  CHECK(offsetof(VarObject, size) == 16);
  CHECK(sizeof(mm::GCHead) == 16);
  CHECK(sizeof(ssize) == 8);
}

RUNTIME_TEST("built-in types report CPython's basicsize, itemsize and GC flag") {
  struct Row {
    TypeObject* type;
    const char* name;
    ssize basicsize, itemsize;
    bool gc;
  };
  // python3: t.__basicsize__, t.__itemsize__, bool(t.__flags__ & (1 << 14))
  const Row rows[] = {
      {&ObjectType, "object", 16, 0, false},
      {&NoneType, "NoneType", 16, 0, false},
      {&NotImplementedType, "NotImplementedType", 16, 0, false},
      {&EllipsisType, "ellipsis", 16, 0, false},
      {&IntType, "int", 24, 4, false},
      {&FloatType, "float", 24, 0, false},
      {&StrType, "str", 80, 0, false},
      {&BytesType, "bytes", 33, 1, false},
      {&ByteArrayType, "bytearray", 56, 0, false},
      {&TupleType, "tuple", 24, 8, true},
      {&ListType, "list", 40, 0, true},
      {&DictType, "dict", 48, 0, true},
      {&SetType, "set", 200, 0, true},
      {&FrozenSetType, "frozenset", 200, 0, true},
      {&RangeType, "range", 48, 0, false},
      {&SliceType, "slice", 40, 0, true},
      {&FunctionType, "function", 136, 0, true},
      {&MethodType, "method", 48, 0, true},
      {&CellType, "cell", 24, 0, true},
      {&ModuleType, "module", 56, 0, true},
      {&GeneratorType, "generator", 152, 8, true},
      {&NamespaceType, "types.SimpleNamespace", 24, 0, true},
      {&ExcBaseException, "BaseException", 72, 0, true},
      {&ExcException, "Exception", 72, 0, true},
      {&ExcStopIteration, "StopIteration", 80, 0, true},
      {&ExcOSError, "OSError", 112, 0, true},
      {&ListIterType, "list_iterator", 32, 0, true},
      {&ListRevIterType, "list_reverseiterator", 32, 0, true},
      {&TupleIterType, "tuple_iterator", 32, 0, true},
      {&SeqIterType, "iterator", 32, 0, true},
      {&CallIterType, "callable_iterator", 32, 0, true},
      {&RangeIterType, "range_iterator", 48, 0, false},
      {&LongRangeIterType, "longrange_iterator", 48, 0, false},
      {&SetIterType, "set_iterator", 48, 0, true},
      {&StrIterType, "str_ascii_iterator", 32, 0, true},  // type(iter('abc'))
      {&DictKeysType, "dict_keys", 24, 0, true},
      {&DictValuesType, "dict_values", 24, 0, true},
      {&DictItemsType, "dict_items", 24, 0, true},
      {&DictKeyIterType, "dict_keyiterator", 56, 0, true},
      {&DictValueIterType, "dict_valueiterator", 56, 0, true},
      {&DictItemIterType, "dict_itemiterator", 56, 0, true},
      {&DictRevKeyIterType, "dict_reversekeyiterator", 56, 0, true},
      {&DictRevValueIterType, "dict_reversevalueiterator", 56, 0, true},
      {&DictRevItemIterType, "dict_reverseitemiterator", 56, 0, true},
      {&PropertyType, "property", 64, 0, true},
      {&StaticMethodType, "staticmethod", 32, 0, true},
      {&ClassMethodType, "classmethod", 32, 0, true},
      {&CFunctionType, "builtin_function_or_method", 56, 0, true},
      {&MethodDescrType, "method_descriptor", 56, 0, true},
      {&ClassMethodDescrType, "classmethod_descriptor", 56, 0, true},
      {&WrapperDescrType, "wrapper_descriptor", 56, 0, true},
      {&MethodWrapperType, "method-wrapper", 32, 0, true},
      {&GetSetDescrType, "getset_descriptor", 48, 0, true},
      {&MemberDescrType, "member_descriptor", 48, 0, true},
  };
  for (const Row& r : rows) {
    INFO("type " << std::string(r.name));
    CHECK(std::string(r.type->name) == r.name);
    CHECK(r.type->basicsize == r.basicsize);
    CHECK(r.type->itemsize == r.itemsize);
    CHECK(is_gc_type(r.type) == r.gc);
  }
}

RUNTIME_TEST("constructors return a new object with refcount 1") {
  R big = own(int_from_i64(100000));
  R f = own(float_from_double(1.5));
  R s = own(str_from_utf8("not interned, é"));
  R b = own(bytes_from("abc", 3));
  R ba = own(bytearray_from("abc", 3));
  R t = own(tuple_pack({None(), None()}));
  R l = own(list_new(0));
  R d = own(dict_new());
  R st = own(set_new_empty());
  R fs = own(frozenset_from_iterable(l.get()));
  R rg = own(range_new_from_longs(0, 10, 1));
  R sl = own(slice_new(nullptr, None(), nullptr));
  R c = own(cell_new(nullptr));
  R m = own(module_new_cstr("some_module"));
  R e = own(exception_new_instance(&ExcValueError, nullptr, 0));
  for (Object* o : {big.get(), f.get(), s.get(), b.get(), ba.get(), t.get(), l.get(), d.get(),
                    st.get(), fs.get(), rg.get(), sl.get(), c.get(), m.get(), e.get()}) {
    INFO("type " << std::string(type_name(o->type)));
    CHECK(o->refcnt == 1);
  }
}

RUNTIME_TEST("Ref<T>: steal adopts, borrow adds, moves transfer, destruction releases") {
  Object* raw = int_from_i64(123456);
  {
    R a = R::steal(raw);
    CHECK(raw->refcnt == 1);
    {
      R b = R::borrow(raw);
      CHECK(raw->refcnt == 2);
      R c = std::move(b);
      CHECK(raw->refcnt == 2);
      CHECK(!b);
      CHECK(c.get() == raw);
    }
    CHECK(raw->refcnt == 1);
    Object* extra = a.new_ref();
    CHECK(raw->refcnt == 2);
    decref(extra);
    Object* released = a.release();
    CHECK(!a);
    CHECK(released->refcnt == 1);
    a.reset(released);  // adopt it again
    CHECK(raw->refcnt == 1);
    R moved_into;
    moved_into = std::move(a);
    CHECK(raw->refcnt == 1);
    CHECK(moved_into.get() == raw);
  }
  R empty = nullptr;
  CHECK(!empty);
  empty.reset();  // no-op on null
  R b2 = borrow<Object>(None());
  Ref<ListObject> typed = steal(static_cast<ListObject*>(list_new(0)));
  R erased = std::move(typed);  // Ref<ListObject> -> Ref<Object>
  CHECK(erased->refcnt == 1);
}

RUNTIME_TEST("clear_ref and set_ref drop the old reference after storing the new one") {
  Object* slot = int_from_i64(424242);
  Object* keep = new_ref(slot);
  CHECK(keep->refcnt == 2);
  set_ref(slot, int_from_i64(777777));
  CHECK(keep->refcnt == 1);
  CHECK(slot != keep);
  clear_ref(slot);
  CHECK(slot == nullptr);
  clear_ref(slot);  // null slot: nothing happens
  decref(keep);
}

RUNTIME_TEST("small ints -5..256 are shared static objects; 257 and -6 are new each time") {
  for (long v : {-5L, -1L, 0L, 1L, 100L, 256L}) {
    INFO("value " << v);
    R a = num(v);
    R b = num(v);
    CHECK(a.get() == b.get());  // python3: 256 is int('256') -> True
    CHECK(a.get() == &g_small_ints[v - SMALL_INT_MIN]);
    CHECK(a->refcnt > STATIC_REFCNT - 1000);  // sys.getrefcount(0) ~ 1 000 000 479
  }
  for (long v : {257L, -6L, 1000L}) {
    INFO("value " << v);
    R a = num(v);
    R b = num(v);
    CHECK(a.get() != b.get());  // python3: 257 is int('257') -> False
    CHECK(a->refcnt == 1);
  }
}

RUNTIME_TEST("statically allocated objects start near 999 999 999 and are never freed") {
  R empty_tuple = own(tuple_empty());
  R empty_str = own(str_empty());
  CHECK(empty_tuple->refcnt > STATIC_REFCNT - 1000);  // sys.getrefcount(()) ~ 1 000 000 556
  CHECK(empty_str->refcnt > STATIC_REFCNT - 1000);    // sys.getrefcount('') ~ 1 000 000 151
  CHECK(own(tuple_new(0)).get() == empty_tuple.get());
  CHECK(own(str_from_utf8("")).get() == empty_str.get());
  // one-character Latin-1 strings come from a static table
  R a1 = own(str_from_codepoint('a'));
  R a2 = own(str_from_codepoint('a'));
  CHECK(a1.get() == a2.get());
  CHECK(a1->refcnt > STATIC_REFCNT - 1000);
}

RUNTIME_TEST("None, True, False are static objects with ordinary counts") {
  for (Object* o : {None(), True(), False(), NotImplemented(), Ellipsis()}) {
    INFO(repr(o));
    ssize before = o->refcnt;
    CHECK(before >= 1);
    CHECK(before < STATIC_REFCNT);  // python3: sys.getrefcount(None) ~ 5 499, not ~1e9
    incref(o);
    CHECK(o->refcnt == before + 1);
    decref(o);
    CHECK(o->refcnt == before);
  }
  R t = own(bool_new_ref(true));
  CHECK(t.get() == True());
  CHECK(repr(True()) == "True");
  CHECK(repr(None()) == "None");
  CHECK(repr(Ellipsis()) == "Ellipsis");
}

RUNTIME_TEST("containers take their own references to what they hold") {
  R item = own(int_from_i64(55555));
  {
    R l = lst({item.get(), item.get()});
    CHECK(item->refcnt == 3);  // python3 getrefcount: `lst = [x, x]` -> 4 incl. the argument
    R t = tup({item.get()});
    CHECK(item->refcnt == 4);
    R d = dict_of({{item.get(), item.get()}});
    CHECK(item->refcnt == 6);  // key and value
    R c = own(cell_new(item.get()));
    CHECK(item->refcnt == 7);
  }
  CHECK(item->refcnt == 1);
}
