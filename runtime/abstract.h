// runtime/abstract.h — operations on any object, dispatched through type slots (CPython's
// abstract.c / object.c). All return new references or nullptr / -1 with an exception set.
#pragma once
#include <string>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

// ---- presentation / identity ------------------------------------------------------------------
Object* object_repr(Object* op);  // str
Object* object_str(Object* op);   // str
Object* object_ascii(Object* op);
hash_t object_hash(Object* op);           // -1 on error
hash_t hash_not_implemented(Object* op);  // the hash slot of unhashable types
int object_is_true(Object* op);           // 1 / 0 / -1
inline int object_not(Object* op) {
  int r = object_is_true(op);
  return r < 0 ? r : !r;
}
Object* object_format(Object* op, Object* spec);  // format(op, spec); spec may be null

// ---- comparison -------------------------------------------------------------------------------
Object* rich_compare(Object* a, Object* b, int op);
// Like rich_compare but returns 1/0/-1; identity implies equality for EQ/NE (as CPython).
int rich_compare_bool(Object* a, Object* b, int op);
// Whether a three-way comparison result c (<0, 0, >0) satisfies the comparison op.
inline bool compare_holds(int c, int op) {
  switch (op) {
    case CMP_LT:
      return c < 0;
    case CMP_LE:
      return c <= 0;
    case CMP_EQ:
      return c == 0;
    case CMP_NE:
      return c != 0;
    case CMP_GT:
      return c > 0;
    default:
      return c >= 0;
  }
}
inline int object_eq(Object* a, Object* b) {
  return rich_compare_bool(a, b, CMP_EQ);
}

// ---- attributes ---------------------------------------------------------------------------------
Object* get_attr(Object* op, Object* name);  // name is a str
Object* get_attr_cstr(Object* op, const char* name);
// Returns 1 and *result on success, 0 (no exception) when the attribute is missing, -1 on error.
int lookup_attr(Object* op, Object* name, Object** result);
int set_attr(Object* op, Object* name, Object* value);  // value null: delete
int set_attr_cstr(Object* op, const char* name, Object* value);
int del_attr(Object* op, Object* name);
int has_attr(Object* op, Object* name);  // 1/0, -1 on errors other than AttributeError
// Looks up a special method on the type (not the instance) and binds it; nullptr without an
// exception when absent.
Object* lookup_special(Object* op, Object* name);

// ---- calls ------------------------------------------------------------------------------------
Object* call(Object* callable, Object* const* args, std::size_t nargsf, Object* kwnames);
Object* call_no_args(Object* callable);
Object* call_one_arg(Object* callable, Object* arg);
Object* call_tuple(Object* callable, Object* args_tuple, Object* kwargs_dict);  // f(*t, **d)
// f(*args[:n], **kwargs); kwargs may be null
Object* call_with_kwdict(Object* callable, Object* const* args, ssize n, Object* kwargs);
// obj.name(*args): looks up the method and calls it without creating a bound method when
// possible. args excludes self.
Object* call_method(Object* obj, Object* name, Object* const* args, ssize nargs);
Object* call_method_cstr(Object* obj, const char* name, Object* const* args, ssize nargs);
bool is_callable(Object* op);

// ---- containers -------------------------------------------------------------------------------
ssize object_length(Object* op);  // -1 on error (TypeError "object of type 'X' has no len()")
// len() hint: length if available, else default (no error for missing __len__)
ssize object_length_hint(Object* op, ssize default_value);
Object* get_item(Object* op, Object* key);
int set_item(Object* op, Object* key, Object* value);
int del_item(Object* op, Object* key);
int sequence_contains(Object* container, Object* item);  // `item in container`: 1/0/-1
int sequence_contains_by_iteration(Object* container, Object* item);
Object* get_item_index(Object* op, ssize i);  // op[i] with a C index

// ---- iteration --------------------------------------------------------------------------------
Object* get_iter(Object* op);  // iter(op)
// next(it): nullptr and no exception at the end; nullptr with exception on error.
Object* iter_next(Object* iter);
// After a type's iternext slot returned nullptr: true if that was an error, false for the end
// of the iteration (a StopIteration, which an iternext slot may leave set, is cleared).
bool iter_failed();
bool is_iterator(Object* op);
// Builds a new list from any iterable (list(it)).
Object* sequence_list(Object* iterable);
// A tuple from any iterable (tuple(it)); returns the same tuple if already one.
Object* sequence_tuple(Object* iterable);

// ---- numbers ----------------------------------------------------------------------------------
Object* binary_op(Object* a, Object* b, int op);          // op: BinOp
Object* inplace_op(Object* a, Object* b, int op);         // a op= b
Object* number_power(Object* a, Object* b, Object* mod);  // pow(a, b, mod); mod may be None
Object* number_negative(Object* a);
Object* number_positive(Object* a);
Object* number_invert(Object* a);
Object* number_absolute(Object* a);
Object* number_index(Object* a);  // operator.index(a): an int
Object* number_long(Object* a);   // int(a)
Object* number_float(Object* a);  // float(a)
// a as a C ssize via __index__; on overflow raises `err_type` (OverflowError "cannot fit 'int'
// into an index-sized integer" when err_type is IndexError as CPython does for subscripts).
ssize number_as_ssize(Object* a, TypeObject* err_type);
bool has_index(Object* a);
const char* binop_symbol(int op);  // "+", "-", "+=" (with BINOP_INPLACE) ...

// ---- misc -------------------------------------------------------------------------------------
bool isinstance_exact_or_sub(Object* op, TypeObject* t);
int object_isinstance(Object* inst, Object* cls);  // isinstance() incl. tuples and hooks
int object_issubclass(Object* derived, Object* cls);

// Guards recursive reprs of containers ([...] / {...}); returns 1 if op is already being
// repr'd (caller prints the ellipsis form), 0 if entered, -1 on error. As CPython's Py_ReprEnter,
// the objects in progress are kept in a list stored under "Py_Repr" in the thread state's dict;
// both are made by the first call and kept to the end (gc.get_count() +2 once).
int repr_enter(Object* op);
void repr_leave(Object* op);

// The UTF-8 of str(op) / repr(op) as a std::string; false with an exception on failure.
bool str_utf8_of(Object* op, std::string& out);
bool repr_utf8_of(Object* op, std::string& out);
void repr_stack_fini();

}  // namespace mempy::runtime
