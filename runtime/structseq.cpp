// runtime/structseq.cpp — struct sequence types.
//
// An instance is a tuple whose ob_size counts the visible items; the hidden fields follow them in
// the same allocation. The type remembers the description so dealloc and repr know the total.
#include "runtime/structseq.h"

#include <memory>
#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

struct TypeInfo {
  TypeObject* type;
  const StructSeqDesc* desc;
  int n_fields;
  std::vector<MemberDef> members;
};

// Few struct sequence types exist; a linear scan is fine.
std::vector<std::unique_ptr<TypeInfo>>& registry() {
  static std::vector<std::unique_ptr<TypeInfo>> infos;
  return infos;
}

const TypeInfo* info_of(TypeObject* t) {
  for (; t; t = t->base) {
    for (const auto& info : registry()) {
      if (info->type == t) return info.get();
    }
  }
  return nullptr;
}

void structseq_dealloc(Object* op) {
  memory::gc_untrack(op);
  const TypeInfo* info = info_of(op->type);
  auto* t = static_cast<TupleObject*>(op);
  for (int i = 0; i < info->n_fields; ++i) xdecref(t->items[i]);
  op->type->free_fn(op);
}

int structseq_traverse(Object* op, VisitFn visit, void* arg) {
  const TypeInfo* info = info_of(op->type);
  auto* t = static_cast<TupleObject*>(op);
  for (int i = 0; i < info->n_fields; ++i) {
    if (t->items[i] && visit(t->items[i], arg)) return 1;
  }
  return 0;
}

Object* structseq_repr(Object* op) {
  const TypeInfo* info = info_of(op->type);
  StrBuilder b;
  b.append_utf8(op->type->name);
  b.append_char('(');
  auto* t = static_cast<TupleObject*>(op);
  for (ssize i = 0; i < t->size; ++i) {
    if (i) b.append_ascii(", ");
    b.append_utf8(info->desc->fields[i].name);
    b.append_char('=');
    Object* r = object_repr(t->items[i]);
    if (!r) return nullptr;
    bool ok = b.append_str(r);
    decref(r);
    if (!ok) return nullptr;
  }
  b.append_char(')');
  return b.finish();
}

Object* structseq_vnew(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  const TypeInfo* info = info_of(type);
  if (!info->desc->constructible) {
    err_format(&ExcTypeError, "cannot create '{}' instances", type->name);
    return nullptr;
  }
  if (kwnames && tuple_size(kwnames)) {
    err_format(&ExcTypeError, "{}() takes no keyword arguments", type->name);
    return nullptr;
  }
  if (nargs != 1) {
    err_format(&ExcTypeError, "{}() takes at most 2 arguments ({} given)", type->name, nargs);
    return nullptr;
  }
  Ref<Object> seq = steal(sequence_tuple(args[0]));
  if (!seq) return nullptr;
  ssize len = tuple_size(seq.get());
  int min_len = info->desc->n_in_sequence, max_len = info->n_fields;
  if (len < min_len) {
    if (min_len == max_len) {
      err_format(&ExcTypeError, "{}() takes a {}-sequence ({}-sequence given)", type->name, min_len,
                 len);
    } else {
      err_format(&ExcTypeError, "{}() takes an at least {}-sequence ({}-sequence given)",
                 type->name, min_len, len);
    }
    return nullptr;
  }
  if (len > max_len) {
    if (min_len == max_len) {
      err_format(&ExcTypeError, "{}() takes a {}-sequence ({}-sequence given)", type->name, min_len,
                 len);
    } else {
      err_format(&ExcTypeError, "{}() takes an at most {}-sequence ({}-sequence given)", type->name,
                 max_len, len);
    }
    return nullptr;
  }
  Object* r = structseq_new(type);
  if (!r) return nullptr;
  for (ssize i = 0; i < len; ++i) structseq_set(r, i, new_ref(tuple_get(seq.get(), i)));
  memory::gc_track(r);  // instances made by calling the type are tracked (CPython's tp_new)
  return r;
}

}  // namespace

int structseq_init_type(TypeObject* type, const StructSeqDesc* desc) {
  if (type_has_flag(type, TPFLAG_READY)) return 0;
  auto owned = std::make_unique<TypeInfo>(TypeInfo{type, desc, 0, {}});
  TypeInfo* info = owned.get();
  while (desc->fields[info->n_fields].name) ++info->n_fields;
  for (int i = 0; i < info->n_fields; ++i) {
    info->members.push_back(MemberDef{desc->fields[i].name, MemberKind::OBJECT,
                                      ssize(offsetof(TupleObject, items) + sizeof(Object*) * i),
                                      true, desc->fields[i].doc});
  }
  info->members.push_back(MemberDef{nullptr, MemberKind::OBJECT, 0, false, nullptr});
  registry().push_back(std::move(owned));
  type->name = desc->name;
  type->doc = desc->doc;
  type->base = &TupleType;
  type->basicsize = ssize(offsetof(TupleObject, items));
  type->itemsize = sizeof(Object*);
  type->flags = TPFLAG_HAVE_GC;
  type->dealloc = structseq_dealloc;
  type->traverse = structseq_traverse;
  type->repr = structseq_repr;
  type->new_ = structseq_vnew;
  type->members = info->members.data();
  return type_ready_static(type);
}

Object* structseq_new(TypeObject* type) {
  const TypeInfo* info = info_of(type);
  auto* t = static_cast<TupleObject*>(type_generic_alloc(type, info->n_fields));
  if (!t) return nullptr;
  t->size = info->desc->n_in_sequence;
  for (int i = 0; i < info->n_fields; ++i) t->items[i] = new_ref(None());
  // not tracked, as CPython's PyStructSequence_New: gc.is_tracked(time.localtime()) is False
  return t;
}

void structseq_set(Object* op, ssize i, Object* value) {
  set_ref(static_cast<TupleObject*>(op)->items[i], value);
}

}  // namespace mempy::runtime
