// runtime/type.h — type objects: slots, method tables, readying, lookup, class creation.
//
// A TypeObject is CPython's PyTypeObject with the number/sequence/mapping slot groups behind
// pointers; the binary number slots form an array indexed by BinOp (the same order as CPython
// 3.11's NB_* constants, which is also BINARY_OP's oparg). Classes are HeapTypeObjects.
//
// Built-in types are global TypeObjects filled in by each type's init function and then
// type_ready()'d: readying inherits slots from the base, computes the MRO, and fills the type's
// __dict__ with method descriptors (MethodDef), attribute descriptors (GetSetDef, MemberDef) and
// "slot wrappers" for every slot the type defines (so int.__add__ or object.__init__ exist as in
// CPython). Classes made by a `class` statement are heap types (type_new): their slots point at
// generic functions that look up the dunder method (slot_* in type_slots.cpp).
//
// Calls use one convention everywhere (CPython's vectorcall): a callable receives a borrowed array
// `args` with `nargs` positional arguments followed by the values of the keyword arguments whose
// names are in the tuple `kwnames` (or nullptr). ARGS_OFFSET in nargsf allows the callee to use
// args[-1] temporarily (to prepend `self` without copying).
#pragma once
#include <cstdint>
#include <vector>

#include "runtime/object.h"

namespace mempy::runtime {

// ---- slot signatures -------------------------------------------------------------------------
using DeallocFn = void (*)(Object*);
using UnaryFn = Object* (*)(Object*);
using BinaryFn = Object* (*)(Object*, Object*);
using TernaryFn = Object* (*)(Object*, Object*, Object*);
using InquiryFn = int (*)(Object*);  // 1 true, 0 false, -1 error
using LenFn = ssize (*)(Object*);    // -1 error
using HashFn = hash_t (*)(Object*);  // -1 error
using RichCmpFn = Object* (*)(Object*, Object*, int op);
using GetAttrFn = Object* (*)(Object* obj, Object* name);
using SetAttrFn = int (*)(Object* obj, Object* name, Object* value);  // value null: delete
using VectorcallFn = Object* (*)(Object* callable, Object* const* args, std::size_t nargsf,
                                 Object* kwnames);
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be null
using DescrSetFn = int (*)(Object* descr, Object* obj, Object* value);     // value null: delete
using NewFn = Object* (*)(TypeObject* type, Object* const* args, std::size_t nargs,
                          Object* kwnames);
using InitFn = int (*)(Object* self, Object* const* args, std::size_t nargs, Object* kwnames);
using VisitFn = int (*)(Object* referent, void* arg);
using TraverseFn = int (*)(Object* self, VisitFn visit, void* arg);
using ClearFn = int (*)(Object* self);
using ObjObjFn = int (*)(Object*, Object*);                        // contains: 1/0/-1
using ObjObjArgFn = int (*)(Object*, Object* key, Object* value);  // setitem; value null: del
using SsizeArgFn = Object* (*)(Object*, ssize);

inline constexpr std::size_t ARGS_OFFSET = std::size_t(1) << (8 * sizeof(std::size_t) - 1);
inline ssize vector_nargs(std::size_t nargsf) {
  return ssize(nargsf & ~ARGS_OFFSET);
}

// Rich comparison operators (CPython's Py_LT .. Py_GE; also COMPARE_OP's oparg).
enum CompareOp : int { CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5 };

// Binary operators in CPython 3.11's NB_* order. BINARY_OP's oparg is the operator, plus
// BINOP_INPLACE for the augmented form.
enum BinOp : int {
  BINOP_ADD = 0,
  BINOP_AND,
  BINOP_FLOOR_DIVIDE,
  BINOP_LSHIFT,
  BINOP_MATRIX_MULTIPLY,
  BINOP_MULTIPLY,
  BINOP_REMAINDER,
  BINOP_OR,
  BINOP_POWER,
  BINOP_RSHIFT,
  BINOP_SUBTRACT,
  BINOP_TRUE_DIVIDE,
  BINOP_XOR,
  BINOP_COUNT,
};
inline constexpr int BINOP_INPLACE = BINOP_COUNT;

// ---- method / attribute tables -------------------------------------------------------------
// Every built-in function and method uses one signature (METH_FASTCALL | METH_KEYWORDS): self is
// the bound object (the module for module functions, the instance for methods, the type for
// class methods), args/nargs/kwnames as described above.
using CFunction = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames);

