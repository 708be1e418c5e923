// runtime/type_slots.h — the table tying type slots to dunder names (CPython's slotdefs), used in
// two directions: built-in types get "slot wrapper" descriptors for the slots they define
// (int.__add__), and classes get generic slot functions that call the dunder methods they
// define (slot_nb_add calls __add__/__radd__).
#pragma once
#include <cstddef>

#include "runtime/type.h"

namespace mempy::runtime {

// Calls a slot function through its wrapper: self, then the call's arguments.
using WrapperFn = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                              void* wrapped);

struct SlotWrapperDef {
  const char* name;    // "__add__"
  std::size_t offset;  // of the slot field in TypeObject
  void* dispatch;      // the generic function used for classes defining `name`
  WrapperFn wrapper;   // adapter used by the wrapper descriptor
  const char* doc;
  Object* name_str;  // interned name (set at start-up)
};

// Adds wrapper descriptors for every slot `type` sets itself (called by type_ready).
int add_slot_wrappers(TypeObject* type);
// Points the slots of a new class at dispatchers for the dunders found along its MRO.
void fixup_slot_dispatchers(TypeObject* type);
// A class attribute `name` changed: recompute the affected slots here and in subclasses.
void update_slots_for_name(TypeObject* type, Object* name);
int slotdefs_init();

// Lookup of a special method on the type of self, bound if needed (new reference), nullptr
// without exception when missing. *unbound tells whether self must be passed explicitly.
Object* lookup_maybe_method(Object* self, Object* name, bool* unbound);
// Calls self.name(*args) via the type; sets AttributeError if missing.
Object* call_special(Object* self, Object* name, Object* const* args, ssize nargs);

// Whether `callable` is an instance whose class defines __call__ (called through tp_call).
bool calls_dunder_call(Object* callable);
// Generic slot functions (also the defaults of heap types).
Object* slot_tp_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);
void slot_tp_finalize(Object* self);

}  // namespace mempy::runtime
