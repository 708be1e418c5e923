// runtime/namespace.cpp — types.SimpleNamespace.
#include "runtime/namespace.h"

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject NamespaceType;

namespace {

NamespaceObject* as_ns(Object* op) {
  return static_cast<NamespaceObject*>(op);
}

Object* ns_vnew(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* d = dict_new();
  if (!d) return nullptr;
  auto* ns = static_cast<NamespaceObject*>(type_generic_alloc(type, 0));
  if (!ns) {
    decref(d);
    return nullptr;
  }
  ns->dict = d;
  memory::gc_track(ns);
  return ns;
}

int ns_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (nargs) {
    err_set_string(&ExcTypeError, "no positional arguments expected");
    return -1;
  }
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize k = 0; k < nkw; ++k) {
    if (dict_set_item(as_ns(self)->dict, tuple_get(kwnames, k), args[k]) < 0) return -1;
  }
  return 0;
}

void ns_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(as_ns(op)->dict);
  op->type->free_fn(op);
}

int ns_traverse(Object* op, VisitFn visit, void* arg) {
  Object* d = as_ns(op)->dict;
  return d ? visit(d, arg) : 0;
}

int ns_clear(Object* op) {
  clear_ref(as_ns(op)->dict);
  return 0;
}

Object* ns_repr(Object* op) {
  const char* name = op->type == &NamespaceType ? "namespace" : type_name(op->type);
  int entered = repr_enter(op);
  if (entered < 0) return nullptr;
  StrBuilder b;
  b.append_utf8(name);
  if (entered > 0) {
    b.append_ascii("(...)");
    return b.finish();
  }
  b.append_char('(');
  Object* d = as_ns(op)->dict;
  ssize pos = 0;
  Object *k, *v;
  bool first = true, ok = true;
  while (ok && dict_next(d, &pos, &k, &v)) {
    if (!is_str(k)) continue;  // only identifiers are shown
    if (!first) b.append_ascii(", ");
    first = false;
    b.append_str(k);
    b.append_char('=');
    incref(v);
    Object* r = object_repr(v);
    decref(v);
    if (!r) {
      ok = false;
      break;
    }
    b.append_str(r);
    decref(r);
  }
  repr_leave(op);
  if (!ok) return nullptr;
  b.append_char(')');
  return b.finish();
}

Object* ns_richcompare(Object* a, Object* b, int op) {
  if (type_check(a, &NamespaceType) && type_check(b, &NamespaceType) &&
      (op == CMP_EQ || op == CMP_NE)) {
    return rich_compare(as_ns(a)->dict, as_ns(b)->dict, op);
  }
  return not_implemented_new_ref();
}

const MemberDef ns_members[] = {
    {"__dict__", MemberKind::OBJECT, offsetof(NamespaceObject, dict), true, nullptr},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

}  // namespace

Object* namespace_new(Object* dict) {
  Object* ns = ns_vnew(&NamespaceType, nullptr, 0, nullptr);
  if (ns && dict && dict_update(as_ns(ns)->dict, dict) < 0) {
    decref(ns);
    return nullptr;
  }
  return ns;
}

int namespace_type_ready() {
  if (type_has_flag(&NamespaceType, TPFLAG_READY)) return 0;
  NamespaceType.name = "types.SimpleNamespace";
  NamespaceType.doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
  NamespaceType.basicsize = sizeof(NamespaceObject);
  NamespaceType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  NamespaceType.dictoffset = offsetof(NamespaceObject, dict);
  NamespaceType.dealloc = ns_dealloc;
  NamespaceType.traverse = ns_traverse;
  NamespaceType.clear = ns_clear;
  NamespaceType.repr = ns_repr;
  NamespaceType.richcompare = ns_richcompare;
  NamespaceType.getattro = generic_getattr;
  NamespaceType.setattro = generic_setattr;
  NamespaceType.new_ = ns_vnew;
  NamespaceType.init = ns_init;
  NamespaceType.members = ns_members;
  return type_ready_static(&NamespaceType);
}

}  // namespace mempy::runtime