enum MethodFlags : unsigned {
  METH_DEFAULT = 0,
  METH_CLASS = 1,    // classmethod: receives the type as self
  METH_STATIC = 2,   // staticmethod: self is nullptr
  METH_COEXIST = 4,  // the method replaces a slot wrapper of the same name
  // CPython 3.11 declares it METH_VARARGS: it is called through tp_call and gets its arguments
  // packed into a tuple (keywords into a dict) for the whole call (runtime/tpcall.h)
  METH_VARARGS = 8,
};

struct MethodDef {
  const char* name;  // nullptr terminates a table
  CFunction fn;
  unsigned flags;
  const char* doc;
};

using GetterFn = Object* (*)(Object* self, void* closure);
using SetterFn = int (*)(Object* self, Object* value, void* closure);  // value null: delete

struct GetSetDef {
  const char* name;  // nullptr terminates a table
  GetterFn get;
  SetterFn set;  // nullptr: read-only
  const char* doc;
  void* closure;
};

enum class MemberKind : unsigned char {
  OBJECT,     // Object*, None when null
  OBJECT_EX,  // Object*, AttributeError when null (used for __slots__)
  SSIZE,
  INT,
  BOOL,  // char 0/1
  DOUBLE,
};

struct MemberDef {
  const char* name;  // nullptr terminates a table
  MemberKind kind;
  ssize offset;
  bool readonly;
  const char* doc;
};
// type.__itemsize__: a heap type keeps its __slots__ members inline after the type object
static_assert(sizeof(MemberDef) == 40, "CPython's sizeof(PyMemberDef)");

// ---- the type object --------------------------------------------------------------------------
enum TypeFlags : std::uint64_t {
  TPFLAG_HEAPTYPE = 1u << 0,
  TPFLAG_BASETYPE = 1u << 1,  // may be subclassed
  TPFLAG_HAVE_GC = 1u << 2,   // instances carry a GCHead and are tracked
  TPFLAG_READY = 1u << 3,
  TPFLAG_READYING = 1u << 4,
  TPFLAG_MANAGED_DICT = 1u << 5,  // instances have the 16-byte values/dict pre-header
  TPFLAG_IMMUTABLE = 1u << 6,     // attributes cannot be set (built-in types)
  TPFLAG_IS_ABSTRACT = 1u << 7,
  TPFLAG_METHOD_DESCRIPTOR = 1u << 8,  // binds like a function: LOAD_METHOD may skip binding
  TPFLAG_VALID_VERSION = 1u << 9,
  TPFLAG_HAS_FINALIZE = 1u << 10,
  // CPython 3.11 gives the type a tp_vectorcall: calling the class passes the argument vector
  // as is, without packing a tuple (runtime/tpcall.h); never inherited, as in CPython
  TPFLAG_VECTORCALL = 1u << 11,
  // fast subclass checks
  TPFLAG_INT_SUBCLASS = 1u << 20,
  TPFLAG_LIST_SUBCLASS = 1u << 21,
  TPFLAG_TUPLE_SUBCLASS = 1u << 22,
  TPFLAG_BYTES_SUBCLASS = 1u << 23,
  TPFLAG_STR_SUBCLASS = 1u << 24,
  TPFLAG_DICT_SUBCLASS = 1u << 25,
  TPFLAG_BASE_EXC_SUBCLASS = 1u << 26,
  TPFLAG_TYPE_SUBCLASS = 1u << 27,
};

