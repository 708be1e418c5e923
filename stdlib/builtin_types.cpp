// stdlib/builtin_types.cpp — enumerate, zip, map, filter, reversed and super.
//
// enumerate and zip hand out one result tuple and refill it in place while nobody else holds it
// (refcount 1), as CPython does, so a `for i, x in enumerate(...)` loop allocates no tuples.
#include "stdlib/builtin_types.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"

#include <vector>

namespace mempy::stdlib {

using namespace runtime;

TypeObject EnumerateType;
TypeObject ZipType;
TypeObject MapType;
TypeObject FilterType;
TypeObject ReversedType;
TypeObject SuperType;
TypeObject QuitterType;

Object* iter_self(Object* op) {
  return new_ref(op);
}

bool no_kwargs(const char* fname, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_format(&ExcTypeError, "{}() takes no keyword arguments", fname);
    return false;
  }
  return true;
}

namespace {

// Refills `*result` (refcount 1, owned by the iterator) with new item references, or makes a
// fresh tuple when the previous one is still in use. Steals the items.
Object* reuse_or_new_tuple(Object** result, Object* const* items, ssize n) {
  Object* r = *result;
  if (r && r->refcnt == 1) {
    incref(r);
    for (ssize i = 0; i < n; ++i) {
      Object* old = tuple_items(r)[i];
      tuple_items(r)[i] = items[i];
      xdecref(old);
    }
    // the collector may have untracked a tuple of atomic values: its new items may not be
    if (!memory::gc_is_tracked(r)) memory::gc_track(r);
    return r;
  }
  return tuple_from_array_steal(items, n);
}

// ---- enumerate
// ------------------------------------------------------------------------------------
struct EnumObject : Object {
  ssize index;  // next index while it fits
  Object* iter;
  Object* result;     // reusable (index, item) tuple
  Object* longindex;  // next index once past ssize range (or for a huge start), else null
  Object* one;        // unused; keeps CPython's 56-byte layout
};
static_assert(sizeof(EnumObject) == 56);

Object* enum_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  static const ArgSpec spec{"enumerate", {"iterable", "start"}, 0, 2, 1};
  Object* a[2];
  if (nargs == 0 && !(kwnames && tuple_size(kwnames))) {
    err_set_string(&ExcTypeError, "enumerate() missing required argument 'iterable'");
    return nullptr;
  }
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Ref<Object> start;
  ssize index = 0;
  if (a[1]) {
    start = steal(number_index(a[1]));
    if (!start) return nullptr;
    bool overflow = false;
    std::int64_t v = int_as_i64(start.get(), &overflow);
    if (!overflow) {
      index = v;
      start.reset();
    }
  }
  Object* it = get_iter(a[0]);
  if (!it) return nullptr;
  Object* result = tuple_new(2);
  if (!result) {
    decref(it);
    return nullptr;
  }
  tuple_set_new(result, 0, new_ref(None()));
  tuple_set_new(result, 1, new_ref(None()));
  auto* e = static_cast<EnumObject*>(type_generic_alloc(type, 0));
  if (!e) {
    decref(it);
    decref(result);
    return nullptr;
  }
  e->index = index;
  e->iter = it;
  e->result = result;
  e->longindex = start.release();
  memory::gc_track(e);
  return e;
}

void enum_dealloc(Object* op) {
  memory::gc_untrack(op);
  auto* e = static_cast<EnumObject*>(op);
  xdecref(e->iter);
  xdecref(e->result);
  xdecref(e->longindex);
  object_free(op);
}

int enum_traverse(Object* op, VisitFn visit, void* arg) {
  auto* e = static_cast<EnumObject*>(op);
  if (e->iter && visit(e->iter, arg)) return 1;
  if (e->result && visit(e->result, arg)) return 1;
  if (e->longindex && visit(e->longindex, arg)) return 1;
  return 0;
}

