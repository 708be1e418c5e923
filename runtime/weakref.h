// runtime/weakref.h — weak references (CPython's PyWeakReference, 64 bytes + GC head).
//
// A weakly referenceable object has a list slot (at its type's weaklistoffset) holding the head
// of a doubly linked list of the weak reference objects pointing at it: refs and proxies
// (runtime/weakref_proxy.cpp), which share this layout. A ref or proxy without callback is shared
// (weakref.ref(x) twice gives the same object). The list order is CPython's: the callback-less
// exact ref first, then the callback-less proxy, then everything else newest first, which is the
// order the callbacks run in when the referent dies. Clearing happens before the referent's
// storage is torn down (clear_weakrefs from each dealloc); a cleared weakref points at None.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct WeakrefObject : Object {
  Object* object;    // the referent (not owned), None once cleared
  Object* callback;  // owned, may be null
  hash_t hash;       // cached hash of the referent, -1 until computed
  WeakrefObject* prev;
  WeakrefObject* next;
  void* vectorcall;  // unused (CPython's calling hook); keeps the 64-byte layout
};
static_assert(sizeof(WeakrefObject) == 64);

extern TypeObject WeakrefType;        // weakref.ReferenceType (weakref.ref)
extern TypeObject ProxyType;          // weakref.ProxyType
extern TypeObject CallableProxyType;  // weakref.CallableProxyType (proxy to a callable)

inline bool is_weakref(const Object* op) {
  return type_check(op, &WeakrefType);
}
inline bool is_proxy(const Object* op) {
  return op->type == &ProxyType || op->type == &CallableProxyType;
}
// Any object with the WeakrefObject layout linked in a referent's list (ref, subclass, proxy).
inline bool is_any_weakref(const Object* op) {
  return is_proxy(op) || is_weakref(op);
}

// weakref.ref(obj, callback): TypeError when obj's type is not weakly referenceable.
Object* weakref_new(Object* obj, Object* callback);
// weakref.proxy(obj, callback): a ProxyType or, for a callable obj, a CallableProxyType.
Object* proxy_new(Object* obj, Object* callback);
// A new (or the shared callback-less) weak reference of `type` — WeakrefType or a subclass,
// ProxyType, CallableProxyType — linked into obj's list in CPython's order. callback may be
// null or None.
Object* weakref_make(TypeObject* type, Object* obj, Object* callback);
// The referent (borrowed) or None when dead.
Object* weakref_get(Object* ref);
// Number of weak references to op, and a new list of them.
ssize weakref_count(Object* op);
Object* weakref_list(Object* op);

// For the cycle collector (CPython's handle_weakrefs, which clears first and calls back later,
// and only for weak references that are not garbage themselves): the head of op's list
// (borrowed; null when none or op is not weakly referenceable; follow ->next), and detaching
// one reference from its referent (it then points at None) while it keeps its callback.
WeakrefObject* weakref_head(Object* op);
void weakref_detach(WeakrefObject* wr);

// Clears all weak references to `op` and runs their callbacks (called from deallocs before
// freeing); no-op when the type is not weakly referenceable or there are none.
void clear_weakrefs(Object* op);

// For the cycle collector: clears the weak references to a garbage object, queueing (with a new
// reference) those whose callback must run; a weakref that is garbage itself is just cleared;
// the queued callbacks run after all clearing.
void weakref_clear_for_gc(Object* op, void (*queue)(Object* wr, void* arg), void* arg);
void weakref_clear_ref(Object* wr);
void weakref_call_callback(Object* wr);
// The slots every weak reference type shares (the object is unlinked from its referent's list
// on dealloc and clear; the callback is its only reference).
void weakref_dealloc(Object* op);
int weakref_traverse(Object* op, VisitFn visit, void* arg);
int weakref_clear(Object* op);

void weakref_type_init();
int proxy_types_init();  // readies the proxy types on first use (idempotent)

}  // namespace mempy::runtime
