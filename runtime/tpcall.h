// runtime/tpcall.h — CPython 3.11's two calling conventions, as far as they are observable.
//
// CPython calls an object through a vectorcall function when it has one: Python functions, bound
// methods, built-in functions and method descriptors (except METH_VARARGS ones), and the
// constructors CPython 3.11 gives a tp_vectorcall (list, tuple, dict, set, frozenset, float,
// bool, range, enumerate, reversed, filter, map, super, and type(x) with one argument; mempy
// marks those types TPFLAG_VECTORCALL). The arguments are then a borrowed vector. Every other
// callable — classes, instances with __call__, the other built-in types (int, str, bytes,
// complex, zip, exceptions, ...), wrapper descriptors, method-wrappers, METH_VARARGS built-ins —
// goes through tp_call (_PyObject_MakeTpCall): the positional arguments are packed into a new
// tuple and the keywords into a new dict, both alive for the whole call. That is observable:
// sys.getrefcount(arg) inside __init__ counts the tuple's reference, and gc.get_count() sees the
// tuple and dict allocations.
//
// mempy's slots keep the vector shape. PackedCall makes the tuple and the dict, offers the callee
// a view of their contents (the tuple's own items when there are no keywords), and releases them
// when it goes out of scope, in CPython's order (tuple, then dict). While it lives, the tuple is
// the thread's "packed arguments", so a constructor that keeps its argument tuple — BaseException
// keeps it as `args` — stores that very tuple (packed_args_tuple) instead of copying it.
//
// The reverse step, _PyStack_UnpackDict: a call that holds its keywords in a dict and reaches a
// vectorcall function copies every argument with a new reference and makes a new tuple of the
// keyword names. call_with_copied_args does that; slot_tp_init/new/call use it when they forward
// keywords to a Python __init__/__new__/__call__, and calls with a **kwargs dict use it too.
#pragma once
#include <vector>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

class PackedCall {
 public:
  // Packs args[0:nargs] into a tuple and the keyword values into a dict keyed by kwnames.
  PackedCall(Object* const* args, std::size_t nargsf, Object* kwnames);
  ~PackedCall();
  PackedCall(const PackedCall&) = delete;
  PackedCall& operator=(const PackedCall&) = delete;

  bool ok() const { return tuple_ != nullptr; }  // false: an exception is set
  // The positional arguments (the tuple's items), then the keyword values.
  Object* const* args() const { return view_; }
  std::size_t nargs() const { return nargs_; }
  Object* tuple() const { return tuple_; }  // borrowed

 private:
  Object* tuple_ = nullptr;
  Object* kwargs_ = nullptr;
  Object* outer_ = nullptr;  // the enclosing call's packed tuple, restored afterwards
  Object* const* view_ = nullptr;
  std::size_t nargs_ = 0;
  std::vector<Object*> joined_;  // positional items then keyword values, when there are keywords
};

// Whether CPython 3.11 calls `callable` through tp_call (its arguments packed): a class without
// TPFLAG_VECTORCALL, an instance with __call__, a wrapper descriptor or method-wrapper, a
// METH_VARARGS built-in function or method descriptor.
bool call_packs_arguments(Object* callable);

// PyObject_Call and _PyObject_FastCallDict hand a tp_call callable the caller's own tuple and
// dict (f(*t, **d)): while a Prepacked lives, the next PackedCall whose arguments are exactly
// the tuple's items (and as many keywords as the dict holds) adopts them instead of packing
// anew. Either may be null (then that part is packed as usual).
class Prepacked {
 public:
  Prepacked(Object* tuple, Object* kwargs);
  ~Prepacked();
  Prepacked(const Prepacked&) = delete;
  Prepacked& operator=(const Prepacked&) = delete;

 private:
  friend class PackedCall;
  Object* tuple_;
  Object* kwargs_;
  Prepacked* outer_;
};

// A new reference to the tuple of the innermost packed call when `args` is exactly its items,
// else a new tuple of args[0:nargs].
Object* packed_args_tuple(Object* const* args, ssize nargs);

// Calls func(*args, **kw) as _PyStack_UnpackDict does for keywords that were held in a dict:
// each argument copied with a new reference, the names in a new tuple; all released afterwards.
Object* call_with_copied_args(Object* func, Object* const* args, std::size_t nargs,
                              Object* kwnames);

}  // namespace mempy::runtime
