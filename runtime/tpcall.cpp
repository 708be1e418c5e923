// runtime/tpcall.cpp — tp_call's packed arguments and _PyStack_UnpackDict (see tpcall.h).
#include "runtime/tpcall.h"

#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"

namespace mempy::runtime {

namespace {
// the tuple of the innermost PackedCall (borrowed; it lives as long as that PackedCall)
Object* g_packed_args = nullptr;
// the tuple/dict a caller offers to the next PackedCall (borrowed; see Prepacked)
Prepacked* g_prepacked = nullptr;
}  // namespace

bool call_packs_arguments(Object* callable) {
  TypeObject* t = callable->type;
  if (t == &WrapperDescrType || t == &MethodWrapperType) return true;
  if (is_cfunction(callable)) {
    return (static_cast<CFunctionObject*>(callable)->def->flags & METH_VARARGS) != 0;
  }
  if (t == &MethodDescrType) {
    return (static_cast<MethodDescrObject*>(callable)->d_method->flags & METH_VARARGS) != 0;
  }
  return type_calls_packed(callable) || calls_dunder_call(callable);
}

Prepacked::Prepacked(Object* tuple, Object* kwargs)
    : tuple_(tuple), kwargs_(kwargs), outer_(g_prepacked) {
  g_prepacked = this;
}

Prepacked::~Prepacked() {
  g_prepacked = outer_;
}

PackedCall::PackedCall(Object* const* args, std::size_t nargsf, Object* kwnames) {
  ssize nargs = vector_nargs(nargsf);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  nargs_ = std::size_t(nargs);
  // the caller's own tuple and dict, when it offered them for exactly these arguments
  Prepacked* offer = g_prepacked;
  if (offer) {
    bool tuple_fits = !offer->tuple_ || tuple_size(offer->tuple_) == nargs;
    for (ssize i = 0; tuple_fits && offer->tuple_ && i < nargs; ++i) {
      tuple_fits = tuple_items(offer->tuple_)[i] == args[i];
    }
    bool kwargs_fit = offer->kwargs_ ? dict_size(offer->kwargs_) == nkw : true;
    if (!tuple_fits || !kwargs_fit) offer = nullptr;
    g_prepacked = nullptr;  // offered to the first call only
  }
  Object* t = offer && offer->tuple_ ? new_ref(offer->tuple_) : tuple_from_array(args, nargs);
  if (!t) return;
  if (nkw && offer && offer->kwargs_) {
    kwargs_ = new_ref(offer->kwargs_);
    joined_.assign(tuple_items(t), tuple_items(t) + nargs);
    joined_.insert(joined_.end(), args + nargs, args + nargs + nkw);
    view_ = joined_.data();
  } else if (nkw) {
    // _PyStack_AsDict: a dict presized for the keywords, filled in order
    kwargs_ = dict_new_presized(nkw);
    for (ssize i = 0; kwargs_ && i < nkw; ++i) {
      if (dict_set_item(kwargs_, tuple_get(kwnames, i), args[nargs + i]) < 0) {
        decref(kwargs_);
        kwargs_ = nullptr;
      }
    }
    if (!kwargs_) {
      decref(t);
      return;
    }
    joined_.assign(tuple_items(t), tuple_items(t) + nargs);
    joined_.insert(joined_.end(), args + nargs, args + nargs + nkw);
    view_ = joined_.data();
  } else {
    view_ = tuple_items(t);
  }
  tuple_ = t;
  outer_ = g_packed_args;
  g_packed_args = t;
}

PackedCall::~PackedCall() {
  if (!tuple_) return;
  g_packed_args = outer_;
  decref(tuple_);
  xdecref(kwargs_);
}

Object* packed_args_tuple(Object* const* args, ssize nargs) {
  if (g_packed_args && tuple_size(g_packed_args) == nargs &&
      (nargs == 0 || tuple_items(g_packed_args) == args)) {
    return new_ref(g_packed_args);
  }
  return tuple_from_array(args, nargs);
}

Object* call_with_copied_args(Object* func, Object* const* args, std::size_t nargs,
                              Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  std::size_t total = nargs + std::size_t(nkw);
  Object* names = nullptr;
  if (nkw) {
    names = tuple_from_array(tuple_items(kwnames), nkw);
    if (!names) return nullptr;
  }
  Object* stack[8];
  std::vector<Object*> big;
  Object** copy = stack;
  if (total > 8) {
    big.resize(total);
    copy = big.data();
  }
  for (std::size_t i = 0; i < total; ++i) copy[i] = new_ref(args[i]);
  Object* r = call(func, copy, nargs, names);
  for (std::size_t i = 0; i < total; ++i) decref(copy[i]);
  xdecref(names);
  return r;
}

}  // namespace mempy::runtime