Object* enum_next(Object* op) {
  auto* e = static_cast<EnumObject*>(op);
  Object* item = e->iter->type->iternext(e->iter);
  if (!item) return nullptr;
  Object* idx;
  if (!e->longindex && e->index < PTRDIFF_MAX) {
    idx = int_from_ssize(e->index++);
  } else {
    if (!e->longindex) {
      e->longindex = int_from_ssize(e->index);
      if (!e->longindex) {
        decref(item);
        return nullptr;
      }
    }
    idx = e->longindex;
    Object* one = small_int(1);
    Object* next = int_add(idx, one);
    decref(one);
    if (!next) {
      decref(item);
      return nullptr;
    }
    e->longindex = next;  // the old value is handed out below
  }
  if (!idx) {
    decref(item);
    return nullptr;
  }
  Object* items[2] = {idx, item};
  return reuse_or_new_tuple(&e->result, items, 2);
}

// ---- zip
// ------------------------------------------------------------------------------------------
struct ZipObject : Object {
  ssize tuplesize;
  Object* ittuple;  // tuple of iterators
  Object* result;
  int strict;
};
static_assert(sizeof(ZipObject) == 48);

Object* zip_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  bool strict = false;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; ++k) {
    Object* key = tuple_get(kwnames, k);
    if (!str_eq_cstr(key, "strict")) {
      err_format(&ExcTypeError, "'{}' is an invalid keyword argument for zip()", str_to_std(key));
      return nullptr;
    }
    int t = object_is_true(args[nargs + std::size_t(k)]);
    if (t < 0) return nullptr;
    strict = t != 0;
  }
  ssize n = ssize(nargs);
  Ref<Object> iters = steal(tuple_new(n));
  if (!iters) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = get_iter(args[i]);
    if (!it) return nullptr;
    tuple_set_new(iters.get(), i, it);
  }
  Object* result = tuple_new(n);
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_new(result, i, new_ref(None()));
  auto* z = static_cast<ZipObject*>(type_generic_alloc(type, 0));
  if (!z) {
    decref(result);
    return nullptr;
  }
  z->tuplesize = n;
  z->ittuple = iters.release();
  z->result = result;
  z->strict = strict;
  memory::gc_track(z);
  return z;
}

void zip_dealloc(Object* op) {
  memory::gc_untrack(op);
  auto* z = static_cast<ZipObject*>(op);
  xdecref(z->ittuple);
  xdecref(z->result);
  object_free(op);
}

int zip_traverse(Object* op, VisitFn visit, void* arg) {
  auto* z = static_cast<ZipObject*>(op);
  if (z->ittuple && visit(z->ittuple, arg)) return 1;
  if (z->result && visit(z->result, arg)) return 1;
  return 0;
}

// strict=True: iterator i ran out while others may not have
Object* zip_strict_mismatch(ZipObject* z, ssize i) {
  if (err_occurred()) {
    if (!err_matches(&ExcStopIteration)) return nullptr;
    err_clear();
  }
  if (i > 0) {
    err_format(&ExcValueError, "zip() argument {} is shorter than argument{}{}", i + 1,
               i == 1 ? " " : "s 1-", i);
    return nullptr;
  }
  for (i = 1; i < z->tuplesize; ++i) {
    Object* it = tuple_get(z->ittuple, i);
    Object* item = it->type->iternext(it);
    if (item) {
      decref(item);
      err_format(&ExcValueError, "zip() argument {} is longer than argument{}{}", i + 1,
                 i == 1 ? " " : "s 1-", i);
      return nullptr;
    }
    if (err_occurred()) {
      if (!err_matches(&ExcStopIteration)) return nullptr;
      err_clear();
    }
  }
  return nullptr;  // all exhausted together: a normal end
}

