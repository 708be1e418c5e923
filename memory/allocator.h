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
//
// Pairing rule: a block from alloc()/calloc()/realloc() goes back through free() or realloc(); a
// block from raw_*() goes back through raw_free() or raw_realloc(). Mixing them is a bug (as in
// CPython) and skews allocated_blocks().
//
// Not thread-safe, by design: the interpreter is single-threaded, so the fast paths take no
// lock.
//
// Debug switches (allocation-failure injection) are described in memory/debug_config.h.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace mempy::memory {

// ---------------------------------------------------------------- the entry points

// Returns nullptr on failure (the caller raises MemoryError); never throws.
void* alloc(std::size_t nbytes);
void* calloc(std::size_t nelem, std::size_t elsize);  // zeroed; nullptr on overflow
void* realloc(void* ptr, std::size_t nbytes);         // realloc(nullptr, n) == alloc(n)
void free(void* ptr);                                 // free(nullptr) is a no-op

void* raw_alloc(std::size_t nbytes);
void* raw_realloc(void* ptr, std::size_t nbytes);
void raw_free(void* ptr);

// sys.getallocatedblocks(): blocks currently handed out by alloc()/realloc() (small and large).
std::size_t allocated_blocks();

// The allocator section of sys._debugmallocstats(), in CPython 3.11's format: from
// "Small block threshold = 512, in 32 size classes." through the arena-map totals. The free-list
// lines that follow in CPython's output belong to the runtime's types, not to this function;
// CPython's sys._debugmallocstats() writes one empty line between the two parts.
void write_debug_stats(std::FILE* out);
// One line of the free-list section that follows (CPython's _PyDebugAllocatorStats):
// "<num_blocks> free <block_name>s * <sizeof_block> bytes each", right-aligned in 48 columns,
// then '=' and num_blocks * sizeof_block with thousands separators.
void write_free_list_stats(std::FILE* out, const char* block_name, int num_blocks,
                           std::size_t sizeof_block);

// tracemalloc's hook point. When no hooks are installed this costs one predictable branch.
//
// - on_alloc(ptr, nbytes) runs after a successful alloc/calloc/realloc/raw_alloc/raw_realloc,
//   with the *requested* size (tracemalloc reports requested bytes, not pool-rounded ones).
// - on_free(ptr) runs before free()/raw_free() releases the block.
// - A successful realloc reports on_free(old) then on_alloc(new, nbytes), also when the block
//   stays in place (old == new). realloc(nullptr, n) reports only on_alloc. A failed realloc
//   reports nothing: the old block is still live and still traced.
// - Both domains are hooked: alloc/calloc/realloc/free (object + mem domain) and raw_* (raw
//   domain), as tracemalloc traces all three CPython domains.
// - Hooks are never re-entered: allocations and frees made while a hook runs (the tracer's own
//   tables) are performed but not reported, which is what CPython's tracemalloc does with its
//   reentrancy flag.
struct TraceHooks {
  void (*on_alloc)(void* ptr, std::size_t nbytes);
  void (*on_free)(void* ptr);
};
// nullptr uninstalls; *hooks must outlive its installation; a null member is skipped.
void set_trace_hooks(const TraceHooks* hooks);

// ---------------------------------------------------------------- CPython 3.11 (64-bit) constants

inline constexpr std::size_t kAlignment = 16;                         // ALIGNMENT
inline constexpr std::size_t kSmallRequestThreshold = 512;            // SMALL_REQUEST_THRESHOLD
inline constexpr unsigned kNumSizeClasses = 32;                       // NB_SMALL_SIZE_CLASSES
inline constexpr std::size_t kArenaSize = std::size_t{1} << 20;       // ARENA_SIZE, 1 MiB, mmap'd
inline constexpr std::size_t kPoolSize = std::size_t{1} << 14;        // POOL_SIZE, 16 KiB
inline constexpr std::size_t kPoolOverhead = 48;                      // POOL_OVERHEAD (pool header)
inline constexpr unsigned kMaxPoolsInArena = kArenaSize / kPoolSize;  // 64 (63 if misaligned)
inline constexpr unsigned kInitialArenaObjects = 16;                  // INITIAL_ARENA_OBJECTS

// Size class of a request of 1..512 bytes: class i serves blocks of 16·(i+1) bytes.
constexpr unsigned size_class_index(std::size_t nbytes) {
  return static_cast<unsigned>((nbytes - 1) / kAlignment);
}
constexpr std::size_t size_class_bytes(unsigned index) {
  return (index + 1) * kAlignment;
}
constexpr unsigned blocks_per_pool(unsigned index) {
  return static_cast<unsigned>((kPoolSize - kPoolOverhead) / size_class_bytes(index));
}

// ---------------------------------------------------------------- statistics

struct SizeClassStats {
  std::size_t pools = 0;             // pools currently holding blocks of this class
  std::size_t blocks_in_use = 0;     // allocated blocks
  std::size_t available_blocks = 0;  // free + never-carved blocks in those pools
};

