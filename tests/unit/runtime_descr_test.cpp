// Units for runtime/descr.h and cfunction.h — the objects that need no code object: method
// descriptors, slot wrappers, method-wrappers, getset and member descriptors, mapping proxies,
// built-in functions and bound built-in methods, property, staticmethod and classmethod. Checks
// getsizeof, repr and GC tracking against python3, and the references a bound object holds.
#include <string>

#include "runtime/cfunction.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

Object* unit_fn(Object*, Object* const*, ssize, Object*) {
  return none_new_ref();
}
const MethodDef kUnitFn = {"unit_fn", unit_fn, METH_DEFAULT, "a test function"};

bool starts_with(const std::string& s, const char* prefix) {
  return s.rfind(prefix, 0) == 0;
}

}  // namespace

RUNTIME_TEST("descriptors in type dicts: sizes and reprs as python3") {
  Object* append = type_lookup_cstr(&ListType, "append");
  MUST(append != nullptr);
  CHECK(append->type == &MethodDescrType);
  CHECK(getsizeof(append) == 72);  // sys.getsizeof(list.append)
  CHECK(repr(append) == "<method 'append' of 'list' objects>");
  CHECK(tracked(append));
  Object* add = type_lookup_cstr(&IntType, "__add__");
  MUST(add != nullptr);
  CHECK(add->type == &WrapperDescrType);
  CHECK(getsizeof(add) == 72);  // sys.getsizeof(int.__add__)
  CHECK(repr(add) == "<slot wrapper '__add__' of 'int' objects>");
  Object* fromkeys = type_lookup_cstr(&DictType, "fromkeys");
  MUST(fromkeys != nullptr);
  CHECK(fromkeys->type == &ClassMethodDescrType);
  CHECK(repr(fromkeys) == "<method 'fromkeys' of 'dict' objects>");  // dict.__dict__['fromkeys']
  Object* dict_attr = type_lookup_cstr(&TypeType, "__dict__");
  MUST(dict_attr != nullptr);
  CHECK(getsizeof(dict_attr) == 64);  // sys.getsizeof(type.__dict__['__dict__'])
  CHECK(repr(dict_attr) == "<attribute '__dict__' of 'type' objects>");
  R proxy = own(get_attr_cstr(&TypeType, "__dict__"));
  CHECK(getsizeof(proxy.get()) == 40);  // sys.getsizeof(type.__dict__)
}

RUNTIME_TEST("bound built-ins: method-wrappers and built-in methods hold self") {
  R one = num(1);
  R l = own(list_new(0));
  R wrapper = own(get_attr_cstr(one.get(), "__add__"));
  CHECK(wrapper->type == &MethodWrapperType);
  CHECK(getsizeof(wrapper.get()) == 48);  // sys.getsizeof((1).__add__)
  CHECK(starts_with(repr(wrapper.get()), "<method-wrapper '__add__' of int object at 0x"));
  R bound = own(get_attr_cstr(l.get(), "append"));
  CHECK(bound->type == &CFunctionType);
  CHECK(getsizeof(bound.get()) == 72);  // sys.getsizeof([].append)
  CHECK(starts_with(repr(bound.get()), "<built-in method append of list object at 0x"));
  CHECK(l->refcnt == 2);  // the bound method holds the list
  R r = own(call_one_arg(bound.get(), one.get()));
  CHECK(list_size(l.get()) == 1);
  bound.reset();
  CHECK(l->refcnt == 1);
}

RUNTIME_TEST("built-in functions, property, staticmethod and classmethod") {
  R fn = own(cfunction_new(&kUnitFn, nullptr, nullptr));
  CHECK(getsizeof(fn.get()) == 72);  // sys.getsizeof(len)
  CHECK(repr(fn.get()) == "<built-in function unit_fn>");
  CHECK(tracked(fn.get()));  // gc.is_tracked(len) -> True
  CHECK(is_none(own(call_no_args(fn.get())).get()));
  R prop = own(call_no_args(&PropertyType));
  CHECK(getsizeof(prop.get()) == 80);  // sys.getsizeof(property())
  CHECK(tracked(prop.get()));
  R sm = own(staticmethod_new(fn.get()));
  CHECK(getsizeof(sm.get()) == 48);  // sys.getsizeof(staticmethod(len))
  R cm = own(classmethod_new(fn.get()));
  CHECK(getsizeof(cm.get()) == 48);  // sys.getsizeof(classmethod(len))
  CHECK(fn->refcnt == 3);            // both wrappers hold the function
  sm.reset();
  cm.reset();
  CHECK(fn->refcnt == 1);
}
