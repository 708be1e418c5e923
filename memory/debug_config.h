// memory/debug_config.h — every debug and stress switch of the memory layer, in one place.
//
// Each switch is off by default, costs at most one predictable branch on a hot path when off,
// and can be turned on from the environment (so the test suite can be rerun under it) or from
// code (so unit tests can aim it precisely). Other memory/ switches (GC stress, leak dump at
// exit, heap verification after each collection) are added here by the files that own them.
//
// Build-time switches (CMake options, see CMakeLists.txt):
//
//   MEMPY_SANITIZE=ON   defines the macro MEMPY_SANITIZE=1 and builds with ASan + UBSan. The
//                       small-object allocator then poisons every byte of its arenas that is not
//                       inside a live block (pool headers, free blocks, never-carved blocks, the
//                       quantization tail of each pool, the misaligned head of each arena) with
//                       ASan's manual poisoning interface, and unpoisons exactly the requested
//                       bytes of a block it hands out. Use-after-free, overflow past the requested
//                       size and double free of small blocks are then reported by ASan. (A freed
//                       block is reused LIFO, as in CPython, so a use-after-free is caught only
//                       until the block is handed out again.)
//
// Run-time switches (environment variables, read once, at the first alloc/calloc/realloc):
//
//   MEMPY_FAIL_ALLOC_AFTER=N   allocation-failure injection. Counting from the first allocation,
//                              the N-th and every later request through alloc(), calloc() and
//                              realloc() returns nullptr (so MemoryError paths can be exercised).
//                              N must be a positive decimal number; anything else is ignored.
//                              raw_*() and frees are not affected.
#pragma once
#include <cstddef>

namespace mempy::memory::debug {

inline constexpr const char* kFailAllocAfterEnv = "MEMPY_FAIL_ALLOC_AFTER";

// Arms failure injection from code: counting from this call, the n-th and later requests fail.
// n == 0 disarms it. Overrides the environment variable.
void set_fail_alloc_after(std::size_t n);

// Which request, counting from the next one, will be the first to fail: 1 means the next one
// (and every later one) fails, 0 means injection is disarmed.
std::size_t fail_alloc_countdown();

// Re-reads the environment variables above (tests use it after setenv()).
void reload_from_environment();

}  // namespace mempy::memory::debug
