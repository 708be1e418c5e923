// runtime/weakref.h — weak references (CPython's PyWeakReference, 64 bytes + GC head).
//
// A weakly referenceable object has a list slot (at its type's weaklistoffset) holding the head
// of a doubly linked list of the weakref objects pointing at it. A reference without callback is
// shared (weakref.ref(x) twice gives the same object) and kept first in the list; references with
// callbacks follow it, newest first, which is the order their callbacks run in when the referent
// dies. Clearing happens before the referent's storage is torn down (clear_weakrefs from each
// dealloc); a cleared weakref points at None.
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

extern TypeObject WeakrefType;  // weakref.ReferenceType (weakref.ref)

inline bool is_weakref(const Object* op) {
  return type_check(op, &WeakrefType);
}

// weakref.ref(obj, callback): TypeError when obj's type is not weakly referenceable.
Object* weakref_new(Object* obj, Object* callback);
// The referent (borrowed) or None when dead.
Object* weakref_get(Object* ref);
// Number of weak references to op, and a new list of them.
ssize weakref_count(Object* op);
Object* weakref_list(Object* op);

// Clears all weak references to `op` and runs their callbacks (called from deallocs before
// freeing); no-op when the type is not weakly referenceable or there are none.
void clear_weakrefs(Object* op);

// For the cycle collector: clears the weak references to a garbage object, queueing (with a new
// reference) those whose callback must run; a weakref that is garbage itself is just cleared;
// the queued callbacks run after all clearing.
void weakref_clear_for_gc(Object* op, void (*queue)(Object* wr, void* arg), void* arg);
void weakref_clear_ref(Object* wr);
void weakref_call_callback(Object* wr);

void weakref_type_init();

}  // namespace mempy::runtime
