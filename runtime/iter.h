// runtime/iter.h — generic iterators: over sequences (list/tuple fast paths and the
// __getitem__ protocol), the two-argument iter(callable, sentinel), and reversed() over
// sequences.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct SeqIterObject : Object {
  ssize index;
  Object* seq;  // null when exhausted
};

extern TypeObject ListIterType;
extern TypeObject TupleIterType;
extern TypeObject SeqIterType;
extern TypeObject CallIterType;
extern TypeObject ListRevIterType;

Object* seqiter_new_for_list(Object* list);
Object* seqiter_new_for_tuple(Object* tuple);
Object* seqiter_new(Object* seq);  // __getitem__-based iteration
Object* calliter_new(Object* callable, Object* sentinel);
Object* list_reverse_iter_new(Object* list);

void iter_types_init();

}  // namespace mempy::runtime
