// runtime/weakref_proxy.cpp — weakref.proxy: ProxyType and CallableProxyType.
//
// A proxy is a weak reference with the WeakrefObject layout (64 bytes + GC head, getsizeof 80),
// linked in its referent's list by runtime/weakref.cpp like a ref; only its type differs.
// Instead of being called to fetch the referent it forwards every operation to it: attribute
// get/set/delete, str, comparisons, the number protocol (plain, reflected and in-place: the
// proxy is replaced by its referent on whichever side it stands), len, item access, `in`, iter,
// next, bool; ProxyType also has __bytes__ and __reversed__ methods, and CallableProxyType
// (chosen when the referent is callable) forwards calls instead. Once the referent is gone each of
// these raises
//   ReferenceError: weakly-referenced object no longer exists
// Proxies are unhashable (their referent may die, and with it any hash), cannot be subclassed,
// instantiated through their type, or weakly referenced themselves — all as CPython 3.11.
#include <fmt/format.h>

#include <utility>

#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

TypeObject ProxyType;
TypeObject CallableProxyType;

namespace {

// The referent of a live proxy (borrowed), or nullptr with ReferenceError once it died.
Object* live_referent(Object* proxy) {
  Object* obj = weakref_get(proxy);
  if (obj != None()) return obj;
  err_set_string(&ExcReferenceError, "weakly-referenced object no longer exists");
  return nullptr;
}

// Replaces a proxy operand by its referent (borrowed); other operands are left alone.
bool unwrap(Object*& op) {
  if (!is_proxy(op)) return true;
  op = live_referent(op);
  return op != nullptr;
}

// The forwarded operations hold their own reference to the referent meanwhile: the operation
// may drop the last other reference to it.
using Unary = Object* (*)(Object*);
template <Unary F>
Object* forward_unary(Object* self) {
  Object* obj = live_referent(self);
  if (!obj) return nullptr;
  Ref<Object> keep = borrow(obj);
  return F(obj);
}

template <int Op>
Object* forward_binary(Object* a, Object* b) {
  if (!unwrap(a) || !unwrap(b)) return nullptr;
  Ref<Object> ka = borrow(a), kb = borrow(b);
  return binary_op(a, b, Op);
}

template <int Op>
Object* forward_inplace(Object* a, Object* b) {
  if (!unwrap(a) || !unwrap(b)) return nullptr;
  Ref<Object> ka = borrow(a), kb = borrow(b);
  return inplace_op(a, b, Op);
}

Object* proxy_power_mod(Object* a, Object* b, Object* mod) {
  if (!unwrap(a) || !unwrap(b) || !unwrap(mod)) return nullptr;
  Ref<Object> ka = borrow(a), kb = borrow(b), km = borrow(mod);
  return number_power(a, b, mod);
}

// divmod has no abstract entry point in the runtime: go through the builtin, as divmod(a, b)
// in Python would.
Object* proxy_divmod(Object* a, Object* b) {
  if (!unwrap(a) || !unwrap(b)) return nullptr;
  Ref<Object> ka = borrow(a), kb = borrow(b);
  Ref<Object> fn = steal(get_attr_cstr(builtins_module(), "divmod"));
  if (!fn) return nullptr;
  Object* args[2] = {a, b};
  return call(fn.get(), args, 2, nullptr);
}

Object* proxy_richcompare(Object* a, Object* b, int op) {
  if (!unwrap(a) || !unwrap(b)) return nullptr;
  Ref<Object> ka = borrow(a), kb = borrow(b);
  return rich_compare(a, b, op);
}

int proxy_bool(Object* self) {
  Object* obj = live_referent(self);
  if (!obj) return -1;
  Ref<Object> keep = borrow(obj);
  return object_is_true(obj);
}

ssize proxy_length(Object* self) {
  Object* obj = live_referent(self);
  if (!obj) return -1;
  Ref<Object> keep = borrow(obj);
  return object_length(obj);
}

Object* proxy_getitem(Object* self, Object* key) {
  if (!unwrap(self) || !unwrap(key)) return nullptr;
  Ref<Object> ka = borrow(self), kb = borrow(key);
  return get_item(self, key);
}

int proxy_setitem(Object* self, Object* key, Object* value) {
  Object* obj = live_referent(self);
  if (!obj) return -1;
  Ref<Object> keep = borrow(obj);
  return value ? set_item(obj, key, value) : del_item(obj, key);
}

int proxy_contains(Object* self, Object* item) {
  Object* obj = live_referent(self);
  if (!obj) return -1;
  Ref<Object> keep = borrow(obj);
  return sequence_contains(obj, item);
}

Object* proxy_iternext(Object* self) {
  Object* obj = live_referent(self);
  if (!obj) return nullptr;
  if (!is_iterator(obj)) {
    err_format(&ExcTypeError, "Weakref proxy referenced a non-iterator '{}' object",
               obj->type->name);
    return nullptr;
  }
  Ref<Object> keep = borrow(obj);
  return iter_next(obj);
}

Object* proxy_getattr(Object* self, Object* name) {
  Object* obj = live_referent(self);
  if (!obj) return nullptr;
  Ref<Object> keep = borrow(obj);
  return get_attr(obj, name);
}

int proxy_setattr(Object* self, Object* name, Object* value) {
  Object* obj = live_referent(self);
  if (!obj) return -1;
  Ref<Object> keep = borrow(obj);
  return set_attr(obj, name, value);
}

Object* proxy_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  Object* obj = live_referent(self);
  if (!obj) return nullptr;
  Ref<Object> keep = borrow(obj);
  return call(obj, args, std::size_t(vector_nargs(nargsf)), kwnames);
}

