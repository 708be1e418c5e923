// stdlib/itertools.h — shared plumbing of the itertools types (itertools.cpp,
// itertools_groups.cpp).
#pragma once
#include "memory/gc.h"
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::stdlib {

extern runtime::TypeObject GroupbyType, GrouperType, TeeType, TeeDataType, ProductType,
    PermutationsType, CombinationsType, CombinationsWRType;
extern const runtime::MethodDef itertools_functions[];  // tee()

// Each iterator struct T lists its T::NOBJ object references first, right after the header;
// these templates release, visit and clear exactly those.
template <class T>
runtime::Object** it_refs(runtime::Object* op) {
  return reinterpret_cast<runtime::Object**>(static_cast<runtime::Object*>(op) + 1);
}
template <class T>
void ItDealloc(runtime::Object* op) {
  memory::gc_untrack(op);
  runtime::Object** refs = it_refs<T>(op);
  for (int i = 0; i < T::NOBJ; ++i) runtime::xdecref(refs[i]);
  runtime::object_free(op);
}
template <class T>
int ItTraverse(runtime::Object* op, runtime::VisitFn visit, void* arg) {
  runtime::Object** refs = it_refs<T>(op);
  for (int i = 0; i < T::NOBJ; ++i) {
    if (refs[i] && visit(refs[i], arg)) return 1;
  }
  return 0;
}
template <class T>
int ItClear(runtime::Object* op) {
  runtime::Object** refs = it_refs<T>(op);
  for (int i = 0; i < T::NOBJ; ++i) runtime::clear_ref(refs[i]);
  return 0;
}

void fill_itertools_type(runtime::TypeObject& t, const char* name, runtime::ssize size,
                         runtime::DeallocFn dealloc, runtime::TraverseFn traverse,
                         runtime::ClearFn clear, runtime::NewFn new_fn, runtime::UnaryFn next,
                         const char* doc);
int itertools_groups_ready();

}  // namespace mempy::stdlib
