// runtime/weakref.cpp — see weakref.h.
#include "runtime/weakref.h"

#include <fmt/format.h>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"

namespace mempy::runtime {

TypeObject WeakrefType;

namespace {

WeakrefObject* as_ref(Object* op) {
  return static_cast<WeakrefObject*>(op);
}

bool weakly_referenceable(const Object* op) {
  return op->type->weaklistoffset > 0;
}

WeakrefObject** list_slot(Object* op) {
  return reinterpret_cast<WeakrefObject**>(reinterpret_cast<char*>(op) + op->type->weaklistoffset);
}

// Unlinks the weakref from its referent's list and drops the callback.
void unlink(WeakrefObject* wr) {
  weakref_detach(wr);
  clear_ref(wr->callback);
}

// The callback-less ref and proxy that weakref.ref(x) / weakref.proxy(x) hand out again: an
// exact-type ref (if any) heads the list and the proxy follows it (CPython's get_basic_refs).
void basic_refs(WeakrefObject* head, WeakrefObject** ref, WeakrefObject** proxy) {
  *ref = *proxy = nullptr;
  if (!head || head->callback) return;
  if (head->type == &WeakrefType) {
    *ref = head;
    head = head->next;
  }
  if (head && !head->callback && is_proxy(head)) *proxy = head;
}

void link_after(WeakrefObject* wr, WeakrefObject* prev) {
  wr->prev = prev;
  wr->next = prev->next;
  if (prev->next) prev->next->prev = wr;
  prev->next = wr;
}

void link_first(WeakrefObject* wr, WeakrefObject** head) {
  wr->prev = nullptr;
  wr->next = *head;
  if (*head) (*head)->prev = wr;
  *head = wr;
}

Object* ref_vnew(TypeObject* type, Object* const* args, std::size_t nargs, Object*) {
  if (nargs < 1) {
    err_format(&ExcTypeError, "__new__ expected at least 1 argument, got {}", nargs);
    return nullptr;
  }
  if (nargs > 2) {
    err_format(&ExcTypeError, "__new__ expected at most 2 arguments, got {}", nargs);
    return nullptr;
  }
  return weakref_make(type, args[0], nargs > 1 ? args[1] : nullptr);
}

int ref_init(Object*, Object* const*, std::size_t nargs, Object*) {
  if (nargs < 1) {
    err_format(&ExcTypeError, "__init__ expected at least 1 argument, got {}", nargs);
    return -1;
  }
  if (nargs > 2) {
    err_format(&ExcTypeError, "__init__ expected at most 2 arguments, got {}", nargs);
    return -1;
  }
  return 0;
}

Object* ref_call(Object* self, Object* const*, std::size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "weakref() takes no keyword arguments");
    return nullptr;
  }
  ssize nargs = vector_nargs(nargsf);
  if (nargs) {
    err_format(&ExcTypeError, "weakref expected 0 arguments, got {}", nargs);
    return nullptr;
  }
  return new_ref(weakref_get(self));
}

hash_t ref_hash(Object* self) {
  WeakrefObject* wr = as_ref(self);
  if (wr->hash != -1) return wr->hash;
  Object* obj = weakref_get(self);
  if (obj == None()) {
    err_set_string(&ExcTypeError, "weak object has gone away");
    return -1;
  }
  incref(obj);
  wr->hash = object_hash(obj);
  decref(obj);
  return wr->hash;
}

Object* ref_richcompare(Object* self, Object* other, int op) {
  // a proxy on the other side is compared as a weak reference too (by referent), as CPython does
  if ((op != CMP_EQ && op != CMP_NE) || !is_any_weakref(other)) return not_implemented_new_ref();
  Object* a = weakref_get(self);
  Object* b = weakref_get(other);
  if (a == None() || b == None()) {
    bool same = self == other;
    return bool_new_ref(op == CMP_EQ ? same : !same);
  }
  Ref<Object> ka = borrow(a), kb = borrow(b);
  return rich_compare(a, b, op);
}