struct DictKeys;      // shared instance-attribute keys of a heap type (runtime/dict_internal.h)
struct SubclassList;  // type.cpp

// CPython's PyNumberMethods: 36 slots (288 bytes). The binary slots are an array indexed by
// BinOp; the in-place array holds CPython's nb_inplace_* (inplace power included).
struct NumberMethods {
  BinaryFn nb[BINOP_COUNT];
  BinaryFn nb_inplace[BINOP_COUNT];
  TernaryFn nb_power_mod;  // pow(a, b, mod)
  BinaryFn nb_divmod;
  UnaryFn nb_negative;
  UnaryFn nb_positive;
  UnaryFn nb_absolute;
  UnaryFn nb_invert;
  InquiryFn nb_bool;
  UnaryFn nb_int;
  UnaryFn nb_float;
  UnaryFn nb_index;
};
static_assert(sizeof(NumberMethods) == 288, "CPython 3.11's sizeof(PyNumberMethods)");

// CPython's PyMappingMethods. `length` is also CPython's sq_length: mempy keeps one length slot.
struct MappingMethods {
  LenFn length;
  BinaryFn getitem;     // mp_subscript (sequences index through it too)
  ObjObjArgFn setitem;  // mp_ass_subscript; value null: delete
};
static_assert(sizeof(MappingMethods) == 24, "CPython 3.11's sizeof(PyMappingMethods)");

// CPython's PySequenceMethods in its order. Concatenation/repetition are tried by `+`/`*` only
// after both operands' number slots returned NotImplemented; the item slots CPython keeps beside
// mp_subscript are not used (mempy indexes through MappingMethods).
struct SequenceMethods {
  void* reserved_sq_length;
  BinaryFn sq_concat;
  SsizeArgFn sq_repeat;
  void* reserved_sq_item;
  void* reserved_was_sq_slice;
  void* reserved_sq_ass_item;
  void* reserved_was_sq_ass_slice;
  ObjObjFn contains;  // 1/0/-1
  BinaryFn sq_inplace_concat;
  SsizeArgFn sq_inplace_repeat;
};
static_assert(sizeof(SequenceMethods) == 80, "CPython 3.11's sizeof(PySequenceMethods)");

// CPython's PyTypeObject: 408 bytes, the whole size of a static (built-in) type. The slot groups
// are pointers, as in CPython: a built-in type's groups are static storage of its own
// (number_methods() & co.), a type without its own group shares its base's after type_ready,
// and `object`'s are empty groups, so after readying the group pointers are never null.
struct TypeObject : VarObject {
  const char* name;  // tp_name; for heap types it points into ht_name's UTF-8 data
  ssize basicsize;
  ssize itemsize;
  std::uint64_t flags;
  const char* doc;

  // lifecycle
  DeallocFn dealloc;
  TraverseFn traverse;
  ClearFn clear;
  DeallocFn finalize;  // tp_finalize (__del__), PEP 442
  NewFn new_;
  InitFn init;
  DeallocFn free_fn;  // releases the memory of an instance (set by type_ready)

  // basic protocol
  UnaryFn repr;
  UnaryFn str;
  HashFn hash;
  RichCmpFn richcompare;
  GetAttrFn getattro;
  SetAttrFn setattro;
  VectorcallFn call;
  UnaryFn iter;
  UnaryFn iternext;  // returns nullptr without an exception at the end
  DescrGetFn descr_get;
  DescrSetFn descr_set;

  // slot groups
  NumberMethods* as_number;
  SequenceMethods* as_sequence;
  MappingMethods* as_mapping;