Object* zip_next(Object* op) {
  auto* z = static_cast<ZipObject*>(op);
  ssize n = z->tuplesize;
  if (n == 0) return nullptr;
  Object* small[8];
  std::vector<Object*> big;
  Object** items = small;
  if (n > 8) {
    big.resize(std::size_t(n));
    items = big.data();
  }
  for (ssize i = 0; i < n; ++i) {
    Object* it = tuple_get(z->ittuple, i);
    Object* item = it->type->iternext(it);
    if (!item) {
      for (ssize k = 0; k < i; ++k) decref(items[k]);
      if (z->strict) return zip_strict_mismatch(z, i);
      return nullptr;
    }
    items[i] = item;
  }
  return reuse_or_new_tuple(&z->result, items, n);
}

// ---- map
// ------------------------------------------------------------------------------------------
struct MapObject : Object {
  Object* iters;  // tuple
  Object* func;
};

Object* map_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (!no_kwargs("map", kwnames)) return nullptr;
  if (nargs < 2) {
    err_set_string(&ExcTypeError, "map() must have at least two arguments.");
    return nullptr;
  }
  ssize n = ssize(nargs) - 1;
  Ref<Object> iters = steal(tuple_new(n));
  if (!iters) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = get_iter(args[i + 1]);
    if (!it) return nullptr;
    tuple_set_new(iters.get(), i, it);
  }
  auto* m = static_cast<MapObject*>(type_generic_alloc(type, 0));
  if (!m) return nullptr;
  m->iters = iters.release();
  m->func = new_ref(args[0]);
  memory::gc_track(m);
  return m;
}

void map_dealloc(Object* op) {
  memory::gc_untrack(op);
  auto* m = static_cast<MapObject*>(op);
  xdecref(m->iters);
  xdecref(m->func);
  object_free(op);
}

int map_traverse(Object* op, VisitFn visit, void* arg) {
  auto* m = static_cast<MapObject*>(op);
  if (m->iters && visit(m->iters, arg)) return 1;
  if (m->func && visit(m->func, arg)) return 1;
  return 0;
}

Object* map_next(Object* op) {
  auto* m = static_cast<MapObject*>(op);
  ssize n = tuple_size(m->iters);
  Object* small[9];
  std::vector<Object*> big;
  Object** buf = small;
  if (n + 1 > 9) {
    big.resize(std::size_t(n + 1));
    buf = big.data();
  }
  Object** items = buf + 1;  // buf[0] is scratch for ARGS_OFFSET
  for (ssize i = 0; i < n; ++i) {
    Object* it = tuple_get(m->iters, i);
    Object* item = it->type->iternext(it);
    if (!item) {
      for (ssize k = 0; k < i; ++k) decref(items[k]);
      return nullptr;
    }
    items[i] = item;
  }
  Object* r = call(m->func, items, std::size_t(n) | ARGS_OFFSET, nullptr);
  for (ssize i = 0; i < n; ++i) decref(items[i]);
  return r;
}

// ---- filter
// ---------------------------------------------------------------------------------------
struct FilterObject : Object {
  Object* func;
  Object* it;
};

Object* filter_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &FilterType && !no_kwargs("filter", kwnames)) return nullptr;
  if (nargs != 2) {
    err_format(&ExcTypeError, "filter expected 2 arguments, got {}", nargs);
    return nullptr;
  }
  Object* it = get_iter(args[1]);
  if (!it) return nullptr;
  auto* f = static_cast<FilterObject*>(type_generic_alloc(type, 0));
  if (!f) {
    decref(it);
    return nullptr;
  }
  f->func = new_ref(args[0]);
  f->it = it;
  memory::gc_track(f);
  return f;
}

void filter_dealloc(Object* op) {
  memory::gc_untrack(op);
  auto* f = static_cast<FilterObject*>(op);
  xdecref(f->func);
  xdecref(f->it);
  object_free(op);
}

