// runtime/gc_support.cpp — see gc_support.h.
#include "runtime/gc_support.h"

#include <cstdio>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/dict_internal.h"
#include "runtime/errors.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"
#include "runtime/unraisable.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

namespace {

Object* g_garbage = nullptr;
Object* g_callbacks = nullptr;

inline Object* obj(void* op) { return static_cast<Object*>(op); }

// The collector only ever sees objects that carry a GC head.
struct VisitAdapter {
  memory::VisitFn visit;
  void* arg;
};
int adapt_visit(Object* op, void* a) {
  if (!object_is_gc(op)) return 0;
  auto* ad = static_cast<VisitAdapter*>(a);
  return ad->visit(op, ad->arg);
}
int gc_traverse(void* op, memory::VisitFn visit, void* arg) {
  Object* o = obj(op);
  if (!o->type->traverse) return 0;
  VisitAdapter ad{visit, arg};
  return o->type->traverse(o, adapt_visit, &ad);
}

void gc_clear(void* op) {
  Object* o = obj(op);
  if (!o->type->clear) return;
  incref(o);
  o->type->clear(o);
  if (err_occurred()) write_unraisable(o->type);
  decref(o);
}

std::ptrdiff_t gc_refcount(void* op) { return obj(op)->refcnt; }
void gc_incref(void* op) { incref(obj(op)); }
void gc_decref(void* op) { decref(obj(op)); }

bool gc_finalize(void* op) {
  Object* o = obj(op);
  if (!o->type->finalize) return false;
  memory::gc_set_finalized(o);
  incref(o);
  o->type->finalize(o);
  if (err_occurred()) write_unraisable(o);
  decref(o);
  return true;
}

void gc_clear_weakrefs(void* op, void (*queue)(void*, void*), void* arg) {
  // the runtime's queue signature takes an Object*; the collector's takes void*
  struct Forward {
    void (*queue)(void*, void*);
    void* arg;
  } fwd{queue, arg};
  weakref_clear_for_gc(
      obj(op),
      [](Object* wr, void* a) {
        auto* f = static_cast<Forward*>(a);
        f->queue(wr, f->arg);
      },
      &fwd);
}

bool gc_is_weakref(void* op) { return is_any_weakref(obj(op)); }  // proxies too
void gc_clear_weakref(void* wr) { weakref_clear_ref(obj(wr)); }
void gc_call_weakref_callback(void* wr) { weakref_call_callback(obj(wr)); }

// A tuple none of whose items may be in a cycle leaves the collector's lists.
void gc_maybe_untrack_tuple(void* op) {
  Object* t = obj(op);
  if (!is_tuple_exact(t)) return;
  for (ssize i = 0; i < tuple_size(t); ++i) {
    Object* item = tuple_get(t, i);
    if (!item || object_may_be_tracked(item)) return;
  }
  memory::gc_untrack(t);
}

void gc_maybe_untrack_dict(void* op) {
  Object* d = obj(op);
  if (!is_dict_exact(d) || static_cast<DictObject*>(d)->values) return;  // split tables stay
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v)) {
    if (object_may_be_tracked(k) || object_may_be_tracked(v)) return;
  }
  memory::gc_untrack(d);
}

void gc_describe(void* op, char* buf, std::size_t size) {
  std::snprintf(buf, size, "<%s %p>", obj(op)->type->name, op);
}

void gc_write_debug(const char* text) { write_stderr(text); }

void gc_save_garbage(void* op) {
  Object* g = gc_garbage_list();
  if (g && list_append(g, obj(op)) < 0) err_clear();
}

void gc_clear_free_lists() {
  float_clear_free_list();
  tuple_clear_free_lists();
  list_clear_free_list();
  dict_clear_free_lists();
}

bool gc_error_pending() { return err_occurred(); }

// gc.callbacks: cb(phase, {"generation": g, "collected": n, "uncollectable": m})
void gc_on_collection(bool start, int generation, std::ptrdiff_t collected,
                      std::ptrdiff_t uncollectable) {
  if (!g_callbacks || list_size(g_callbacks) == 0) return;
  Object* saved = err_fetch();
  Object* phase = str_from_cstr(start ? "start" : "stop");
  Object* info = dict_new();
  Object* vals[3] = {int_from_i64(generation), int_from_i64(collected),
                     int_from_i64(uncollectable)};
  bool ok = phase && info && vals[0] && vals[1] && vals[2] &&
            dict_set_item_cstr(info, "generation", vals[0]) == 0 &&
            dict_set_item_cstr(info, "collected", vals[1]) == 0 &&
            dict_set_item_cstr(info, "uncollectable", vals[2]) == 0;
  for (Object* v : vals) xdecref(v);
  if (!ok) {
    write_unraisable(nullptr);
  } else {
    for (ssize i = 0; i < list_size(g_callbacks); ++i) {
      Object* cb = new_ref(list_get(g_callbacks, i));
      Object* args[2] = {phase, info};
      Object* r = call(cb, args, 2, nullptr);
      if (r) {
        decref(r);
      } else {
        write_unraisable(cb);
      }
      decref(cb);
    }
  }
  xdecref(phase);
  xdecref(info);
  err_restore(saved);
}

}  // namespace

bool object_may_be_tracked(const Object* op) {
  if (!object_is_gc(op)) return false;
  if (is_tuple_exact(op)) return memory::gc_is_tracked(op);
  return true;
}

Object* gc_garbage_list() {
  if (!g_garbage) g_garbage = list_new(0);
  return g_garbage;
}

Object* gc_callbacks_list() {
  if (!g_callbacks) g_callbacks = list_new(0);
  return g_callbacks;
}

void gc_support_init() {
  memory::GCObjectOps ops{};
  ops.traverse = gc_traverse;
  ops.clear = gc_clear;
  ops.refcount = gc_refcount;
  ops.incref = gc_incref;
  ops.decref = gc_decref;
  ops.finalize = gc_finalize;
  ops.clear_weakrefs = gc_clear_weakrefs;
  ops.is_weakref = gc_is_weakref;
  ops.clear_weakref = gc_clear_weakref;
  ops.call_weakref_callback = gc_call_weakref_callback;
  ops.maybe_untrack_tuple = gc_maybe_untrack_tuple;
  ops.maybe_untrack_dict = gc_maybe_untrack_dict;
  ops.describe = gc_describe;
  ops.write_debug = gc_write_debug;
  ops.save_garbage = gc_save_garbage;
  ops.clear_free_lists = gc_clear_free_lists;
  ops.error_pending = gc_error_pending;
  ops.on_collection = gc_on_collection;
  memory::gc_set_object_ops(ops);
  memory::gc_stress_init();
}

void gc_support_fini() {
  clear_ref(g_garbage);
  clear_ref(g_callbacks);
}

}  // namespace mempy::runtime
