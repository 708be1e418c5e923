// stdlib/functools.cpp — module _functools: reduce and the partial type. The rest of functools
// (wraps, lru_cache, total_ordering, cmp_to_key, cached_property) is Python in
// stdlib/py/functools.py, as in CPython's pure-Python fallbacks.
//
// partial has CPython 3.11's layout: function, args tuple, keywords dict, __dict__ pointer,
// weakref list and a vectorcall pointer — 64 bytes plus the GC head, so getsizeof(partial(f))
// == 80. partial(partial(f, a), b) is flattened into partial(f, a, b) when the inner partial has
// no instance attributes (an exact partial only, as CPython).
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"
#include "stdlib/modules.h"

#include <vector>

namespace mempy::stdlib {

using namespace runtime;

TypeObject PartialType;

namespace {

// ---- reduce
// -----------------------------------------------------------------------------------------
Object* functools_reduce(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("reduce", kwnames) || !check_nargs("reduce", nargs, 2, 3)) return nullptr;
  Object* func = args[0];
  Ref<Object> it = steal(get_iter(args[1]));
  if (!it) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      err_set_string(&ExcTypeError, "reduce() arg 2 must support iteration");
    }
    return nullptr;
  }
  Ref<Object> result = nargs == 3 ? borrow(args[2]) : nullptr;
  for (;;) {
    Ref<Object> item = steal(iter_next(it.get()));
    if (!item) {
      if (err_occurred()) return nullptr;
      break;
    }
    if (!result) {
      result = std::move(item);
      continue;
    }
    Object* pair[2] = {result.get(), item.get()};
    result = steal(call(func, pair, 2, nullptr));
    if (!result) return nullptr;
  }
  if (!result) {
    err_set_string(&ExcTypeError, "reduce() of empty iterable with no initial value");
    return nullptr;
  }
  return result.release();
}

// ---- partial
// ----------------------------------------------------------------------------------------
struct PartialObject : Object {
  Object* fn;
  Object* args;  // tuple
  Object* kw;    // dict
  Object* dict;  // __dict__ or null
  Object* weakreflist;
  VectorcallFn vectorcall;  // unused: calls go through the type's call slot
};
static_assert(sizeof(PartialObject) == 64);

PartialObject* as_partial(Object* op) {
  return static_cast<PartialObject*>(op);
}

Object* partial_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (nargs < 1) {
    err_set_string(&ExcTypeError, "type 'partial' takes at least one argument");
    return nullptr;
  }
  Object* func = args[0];
  if (!is_callable(func)) {
    err_set_string(&ExcTypeError, "the first argument must be callable");
    return nullptr;
  }
  Object* const* extra = args + 1;
  ssize nextra = ssize(nargs) - 1;
  Ref<Object> pargs;
  Ref<Object> pkw;
  if (func->type == &PartialType && type == &PartialType && !as_partial(func)->dict) {
    // flatten partial(partial(f, *a1, **k1), *a2, **k2) into partial(f, *a1, *a2, **k1, **k2)
    PartialObject* inner = as_partial(func);
    ssize n1 = tuple_size(inner->args);
    pargs = steal(tuple_new(n1 + nextra));
    if (!pargs) return nullptr;
    for (ssize i = 0; i < n1; ++i)
      tuple_set_new(pargs.get(), i, new_ref(tuple_get(inner->args, i)));
    for (ssize i = 0; i < nextra; ++i) tuple_set_new(pargs.get(), n1 + i, new_ref(extra[i]));
    pkw = steal(dict_copy(inner->kw));
    func = inner->fn;
  } else {
    pargs = steal(tuple_from_array(extra, nextra));
    pkw = steal(dict_new());
  }
  if (!pargs || !pkw) return nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; ++k) {
    if (dict_set_item(pkw.get(), tuple_get(kwnames, k), args[nargs + std::size_t(k)]) < 0) {
      return nullptr;
    }
  }
  auto* p = static_cast<PartialObject*>(type_generic_alloc(type, 0));
  if (!p) return nullptr;
  p->fn = new_ref(func);
  p->args = pargs.release();
  p->kw = pkw.release();
  memory::gc_track(p);
  return p;
}

void partial_dealloc(Object* op) {
  PartialObject* p = as_partial(op);
  memory::gc_untrack(op);
  if (p->weakreflist) clear_weakrefs(op);
  clear_ref(p->fn);
  clear_ref(p->args);
  clear_ref(p->kw);
  clear_ref(p->dict);
  object_free(op);
}

int partial_traverse(Object* op, VisitFn visit, void* arg) {
  PartialObject* p = as_partial(op);
  for (Object* o : {p->fn, p->args, p->kw, p->dict}) {
    if (o && visit(o, arg)) return 1;
  }
  return 0;
}

int partial_clear(Object* op) {
  PartialObject* p = as_partial(op);
  clear_ref(p->fn);
  clear_ref(p->args);
  clear_ref(p->kw);
  clear_ref(p->dict);
  return 0;
}

