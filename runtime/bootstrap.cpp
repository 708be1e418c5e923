// runtime/bootstrap.cpp — bringing the object model up and tearing it down.
//
// Start-up order: fill every built-in type's slots (init functions), make the static strings and
// the interned identifier table, then ready the types (object and type first). Tear-down clears
// what the runtime itself holds (identifier table, free lists, interned strings, static strings)
// after the interpreter has released the modules, so the allocator's live-block count returns to
// where it started.
#include <cstdio>
#include <vector>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/dict_views.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/frame.h"
#include "runtime/function.h"
#include "runtime/gc_support.h"
#include "runtime/generator.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_internal.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"
#include "runtime/weakref.h"

namespace mempy::runtime {

void type_and_object_init();
void slotdefs_fini();
extern TypeObject MappingProxyType;

namespace {

TypeObject* const g_builtin_types[] = {
    &ObjectType,
    &TypeType,
    &NoneType,
    &NotImplementedType,
    &EllipsisType,
    &IntType,
    &BoolType,
    &FloatType,
    &ComplexType,
    &StrType,
    &StrIterType,
    &BytesType,
    &ByteArrayType,
    &TupleType,
    &ListType,
    &DictType,
    &SetType,
    &FrozenSetType,
    &SetIterType,
    &RangeType,
    &RangeIterType,
    &LongRangeIterType,
    &SliceType,
    &ListIterType,
    &TupleIterType,
    &SeqIterType,
    &CallIterType,
    &ListRevIterType,
    &DictKeysType,
    &DictValuesType,
    &DictItemsType,
    &DictKeyIterType,
    &DictValueIterType,
    &DictItemIterType,
    &DictRevKeyIterType,
    &DictRevValueIterType,
    &DictRevItemIterType,
    &MethodDescrType,
    &ClassMethodDescrType,
    &GetSetDescrType,
    &MemberDescrType,
    &WrapperDescrType,
    &MethodWrapperType,
    &ClassMethodType,
    &StaticMethodType,
    &PropertyType,
    &MappingProxyType,
    &CFunctionType,
    &FunctionType,
    &CellType,
    &MethodType,
    &CodeType,
    &ModuleType,
    &GeneratorType,
    &WeakrefType,
    &FrameType,
    &ManagedBufferType,
    &MemoryViewType,
};

// Static types readied later by other layers (stdlib's iterator types, io, ...): torn down with
// the built-in ones.
std::vector<TypeObject*> g_late_static_types;

void release_static_type(TypeObject* t) {
  clear_ref(t->dict);
  clear_ref(t->mro);
  clear_ref(t->bases);
  delete t->subclasses;
  t->subclasses = nullptr;
}

}  // namespace

int type_ready_static(TypeObject* type) {
  if (type_has_flag(type, TPFLAG_READY)) return 0;
  if (type_ready(type) < 0) return -1;
  g_late_static_types.push_back(type);
  return 0;
}

int runtime_init() {
  gc_support_init();  // first: a collection may run inside any allocation
  init_stack_guard();
  hash_secret_init();
  type_and_object_init();
  singletons_init();
  int_types_init();
  float_type_init();
  complex_type_init();
  str_type_init();
  str_iter_type_init();
  bytes_types_init();
  tuple_type_init();
  list_type_init();
  dict_type_init();
  dict_view_types_init();
  set_types_init();
  range_types_init();
  slice_type_init();
  iter_types_init();
  descr_types_init();
  cfunction_type_init();
  function_types_init();
  code_type_init();
  module_type_init();
  generator_type_init();
  weakref_type_init();
  frame_type_init();
  memoryview_types_init();

  if (ids::create_all() < 0 || slotdefs_init() < 0) return -1;
  for (TypeObject* t : g_builtin_types) {
    if (type_ready(t) < 0) return -1;
  }
  if (exceptions_init() < 0 || errors_init() < 0) return -1;
  return 0;
}

void runtime_settle_free_lists() {
  // python3 3.11.7 holds 40 lists at a script's first line whatever the script (measured with
  // sys._debugmallocstats and getallocatedblocks deltas). Its dict, float and tuple free lists are
  // left as mempy's own start-up leaves them: CPython's depend on what compiling the script
  // freed and took (the compiler's dicts, the float literals), which mempy's compiler does not
  // reproduce.
  constexpr int LISTS = 40;
  if (list_free_list_count() >= LISTS) return;
  // making LISTS lists empties the free list (then allocates the rest fresh); releasing them all
  // leaves exactly LISTS on it
  std::vector<Object*> lists;
  for (int i = 0; i < LISTS; ++i) lists.push_back(list_new(0));
  for (Object* l : lists) xdecref(l);
}

void runtime_fini() {
  keyword_tuples_fini();
  repr_stack_fini();
  gc_support_fini();
  ids::release_all();
  slotdefs_fini();
  // type dicts of static types hold descriptors referring back to the types: clear them
  for (TypeObject* t : g_late_static_types) {
    if (t->dict) dict_clear(t->dict);
  }
  for (TypeObject* t : g_builtin_types) {
    if (t->dict) dict_clear(t->dict);
  }
  errors_fini();
  exceptions_types_fini();
  for (TypeObject* t : g_late_static_types) release_static_type(t);
  g_late_static_types.clear();
  for (TypeObject* t : g_builtin_types) release_static_type(t);
  float_clear_free_list();
  tuple_clear_free_lists();
  list_clear_free_list();
  dict_clear_free_lists();
  exceptions_fini();
  str_intern_fini();
  str_statics_fini();
}

}  // namespace mempy::runtime
