// memory/allocator.h — the single allocation choke point for Python objects and their buffers.
//
// Every byte that backs a Python object (the object itself, a list's item array, a dict's keys
// table, a string's characters) comes from alloc()/realloc() and goes back through free(). This
// is CPython 3.11's PyObject_Malloc / PyMem_Malloc domain (both use pymalloc there); raw_*()
// is PyMem_RawMalloc (plain malloc). All three pass the trace hook that tracemalloc installs.
//
// Requests of 1..512 bytes are served by the pymalloc-style small-object allocator (allocator.cpp
// explains arenas, pools, size classes); 0 bytes and larger requests fall through to malloc but are
// still counted in allocated_blocks(), as CPython counts them.
#pragma once
#include <cstddef>
#include <cstdio>

namespace mempy::memory {

// Returns nullptr on failure (the caller raises MemoryError); never throws.
void* alloc(std::size_t nbytes);
void* realloc(void* ptr, std::size_t nbytes);  // realloc(nullptr, n) == alloc(n)
void free(void* ptr);                          // free(nullptr) is a no-op

void* raw_alloc(std::size_t nbytes);
void* raw_realloc(void* ptr, std::size_t nbytes);
void raw_free(void* ptr);

// sys.getallocatedblocks(): blocks currently handed out by alloc()/realloc() (small and large).
std::size_t allocated_blocks();

// The allocator section of sys._debugmallocstats(), in CPython 3.11's format.
void write_debug_stats(std::FILE* out);

// tracemalloc's hook point. When no hooks are installed this costs one predictable branch.
// on_alloc runs after a successful allocation, on_free before the block is released; a realloc
// reports on_free(old) then on_alloc(new). Hooks must not allocate through this allocator's
// hooked entry points recursively (the tracer uses raw memory for its own tables).
struct TraceHooks {
  void (*on_alloc)(void* ptr, std::size_t nbytes);
  void (*on_free)(void* ptr);
};
void set_trace_hooks(const TraceHooks* hooks);  // nullptr uninstalls

}  // namespace mempy::memory
