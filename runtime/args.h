// runtime/args.h — binding vectorcall arguments of built-in functions to named parameters, with
// CPython's error messages (the Argument Clinic family).
#pragma once
#include <initializer_list>

#include "runtime/object.h"

namespace mempy::runtime {

// A built-in function signature: `names` lists every parameter; the first `posonly` are
// positional-only, parameters from index `kwonly_from` on are keyword-only, and the first
// `required` must be given. Example: sorted(iterable, /, *, key=None, reverse=False) is
// {"sorted", {"iterable", "key", "reverse"}, posonly 1, kwonly_from 1, required 1}.
struct ArgSpec {
  const char* fname;
  std::initializer_list<const char*> names;
  int posonly;
  int kwonly_from;
  int required;
};

// Fills out[0..names.size()) with borrowed references (nullptr for absent optional ones).
// Returns false with TypeError set on a mismatch.
bool parse_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                Object** out);

// A C int argument the way CPython's "i" format (and the clinic int converter) converts: any
// index-like object; "Python int too large to convert to C long" / "signed integer is greater
// than maximum" / "... less than minimum" OverflowErrors. Returns false with the error set.
bool c_int_arg(Object* o, int* out);
// A C int the way the argument clinic's int converter takes it (_PyLong_AsInt): any index-like
// object; OverflowError "Python int too large to convert to C int" beyond the C int range.
bool clinic_int_arg(Object* o, int* out);

// Collects extra keyword arguments (for **kwargs-taking built-ins) into a new dict.
Object* kwargs_to_dict(Object* const* kwvalues, Object* kwnames);

// The tuple of keyword names that CPython 3.11's argument parser (_PyArg_Parser) builds the first
// time a built-in taking *args is called, and keeps until finalization: one GC-counted tuple per
// function, so the first print() of a program moves gc.get_count() by one. Declare one static
// KeywordTuple per function ({"sep", "end", "file", "flush"} for print) and call keyword_tuple()
// on every call, as CPython does; it returns the tuple (borrowed), or null on MemoryError.
struct KeywordTuple {
  std::initializer_list<const char*> names;
  Object* tuple = nullptr;
  KeywordTuple* next = nullptr;  // the built ones, released by keyword_tuples_fini
};
Object* keyword_tuple(KeywordTuple& k);
void keyword_tuples_fini();

}  // namespace mempy::runtime
