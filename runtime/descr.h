// runtime/descr.h — descriptors that put C-level methods and attributes into type dicts:
// method descriptors (list.append), class-method descriptors (dict.fromkeys), slot wrappers
// (int.__add__, object.__init__), getset and member descriptors, and the Python-visible
// descriptor types classmethod, staticmethod and property.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct DescrObject : Object {  // PyDescr_COMMON
  TypeObject* d_type;
  Object* d_name;  // str
  Object* d_qualname;
};

struct MethodDescrObject : DescrObject {
  const MethodDef* d_method;
  VectorcallFn vectorcall;
};

struct GetSetDescrObject : DescrObject {
  const GetSetDef* d_getset;
};

struct MemberDescrObject : DescrObject {
  const MemberDef* d_member;
};

// A slot wrapper: calls the C slot `slot_fn` of d_type through the adapter `wrapper`.
struct SlotWrapperDef;
struct WrapperDescrObject : DescrObject {
  const SlotWrapperDef* d_base;
  void* d_wrapped;  // the slot function pointer
};
// A slot wrapper bound to an instance (`method-wrapper`, e.g. (1).__add__).
struct MethodWrapperObject : Object {
  WrapperDescrObject* descr;
  Object* self;
};

struct ClassMethodObject : Object {  // classmethod / staticmethod
  Object* callable;
  Object* dict;
};

struct PropertyObject : Object {
  Object* fget;
  Object* fset;
  Object* fdel;
  Object* doc;
  Object* name;  // set by __set_name__; used in error messages
  int getter_doc;
};

extern TypeObject MethodDescrType;       // method_descriptor
extern TypeObject ClassMethodDescrType;  // classmethod_descriptor
extern TypeObject GetSetDescrType;       // getset_descriptor
extern TypeObject MemberDescrType;       // member_descriptor
extern TypeObject WrapperDescrType;      // wrapper_descriptor
extern TypeObject MethodWrapperType;     // method-wrapper
extern TypeObject ClassMethodType;       // classmethod
extern TypeObject StaticMethodType;      // staticmethod
extern TypeObject PropertyType;          // property

Object* descr_new_method(TypeObject* type, const MethodDef* def);
Object* descr_new_classmethod(TypeObject* type, const MethodDef* def);
Object* descr_new_getset(TypeObject* type, const GetSetDef* def);
Object* descr_new_member(TypeObject* type, const MemberDef* def);
Object* descr_new_wrapper(TypeObject* type, const SlotWrapperDef* base, void* wrapped);

inline bool is_method_descr(const Object* op) {
  return op->type == &MethodDescrType;
}
Object* staticmethod_new(Object* callable);
Object* mappingproxy_new(Object* mapping);  // read-only view of a mapping
Object* classmethod_new(Object* callable);

void descr_types_init();

}  // namespace mempy::runtime
