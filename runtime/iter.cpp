// runtime/iter.cpp — list/tuple iterators, the __getitem__ sequence iterator, iter(callable,
// sentinel) and list reversed().
#include "runtime/iter.h"
#include "runtime/singletons.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject ListIterType;
TypeObject TupleIterType;
TypeObject SeqIterType;
TypeObject CallIterType;
TypeObject ListRevIterType;

namespace {

inline SeqIterObject* as_it(Object* op) {
  return static_cast<SeqIterObject*>(op);
}

void it_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(as_it(op)->seq);
  object_free(op);
}
int it_traverse(Object* op, VisitFn visit, void* arg) {
  Object* s = as_it(op)->seq;
  return s ? visit(s, arg) : 0;
}
Object* it_self(Object* op) {
  return new_ref(op);
}

Object* listiter_next(Object* op) {
  SeqIterObject* it = as_it(op);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < list_size(seq)) return new_ref(list_get(seq, it->index++));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}
Object* tupleiter_next(Object* op) {
  SeqIterObject* it = as_it(op);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < tuple_size(seq)) return new_ref(tuple_get(seq, it->index++));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}
Object* seqiter_next(Object* op) {
  SeqIterObject* it = as_it(op);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  Object* r = get_item_index(seq, it->index);
  if (r) {
    ++it->index;
    return r;
  }
  if (err_matches(&ExcIndexError) || err_matches(&ExcStopIteration)) {
    err_clear();
    it->seq = nullptr;
    decref(seq);
  }
  return nullptr;
}
Object* listreviter_next(Object* op) {
  SeqIterObject* it = as_it(op);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index >= 0 && it->index < list_size(seq)) return new_ref(list_get(seq, it->index--));
  it->index = -1;
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* length_hint(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
  SeqIterObject* it = as_it(self);
  ssize n = 0;
  if (it->seq) {
    if (self->type == &ListIterType) {
      n = list_size(it->seq) - it->index;
    } else if (self->type == &TupleIterType) {
      n = tuple_size(it->seq) - it->index;
    } else if (self->type == &ListRevIterType) {
      n = it->index + 1;
      if (n > list_size(it->seq)) n = 0;
    } else {
      ssize len = object_length(it->seq);
      if (len < 0) {
        err_clear();
        return not_implemented_new_ref();
      }
      n = len - it->index;
    }
  }
  return int_from_ssize(n < 0 ? 0 : n);
}

MethodDef it_methods[] = {
    {"__length_hint__", length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// iter(callable, sentinel)
struct CallIterObject : Object {
  Object* func;
  Object* sentinel;
};
void calliter_dealloc(Object* op) {
  memory::gc_untrack(op);
  CallIterObject* c = static_cast<CallIterObject*>(op);
  xdecref(c->func);
  xdecref(c->sentinel);
  object_free(op);
}
int calliter_traverse(Object* op, VisitFn visit, void* arg) {
  CallIterObject* c = static_cast<CallIterObject*>(op);
  if (c->func && visit(c->func, arg)) return 1;
  if (c->sentinel && visit(c->sentinel, arg)) return 1;
  return 0;
}
Object* calliter_next(Object* op) {
  CallIterObject* c = static_cast<CallIterObject*>(op);
  if (!c->func) return nullptr;
  Object* r = call_no_args(c->func);
  if (!r) {
    if (err_matches(&ExcStopIteration)) {
      err_clear();
      clear_ref(c->func);
      clear_ref(c->sentinel);
    }
    return nullptr;
  }
  int eq = rich_compare_bool(r, c->sentinel, CMP_EQ);
  if (eq == 0) return r;
  decref(r);
  if (eq > 0) {
    clear_ref(c->func);
    clear_ref(c->sentinel);
  }
  return nullptr;
}

Object* new_iter(TypeObject* t, Object* seq, ssize index) {
  SeqIterObject* it = static_cast<SeqIterObject*>(type_generic_alloc(t, 0));
  if (!it) return nullptr;
  it->seq = new_ref(seq);
  it->index = index;
  memory::gc_track(it);
  return it;
}

void init_iter_type(TypeObject& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(SeqIterObject);
  t.flags = TPFLAG_HAVE_GC;
  t.dealloc = it_dealloc;
  t.traverse = it_traverse;
  t.iter = it_self;
  t.iternext = next;
  t.methods = it_methods;
}

}  // namespace

Object* seqiter_new_for_list(Object* list) {
  return new_iter(&ListIterType, list, 0);
}
Object* seqiter_new_for_tuple(Object* tuple) {
  return new_iter(&TupleIterType, tuple, 0);
}
Object* seqiter_new(Object* seq) {
  return new_iter(&SeqIterType, seq, 0);
}
Object* list_reverse_iter_new(Object* list) {
  return new_iter(&ListRevIterType, list, list_size(list) - 1);
}

Object* calliter_new(Object* callable, Object* sentinel) {
  CallIterObject* c = static_cast<CallIterObject*>(type_generic_alloc(&CallIterType, 0));
  if (!c) return nullptr;
  c->func = new_ref(callable);
  c->sentinel = new_ref(sentinel);
  memory::gc_track(c);
  return c;
}

void iter_types_init() {
  init_iter_type(ListIterType, "list_iterator", listiter_next);
  init_iter_type(TupleIterType, "tuple_iterator", tupleiter_next);
  init_iter_type(SeqIterType, "iterator", seqiter_next);
  init_iter_type(ListRevIterType, "list_reverseiterator", listreviter_next);
  CallIterType.name = "callable_iterator";
  CallIterType.basicsize = sizeof(CallIterObject);
  CallIterType.flags = TPFLAG_HAVE_GC;
  CallIterType.dealloc = calliter_dealloc;
  CallIterType.traverse = calliter_traverse;
  CallIterType.iter = it_self;
  CallIterType.iternext = calliter_next;
}

}  // namespace mempy::runtime