// Everything sys._debugmallocstats() prints for the allocator, computed the way CPython does (by
// walking every arena), plus a few counters of our own. The "Total" identity holds:
// bytes_in_allocated_blocks + bytes_in_available_blocks + bytes_in_unused_pools +
// bytes_lost_to_pool_headers + bytes_lost_to_quantization + bytes_lost_to_arena_alignment
// == arenas_current * kArenaSize.
struct AllocatorStats {
  std::array<SizeClassStats, kNumSizeClasses> classes{};

  std::size_t arenas_allocated_total = 0;  // mmaps ever made
  std::size_t arenas_reclaimed = 0;        // munmaps made (total - current)
  std::size_t arenas_highwater = 0;        // max arenas_current ever
  std::size_t arenas_current = 0;          // arenas mapped now

  std::size_t bytes_in_allocated_blocks = 0;
  std::size_t bytes_in_available_blocks = 0;
  std::size_t unused_pools = 0;  // empty pools + pools never carved, over all arenas
  std::size_t bytes_in_unused_pools = 0;
  std::size_t bytes_lost_to_pool_headers = 0;
  std::size_t bytes_lost_to_quantization = 0;     // pool tails too small for one more block
  std::size_t bytes_lost_to_arena_alignment = 0;  // kPoolSize per arena not 16 KiB aligned
  std::size_t total = 0;                          // the sum above

  std::size_t arena_map_mid_nodes = 0;  // radix tree interior nodes in use
  std::size_t arena_map_bot_nodes = 0;  // radix tree leaves in use
  std::size_t arena_map_root_bytes = 0;
  std::size_t arena_map_mid_bytes = 0;
  std::size_t arena_map_bot_bytes = 0;

  std::size_t small_blocks = 0;  // blocks in use in pools (sum of classes[].blocks_in_use)
  std::size_t raw_blocks = 0;    // blocks that fell through to malloc (0 bytes, > 512, fallback)
  std::size_t wholly_free_arenas = 0;  // arenas mapped with every pool free (CPython keeps <= 1)
  std::size_t arena_descriptors = 0;   // length of the descriptor vector: 0, 16, 32, 64, ...
};
AllocatorStats allocator_stats();

// ---------------------------------------------------------------- heaps (engine access)
//
// The entry points above use one process-wide heap. The engine is also available as separate
// Heap objects so tests and the educational heap views can work on a fresh, private heap whose
// every number is predictable. A Heap has no trace hooks and no failure injection: those belong
// to the entry points above.

class Heap;  // a pymalloc instance: its arenas, pools, radix tree and counters

Heap& process_heap();
Heap* heap_create();            // a fresh empty heap; nullptr when out of memory
void heap_destroy(Heap* heap);  // unmaps all its arenas (its small blocks die with them)

void* heap_alloc(Heap& heap, std::size_t nbytes);
void* heap_realloc(Heap& heap, void* ptr, std::size_t nbytes);
void heap_free(Heap& heap, void* ptr);
std::size_t heap_allocated_blocks(const Heap& heap);
AllocatorStats heap_stats(const Heap& heap);
void heap_write_debug_stats(const Heap& heap, std::FILE* out);

// Whether ptr points into one of the heap's arenas (CPython's address_in_range), in O(1).
bool heap_owns(const Heap& heap, const void* ptr);

// Checks every structural invariant (pool lists, free lists, arena ordering and the nfp2lasta
// fingers, counters, radix tree). Returns nullptr when consistent, else a description of the
// first violation (valid until the next call). Cost: a walk over every pool and free list.
const char* heap_verify(const Heap& heap);

enum class PoolState : std::uint8_t { kNone, kUsed, kFull, kEmpty };
struct PoolInfo {
  PoolState state = PoolState::kNone;  // kNone: ptr is not in an arena, the rest is zero
  std::uintptr_t pool_address = 0;
  std::uintptr_t arena_address = 0;
  unsigned size_class = 0;  // meaningless for kEmpty pools
  unsigned block_size = 0;
  unsigned blocks_in_use = 0;
  unsigned carved_blocks = 0;     // blocks ever handed out or put on the free list (lazy carving)
  unsigned total_blocks = 0;      // blocks_per_pool(size_class)
  unsigned free_list_length = 0;  // carved blocks currently free
};
PoolInfo heap_pool_info(const Heap& heap, const void* ptr);

struct ArenaInfo {
  std::uintptr_t address = 0;  // as returned by mmap
  unsigned free_pools = 0;     // nfreepools: empty + never-carved pools
  unsigned total_pools = 0;    // 64, or 63 when the mapping is not 16 KiB aligned
};
enum class ArenaOrder : std::uint8_t {
  kAll,     // every mapped arena, in descriptor order
  kUsable,  // CPython's usable_arenas list: arenas with a free pool, most used first
};
// Writes up to cap entries; returns how many arenas the list holds (may exceed cap).
std::size_t heap_arenas(const Heap& heap, ArenaOrder order, ArenaInfo* out, std::size_t cap);

}  // namespace mempy::memory
