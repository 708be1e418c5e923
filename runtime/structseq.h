// runtime/structseq.h — struct sequences (CPython's structseq): tuple subclasses whose items are
// also named fields, as sys.version_info, sys.flags or time.struct_time. The first
// `n_in_sequence` fields are the tuple's items; the rest are only reachable by name.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct StructSeqField {
  const char* name;  // structseq_unnamed_field: a visible item reachable by index only
  const char* doc;
};
// CPython's PyStructSequence_UnnamedField.
extern const char* const structseq_unnamed_field;

struct StructSeqDesc {
  const char* name;  // dotted: "sys.version_info"
  const char* doc;
  const StructSeqField* fields;  // terminated by {nullptr, nullptr}
  int n_in_sequence;
  bool constructible;  // type(...)(sequence) allowed (time.struct_time) or refused (sys.flags)
};

// Fills `type` from the description and readies it (registered for teardown); -1 on error.
int structseq_init_type(TypeObject* type, const StructSeqDesc* desc);
// A new instance with every field None; fill with structseq_set (steals). Not GC-tracked, as
// CPython's PyStructSequence_New (only instances made by calling the type are).
Object* structseq_new(TypeObject* type);
void structseq_set(Object* op, ssize i, Object* value);

}  // namespace mempy::runtime
