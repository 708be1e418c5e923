// Units for runtime/weakref.{h,cpp} and runtime/weakref_proxy.cpp: the 64-byte layout shared by
// refs and proxies (getsizeof 80), CPython's list order (callback-less ref, callback-less proxy,
// then the rest newest first), sharing of the callback-less ref and proxy, the callback order
// of clear_weakrefs, and the collector's helpers weakref_head / weakref_detach.
#include <vector>

#include "runtime/cfunction.h"
#include "runtime/list.h"
#include "runtime/set.h"
#include "runtime/weakref.h"
#include "runtime_fixture.h"

using namespace rtest;

namespace {

void ready_proxies() {
  once(&ProxyType, [] { MUST(proxy_types_init() == 0); });
}

std::vector<Object*> chain(Object* op) {
  std::vector<Object*> out;
  for (WeakrefObject* wr = weakref_head(op); wr; wr = wr->next) out.push_back(wr);
  return out;
}

}  // namespace

RUNTIME_TEST("refs and proxies share the 64-byte layout: getsizeof 80, GC-tracked") {
  ready_proxies();
  R s = own(set_new_empty());  // sets are weakly referenceable
  R r = own(weakref_new(s.get(), nullptr));
  R p = own(proxy_new(s.get(), nullptr));
  CHECK(getsizeof(r.get()) == 80);  // sys.getsizeof(weakref.ref(obj))
  CHECK(getsizeof(p.get()) == 80);  // sys.getsizeof(weakref.proxy(obj))
  CHECK(tracked(r.get()));
  CHECK(tracked(p.get()));
  CHECK(p->type == &ProxyType);
  CHECK(is_proxy(p.get()));
  CHECK(is_any_weakref(p.get()));
  CHECK(!is_weakref(p.get()));
  CHECK(weakref_get(p.get()) == s.get());
}

RUNTIME_TEST("list order: basic ref, basic proxy, then the others newest first") {
  ready_proxies();
  R s = own(set_new_empty());
  R cb = own(list_new(0));
  R append = own(get_attr_cstr(cb.get(), "append"));
  R r1 = own(weakref_new(s.get(), append.get()));
  R p1 = own(proxy_new(s.get(), append.get()));
  R basic_proxy = own(proxy_new(s.get(), None()));  // None means no callback
  R r2 = own(weakref_new(s.get(), append.get()));
  R basic_ref = own(weakref_new(s.get(), nullptr));
  std::vector<Object*> want = {basic_ref.get(), basic_proxy.get(), r2.get(), p1.get(), r1.get()};
  CHECK(chain(s.get()) == want);
  CHECK(weakref_count(s.get()) == 5);
  // the callback-less ones are shared
  R again_ref = own(weakref_new(s.get(), None()));
  R again_proxy = own(proxy_new(s.get(), nullptr));
  CHECK(again_ref.get() == basic_ref.get());
  CHECK(again_proxy.get() == basic_proxy.get());
  // a dropped weakref leaves the list
  p1.reset();
  CHECK(weakref_count(s.get()) == 4);
}

RUNTIME_TEST("clear_weakrefs runs callbacks newest first with the dead reference") {
  ready_proxies();
  R s = own(set_new_empty());
  R got = own(list_new(0));
  R append = own(get_attr_cstr(got.get(), "append"));
  R r1 = own(weakref_new(s.get(), append.get()));
  R p1 = own(proxy_new(s.get(), append.get()));
  R r2 = own(weakref_new(s.get(), append.get()));
  R plain = own(weakref_new(s.get(), nullptr));
  s.reset();  // the set's dealloc clears its weak references
  REQUIRE(list_size(got.get()) == 3);
  CHECK(list_get(got.get(), 0) == r2.get());
  CHECK(list_get(got.get(), 1) == p1.get());
  CHECK(list_get(got.get(), 2) == r1.get());
  CHECK(weakref_get(plain.get()) == None());
  CHECK(weakref_get(p1.get()) == None());
}

RUNTIME_TEST("weakref_detach unlinks but keeps the callback (for the collector)") {
  ready_proxies();
  R s = own(set_new_empty());
  R got = own(list_new(0));
  R append = own(get_attr_cstr(got.get(), "append"));
  R r1 = own(weakref_new(s.get(), append.get()));
  R r2 = own(weakref_new(s.get(), append.get()));
  auto* w1 = static_cast<WeakrefObject*>(r1.get());
  weakref_detach(w1);
  CHECK(weakref_get(r1.get()) == None());
  CHECK(w1->callback != nullptr);
  std::vector<Object*> want = {r2.get()};
  CHECK(chain(s.get()) == want);
  weakref_detach(w1);  // a second detach is harmless
  s.reset();           // only r2 is still linked: only it calls back
  CHECK(list_size(got.get()) == 1);
  R none = own(set_new_empty());
  CHECK(weakref_head(none.get()) == nullptr);
  R n = num(1);  // not weakly referenceable
  CHECK(weakref_head(n.get()) == nullptr);
}

RUNTIME_TEST("non-weakrefable objects and weak references to weak references are refused") {
  ready_proxies();
  R n = num(7);
  CHECK(weakref_new(n.get(), nullptr) == nullptr);
  CHECK(take_error() == "TypeError: cannot create weak reference to 'int' object");
  R s = own(set_new_empty());
  R p = own(proxy_new(s.get(), nullptr));
  CHECK(proxy_new(p.get(), nullptr) == nullptr);
  CHECK(take_error() == "TypeError: cannot create weak reference to 'weakref.ProxyType' object");
  CHECK(object_hash(p.get()) == -1);
  CHECK(take_error() == "TypeError: unhashable type: 'weakref.ProxyType'");
}
