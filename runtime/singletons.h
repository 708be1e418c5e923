// runtime/singletons.h — None, NotImplemented and Ellipsis: static objects with real refcounts.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

extern Object g_none_object;
extern Object g_not_implemented_object;
extern Object g_ellipsis_object;
extern TypeObject NoneType;
extern TypeObject NotImplementedType;
extern TypeObject EllipsisType;

inline Object* None() {
  return &g_none_object;
}  // borrowed
inline Object* NotImplemented() {
  return &g_not_implemented_object;
}
inline Object* Ellipsis() {
  return &g_ellipsis_object;
}
inline Object* none_new_ref() {
  return new_ref(&g_none_object);
}
inline Object* not_implemented_new_ref() {
  return new_ref(&g_not_implemented_object);
}
inline bool is_none(const Object* op) {
  return op == &g_none_object;
}

void singletons_init();

}  // namespace mempy::runtime