  // structure
  const MethodDef* methods;
  const MemberDef* members;
  const GetSetDef* getset;
  TypeObject* base;
  Object* bases;                    // tuple
  Object* mro;                      // tuple
  Object* dict;                     // dict
  struct SubclassList* subclasses;  // direct subclasses (not owned), for cache invalidation
  ssize dictoffset;                 // >0: offset of a __dict__ pointer inside the object; 0: none
  ssize weaklistoffset;             // offset of the weakref list slot, 0: not weakly referenceable
  std::uint32_t version_tag;        // for attribute caches; 0 = no valid version
  Object* weaklist;                 // weak references to the type object itself

  // The rest of CPython 3.11's PyTypeObject that mempy does not use: the C API's calling and
  // attribute hooks, the async and buffer suites, the allocator hooks, the method cache.
  void* reserved_vectorcall_offset;
  void* reserved_getattr;
  void* reserved_setattr;
  void* reserved_as_async;
  void* reserved_as_buffer;
  void* reserved_alloc;
  void* reserved_is_gc;
  void* reserved_cache;
  void* reserved_del;
  void* reserved_vectorcall;
};
static_assert(sizeof(TypeObject) == 408, "CPython 3.11's sizeof(PyTypeObject)");

// CPython's PyHeapTypeObject: a class made at run time carries its slot groups inline (its group
// pointers point here) and its names; its __slots__ members follow it (type.__itemsize__).
struct HeapTypeObject : TypeObject {
  void* reserved_async[4];  // PyAsyncMethods
  NumberMethods number;
  MappingMethods mapping;
  SequenceMethods sequence;
  void* reserved_buffer[2];  // PyBufferProcs
  Object* ht_name;           // str
  Object* ht_slots;          // tuple of slot names or null
  Object* ht_qualname;       // str
  DictKeys* cached_keys;     // attribute names shared by instances (MANAGED_DICT)
  Object* ht_module;         // value of __module__ at creation (str) — informational
  MemberDef* ht_members;     // member descriptors of __slots__ (inline after the object)
  void* reserved_spec_cache;
};
static_assert(sizeof(HeapTypeObject) == 904, "CPython 3.11's sizeof(PyHeapTypeObject)");

inline HeapTypeObject* as_heap(TypeObject* t) {
  return static_cast<HeapTypeObject*>(t);
}
inline const HeapTypeObject* as_heap(const TypeObject* t) {
  return static_cast<const HeapTypeObject*>(t);
}
// The shared instance keys of a class; nullptr for built-in types.
inline DictKeys* type_cached_keys(const TypeObject* t) {
  return (t->flags & TPFLAG_HEAPTYPE) ? as_heap(t)->cached_keys : nullptr;
}

// The slot groups a built-in type's init function fills in: its own group, created (zeroed) on
// first use. For a heap type, its inline group.
NumberMethods& number_methods(TypeObject& type);
MappingMethods& mapping_methods(TypeObject& type);
SequenceMethods& sequence_methods(TypeObject& type);

// Direct subclasses of a type (not owned), for attribute-cache invalidation and __subclasses__.
struct SubclassList {
  std::vector<TypeObject*> items;
};

// ---- readying and lookup ----------------------------------------------------------------------
extern TypeObject TypeType;    // type
extern TypeObject ObjectType;  // object

// Completes a built-in type: inheritance, MRO, __dict__. Returns -1 with an exception on error.
int type_ready(TypeObject* type);
// Whether calling `callable` is calling a class through type.__call__ whose type has no
// TPFLAG_VECTORCALL: its arguments are then packed (runtime/tpcall.h).
bool type_calls_packed(Object* callable);

inline bool type_has_flag(const TypeObject* t, std::uint64_t f) {
  return (t->flags & f) != 0;
}
inline bool is_gc_type(const TypeObject* t) {
  return (t->flags & TPFLAG_HAVE_GC) != 0;
}
inline bool is_heap_type(const TypeObject* t) {
  return (t->flags & TPFLAG_HEAPTYPE) != 0;
}
// Whether the object itself carries a GC head (CPython's PyObject_IS_GC): instances of GC types,
// except static type objects (only classes made at run time are collectable).
inline bool object_is_gc(const Object* op) {
  if (!is_gc_type(op->type)) return false;
  return !(op->type->flags & TPFLAG_TYPE_SUBCLASS) ||
         is_heap_type(static_cast<const TypeObject*>(op));
}