// Unlike a ref's repr, a proxy's names the referent's type without quotes; a dead proxy shows
// None's type and address.
Object* proxy_repr(Object* self) {
  Object* obj = weakref_get(self);
  return str_from_utf8(fmt::format("<weakproxy at {} to {} at {}>", static_cast<void*>(self),
                                   obj->type->name, static_cast<void*>(obj)));
}

// __bytes__ and __reversed__ are looked up on the proxy's type by bytes() and reversed(), so
// ProxyType has them as methods that call the referent's (CallableProxyType does not).
Object* call_referent_method(Object* self, const char* name, ssize nargs, Object* kwnames) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  Object* obj = live_referent(self);
  if (!obj) return nullptr;
  Ref<Object> keep = borrow(obj);
  return call_method_cstr(obj, name, nullptr, 0);
}

Object* proxy_bytes(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return call_referent_method(self, "__bytes__", nargs, kwnames);
}

Object* proxy_reversed(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return call_referent_method(self, "__reversed__", nargs, kwnames);
}

const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_bytes, METH_DEFAULT, nullptr},
    {"__reversed__", proxy_reversed, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

template <int... Ops>
void fill_number_slots(TypeObject& t, std::integer_sequence<int, Ops...>) {
  ((number_methods(t).nb[Ops] = forward_binary<Ops>), ...);
  ((number_methods(t).nb_inplace[Ops] = forward_inplace<Ops>), ...);
}

void fill_proxy_type(TypeObject& t, const char* name) {
  t.name = name;
  t.basicsize = sizeof(WeakrefObject);
  t.flags = TPFLAG_HAVE_GC;  // not a base type
  t.doc = nullptr;
  t.dealloc = weakref_dealloc;
  t.traverse = weakref_traverse;
  t.clear = weakref_clear;
  t.repr = proxy_repr;
  t.str = forward_unary<object_str>;
  t.hash = hash_not_implemented;  // the referent may die, and its hash with it
  t.richcompare = proxy_richcompare;
  t.getattro = proxy_getattr;
  t.setattro = proxy_setattr;
  t.iter = forward_unary<get_iter>;
  t.iternext = proxy_iternext;
  fill_number_slots(t, std::make_integer_sequence<int, BINOP_COUNT>{});
  number_methods(t).nb_power_mod = proxy_power_mod;
  number_methods(t).nb_divmod = proxy_divmod;
  number_methods(t).nb_negative = forward_unary<number_negative>;
  number_methods(t).nb_positive = forward_unary<number_positive>;
  number_methods(t).nb_absolute = forward_unary<number_absolute>;
  number_methods(t).nb_invert = forward_unary<number_invert>;
  number_methods(t).nb_bool = proxy_bool;
  number_methods(t).nb_int = forward_unary<number_long>;
  number_methods(t).nb_float = forward_unary<number_float>;
  number_methods(t).nb_index = forward_unary<number_index>;
  mapping_methods(t).length = proxy_length;
  mapping_methods(t).getitem = proxy_getitem;
  mapping_methods(t).setitem = proxy_setitem;
  sequence_methods(t).contains = proxy_contains;
}

}  // namespace

int proxy_types_init() {
  if (type_has_flag(&ProxyType, TPFLAG_READY)) return 0;
  fill_proxy_type(ProxyType, "weakref.ProxyType");
  fill_proxy_type(CallableProxyType, "weakref.CallableProxyType");
  ProxyType.methods = proxy_methods;  // CPython gives the callable kind no __bytes__/__reversed__
  CallableProxyType.call = proxy_call;
  for (TypeObject* t : {&ProxyType, &CallableProxyType}) {
    if (type_ready_static(t) < 0) return -1;
    // readying inherited object's __new__; proxies come only from weakref.proxy(), so calling
    // the type raises "cannot create 'weakref.ProxyType' instances"
    t->new_ = nullptr;
    if (dict_get_item_str(t->dict, ids::new_) && dict_del_item(t->dict, ids::new_) < 0) return -1;
  }
  return 0;
}

Object* proxy_new(Object* obj, Object* callback) {
  if (proxy_types_init() < 0) return nullptr;
  return weakref_make(is_callable(obj) ? &CallableProxyType : &ProxyType, obj, callback);
}

}  // namespace mempy::runtime