int filter_traverse(Object* op, VisitFn visit, void* arg) {
  auto* f = static_cast<FilterObject*>(op);
  if (f->func && visit(f->func, arg)) return 1;
  if (f->it && visit(f->it, arg)) return 1;
  return 0;
}

Object* filter_next(Object* op) {
  auto* f = static_cast<FilterObject*>(op);
  bool truth_only = f->func == None() || f->func == &BoolType;
  for (;;) {
    Object* item = f->it->type->iternext(f->it);
    if (!item) return nullptr;
    int ok;
    if (truth_only) {
      ok = object_is_true(item);
    } else {
      Object* r = call_one_arg(f->func, item);
      if (!r) {
        decref(item);
        return nullptr;
      }
      ok = object_is_true(r);
      decref(r);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

// ---- reversed
// -------------------------------------------------------------------------------------
struct ReversedObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};

Object* reversed_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (type == &ReversedType && !no_kwargs("reversed", kwnames)) return nullptr;
  if (nargs != 1) {
    err_format(&ExcTypeError, "reversed expected 1 argument, got {}", nargs);
    return nullptr;
  }
  Object* seq = args[0];
  Object* meth = type_lookup(seq->type, ids::reversed);
  if (meth == None()) {
    err_format(&ExcTypeError, "'{}' object is not reversible", type_name(seq->type));
    return nullptr;
  }
  if (meth) {
    Object* bound = lookup_special(seq, ids::reversed);
    if (!bound) return nullptr;
    Object* r = call_no_args(bound);
    decref(bound);
    return r;
  }
  // the sequence protocol: __len__ and __getitem__ (a mapping is not a sequence)
  if (!seq->type->as_mapping->getitem || !seq->type->as_mapping->length ||
      type_has_flag(seq->type, TPFLAG_DICT_SUBCLASS)) {
    err_format(&ExcTypeError, "'{}' object is not reversible", type_name(seq->type));
    return nullptr;
  }
  ssize n = object_length(seq);
  if (n < 0) return nullptr;
  auto* r = static_cast<ReversedObject*>(type_generic_alloc(type, 0));
  if (!r) return nullptr;
  r->index = n - 1;
  r->seq = new_ref(seq);
  memory::gc_track(r);
  return r;
}

void reversed_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<ReversedObject*>(op)->seq);
  object_free(op);
}

int reversed_traverse(Object* op, VisitFn visit, void* arg) {
  Object* s = static_cast<ReversedObject*>(op)->seq;
  return s ? visit(s, arg) : 0;
}

Object* reversed_next(Object* op) {
  auto* r = static_cast<ReversedObject*>(op);
  if (r->index >= 0) {
    Object* item = get_item_index(r->seq, r->index);
    if (item) {
      --r->index;
      return item;
    }
    if (!err_matches(&ExcIndexError) && !err_matches(&ExcStopIteration)) return nullptr;
    err_clear();
  }
  r->index = -1;
  clear_ref(r->seq);
  return nullptr;
}

Object* reversed_length_hint(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
  auto* r = static_cast<ReversedObject*>(self);
  if (!r->seq) return small_int(0);
  ssize len = object_length(r->seq);
  if (len < 0) return nullptr;
  return int_from_ssize(len < r->index + 1 ? 0 : r->index + 1);
}

const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_DEFAULT,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- super
// ----------------------------------------------------------------------------------------
struct SuperObject : Object {
  TypeObject* type;      // the class where the method was defined (__thisclass__)
  Object* obj;           // the instance or class (__self__), may be null
  TypeObject* obj_type;  // type(obj) or obj itself for class methods (__self_class__)
};
static_assert(sizeof(SuperObject) == 40);