// isinstance/issubclass on the MRO, without __instancecheck__ hooks.
bool type_is_subtype(const TypeObject* a, const TypeObject* b);
inline bool type_check(const Object* op, const TypeObject* t) {
  return op->type == t || type_is_subtype(op->type, t);
}
inline bool is_type(const Object* op) {
  return type_has_flag(op->type, TPFLAG_TYPE_SUBCLASS);
}

// Finds `name` (a str) along the MRO without invoking descriptors; borrowed, nullptr if absent
// (no exception). Cached per (type version, name).
Object* type_lookup(TypeObject* type, Object* name);
Object* type_lookup_cstr(TypeObject* type, const char* name);

// Invalidate attribute caches of `type` and all its subclasses (called when a class changes).
void type_modified(TypeObject* type);
// Makes sure `type` has a valid version tag; returns it (0 if versions are exhausted).
std::uint32_t type_version(TypeObject* type);

// The short name: "int", or a heap type's __name__ (borrowed C string).
const char* type_name(const TypeObject* type);
// __qualname__ of a type (new reference): a heap type's qualname, else the short name.
Object* type_get_qualname_obj(TypeObject* type);
// "module.qualname" for heap types outside builtins, else the name — as used in reprs.
Object* type_qualified_repr_name(TypeObject* type);

// Default attribute access: data descriptors, instance dict / slots, non-data descriptors.
Object* generic_getattr(Object* obj, Object* name);
int generic_setattr(Object* obj, Object* name, Object* value);
// Like generic_getattr but returns nullptr without an exception when the attribute is missing
// (suppress=true), for getattr(o, n, default) and hasattr.
Object* generic_getattr_impl(Object* obj, Object* name, bool suppress);

// Generic allocation for types: allocates basicsize + itemsize*nitems (plus the GC head and the
// managed-dict pre-header when the type has them), zero-fills, sets refcnt 1 and the type
// (increfs heap types). Does not track the object in the GC; callers track when initialised.
Object* type_generic_alloc(TypeObject* type, ssize nitems);
// CPython's PyType_GenericAlloc, the allocator of heap types and of subclass instances: as
// type_generic_alloc but with room for one more item, the sentinel a heap type keeps after its
// member array (so a class object is sizeof(TypeObject) + 40 * (slots + 1) bytes).
Object* type_alloc_with_sentinel(TypeObject* type, ssize nitems);
// tp_new of object: allocation only (and the "takes no arguments" checks).
Object* object_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);

// Releases an instance's memory (inverse of type_generic_alloc); decrefs heap types.
void object_free(Object* op);

// `class` statement support: type(name, bases, ns) with keyword arguments already handled.
Object* type_new_from_namespace(TypeObject* metatype, Object* name, Object* bases, Object* ns,
                                Object* kwds);

// Readies a static type defined outside runtime/ (stdlib modules) and registers it to be torn
// down by runtime_fini. Idempotent.
int type_ready_static(TypeObject* type);

// Bootstrap: set up `type` and `object` and every built-in type (runtime/bootstrap.cpp).
int runtime_init();
void runtime_fini();
// CPython's start-up (importlib, site, encodings) leaves objects on the free lists that a
// script's first allocations reuse; mempy's start-up runs none of that code. Called just before
// the main program runs, this tops the list free list up to the 40 lists python3 3.11 holds at
// a script's first line (so a first tracemalloc.take_snapshot() reuses a list and traces
// nothing of its own, as in CPython).
void runtime_settle_free_lists();

}  // namespace mempy::runtime
