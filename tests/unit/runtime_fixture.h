// tests/unit/runtime_fixture.h — shared support for the runtime_*_test.cpp units.
//
// Bringing the runtime up: the first RUNTIME_TEST case calls runtime_init() (once for the whole
// binary); main.cpp tears it down after the run with runtime_shutdown(), which fails the run when
// the allocator's live-block count does not return to its value before runtime_init. Units that
// never touch the runtime (allocator, frontend, numbers) run exactly as before: the allocator
// tests measure the process heap only through deltas and use private heaps otherwise.
//
// Leak check: every RUNTIME_TEST case runs inside a LeakCheck. Before and after the body it
// empties the free lists (float, tuple, list, dict), so memory::allocated_blocks() counts only
// live objects, and checks the count came back — a reference leaked by any runtime function
// fails the test case that made it. It also checks no exception was left raised. Free lists are
// therefore empty when each case starts, which makes free-list tests deterministic. Statics that
// are made on first use are not leaks: runtime_up readies such runtime types itself, and a unit
// wraps its own (a struct sequence type it defines) in once().
//
// Hashing: PYTHONHASHSEED is forced to 0 before runtime_init, so str hashes, and the iteration
// order of sets and dicts of strings, equal those of `PYTHONHASHSEED=0 python3`.
//
// Expected numbers in the units come from python3 (CPython 3.11.7) or /work/shared/memory-facts.md;
// the Python expression that produced each is written next to it.
#pragma once
#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/object.h"
#include "runtime/singletons.h"
#include "runtime/type.h"

// doctest prints vectors of numbers and pairs when a CHECK on them fails
namespace doctest {
template <class A, class B>
struct StringMaker<std::pair<A, B>> {
  static String convert(const std::pair<A, B>& p) {
    return String("(") + toString(p.first) + ", " + toString(p.second) + ")";
  }
};
template <class T>
struct StringMaker<std::vector<T>> {
  static String convert(const std::vector<T>& v) {
    String out("[");
    for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + toString(v[i]);
    return out + "]";
  }
};
}  // namespace doctest

namespace rtest {

using namespace mempy::runtime;
namespace mm = mempy::memory;
using R = Ref<Object>;

// ---- lifetime of the runtime
// ---------------------------------------------------------------------
void runtime_up();  // idempotent
// Tears the runtime down if it was brought up; false (with a message on stderr) when blocks leaked.
bool runtime_shutdown();

// Empties the free lists so that allocated_blocks() counts live objects only.
void settle();
std::size_t live_blocks();  // settle() + memory::allocated_blocks()

class LeakCheck {
 public:
  LeakCheck();
  ~LeakCheck();
  LeakCheck(const LeakCheck&) = delete;
  LeakCheck& operator=(const LeakCheck&) = delete;

 private:
  std::size_t before_;
  std::size_t statics_before_;
};

// Runs `init` the first time it is called with that `key` (e.g. readying a static type a unit
// defines); the blocks it allocates live until runtime_fini and are not counted as a leak of the
// test case that happened to run it first.
void once(const void* key, void (*init)());

struct RuntimeUp {
  RuntimeUp() { runtime_up(); }
};
// The fixture of every runtime test case: the runtime is up, and the case must not leak.
struct RuntimeCase : RuntimeUp {
  LeakCheck leak_check;
};

#define RUNTIME_TEST(name) TEST_CASE_FIXTURE(rtest::RuntimeCase, name)

// A setup step that must succeed: aborts the test case when it does not, but (unlike REQUIRE)
// is not counted as an assertion when it passes, so doctest's count reflects the real checks.
#define MUST(...)                                                 \
  do {                                                            \
    if (!(__VA_ARGS__)) FAIL("setup step failed: " #__VA_ARGS__); \
  } while (0)

// ---- making objects (each returns an owned reference; a null result fails the case) -------------
R own(Object* op);  // adopts a new reference; fails the case (with the error) if null
R str(std::string_view utf8);
R num(long long v);
R flt(double v);
R tup(std::initializer_list<Object*> items);  // borrows the items
R lst(std::initializer_list<Object*> items);  // borrows the items
R dict_of(std::initializer_list<std::pair<Object*, Object*>> items);
// A list of the ints [0, n).
R int_range_list(long n);

// ---- looking at objects
// ---------------------------------------------------------------------------
std::string repr(Object* op);
std::string text(Object* op);  // str(op)
// sys.getsizeof as CPython 3.11 computes it: __sizeof__ plus the GC head and the managed-dict
// pre-header in front of the object.
ssize getsizeof(Object* op);
ssize sizeof_method(Object* op);  // type(op).__sizeof__(op)
long long as_ll(Object* op);      // an int's value (must fit in 64 bits)
// Calls op.name(*args) and returns the result (may be null with an exception raised).
Object* call_meth(Object* op, const char* name, std::initializer_list<Object*> args = {});
// list capacity from the object itself (allocated slots)
ssize list_capacity(Object* op);
inline bool tracked(Object* op) {
  return mm::gc_is_tracked(op);
}
inline int gc_count0() {
  return mm::gc_counts().count[0];
}

// "Type: message" of the raised exception, which is cleared; "" when nothing is raised.
std::string take_error();

// ---- classes
// -------------------------------------------------------------------------------------- class
// <name>(bases): with the given namespace entries (names are interned like a class body's).
R make_class(const char* name, std::initializer_list<std::pair<const char*, Object*>> ns = {},
             Object* bases = nullptr);
// A class object is always in a reference cycle (its MRO holds it); with no collector yet, break
// it as the collector's clear step would, then drop our reference.
void destroy_class(R& cls);

}  // namespace rtest