// Which type attribute lookups start from: obj's type when obj is an instance of `type`, obj
// itself when it is a subclass of `type`.
TypeObject* super_check(TypeObject* type, Object* obj) {
  if (is_type(obj) && type_is_subtype(static_cast<TypeObject*>(obj), type)) {
    return static_cast<TypeObject*>(new_ref(obj));
  }
  if (type_is_subtype(obj->type, type)) return static_cast<TypeObject*>(new_ref<Object>(obj->type));
  // a proxy whose __class__ claims to be an instance of type
  Object* cls = nullptr;
  if (lookup_attr(obj, ids::class_, &cls) < 0) return nullptr;
  if (cls) {
    if (is_type(cls) && cls != obj->type && type_is_subtype(static_cast<TypeObject*>(cls), type)) {
      return static_cast<TypeObject*>(cls);
    }
    decref(cls);
  }
  err_set_string(&ExcTypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super() with no arguments: __class__ from the enclosing class body's cell, and the method's
// first argument.
bool super_from_frame(TypeObject** type_out, Object** obj_out) {
  Frame* f = current_frame();
  if (!f || !f->code) {
    err_set_string(&ExcRuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0) {
    err_set_string(&ExcRuntimeError, "super(): no arguments");
    return false;
  }
  Object* first = f->localsplus[0];
  if (first && (co->localspluskinds[0] & CO_FAST_CELL) && is_cell(first)) {
    first = static_cast<CellObject*>(first)->ref;
  }
  if (!first) {
    err_set_string(&ExcRuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; ++i) {
    Object* name = tuple_get(co->localsplusnames, i);
    if (!str_eq_cstr(name, "__class__")) continue;
    Object* cell = f->localsplus[i];
    if (!cell || !is_cell(cell)) {
      err_set_string(&ExcRuntimeError, "super(): bad __class__ cell");
      return false;
    }
    Object* cls = static_cast<CellObject*>(cell)->ref;
    if (!cls) {
      err_set_string(&ExcRuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type(cls)) {
      err_format(&ExcRuntimeError, "super(): __class__ is not a type ({})", type_name(cls->type));
      return false;
    }
    *type_out = static_cast<TypeObject*>(cls);
    *obj_out = first;
    return true;
  }
  err_set_string(&ExcRuntimeError, "super(): __class__ cell not found");
  return false;
}

int super_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  auto* su = static_cast<SuperObject*>(self);
  if (!no_kwargs("super", kwnames)) return -1;
  if (nargs > 2) {
    err_format(&ExcTypeError, "super() takes at most 2 arguments ({} given)", nargs);
    return -1;
  }
  TypeObject* type = nullptr;
  Object* obj = nullptr;
  if (nargs == 0) {
    if (!super_from_frame(&type, &obj)) return -1;
  } else {
    if (!is_type(args[0])) {
      err_format(&ExcTypeError, "super() argument 1 must be a type, not {}",
                 type_name(args[0]->type));
      return -1;
    }
    type = static_cast<TypeObject*>(args[0]);
    if (nargs == 2 && args[1] != None()) obj = args[1];
  }
  TypeObject* obj_type = nullptr;
  if (obj) {
    obj_type = super_check(type, obj);
    if (!obj_type) return -1;
    incref(obj);
  }
  incref(type);
  TypeObject* old_type = su->type;
  Object* old_obj = su->obj;
  TypeObject* old_obj_type = su->obj_type;
  su->type = type;
  su->obj = obj;
  su->obj_type = obj_type;
  if (old_type) decref(old_type);
  xdecref(old_obj);
  if (old_obj_type) decref(old_obj_type);
  return 0;
}

Object* super_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* su = type_generic_alloc(type, 0);
  if (su) memory::gc_track(su);
  return su;
}

void super_dealloc(Object* op) {
  memory::gc_untrack(op);
  auto* su = static_cast<SuperObject*>(op);
  xdecref(su->obj);
  if (su->type) decref(su->type);
  if (su->obj_type) decref(su->obj_type);
  object_free(op);
}

int super_traverse(Object* op, VisitFn visit, void* arg) {
  auto* su = static_cast<SuperObject*>(op);
  if (su->obj && visit(su->obj, arg)) return 1;
  if (su->type && visit(su->type, arg)) return 1;
  if (su->obj_type && visit(su->obj_type, arg)) return 1;
  return 0;
}

Object* super_getattro(Object* self, Object* name) {
  auto* su = static_cast<SuperObject*>(self);
  TypeObject* start = su->obj_type;
  // super().__class__ is the super object's own class
  if (start && !(is_str(name) && str_eq_cstr(name, "__class__"))) {
    Object* mro = start->mro;
    if (mro) {
      ssize n = tuple_size(mro);
      ssize i = 0;
      while (i + 1 < n && tuple_get(mro, i) != su->type) ++i;
      ++i;  // start after su->type
      Ref<Object> keep = borrow(mro);
      for (; i < n; ++i) {
        auto* cls = static_cast<TypeObject*>(tuple_get(mro, i));
        Object* res = dict_get_item_with_error(cls->dict, name);
        if (!res) {
          if (err_occurred()) return nullptr;
          continue;
        }
        if (res->type->descr_get) {
          Object* inst = su->obj == start ? nullptr : su->obj;
          return res->type->descr_get(res, inst, start);
        }
        return new_ref(res);
      }
    }
  }
  return generic_getattr(self, name);
}

Object* super_descr_get(Object* self, Object* obj, Object*) {
  auto* su = static_cast<SuperObject*>(self);
  if (!obj || obj == None() || su->obj) return new_ref(self);
  Object* args[2] = {su->type, obj};
  return call(self->type, args, 2, nullptr);
}

Object* super_repr(Object* self) {
  auto* su = static_cast<SuperObject*>(self);
  const char* tname = su->type ? type_name(su->type) : "NULL";
  if (su->obj_type) {
    return str_from_utf8(
        fmt::format("<super: <class '{}'>, <{} object>>", tname, type_name(su->obj_type)));
  }
  return str_from_utf8(fmt::format("<super: <class '{}'>, NULL>", tname));
}

const MemberDef super_members[] = {
    {"__thisclass__", MemberKind::OBJECT, offsetof(SuperObject, type), true,
     "the class invoking super()"},
    {"__self__", MemberKind::OBJECT, offsetof(SuperObject, obj), true,
     "the instance invoking super(); may be None"},
    {"__self_class__", MemberKind::OBJECT, offsetof(SuperObject, obj_type), true,
     "the type of the instance invoking super(); may be None"},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

// ---- exit / quit (site's Quitter)
// -----------------------------------------------------------------
struct QuitterObject : Object {
  Object* name;
  Object* eof;
};

void quitter_dealloc(Object* op) {
  auto* q = static_cast<QuitterObject*>(op);
  xdecref(q->name);
  xdecref(q->eof);
  object_free(op);
}

Object* quitter_repr(Object* self) {
  auto* q = static_cast<QuitterObject*>(self);
  return str_from_utf8(
      fmt::format("Use {}() or {} to exit", str_to_std(q->name), str_to_std(q->eof)));
}

// exit(code=None): closes sys.stdin (errors ignored) and raises SystemExit(code)
Object* quitter_call(Object*, Object* const* args, std::size_t nargsf, Object* kwnames) {
  static const ArgSpec spec{"__call__", {"code"}, 0, 1, 0};
  Object* a[1];
  if (!parse_args(spec, args, vector_nargs(nargsf), kwnames, a)) return nullptr;
  if (Object* in = sys_get("stdin")) {
    Ref<Object> keep = borrow(in);
    Object* r = call_method(in, ids::s_close, nullptr, 0);
    if (r) {
      decref(r);
    } else {
      err_clear();
    }
  }
  err_set_object(&ExcSystemExit, a[0]);
  return nullptr;
}

const MemberDef quitter_members[] = {
    {"name", MemberKind::OBJECT, offsetof(QuitterObject, name), true, nullptr},
    {"eof", MemberKind::OBJECT, offsetof(QuitterObject, eof), true, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

void fill_iter_type(TypeObject& t, const char* name, ssize size, DeallocFn dealloc,
                    TraverseFn traverse, NewFn new_fn, UnaryFn next, const char* doc) {
  t.name = name;
  t.basicsize = size;
  t.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  t.doc = doc;
  t.dealloc = dealloc;
  t.traverse = traverse;
  t.new_ = new_fn;
  t.iter = iter_self;
  t.iternext = next;
  t.getattro = generic_getattr;
}

}  // namespace

int builtin_types_ready() {
  if (type_has_flag(&SuperType, TPFLAG_READY)) return 0;
  fill_iter_type(EnumerateType, "enumerate", sizeof(EnumObject), enum_dealloc, enum_traverse,
                 enum_new, enum_next,
                 "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\n"
                 "The enumerate object yields pairs containing a count (from start, which\n"
                 "defaults to zero) and a value yielded by the iterable argument.");
  fill_iter_type(ZipType, "zip", sizeof(ZipObject), zip_dealloc, zip_traverse, zip_new, zip_next,
                 "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.");
  fill_iter_type(MapType, "map", sizeof(MapObject), map_dealloc, map_traverse, map_new, map_next,
                 "map(func, *iterables) --> map object\n\nMake an iterator that computes the "
                 "function using arguments from\neach of the iterables.  Stops when the shortest "
                 "iterable is exhausted.");
  fill_iter_type(FilterType, "filter", sizeof(FilterObject), filter_dealloc, filter_traverse,
                 filter_new, filter_next,
                 "filter(function or None, iterable) --> filter object\n\nReturn an iterator "
                 "yielding those items of iterable for which function(item)\nis true. If function "
                 "is None, return the items that are true.");
  fill_iter_type(ReversedType, "reversed", sizeof(ReversedObject), reversed_dealloc,
                 reversed_traverse, reversed_new, reversed_next,
                 "Return a reverse iterator over the values of the given sequence.");
  ReversedType.methods = reversed_methods;
  // CPython 3.11's enumerate, map, filter and reversed have a tp_vectorcall; zip does not
  for (TypeObject* t : {&EnumerateType, &MapType, &FilterType, &ReversedType}) {
    t->flags |= TPFLAG_VECTORCALL;
  }

  SuperType.name = "super";
  SuperType.basicsize = sizeof(SuperObject);
  SuperType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_VECTORCALL;
  SuperType.doc =
      "super() -> same as super(__class__, <first argument>)\n"
      "super(type) -> unbound super object\n"
      "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
      "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  SuperType.dealloc = super_dealloc;
  SuperType.traverse = super_traverse;
  SuperType.new_ = super_new;
  SuperType.init = super_init;
  SuperType.getattro = super_getattro;
  SuperType.descr_get = super_descr_get;
  SuperType.repr = super_repr;
  SuperType.members = super_members;

  QuitterType.name = "_sitebuiltins.Quitter";
  QuitterType.basicsize = sizeof(QuitterObject);
  QuitterType.dealloc = quitter_dealloc;
  QuitterType.repr = quitter_repr;
  QuitterType.call = quitter_call;
  QuitterType.getattro = generic_getattr;
  QuitterType.members = quitter_members;

  for (TypeObject* t :
       {&EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType, &SuperType, &QuitterType}) {
    if (type_ready_static(t) < 0) return -1;
  }
  return 0;
}

Object* quitter_new(const char* name) {
  auto* q = static_cast<QuitterObject*>(type_generic_alloc(&QuitterType, 0));
  if (!q) return nullptr;
  q->name = str_from_cstr(name);
  q->eof = str_from_cstr("Ctrl-D (i.e. EOF)");
  if (!q->name || !q->eof) {
    decref(q);
    return nullptr;
  }
  return q;
}

}  // namespace mempy::stdlib
