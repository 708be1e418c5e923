// stdlib/builtin_types.h — the builtins that are types but live outside runtime/: enumerate, zip,
// map, filter, reversed and super. Layouts follow CPython 3.11 so getsizeof matches.
#pragma once
#include "runtime/type.h"

namespace mempy::stdlib {

extern runtime::TypeObject EnumerateType;
extern runtime::TypeObject ZipType;
extern runtime::TypeObject MapType;
extern runtime::TypeObject FilterType;
extern runtime::TypeObject ReversedType;
extern runtime::TypeObject SuperType;

// exit / quit: callables that raise SystemExit (CPython's site module adds them to builtins).
runtime::Object* quitter_new(const char* name);

// tp_iter of iterators (returns self) and the "f() takes no keyword arguments" check, shared
// with the other iterator types of stdlib/ (itertools, deque iterators).
runtime::Object* iter_self(runtime::Object* op);
bool no_kwargs(const char* fname, runtime::Object* kwnames);

// Fills and readies the types (idempotent); -1 with an exception on failure.
int builtin_types_ready();

}  // namespace mempy::stdlib
