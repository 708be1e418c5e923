// runtime/slice.cpp — slice objects and index normalisation (CPython's sliceobject.c).
#include "runtime/slice.h"
#include "runtime/cfunction.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject SliceType;

namespace {

inline SliceObject* as_slice(Object* op) {
  return static_cast<SliceObject*>(op);
}

void slice_dealloc(Object* op) {
  memory::gc_untrack(op);
  SliceObject* s = as_slice(op);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  object_free(op);
}
int slice_traverse(Object* op, VisitFn visit, void* arg) {
  SliceObject* s = as_slice(op);
  if (visit(s->start, arg) || visit(s->stop, arg) || visit(s->step, arg)) return 1;
  return 0;
}
Object* slice_repr(Object* op) {
  SliceObject* s = as_slice(op);
  std::string a, b, c;
  if (!repr_utf8_of(s->start, a) || !repr_utf8_of(s->stop, b) || !repr_utf8_of(s->step, c)) {
    return nullptr;
  }
  return str_from_utf8("slice(" + a + ", " + b + ", " + c + ")");
}
Object* slice_richcompare(Object* a, Object* b, int op) {
  if (!is_slice(a) || !is_slice(b)) return not_implemented_new_ref();
  Object* t1 = tuple_pack({as_slice(a)->start, as_slice(a)->stop, as_slice(a)->step});
  Object* t2 = tuple_pack({as_slice(b)->start, as_slice(b)->stop, as_slice(b)->step});
  Object* r = (t1 && t2) ? rich_compare(t1, t2, op) : nullptr;
  xdecref(t1);
  xdecref(t2);
  return r;
}
Object* slice_new_slot(TypeObject*, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "slice() takes no keyword arguments");
    return nullptr;
  }
  if (nargs < 1 || nargs > 3) {
    err_format_dyn(&ExcTypeError,
                   nargs < 1 ? "slice expected at least 1 argument, got {}"
                             : "slice expected at most 3 arguments, got {}",
                   nargs);
    return nullptr;
  }
  if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}
Object* slice_get_start(Object* op, void*) {
  return new_ref(as_slice(op)->start);
}
Object* slice_get_stop(Object* op, void*) {
  return new_ref(as_slice(op)->stop);
}
Object* slice_get_step(Object* op, void*) {
  return new_ref(as_slice(op)->step);
}

Object* slice_indices(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("indices", nargs, kwnames)) return nullptr;
  ssize length = number_as_ssize(args[0], &ExcOverflowError);
  if (length == -1 && err_occurred()) return nullptr;
  if (length < 0) {
    err_set_string(&ExcValueError, "length should not be negative");
    return nullptr;
  }
  ssize start, stop, step;
  if (slice_unpack(self, &start, &stop, &step) < 0) return nullptr;
  slice_adjust_indices(length, &start, &stop, step);
  Object* a = int_from_ssize(start);
  Object* b = int_from_ssize(stop);
  Object* c = int_from_ssize(step);
  Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

GetSetDef slice_getset[] = {
    {"start", slice_get_start, nullptr, nullptr, nullptr},
    {"stop", slice_get_stop, nullptr, nullptr, nullptr},
    {"step", slice_get_step, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
MethodDef slice_methods[] = {
    {"indices", slice_indices, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

bool eval_slice_index(Object* v, ssize* out) {
  if (is_none(v)) return true;
  if (!has_index(v)) {
    err_set_string(&ExcTypeError,
                   "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  ssize x = number_as_ssize(v, nullptr);  // clamps on overflow, as CPython
  if (x == -1 && err_occurred()) return false;
  *out = x;
  return true;
}

}  // namespace

Object* slice_new(Object* start, Object* stop, Object* step) {
  SliceObject* s = static_cast<SliceObject*>(type_generic_alloc(&SliceType, 0));
  if (!s) return nullptr;
  s->start = new_ref(start ? start : None());
  s->stop = new_ref(stop ? stop : None());
  s->step = new_ref(step ? step : None());
  memory::gc_track(s);
  return s;
}

int slice_unpack(Object* op, ssize* start, ssize* stop, ssize* step) {
  SliceObject* s = as_slice(op);
  *step = 1;
  if (!is_none(s->step)) {
    if (!eval_slice_index(s->step, step)) return -1;
    if (*step == 0) {
      err_set_string(&ExcValueError, "slice step cannot be zero");
      return -1;
    }
    if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX;
  }
  *start = *step < 0 ? PTRDIFF_MAX : 0;
  if (!is_none(s->start) && !eval_slice_index(s->start, start)) return -1;
  *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  if (!is_none(s->stop) && !eval_slice_index(s->stop, stop)) return -1;
  return 0;
}

ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

bool slice_index_arg(Object* v, ssize* out) {
  return eval_slice_index(v, out);
}

void slice_type_init() {
  SliceType.name = "slice";
  SliceType.basicsize = sizeof(SliceObject);
  SliceType.flags = TPFLAG_HAVE_GC;
  SliceType.dealloc = slice_dealloc;
  SliceType.traverse = slice_traverse;
  SliceType.repr = slice_repr;
  SliceType.richcompare = slice_richcompare;
  SliceType.hash = hash_not_implemented;
  SliceType.new_ = slice_new_slot;
  SliceType.getset = slice_getset;
  SliceType.methods = slice_methods;
}

}  // namespace mempy::runtime
