// runtime/str_args.h — argument checks shared by the methods of str, bytes and bytearray, with
// the messages of the CPython parsers those methods use:
//   - PyArg_ParseTuple style ("count() takes at least 1 argument (0 given)");
//   - Argument Clinic's Py_ssize_t converter ("Python int too large to convert to C ssize_t");
//   - the optional start/end pair of find/count/startswith, adjusted like slice indices.
// The other families (check_no_args, check_one_arg, check_nargs, parse_args) live in
// cfunction.h and args.h.
#pragma once
#include "runtime/args.h"
#include "runtime/object.h"

namespace mempy::runtime {

// "{fname}() takes at least/at most/exactly N argument(s) (M given)"; false + TypeError.
bool check_arg_count(const char* fname, ssize nargs, ssize min, ssize max);

// Argument Clinic's check that comes before any name matching: more arguments in all than the
// function has: "split() takes at most 2 arguments (3 given)". false + TypeError.
bool check_total_args(const char* fname, ssize nargs, Object* kwnames, ssize maxargs);

// The type name Argument Clinic shows in "must be str, not X": "None" for None.
const char* clinic_type_name(Object* v);

// Argument Clinic's keyword parsing: check_total_args, then the parameters of `spec` into out;
// positional-only calls skip the name matching.
bool parse_clinic_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                       Object** out);

// An integer argument (via __index__) as ssize; OverflowError "Python int too large to convert
// to C ssize_t" when it does not fit. false with the exception set.
bool ssize_arg(Object* v, ssize* out);

// A C int argument (expandtabs' tabsize, splitlines' keepends, hex's bytes_per_sep);
// OverflowError "Python int too large to convert to C int" beyond int's range.
bool int_arg(Object* v, int* out);

// start/end as in str.find(sub[, start[, end]]): args[first] and args[first + 1] when present,
// None meaning absent; negative values count from the end; both clamped to [0, len] except that
// start may exceed len (the callers test start > end). false + TypeError for a non-index.
bool parse_start_end(Object* const* args, ssize nargs, ssize first, ssize len, ssize* start,
                     ssize* end);

// The items of join()'s argument: a list or tuple as is, any other iterable as a new list;
// "can only join an iterable" when it is not iterable. New reference or nullptr.
Object* join_items(Object* iterable);

}  // namespace mempy::runtime
