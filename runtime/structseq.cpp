// runtime/structseq.cpp — struct sequence types.
//
// An instance is a tuple whose ob_size counts the visible items; the hidden fields follow them in
// the same allocation. The type remembers the description so dealloc and repr know the total.
#include "runtime/structseq.h"

#include <memory>
#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

const char* const structseq_unnamed_field = "unnamed field";

namespace {

struct TypeInfo {
  TypeObject* type;
  const StructSeqDesc* desc;
  int n_fields;
  int n_unnamed;                   // visible fields without a name (os.stat_result's int times)
  std::vector<MemberDef> members;  // the named fields, in order
};

bool is_unnamed(const StructSeqField& f) {
  return f.name == structseq_unnamed_field;
}

// The name CPython gives field i in reprs (tp_members[i]: unnamed fields are skipped, so
// stat_result's repr shows its int st_atime under the float's name) and, for hidden fields, in
// __reduce__ and the constructor's dict (tp_members[i - n_unnamed]).
const char* repr_name(const TypeInfo* info, ssize i) {
  return std::size_t(i) < info->members.size() - 1 ? info->members[std::size_t(i)].name
                                                   : structseq_unnamed_field;
}
const char* hidden_name(const TypeInfo* info, ssize i) {
  return info->members[std::size_t(i - info->n_unnamed)].name;
}

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
    b.append_utf8(repr_name(info, i));
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

// CPython 3.11's structseq_new: type(sequence, dict={}), the sequence's items first, the hidden
// fields from the dict by name (None when absent).
Object* structseq_vnew(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  const TypeInfo* info = info_of(type);
  if (!info->desc->constructible) {
    err_format(&ExcTypeError, "cannot create '{}' instances", type->name);
    return nullptr;
  }
  static const ArgSpec spec{"structseq", {"sequence", "dict"}, 0, 2, 1};
  Object* a[2];
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  // PySequence_Fast: a list or tuple as it is, anything else through list()
  Ref<Object> seq;
  if (is_list(a[0]) || is_tuple(a[0])) {
    seq = borrow(a[0]);
  } else {
    seq = steal(sequence_list(a[0]));
    if (!seq) {
      if (err_matches(&ExcTypeError)) {
        err_clear();
        err_set_string(&ExcTypeError, "constructor requires a sequence");
      }
      return nullptr;
    }
  }
  Object* dict = a[1];
  if (dict && !is_dict(dict)) {
    err_format(&ExcTypeError, "{}() takes a dict as second arg, if any", type->name);
    return nullptr;
  }
  ssize len = is_list(seq.get()) ? list_size(seq.get()) : tuple_size(seq.get());
  int min_len = info->desc->n_in_sequence, max_len = info->n_fields;
  if (len < min_len || len > max_len) {
    if (min_len == max_len) {
      err_format(&ExcTypeError, "{}() takes a {}-sequence ({}-sequence given)", type->name, min_len,
                 len);
    } else if (len < min_len) {
      err_format(&ExcTypeError, "{}() takes an at least {}-sequence ({}-sequence given)",
                 type->name, min_len, len);
    } else {
      err_format(&ExcTypeError, "{}() takes an at most {}-sequence ({}-sequence given)", type->name,
                 max_len, len);
    }
    return nullptr;
  }
  Object* r = structseq_new(type);
  if (!r) return nullptr;
  for (ssize i = 0; i < len; ++i) {
    Object* v = is_list(seq.get()) ? list_get(seq.get(), i) : tuple_get(seq.get(), i);
    structseq_set(r, i, new_ref(v));
  }
  for (ssize i = len; dict && i < max_len; ++i) {
    Object* v = dict_get_item_cstr(dict, hidden_name(info, i));
    if (!v && err_occurred()) {
      decref(r);
      return nullptr;
    }
    if (v) structseq_set(r, i, new_ref(v));
  }
  memory::gc_track(r);  // instances made by calling the type are tracked (CPython's tp_new)
  return r;
}

// __reduce__: (type, (visible items, {hidden field name: value}))
Object* structseq_reduce(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
  const TypeInfo* info = info_of(self->type);
  auto* t = static_cast<TupleObject*>(self);
  Ref<Object> visible = steal(tuple_from_array(t->items, t->size));
  Ref<Object> hidden = steal(dict_new());
  if (!visible || !hidden) return nullptr;
  for (int i = int(t->size); i < info->n_fields; ++i) {
    if (dict_set_item_cstr(hidden.get(), hidden_name(info, i), t->items[i]) < 0) {
      return nullptr;
    }
  }
  Ref<Object> args = steal(tuple_pack({visible.get(), hidden.get()}));
  if (!args) return nullptr;
  return tuple_pack({self->type, args.get()});
}

const MethodDef structseq_methods[] = {
    {"__reduce__", structseq_reduce, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// The class attributes of a struct sequence type: n_sequence_fields, n_fields, n_unnamed_fields
// and __match_args__ (the visible fields' names).
int add_type_attributes(TypeObject* type, const TypeInfo* info) {
  int n_seq = info->desc->n_in_sequence;
  Ref<Object> match_args = steal(tuple_new(n_seq - info->n_unnamed));
  if (!match_args) return -1;
  for (int i = 0, k = 0; i < n_seq; ++i) {
    if (is_unnamed(info->desc->fields[i])) continue;
    Object* name = str_intern_cstr(info->desc->fields[i].name);
    if (!name) return -1;
    tuple_set_new(match_args.get(), k++, name);
  }
  const std::pair<const char*, int> counts[] = {{"n_sequence_fields", n_seq},
                                                {"n_fields", info->n_fields},
                                                {"n_unnamed_fields", info->n_unnamed}};
  for (const auto& [name, value] : counts) {
    Ref<Object> v = steal(int_from_i64(value));
    if (!v || dict_set_item_cstr(type->dict, name, v.get()) < 0) return -1;
  }
  return dict_set_item_cstr(type->dict, "__match_args__", match_args.get());
}

}  // namespace

int structseq_init_type(TypeObject* type, const StructSeqDesc* desc) {
  if (type_has_flag(type, TPFLAG_READY)) return 0;
  auto owned = std::make_unique<TypeInfo>(TypeInfo{type, desc, 0, 0, {}});
  TypeInfo* info = owned.get();
  while (desc->fields[info->n_fields].name) ++info->n_fields;
  for (int i = 0; i < info->n_fields; ++i) {
    if (is_unnamed(desc->fields[i])) {
      ++info->n_unnamed;
      continue;
    }
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
  type->methods = structseq_methods;
  if (type_ready_static(type) < 0) return -1;
  return add_type_attributes(type, info);
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