Object* ref_repr(Object* self) {
  Object* obj = weakref_get(self);
  if (obj == None())
    return str_from_utf8(fmt::format("<weakref at {}; dead>", static_cast<void*>(self)));
  Ref<Object> keep = borrow(obj);
  Object* name = nullptr;
  if (lookup_attr(obj, ids::name, &name) < 0) return nullptr;
  std::string text = fmt::format("<weakref at {}; to '{}' at {}", static_cast<void*>(self),
                                 obj->type->name, static_cast<void*>(obj));
  if (name && is_str(name)) text += fmt::format(" ({})", str_to_std(name));
  xdecref(name);
  text += ">";
  return str_from_utf8(text);
}

// ref[T] is allowed for typing (PEP 585); like list[T] in mempy it gives the class itself.
Object* ref_class_getitem(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__class_getitem__", nargs, kwnames)) return nullptr;
  return new_ref(self);
}

const MethodDef ref_methods[] = {
    {"__class_getitem__", ref_class_getitem, METH_CLASS, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef ref_members[] = {
    {"__callback__", MemberKind::OBJECT, offsetof(WeakrefObject, callback), true, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

void run_callback(Object* ref, Object* callback) {
  Object* r = call_one_arg(callback, ref);
  if (r) {
    decref(r);
  } else {
    write_unraisable(callback);
  }
}

}  // namespace

Object* weakref_make(TypeObject* type, Object* obj, Object* callback) {
  if (!weakly_referenceable(obj)) {
    // CPython names the full tp_name here ('weakref.ProxyType', not 'ProxyType')
    err_format(&ExcTypeError, "cannot create weak reference to '{}' object", obj->type->name);
    return nullptr;
  }
  if (callback == None()) callback = nullptr;
  bool want_proxy = type == &ProxyType || type == &CallableProxyType;
  bool basic = !callback && (type == &WeakrefType || want_proxy);
  WeakrefObject** head = list_slot(obj);
  WeakrefObject *ref, *proxy;
  basic_refs(*head, &ref, &proxy);
  if (basic && type == &WeakrefType && ref) return new_ref(ref);
  if (basic && want_proxy && proxy) return new_ref(proxy);
  auto* wr = static_cast<WeakrefObject*>(type_generic_alloc(type, 0));
  if (!wr) return nullptr;
  wr->object = obj;
  wr->callback = xnew_ref(callback);
  wr->hash = -1;
  // allocating may have run a collection and its callbacks: look at the list again
  basic_refs(*head, &ref, &proxy);
  if (basic && want_proxy && proxy) {
    wr->object = None();
    decref(wr);
    return new_ref(proxy);
  }
  WeakrefObject* prev = basic ? (want_proxy ? ref : nullptr) : (proxy ? proxy : ref);
  if (prev) {
    link_after(wr, prev);
  } else {
    link_first(wr, head);
  }
  memory::gc_track(wr);
  return wr;
}

WeakrefObject* weakref_head(Object* op) {
  return weakly_referenceable(op) ? *list_slot(op) : nullptr;
}

void weakref_detach(WeakrefObject* wr) {
  if (wr->object == None()) return;
  WeakrefObject** head = list_slot(wr->object);
  if (*head == wr) *head = wr->next;
  if (wr->prev) wr->prev->next = wr->next;
  if (wr->next) wr->next->prev = wr->prev;
  wr->prev = wr->next = nullptr;
  wr->object = None();
}

Object* weakref_new(Object* obj, Object* callback) {
  return weakref_make(&WeakrefType, obj, callback);
}

void weakref_dealloc(Object* op) {
  memory::gc_untrack(op);
  unlink(as_ref(op));
  op->type->free_fn(op);
}

int weakref_traverse(Object* op, VisitFn visit, void* arg) {
  Object* cb = as_ref(op)->callback;
  return cb ? visit(cb, arg) : 0;
}

int weakref_clear(Object* op) {
  unlink(as_ref(op));
  return 0;
}

Object* weakref_get(Object* ref) {
  Object* obj = as_ref(ref)->object;
  // a referent in the middle of its dealloc (count 0) is already gone
  if (obj == None() || obj->refcnt <= 0) return None();
  return obj;
}

ssize weakref_count(Object* op) {
  if (!weakly_referenceable(op)) return 0;
  ssize n = 0;
  for (WeakrefObject* wr = *list_slot(op); wr; wr = wr->next) ++n;
  return n;
}

Object* weakref_list(Object* op) {
  Object* l = list_new(0);
  if (!l || !weakly_referenceable(op)) return l;
  for (WeakrefObject* wr = *list_slot(op); wr; wr = wr->next) {
    if (list_append(l, wr) < 0) {
      decref(l);
      return nullptr;
    }
  }
  return l;
}

void clear_weakrefs(Object* op) {
  if (!weakly_referenceable(op)) return;
  WeakrefObject** head = list_slot(op);
  if (!*head) return;
  if (tstate()->tearing_down) {  // no Python code runs any more
    while (*head) unlink(*head);
    return;
  }
  Object* saved = err_fetch();
  ssize count = weakref_count(op);
  if (count == 1) {
    WeakrefObject* wr = *head;
    Object* callback = wr->callback;
    wr->callback = nullptr;
    unlink(wr);
    if (callback) {
      if (wr->refcnt > 0) run_callback(wr, callback);
      decref(callback);
    }
  } else {
    // detach every reference first, then run the callbacks in list order; the tuple keeps the
    // weakref objects alive meanwhile (CPython allocates the same tuple)
    Object* pending = tuple_new(count * 2);
    if (!pending) {
      err_clear();
      while (*head) unlink(*head);
    } else {
      WeakrefObject* wr = *head;
      for (ssize i = 0; i < count; ++i) {
        WeakrefObject* next = wr->next;
        if (wr->refcnt > 0) {
          tuple_set_new(pending, i * 2, new_ref(wr));
          tuple_set_new(pending, i * 2 + 1, wr->callback);  // takes over the reference
        } else {
          xdecref(wr->callback);
        }
        wr->callback = nullptr;
        unlink(wr);
        wr = next;
      }
      for (ssize i = 0; i < count; ++i) {
        Object* callback = tuple_get(pending, i * 2 + 1);
        if (callback) run_callback(tuple_get(pending, i * 2), callback);
      }
      decref(pending);
    }
  }
  err_restore(saved);
}

void weakref_clear_for_gc(Object* op, void (*queue)(Object* wr, void* arg), void* arg) {
  if (!weakly_referenceable(op)) return;
  WeakrefObject** head = list_slot(op);
  while (WeakrefObject* wr = *head) {
    weakref_detach(wr);
    // a weakref that is garbage itself never calls back; others do once all are cleared
    if (wr->callback && !memory::gc_is_collecting(wr)) {
      incref(wr);
      queue(wr, arg);
    }
  }
}

void weakref_clear_ref(Object* wr) { weakref_detach(as_ref(wr)); }

void weakref_call_callback(Object* wr) {
  Object* callback = as_ref(wr)->callback;
  if (callback) run_callback(wr, callback);
}

void weakref_type_init() {
  WeakrefType.name = "weakref.ReferenceType";
  WeakrefType.basicsize = sizeof(WeakrefObject);
  WeakrefType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  WeakrefType.doc = nullptr;
  WeakrefType.dealloc = weakref_dealloc;
  WeakrefType.traverse = weakref_traverse;
  WeakrefType.clear = weakref_clear;
  WeakrefType.new_ = ref_vnew;
  WeakrefType.init = ref_init;
  WeakrefType.call = ref_call;
  WeakrefType.hash = ref_hash;
  WeakrefType.richcompare = ref_richcompare;
  WeakrefType.repr = ref_repr;
  WeakrefType.getattro = generic_getattr;
  WeakrefType.members = ref_members;
  WeakrefType.methods = ref_methods;
}

}  // namespace mempy::runtime