// fn(*self.args, *args, **self.keywords, **kwargs): the stored positional arguments go first; a
// keyword given at call time overrides a stored one.
Object* partial_call(Object* self, Object* const* args, std::size_t nargsf, Object* kwnames) {
  PartialObject* p = as_partial(self);
  ssize n = vector_nargs(nargsf);
  ssize nstored = tuple_size(p->args);
  ssize ncallkw = kwnames ? tuple_size(kwnames) : 0;
  if (dict_size(p->kw) == 0) {
    std::vector<Object*> all;
    all.reserve(std::size_t(1 + nstored + n + ncallkw));
    all.push_back(nullptr);  // scratch slot for ARGS_OFFSET
    for (ssize i = 0; i < nstored; ++i) all.push_back(tuple_get(p->args, i));
    for (ssize i = 0; i < n + ncallkw; ++i) all.push_back(args[i]);
    return call(p->fn, all.data() + 1, std::size_t(nstored + n) | ARGS_OFFSET, kwnames);
  }
  Ref<Object> kw = steal(dict_copy(p->kw));
  if (!kw) return nullptr;
  for (ssize k = 0; k < ncallkw; ++k) {
    if (dict_set_item(kw.get(), tuple_get(kwnames, k), args[n + k]) < 0) return nullptr;
  }
  std::vector<Object*> pos;
  pos.reserve(std::size_t(nstored + n));
  for (ssize i = 0; i < nstored; ++i) pos.push_back(tuple_get(p->args, i));
  for (ssize i = 0; i < n; ++i) pos.push_back(args[i]);
  return call_with_kwdict(p->fn, pos.data(), ssize(pos.size()), kw.get());
}

Object* partial_repr(Object* self) {
  PartialObject* p = as_partial(self);
  int r = repr_enter(self);
  if (r != 0) return r > 0 ? str_from_ascii("...", 3) : nullptr;
  std::string text;
  bool ok = repr_utf8_of(p->fn, text);
  for (ssize i = 0; ok && i < tuple_size(p->args); ++i) {
    std::string a;
    ok = repr_utf8_of(tuple_get(p->args, i), a);
    text += ", " + a;
  }
  ssize pos = 0;
  Object* key;
  Object* value;
  while (ok && dict_next(p->kw, &pos, &key, &value)) {
    std::string k, v;
    ok = str_utf8_of(key, k) && repr_utf8_of(value, v);
    text += ", " + k + "=" + v;
  }
  repr_leave(self);
  if (!ok) return nullptr;
  Ref<Object> qual = steal(type_qualified_repr_name(self->type));
  if (!qual) return nullptr;
  return str_from_utf8(fmt::format("{}({})", str_to_std(qual.get()), text));
}

Object* partial_get_dict(Object* self, void*) {
  PartialObject* p = as_partial(self);
  if (!p->dict) {
    p->dict = dict_new();
    if (!p->dict) return nullptr;
  }
  return new_ref(p->dict);
}

int partial_set_dict(Object* self, Object* value, void*) {
  if (!value) {
    err_set_string(&ExcTypeError, "a partial object's dictionary may not be deleted");
    return -1;
  }
  if (!is_dict(value)) {
    err_set_string(&ExcTypeError, "setting partial object's dictionary to a non-dict");
    return -1;
  }
  set_ref(as_partial(self)->dict, new_ref(value));
  return 0;
}

const MemberDef partial_members[] = {
    {"func", MemberKind::OBJECT, offsetof(PartialObject, fn), true,
     "function object to use in future partial calls"},
    {"args", MemberKind::OBJECT, offsetof(PartialObject, args), true,
     "tuple of arguments to future partial calls"},
    {"keywords", MemberKind::OBJECT, offsetof(PartialObject, kw), true,
     "dictionary of keyword arguments to future partial calls"},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

const GetSetDef partial_getset[] = {
    {"__dict__", partial_get_dict, partial_set_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

const MethodDef functools_functions[] = {
    {"reduce", functools_reduce, METH_VARARGS,
     "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments "
     "cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce "
     "the iterable to a single\nvalue."},
    {nullptr, nullptr, 0, nullptr},
};

int partial_type_ready() {
  if (type_has_flag(&PartialType, TPFLAG_READY)) return 0;
  PartialType.name = "functools.partial";
  PartialType.basicsize = sizeof(PartialObject);
  PartialType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  PartialType.doc =
      "partial(func, *args, **keywords) - new function with partial application\n    of the "
      "given arguments and keywords.\n";
  PartialType.dealloc = partial_dealloc;
  PartialType.traverse = partial_traverse;
  PartialType.clear = partial_clear;
  PartialType.new_ = partial_new;
  PartialType.call = partial_call;
  PartialType.repr = partial_repr;
  PartialType.members = partial_members;
  PartialType.getset = partial_getset;
  PartialType.dictoffset = offsetof(PartialObject, dict);
  PartialType.weaklistoffset = offsetof(PartialObject, weakreflist);
  return type_ready_static(&PartialType);
}

}  // namespace

Object* functools_c_module_create() {
  if (partial_type_ready() < 0) return nullptr;
  Object* m = module_new_cstr("_functools");
  if (!m) return nullptr;
  if (module_add_functions(m, functools_functions) < 0 ||
      module_add_object(m, "partial", &PartialType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
