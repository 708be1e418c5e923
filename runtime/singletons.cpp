// runtime/singletons.cpp — None, NotImplemented, Ellipsis.
#include "runtime/singletons.h"

#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"

namespace mempy::runtime {

TypeObject NoneType;
TypeObject NotImplementedType;
TypeObject EllipsisType;
Object g_none_object = {1, &NoneType};
Object g_not_implemented_object = {1, &NotImplementedType};
Object g_ellipsis_object = {1, &EllipsisType};

namespace {

Object* none_repr(Object*) {
  return str_from_ascii("None", 4);
}
Object* not_implemented_repr(Object*) {
  return str_from_ascii("NotImplemented", 14);
}
Object* ellipsis_repr(Object*) {
  return str_from_ascii("Ellipsis", 8);
}
int none_bool(Object*) {
  return 0;
}
void singleton_dealloc(Object* op) {
  // Reaching zero means a reference-counting bug somewhere; keep the object alive.
  op->refcnt = 1;
}

Object* none_new(TypeObject*, Object* const*, std::size_t nargs, Object* kwnames) {
  if (nargs || kwnames) {
    err_set_string(&ExcTypeError, "NoneType takes no arguments");
    return nullptr;
  }
  return none_new_ref();
}
Object* not_implemented_new(TypeObject*, Object* const*, std::size_t nargs, Object* kwnames) {
  if (nargs || kwnames) {
    err_set_string(&ExcTypeError, "NotImplementedType takes no arguments");
    return nullptr;
  }
  return not_implemented_new_ref();
}
Object* ellipsis_new(TypeObject*, Object* const*, std::size_t nargs, Object* kwnames) {
  if (nargs || kwnames) {
    err_set_string(&ExcTypeError, "ellipsis takes no arguments");
    return nullptr;
  }
  return new_ref(Ellipsis());
}

void init_singleton_type(TypeObject& t, const char* name, UnaryFn repr, NewFn new_fn) {
  t.refcnt = 1;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(Object);
  t.dealloc = singleton_dealloc;
  t.repr = repr;
  t.new_ = new_fn;
}

}  // namespace

void singletons_init() {
  init_singleton_type(NoneType, "NoneType", none_repr, none_new);
  number_methods(NoneType).nb_bool = none_bool;
  init_singleton_type(NotImplementedType, "NotImplementedType", not_implemented_repr,
                      not_implemented_new);
  init_singleton_type(EllipsisType, "ellipsis", ellipsis_repr, ellipsis_new);
}

}  // namespace mempy::runtime
