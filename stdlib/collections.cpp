// stdlib/collections.cpp — module _collections: deque (collections_deque.cpp) and defaultdict.
//
// defaultdict is a dict subclass written in C++ as in CPython: the dict layout plus one pointer
// (default_factory), so getsizeof(defaultdict()) == 72. dict's subscript calls __missing__ on
// subclasses, which inserts factory() under the key. The pure-Python parts of collections
// (namedtuple, Counter, OrderedDict) live in stdlib/py/collections.py and import this module.
#include "stdlib/collections.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject DefaultDictType;

namespace {

struct DefaultDictObject : DictObject {
  Object* default_factory;
};
static_assert(sizeof(DefaultDictObject) == 56);

DefaultDictObject* as_dd(Object* op) {
  return static_cast<DefaultDictObject*>(op);
}

Object* dd_missing(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__missing__", nargs, kwnames)) return nullptr;
  Object* key = args[0];
  Object* factory = as_dd(self)->default_factory;
  if (!factory || factory == None()) {
    // KeyError(key): a tuple key must not be spread into the exception's args
    Ref<Object> tup = steal(tuple_pack({key}));
    if (!tup) return nullptr;
    err_set_object(&ExcKeyError, tup.get());
    return nullptr;
  }
  Ref<Object> value = steal(call_no_args(factory));
  if (!value) return nullptr;
  if (set_item(self, key, value.get()) < 0) return nullptr;
  return value.release();
}

Object* dd_make(TypeObject* type, Object* factory, Object* source) {
  Object* args[2] = {factory ? factory : None(), source};
  return call(type, args, source ? 2 : 1, nullptr);
}

Object* dd_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  return dd_make(self->type, as_dd(self)->default_factory, self);
}

Object* dd_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  Object* f = as_dd(self)->default_factory;
  Ref<Object> args = steal(f && f != None() ? tuple_pack({f}) : tuple_empty());
  if (!args) return nullptr;
  Ref<Object> items = steal(call_method(self, ids::s_items, nullptr, 0));
  if (!items) return nullptr;
  Ref<Object> it = steal(get_iter(items.get()));
  if (!it) return nullptr;
  return tuple_pack({self->type, args.get(), None(), None(), it.get()});
}

Object* dd_repr(Object* self) {
  Ref<Object> base = steal(DictType.repr(self));
  if (!base) return nullptr;
  Object* f = as_dd(self)->default_factory;
  std::string fr = "None";
  if (f && f != None()) {
    int r = repr_enter(self);
    if (r < 0) return nullptr;
    if (r > 0) {
      fr = "...";
    } else {
      bool ok = repr_utf8_of(f, fr);
      repr_leave(self);
      if (!ok) return nullptr;
    }
  }
  return str_from_utf8(
      fmt::format("{}({}, {})", type_name(self->type), fr, str_to_std(base.get())));
}

int dd_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* factory = nullptr;
  if (nargs > 0) {
    factory = args[0];
    if (factory != None() && !is_callable(factory)) {
      err_set_string(&ExcTypeError, "first argument must be callable or None");
      return -1;
    }
    ++args;
    --nargs;
  }
  set_ref(as_dd(self)->default_factory, xnew_ref(factory));
  return DictType.init(self, args, nargs, kwnames);
}

void dd_dealloc(Object* op) {
  clear_ref(as_dd(op)->default_factory);
  DictType.dealloc(op);
}

int dd_traverse(Object* op, VisitFn visit, void* arg) {
  Object* f = as_dd(op)->default_factory;
  if (f && visit(f, arg)) return 1;
  return DictType.traverse(op, visit, arg);
}

int dd_clear(Object* op) {
  clear_ref(as_dd(op)->default_factory);
  return DictType.clear(op);
}

// d | other and other | d keep the defaultdict type and factory
Object* dd_or(Object* a, Object* b) {
  Object* self = type_check(a, &DefaultDictType) ? a : b;
  Object* other = self == a ? b : a;
  if (!is_dict(other)) return not_implemented_new_ref();
  Ref<Object> res = steal(dd_make(self->type, as_dd(self)->default_factory, a));
  if (!res) return nullptr;
  if (dict_update(res.get(), b) < 0) return nullptr;
  return res.release();
}

const MethodDef dd_methods[] = {
    {"__missing__", dd_missing, METH_DEFAULT,
     "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n"
     "  if self.default_factory is None: raise KeyError((key,))\n"
     "  self[key] = value = self.default_factory()\n  return value"},
    {"copy", dd_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D."},
    {"__copy__", dd_copy, METH_DEFAULT, "D.copy() -> a shallow copy of D."},
    {"__reduce__", dd_reduce, METH_DEFAULT, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

const MemberDef dd_members[] = {
    {"default_factory", MemberKind::OBJECT, offsetof(DefaultDictObject, default_factory), false,
     "Factory for default value called by __missing__()."},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

int defaultdict_type_ready() {
  if (type_has_flag(&DefaultDictType, TPFLAG_READY)) return 0;
  DefaultDictType.name = "collections.defaultdict";
  DefaultDictType.basicsize = sizeof(DefaultDictObject);
  DefaultDictType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE | TPFLAG_DICT_SUBCLASS;
  DefaultDictType.doc =
      "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\n"
      "The default factory is called without arguments to produce\na new value when a key is "
      "not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same "
      "items.\nAll remaining arguments are treated the same as if they were\npassed to the dict "
      "constructor, including keyword arguments.\n";
  DefaultDictType.base = &DictType;
  DefaultDictType.dealloc = dd_dealloc;
  DefaultDictType.traverse = dd_traverse;
  DefaultDictType.clear = dd_clear;
  DefaultDictType.init = dd_init;
  DefaultDictType.repr = dd_repr;
  number_methods(DefaultDictType).nb[BINOP_OR] = dd_or;
  DefaultDictType.methods = dd_methods;
  DefaultDictType.members = dd_members;
  return type_ready_static(&DefaultDictType);
}

}  // namespace

Object* collections_c_module_create() {
  if (deque_types_ready() < 0 || defaultdict_type_ready() < 0) return nullptr;
  Object* m = module_new_cstr("_collections");
  if (!m) return nullptr;
  if (module_add_object(m, "deque", &DequeType) < 0 ||
      module_add_object(m, "defaultdict", &DefaultDictType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
