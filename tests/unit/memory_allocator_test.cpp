// Unit tests for memory/allocator: pymalloc's size classes, lazy carving, pool and arena
// policies, realloc rules, statistics, the debug print, trace hooks, failure injection, ASan
// poisoning, and a randomized soak against a shadow model.
//
// Most tests run on a private Heap (heap_create) so every number is predictable; the entry
// points (alloc/free, hooks, failure injection) are tested on the process heap through deltas.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "memory/allocator.h"
#include "memory/debug_config.h"

#if MEMPY_SANITIZE
#include <fcntl.h>
#include <sanitizer/asan_interface.h>
#include <sys/wait.h>

#include <csignal>
#endif

namespace mm = mempy::memory;

namespace {

// A private heap, destroyed at scope exit.
struct FreshHeap {
  mm::Heap* heap = mm::heap_create();
  FreshHeap() { REQUIRE(heap != nullptr); }
  ~FreshHeap() { mm::heap_destroy(heap); }
  FreshHeap(const FreshHeap&) = delete;
  FreshHeap& operator=(const FreshHeap&) = delete;
  mm::Heap& operator*() const { return *heap; }
};

void require_consistent(const mm::Heap& h) {
  const char* err = mm::heap_verify(h);
  INFO("heap_verify: " << (err ? err : "ok"));
  REQUIRE(err == nullptr);
}

std::uintptr_t addr(const void* p) {
  return reinterpret_cast<std::uintptr_t>(p);
}

// Rounding written out independently of the allocator's helpers.
std::size_t rounded_up_to_16(std::size_t n) {
  return (n + 15) / 16 * 16;
}

// The shadow model of pymalloc's placement rules (CPython's _PyObject_Malloc / pymalloc_realloc).
// The block a request gets: its 16-byte class, or 0 for a malloc block (0 bytes, over 512).
std::size_t model_block(std::size_t n) {
  return n >= 1 && n <= 512 ? rounded_up_to_16(n) : 0;
}
// realloc keeps a small block in place when the new size fits and saves less than a quarter.
bool model_stays(std::size_t block, std::size_t n) {
  return n <= block && 4 * n > 3 * block;
}
// The block after realloc(block, n); a malloc block stays a malloc block.
std::size_t model_block_after_realloc(std::size_t block, std::size_t n) {
  if (block == 0) return 0;
  return model_stays(block, n) ? block : model_block(n);
}

void fill(void* p, std::size_t n, unsigned seed) {
  auto* b = static_cast<unsigned char*>(p);
  for (std::size_t i = 0; i < n; ++i) b[i] = static_cast<unsigned char>(seed + i * 131u);
}
bool holds(const void* p, std::size_t n, unsigned seed) {
  const auto* b = static_cast<const unsigned char*>(p);
  for (std::size_t i = 0; i < n; ++i) {
    if (b[i] != static_cast<unsigned char>(seed + i * 131u)) return false;
  }
  return true;
}

std::vector<mm::ArenaInfo> arenas_of(const mm::Heap& h, mm::ArenaOrder order) {
  std::vector<mm::ArenaInfo> v(64);
  const std::size_t n = mm::heap_arenas(h, order, v.data(), v.size());
  REQUIRE(n <= v.size());
  v.resize(n);
  return v;
}

void check_total_identity(const mm::AllocatorStats& s) {
  CHECK(s.total == s.arenas_current * mm::kArenaSize);
  CHECK(s.total == s.bytes_in_allocated_blocks + s.bytes_in_available_blocks +
                       s.bytes_in_unused_pools + s.bytes_lost_to_pool_headers +
                       s.bytes_lost_to_quantization + s.bytes_lost_to_arena_alignment);
  CHECK(s.arenas_reclaimed == s.arenas_allocated_total - s.arenas_current);
  CHECK(s.arenas_highwater >= s.arenas_current);
}

}  // namespace

// ================================================================ size classes, carving

TEST_CASE("allocator: CPython 3.11 constants") {
  CHECK(mm::kAlignment == 16);
  CHECK(mm::kSmallRequestThreshold == 512);
  CHECK(mm::kNumSizeClasses == 32);
  CHECK(mm::kArenaSize == 1048576);
  CHECK(mm::kPoolSize == 16384);
  CHECK(mm::kPoolOverhead == 48);
  // memory-facts.md: 1021 blocks of 16 bytes, 31 of 512 per pool.
  CHECK(mm::blocks_per_pool(0) == 1021);
  CHECK(mm::blocks_per_pool(31) == 31);
  for (std::size_t n = 1; n <= 512; ++n) {
    CHECK(mm::size_class_bytes(mm::size_class_index(n)) == rounded_up_to_16(n));
  }
}

TEST_CASE("allocator: every small request gets a 16-aligned block of its size class") {
  FreshHeap h;
  std::vector<void*> blocks;
  for (std::size_t n = 1; n <= 512; ++n) {
    void* p = mm::heap_alloc(*h, n);
    REQUIRE(p != nullptr);
    CHECK(addr(p) % 16 == 0);
    CHECK(mm::heap_owns(*h, p));
    const mm::PoolInfo info = mm::heap_pool_info(*h, p);
    CHECK(info.state != mm::PoolState::kNone);
    CHECK(info.block_size == rounded_up_to_16(n));
    CHECK((addr(p) - info.pool_address - 48) % info.block_size == 0);
    std::memset(p, 0xAB, n);  // the whole requested size is usable
    blocks.push_back(p);
  }
  // Distinct blocks: no two requests share memory.
  std::set<void*> distinct(blocks.begin(), blocks.end());
  CHECK(distinct.size() == blocks.size());

  const mm::AllocatorStats s = mm::heap_stats(*h);
  for (unsigned c = 0; c < mm::kNumSizeClasses; ++c) {
    CHECK(s.classes[c].blocks_in_use == 16);  // 16 request sizes round to each class
    CHECK(s.classes[c].pools == 1);
    CHECK(s.classes[c].available_blocks == mm::blocks_per_pool(c) - 16);
  }
  CHECK(mm::heap_allocated_blocks(*h) == 512);
  CHECK(s.raw_blocks == 0);
  check_total_identity(s);
  require_consistent(*h);

  for (void* p : blocks) mm::heap_free(*h, p);
  CHECK(mm::heap_allocated_blocks(*h) == 0);
  require_consistent(*h);
}

TEST_CASE("allocator: 0-byte and large requests go to malloc and are still counted") {
  FreshHeap h;
  void* zero = mm::heap_alloc(*h, 0);
  void* just_over = mm::heap_alloc(*h, 513);
  void* big = mm::heap_alloc(*h, 1 << 20);
  REQUIRE(zero != nullptr);
  REQUIRE(just_over != nullptr);
  REQUIRE(big != nullptr);
  CHECK_FALSE(mm::heap_owns(*h, zero));
  CHECK_FALSE(mm::heap_owns(*h, just_over));
  CHECK_FALSE(mm::heap_owns(*h, big));
  std::memset(just_over, 1, 513);
  std::memset(big, 2, 1 << 20);

  mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(mm::heap_allocated_blocks(*h) == 3);
  CHECK(s.raw_blocks == 3);
  CHECK(s.small_blocks == 0);
  CHECK(s.arenas_current == 0);  // nothing small was asked: no arena mapped

  void* small = mm::heap_alloc(*h, 512);
  CHECK(mm::heap_owns(*h, small));
  CHECK(mm::heap_allocated_blocks(*h) == 4);

  mm::heap_free(*h, zero);
  mm::heap_free(*h, just_over);
  mm::heap_free(*h, big);
  mm::heap_free(*h, small);
  mm::heap_free(*h, nullptr);
  s = mm::heap_stats(*h);
  CHECK(mm::heap_allocated_blocks(*h) == 0);
  CHECK(s.raw_blocks == 0);
  require_consistent(*h);
}

TEST_CASE("allocator: blocks and pools are carved lazily") {
  FreshHeap h;
  void* first = mm::heap_alloc(*h, 16);
  mm::PoolInfo info = mm::heap_pool_info(*h, first);
  CHECK(info.state == mm::PoolState::kUsed);
  CHECK(addr(first) == info.pool_address + mm::kPoolOverhead);  // first block follows the header
  CHECK(info.blocks_in_use == 1);
  CHECK(info.carved_blocks == 2);  // the block handed out + one on the free list
  CHECK(info.free_list_length == 1);
  CHECK(info.total_blocks == 1021);

  // Each further allocation takes the next block in address order and carves one more.
  std::vector<void*> run{first};
  for (unsigned i = 1; i < 100; ++i) {
    void* p = mm::heap_alloc(*h, 16);
    CHECK(addr(p) == addr(first) + 16 * i);
    run.push_back(p);
  }
  info = mm::heap_pool_info(*h, first);
  CHECK(info.blocks_in_use == 100);
  CHECK(info.carved_blocks == 101);
  CHECK(info.free_list_length == 1);

  mm::AllocatorStats s = mm::heap_stats(*h);
  REQUIRE(s.arenas_current == 1);
  const auto arena = arenas_of(*h, mm::ArenaOrder::kAll).at(0);
  CHECK(s.unused_pools == arena.total_pools - 1);  // other pools are not even carved
  CHECK(s.classes[0].available_blocks == 1021 - 100);

  // A second size class carves the next pool, right above the first (high-water mark).
  void* other = mm::heap_alloc(*h, 32);
  CHECK(mm::heap_pool_info(*h, other).pool_address == info.pool_address + mm::kPoolSize);
  CHECK(mm::heap_stats(*h).unused_pools == arena.total_pools - 2);

  // The misaligned head of an arena is never used.
  const std::uintptr_t first_pool = (arena.address + mm::kPoolSize - 1) & ~(mm::kPoolSize - 1);
  CHECK(info.pool_address == first_pool);
  CHECK(arena.total_pools == (first_pool == arena.address ? 64u : 63u));
  CHECK(s.bytes_lost_to_arena_alignment == (first_pool == arena.address ? 0 : mm::kPoolSize));

  // Filling the pool completely makes it full; the next block comes from a new pool.
  while (mm::heap_pool_info(*h, first).state != mm::PoolState::kFull) {
    run.push_back(mm::heap_alloc(*h, 16));
  }
  CHECK(run.size() == 1021);
  info = mm::heap_pool_info(*h, first);
  CHECK(info.carved_blocks == 1021);
  CHECK(info.free_list_length == 0);
  void* next = mm::heap_alloc(*h, 16);
  CHECK(mm::heap_pool_info(*h, next).pool_address == info.pool_address + 2 * mm::kPoolSize);

  // Memory above the high-water mark (and a misaligned head) is no pool yet.
  const auto* arena_end = reinterpret_cast<const char*>(arena.address + mm::kArenaSize);
  const mm::PoolInfo virgin = mm::heap_pool_info(*h, arena_end - 1);
  CHECK(virgin.state == mm::PoolState::kEmpty);
  CHECK(virgin.blocks_in_use == 0);
  CHECK(virgin.arena_address == arena.address);
  if (first_pool != arena.address) {
    CHECK(mm::heap_pool_info(*h, reinterpret_cast<void*>(arena.address)).state ==
          mm::PoolState::kEmpty);
  }
  int elsewhere = 0;
  CHECK(mm::heap_pool_info(*h, &elsewhere).state == mm::PoolState::kNone);
  require_consistent(*h);
  for (void* p : run) mm::heap_free(*h, p);
  mm::heap_free(*h, next);
  mm::heap_free(*h, other);
  require_consistent(*h);
}

TEST_CASE("allocator: freed blocks and pools are reused in CPython's order") {
  FreshHeap h;
  SUBCASE("a freed block is the next one handed out (LIFO)") {
    void* a = mm::heap_alloc(*h, 40);
    void* b = mm::heap_alloc(*h, 40);
    void* c = mm::heap_alloc(*h, 40);
    mm::heap_free(*h, b);
    mm::heap_free(*h, a);
    CHECK(mm::heap_alloc(*h, 33) == a);  // same class (48), most recently freed first
    CHECK(mm::heap_alloc(*h, 48) == b);
    for (void* p : {a, b, c}) mm::heap_free(*h, p);
  }
  SUBCASE("a full pool that gets a block back is used before other pools") {
    const unsigned per_pool = mm::blocks_per_pool(3);
    std::vector<void*> full;
    for (unsigned i = 0; i < per_pool; ++i) full.push_back(mm::heap_alloc(*h, 64));
    CHECK(mm::heap_pool_info(*h, full[0]).state == mm::PoolState::kFull);
    void* in_second = mm::heap_alloc(*h, 64);
    const auto second_pool = mm::heap_pool_info(*h, in_second).pool_address;
    CHECK(second_pool != mm::heap_pool_info(*h, full[0]).pool_address);

    mm::heap_free(*h, full[7]);
    CHECK(mm::heap_pool_info(*h, full[0]).state == mm::PoolState::kUsed);
    void* again = mm::heap_alloc(*h, 64);
    CHECK(again == full[7]);  // not from the second pool, which has free blocks too
    require_consistent(*h);
    for (void* p : full) mm::heap_free(*h, p);
    mm::heap_free(*h, in_second);
  }
  SUBCASE("an empty pool is reused, re-initialised for a new class") {
    void* keep = mm::heap_alloc(*h, 16);  // keeps the arena busy
    std::vector<void*> blocks;
    for (int i = 0; i < 5; ++i) blocks.push_back(mm::heap_alloc(*h, 100));
    const auto pool = mm::heap_pool_info(*h, blocks[0]).pool_address;
    const unsigned free_before = arenas_of(*h, mm::ArenaOrder::kAll)[0].free_pools;
    for (void* p : blocks) mm::heap_free(*h, p);
    CHECK(mm::heap_pool_info(*h, blocks[0]).state == mm::PoolState::kEmpty);
    CHECK(arenas_of(*h, mm::ArenaOrder::kAll)[0].free_pools == free_before + 1);

    void* other_class = mm::heap_alloc(*h, 200);
    const mm::PoolInfo info = mm::heap_pool_info(*h, other_class);
    CHECK(info.pool_address == pool);  // the emptied pool, not a never-carved one
    CHECK(info.block_size == 208);
    CHECK(info.carved_blocks == 2);  // re-initialised from scratch
    mm::heap_free(*h, other_class);
    mm::heap_free(*h, keep);
  }
  SUBCASE("an empty pool reused for its old class keeps its free list") {
    void* keep = mm::heap_alloc(*h, 16);
    std::vector<void*> blocks;
    for (int i = 0; i < 5; ++i) blocks.push_back(mm::heap_alloc(*h, 100));
    for (void* p : blocks) mm::heap_free(*h, p);
    void* p = mm::heap_alloc(*h, 100);
    CHECK(p == blocks.back());  // the last block freed, from the kept free list
    const mm::PoolInfo info = mm::heap_pool_info(*h, p);
    CHECK(info.carved_blocks == 6);  // not reset to 2
    CHECK(info.free_list_length == 5);
    mm::heap_free(*h, p);
    mm::heap_free(*h, keep);
  }
  require_consistent(*h);
}

// ================================================================ arenas

namespace {

// Allocates 512-byte blocks (31 per pool) until `full` arenas are completely used and the next
// arena has `extra_pools` pools in use. Returns the blocks grouped by arena, then by pool.
using PoolMap = std::map<std::uintptr_t, std::vector<void*>>;
struct ArenaBlocks {
  std::uintptr_t address;
  PoolMap pools;
};
std::vector<ArenaBlocks> fill_arenas(mm::Heap& h, unsigned full, unsigned extra_pools) {
  std::vector<ArenaBlocks> out;
  for (;;) {
    void* p = mm::heap_alloc(h, 512);
    REQUIRE(p != nullptr);
    const mm::PoolInfo info = mm::heap_pool_info(h, p);
    if (out.empty() || out.back().address != info.arena_address) {
      out.push_back(ArenaBlocks{info.arena_address, {}});
    }
    out.back().pools[info.pool_address].push_back(p);
    if (out.size() == full + 1 && out.back().pools.size() == extra_pools &&
        info.state == mm::PoolState::kFull) {
      return out;
    }
  }
}

void free_pools(mm::Heap& h, ArenaBlocks& arena, std::size_t npools) {
  for (std::size_t i = 0; i < npools && !arena.pools.empty(); ++i) {
    auto it = arena.pools.begin();
    for (void* p : it->second) mm::heap_free(h, p);
    arena.pools.erase(it);
  }
}

bool is_mapped(const mm::Heap& h, std::uintptr_t address) {
  for (const auto& a : arenas_of(h, mm::ArenaOrder::kAll)) {
    if (a.address == address) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("allocator: new pools come from the most used arena") {
  FreshHeap h;
  auto arenas = fill_arenas(*h, 3, 10);
  REQUIRE(arenas.size() == 4);
  for (int i = 0; i < 3; ++i) {
    const auto& info = arenas_of(*h, mm::ArenaOrder::kAll);
    CHECK(arenas[i].pools.size() == info[i].total_pools);
  }
  // Only the fourth arena has free pools.
  auto usable = arenas_of(*h, mm::ArenaOrder::kUsable);
  REQUIRE(usable.size() == 1);
  CHECK(usable[0].address == arenas[3].address);

  free_pools(*h, arenas[0], 10);
  free_pools(*h, arenas[1], 5);
  free_pools(*h, arenas[2], 20);
  require_consistent(*h);

  usable = arenas_of(*h, mm::ArenaOrder::kUsable);
  REQUIRE(usable.size() == 4);
  // Ascending free pools: B (5), A (10), C (20), D (total - 10).
  CHECK(usable[0].address == arenas[1].address);
  CHECK(usable[0].free_pools == 5);
  CHECK(usable[1].address == arenas[0].address);
  CHECK(usable[1].free_pools == 10);
  CHECK(usable[2].address == arenas[2].address);
  CHECK(usable[2].free_pools == 20);
  CHECK(usable[3].address == arenas[3].address);
  CHECK(usable[3].free_pools == usable[3].total_pools - 10);

  // A block of a class with no used pool needs a pool: it comes from B, the most used.
  void* p = mm::heap_alloc(*h, 16);
  CHECK(mm::heap_pool_info(*h, p).arena_address == arenas[1].address);
  usable = arenas_of(*h, mm::ArenaOrder::kUsable);
  CHECK(usable[0].free_pools == 4);

  // Freeing pools in C moves it right, past arenas with fewer free pools.
  free_pools(*h, arenas[2], 40);
  usable = arenas_of(*h, mm::ArenaOrder::kUsable);
  for (std::size_t i = 1; i < usable.size(); ++i) {
    CHECK(usable[i - 1].free_pools <= usable[i].free_pools);
  }
  require_consistent(*h);

  mm::heap_free(*h, p);
  for (auto& a : arenas) free_pools(*h, a, a.pools.size());
  require_consistent(*h);
}

TEST_CASE("allocator: a wholly free arena is unmapped, except one that is kept") {
  FreshHeap h;
  // A, B, C full; D with 10 pools in use, so it stays ahead of any emptying arena.
  auto arenas = fill_arenas(*h, 3, 10);
  REQUIRE(arenas.size() == 4);
  mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 4);
  CHECK(s.arenas_allocated_total == 4);

  // The first arena to become wholly free is kept: it is the last usable arena.
  free_pools(*h, arenas[0], arenas[0].pools.size());
  s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 4);
  CHECK(s.wholly_free_arenas == 1);
  auto usable = arenas_of(*h, mm::ArenaOrder::kUsable);
  CHECK(usable.back().address == arenas[0].address);
  CHECK(usable.back().free_pools == usable.back().total_pools);
  require_consistent(*h);

  // The next ones go back to the OS.
  free_pools(*h, arenas[1], arenas[1].pools.size());
  s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 3);
  CHECK(s.arenas_reclaimed == 1);
  CHECK_FALSE(is_mapped(*h, arenas[1].address));
  CHECK(is_mapped(*h, arenas[0].address));
  free_pools(*h, arenas[2], arenas[2].pools.size());
  free_pools(*h, arenas[3], arenas[3].pools.size());
  s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 1);
  CHECK(s.arenas_reclaimed == 3);
  CHECK(s.arenas_highwater == 4);
  CHECK(s.wholly_free_arenas == 1);
  CHECK(mm::heap_allocated_blocks(*h) == 0);
  check_total_identity(s);
  require_consistent(*h);

  // The kept arena serves the next allocations; no mmap needed.
  void* p = mm::heap_alloc(*h, 100);
  CHECK(mm::heap_pool_info(*h, p).arena_address == arenas[0].address);
  CHECK(mm::heap_stats(*h).arenas_allocated_total == 4);
  mm::heap_free(*h, p);

  // An alloc/free loop does not thrash arenas.
  for (int i = 0; i < 1000; ++i) mm::heap_free(*h, mm::heap_alloc(*h, 512));
  CHECK(mm::heap_stats(*h).arenas_allocated_total == 4);

  // Unmapped arenas leave the radix tree: their addresses are no longer ours.
  CHECK_FALSE(mm::heap_owns(*h, reinterpret_cast<void*>(arenas[1].address + 100000)));
  CHECK(mm::heap_owns(*h, reinterpret_cast<void*>(arenas[0].address + 100000)));
}

TEST_CASE("allocator: the descriptor vector doubles from 16 and descriptors are reused") {
  FreshHeap h;
  CHECK(mm::heap_stats(*h).arena_descriptors == 0);
  mm::heap_free(*h, mm::heap_alloc(*h, 8));
  CHECK(mm::heap_stats(*h).arena_descriptors == 16);
  // 16 full arenas and a 17th with 10 pools in use: a second vector (16 -> 32).
  auto arenas = fill_arenas(*h, 16, 10);
  REQUIRE(arenas.size() == 17);
  mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 17);
  CHECK(s.arena_descriptors == 32);
  require_consistent(*h);
  // Empty the 16 full ones: the first to empty is kept, 15 go back to the OS.
  for (int i = 0; i < 16; ++i) free_pools(*h, arenas[i], arenas[i].pools.size());
  s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 2);
  CHECK(s.arenas_reclaimed == 15);
  CHECK(is_mapped(*h, arenas[0].address));
  require_consistent(*h);
  // Mapping 15 arenas again reuses the 15 freed descriptors: the vector does not grow.
  auto more = fill_arenas(*h, 16, 1);
  s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 17);
  CHECK(s.arenas_allocated_total == 32);
  CHECK(s.arenas_highwater == 17);
  CHECK(s.arena_descriptors == 32);
  check_total_identity(s);
  require_consistent(*h);
  for (auto& a : more) free_pools(*h, a, a.pools.size());
  for (auto& a : arenas) free_pools(*h, a, a.pools.size());
  CHECK(mm::heap_stats(*h).arenas_current == 1);
  require_consistent(*h);
}

TEST_CASE("allocator: the radix tree answers ownership in O(1) for any address") {
  FreshHeap h;
  void* p = mm::heap_alloc(*h, 64);
  const auto arena = arenas_of(*h, mm::ArenaOrder::kAll).at(0);
  CHECK(mm::heap_owns(*h, reinterpret_cast<void*>(arena.address)));
  CHECK(mm::heap_owns(*h, reinterpret_cast<void*>(arena.address + mm::kArenaSize - 1)));
  CHECK_FALSE(mm::heap_owns(*h, reinterpret_cast<void*>(arena.address - 1)));
  CHECK_FALSE(mm::heap_owns(*h, reinterpret_cast<void*>(arena.address + mm::kArenaSize)));
  int on_stack = 0;
  CHECK_FALSE(mm::heap_owns(*h, &on_stack));
  CHECK_FALSE(mm::heap_owns(*h, nullptr));
  CHECK_FALSE(mm::heap_owns(*h, reinterpret_cast<void*>(~std::uintptr_t{0} - 15)));
  const mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(s.arena_map_root_bytes == 262144);
  CHECK(s.arena_map_mid_bytes == s.arena_map_mid_nodes * 262144);
  CHECK(s.arena_map_bot_bytes == s.arena_map_bot_nodes * 131072);
  CHECK(s.arena_map_mid_nodes >= 1);
  CHECK(s.arena_map_bot_nodes >= 1);
  // A second heap does not claim the first one's blocks.
  FreshHeap other;
  CHECK_FALSE(mm::heap_owns(*other, p));
  mm::heap_free(*h, p);
}

// ================================================================ realloc

TEST_CASE("allocator: realloc follows pymalloc's keep-or-move rule between all small sizes") {
  FreshHeap h;
  for (std::size_t from = 1; from <= 512; from += 3) {
    for (std::size_t to = 1; to <= 512; ++to) {
      void* p = mm::heap_alloc(*h, from);
      fill(p, from, static_cast<unsigned>(from));
      void* q = mm::heap_realloc(*h, p, to);
      REQUIRE(q != nullptr);
      const std::size_t block = rounded_up_to_16(from);
      const bool stays = model_stays(block, to);
      CHECK_MESSAGE((q == p) == stays, "from " << from << " to " << to);
      CHECK(mm::heap_pool_info(*h, q).block_size == (stays ? block : rounded_up_to_16(to)));
      CHECK(holds(q, std::min(from, to), static_cast<unsigned>(from)));
      std::memset(q, 0, to);
      mm::heap_free(*h, q);
    }
  }
  CHECK(mm::heap_allocated_blocks(*h) == 0);
  require_consistent(*h);
}

TEST_CASE("allocator: realloc to and from large sizes") {
  FreshHeap h;
  void* p = mm::heap_alloc(*h, 300);
  fill(p, 300, 7);
  void* keep = mm::heap_alloc(*h, 300);  // keeps the pool from emptying

  void* big = mm::heap_realloc(*h, p, 5000);
  REQUIRE(big != nullptr);
  CHECK_FALSE(mm::heap_owns(*h, big));
  CHECK(holds(big, 300, 7));
  mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(s.small_blocks == 1);
  CHECK(s.raw_blocks == 1);
  CHECK(mm::heap_allocated_blocks(*h) == 2);  // a move, not a new block

  fill(big, 5000, 9);
  void* bigger = mm::heap_realloc(*h, big, 100000);
  REQUIRE(bigger != nullptr);
  CHECK(holds(bigger, 5000, 9));

  // A malloc block stays with malloc even when shrunk to a small size (as in CPython).
  void* shrunk = mm::heap_realloc(*h, bigger, 40);
  REQUIRE(shrunk != nullptr);
  CHECK_FALSE(mm::heap_owns(*h, shrunk));
  CHECK(holds(shrunk, 40, 9));
  CHECK(mm::heap_allocated_blocks(*h) == 2);

  // realloc to 0 moves a small block to malloc and keeps it non-null.
  void* zero = mm::heap_realloc(*h, keep, 0);
  REQUIRE(zero != nullptr);
  CHECK_FALSE(mm::heap_owns(*h, zero));
  s = mm::heap_stats(*h);
  CHECK(s.small_blocks == 0);
  CHECK(s.raw_blocks == 2);

  // realloc(nullptr, n) is alloc(n).
  void* fresh = mm::heap_realloc(*h, nullptr, 24);
  CHECK(mm::heap_owns(*h, fresh));
  CHECK(mm::heap_allocated_blocks(*h) == 3);

  mm::heap_free(*h, shrunk);
  mm::heap_free(*h, zero);
  mm::heap_free(*h, fresh);
  CHECK(mm::heap_allocated_blocks(*h) == 0);
  require_consistent(*h);
}

TEST_CASE("allocator: calloc zeroes small and large blocks and rejects overflow") {
  // Dirty a block, free it, and get it back zeroed.
  auto* dirty = static_cast<unsigned char*>(mm::alloc(200));
  std::memset(dirty, 0xEE, 200);
  mm::free(dirty);
  auto* p = static_cast<unsigned char*>(mm::calloc(25, 8));
  REQUIRE(p != nullptr);
  CHECK(p == dirty);  // LIFO reuse: the same, dirty block
  CHECK(std::all_of(p, p + 200, [](unsigned char c) { return c == 0; }));
  auto* big = static_cast<unsigned char*>(mm::calloc(1000, 100));
  REQUIRE(big != nullptr);
  CHECK(std::all_of(big, big + 100000, [](unsigned char c) { return c == 0; }));
  CHECK(mm::calloc(~std::size_t{0} / 2, 3) == nullptr);
  void* none = mm::calloc(0, 8);  // a 0-byte request still returns a block
  CHECK(none != nullptr);
  mm::free(p);
  mm::free(big);
  mm::free(none);
}

TEST_CASE("allocator: statistics stay consistent after every single operation") {
  FreshHeap h;
  std::mt19937 rng(7);
  struct Live {
    void* ptr;
    std::size_t block;  // 0: a malloc block
  };
  std::vector<Live> live;
  auto size = [&]() -> std::size_t { return rng() % 10 == 0 ? 600 + rng() % 999 : rng() % 513; };
  for (int op = 0; op < 4000; ++op) {
    const unsigned r = rng() % 10;
    if (live.empty() || (r < 5 && live.size() < 400)) {
      const std::size_t n = size();
      live.push_back({mm::heap_alloc(*h, n), model_block(n)});
    } else if (r < 8) {
      const std::size_t i = rng() % live.size();
      mm::heap_free(*h, live[i].ptr);
      live[i] = live.back();
      live.pop_back();
    } else {
      Live& b = live[rng() % live.size()];
      const std::size_t n = size();
      b.ptr = mm::heap_realloc(*h, b.ptr, n);
      b.block = model_block_after_realloc(b.block, n);
    }
    const char* err = mm::heap_verify(*h);
    INFO("operation " << op << ": " << (err ? err : "ok"));
    REQUIRE(err == nullptr);
    const mm::AllocatorStats s = mm::heap_stats(*h);
    REQUIRE(s.total == s.arenas_current * mm::kArenaSize);
    REQUIRE(mm::heap_allocated_blocks(*h) == live.size());
    std::array<std::size_t, mm::kNumSizeClasses> per_class{};
    std::size_t raw = 0;
    for (const Live& b : live) b.block ? ++per_class[b.block / 16 - 1] : ++raw;
    REQUIRE(s.raw_blocks == raw);
    for (unsigned c = 0; c < mm::kNumSizeClasses; ++c) {
      REQUIRE(s.classes[c].blocks_in_use == per_class[c]);
    }
  }
  for (const Live& b : live) mm::heap_free(*h, b.ptr);
  CHECK(mm::heap_allocated_blocks(*h) == 0);
}

// ================================================================ statistics and printing

namespace {

std::string capture(void (*write)(const mm::Heap*, std::FILE*), const mm::Heap* h) {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  write(h, f);
  std::rewind(f);
  std::string text;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  std::fclose(f);
  return text;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      lines.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  return lines;
}

// The value of a "label   =   1,234" line, or -1.
long long value_of(const std::string& line) {
  const auto eq = line.find('=');
  if (eq == std::string::npos) return -1;
  std::string digits;
  for (char c : line.substr(eq + 1)) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits.empty() ? -1 : std::stoll(digits);
}

}  // namespace

TEST_CASE("allocator: write_debug_stats prints CPython 3.11's layout") {
  FreshHeap h;
  std::vector<void*> blocks;
  for (int i = 0; i < 3000; ++i) blocks.push_back(mm::heap_alloc(*h, 1 + (i * 37) % 300));
  for (int i = 0; i < 3000; i += 3) mm::heap_free(*h, blocks[i]);
  const mm::AllocatorStats s = mm::heap_stats(*h);
  const std::string text =
      capture([](const mm::Heap* hp, std::FILE* f) { mm::heap_write_debug_stats(*hp, f); }, h.heap);
  const auto lines = lines_of(text);
  REQUIRE(lines.size() > 20);
  CHECK(lines[0] == "Small block threshold = 512, in 32 size classes.");
  CHECK(lines[1].empty());
  CHECK(lines[2] == "class   size   num pools   blocks in use  avail blocks");
  CHECK(lines[3] == "-----   ----   ---------   -------------  ------------");

  // One row per class with pools, "%5u %6u %11zu %15zu %13zu".
  std::size_t row = 4;
  for (unsigned c = 0; c < mm::kNumSizeClasses; ++c) {
    if (s.classes[c].pools == 0) continue;
    char expect[128];
    std::snprintf(expect, sizeof expect, "%5u %6u %11zu %15zu %13zu", c, (c + 1) * 16,
                  s.classes[c].pools, s.classes[c].blocks_in_use, s.classes[c].available_blocks);
    REQUIRE(row < lines.size());
    CHECK(lines[row++] == expect);
  }
  CHECK(lines[row].empty());

  // "label<pad to 35>=<21 columns>" lines; the first Total equals arenas x 1 MiB.
  std::vector<std::string> totals;
  for (std::size_t i = row + 1; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l.empty() || l == "arena map counts") continue;
    CHECK(l.size() == 57);
    CHECK(l[35] == '=');
    if (l.rfind("Total", 0) == 0) totals.push_back(l);
  }
  REQUIRE(totals.size() == 2);
  CHECK(value_of(totals[0]) == static_cast<long long>(s.arenas_current * 1048576));
  CHECK(value_of(totals[1]) ==
        static_cast<long long>(s.arena_map_root_bytes + s.arena_map_mid_bytes +
                               s.arena_map_bot_bytes));
  CHECK(text.find("# arenas allocated current         =") != std::string::npos);
  char arenas_line[64];
  std::snprintf(arenas_line, sizeof arenas_line, "%zu arenas * 1048576 bytes/arena",
                s.arenas_current);
  CHECK(text.find(arenas_line) != std::string::npos);
  CHECK(text.find("# bytes lost to arena map root     =              262,144") !=
        std::string::npos);
  CHECK(text.rfind("Total", text.size()) > text.find("arena map counts"));

  for (int i = 0; i < 3000; ++i) {
    if (i % 3) mm::heap_free(*h, blocks[i]);
  }
}

TEST_CASE("allocator: an empty heap prints no class rows and zero totals") {
  FreshHeap h;
  const auto lines = lines_of(capture(
      [](const mm::Heap* hp, std::FILE* f) { mm::heap_write_debug_stats(*hp, f); }, h.heap));
  CHECK(lines[4].empty());
  bool saw_zero_total = false;
  for (const auto& l : lines) {
    if (l == "Total                              =                    0") saw_zero_total = true;
  }
  CHECK(saw_zero_total);
}

TEST_CASE("allocator: the process heap's write_debug_stats and allocated_blocks") {
  const std::size_t before = mm::allocated_blocks();
  std::vector<void*> blocks;
  for (int i = 0; i < 10; ++i) blocks.push_back(mm::alloc(8 + i * 50));  // 2 are > 512
  blocks.push_back(mm::alloc(0));
  CHECK(mm::allocated_blocks() == before + 11);

  const std::string text =
      capture([](const mm::Heap*, std::FILE* f) { mm::write_debug_stats(f); }, nullptr);
  const auto lines = lines_of(text);
  REQUIRE(!lines.empty());
  CHECK(lines[0] == "Small block threshold = 512, in 32 size classes.");
  const mm::AllocatorStats s = mm::allocator_stats();
  check_total_identity(s);
  long long first_total = -1;
  for (const auto& l : lines) {
    if (l.rfind("Total", 0) == 0) {
      first_total = value_of(l);
      break;
    }
  }
  CHECK(first_total == static_cast<long long>(s.arenas_current * 1048576));
  CHECK(s.arenas_current >= 1);

  for (void* p : blocks) mm::free(p);
  CHECK(mm::allocated_blocks() == before);
  require_consistent(mm::process_heap());
}

// ================================================================ hooks and failure injection

namespace {

struct Event {
  char kind;  // 'a' alloc, 'f' free
  void* ptr;
  std::size_t size;
  std::size_t blocks_at_call;  // allocated_blocks() seen from inside the hook
};
std::vector<Event> g_events;  // std::vector uses operator new, not mempy's allocator
bool g_hook_allocates = false;

void record_alloc(void* p, std::size_t n) {
  g_events.push_back({'a', p, n, mm::allocated_blocks()});
  if (g_hook_allocates) mm::free(mm::alloc(64));  // must not be reported, nor recurse
}
void record_free(void* p) {
  g_events.push_back({'f', p, 0, mm::allocated_blocks()});
}
const mm::TraceHooks kRecorder{record_alloc, record_free};

// The last two events must be a realloc's report: on_free(old), then on_alloc(now, nbytes).
void check_realloc_reported(const void* old, const void* now, std::size_t nbytes) {
  REQUIRE(g_events.size() >= 2);
  const Event& freed = g_events[g_events.size() - 2];
  const Event& allocated = g_events.back();
  CHECK(freed.kind == 'f');
  CHECK(freed.ptr == old);
  CHECK(allocated.kind == 'a');
  CHECK(allocated.ptr == now);
  CHECK(allocated.size == nbytes);
}

struct HooksInstalled {
  HooksInstalled() {
    g_events.clear();
    mm::set_trace_hooks(&kRecorder);
  }
  ~HooksInstalled() {
    mm::set_trace_hooks(nullptr);
    g_hook_allocates = false;
  }
};

}  // namespace

TEST_CASE("allocator: trace hooks see every allocation, free and realloc") {
  HooksInstalled hooks;
  const std::size_t base = mm::allocated_blocks();

  void* p = mm::alloc(24);
  REQUIRE(g_events.size() == 1);
  CHECK(g_events[0].kind == 'a');
  CHECK(g_events[0].ptr == p);
  CHECK(g_events[0].size == 24);                  // requested bytes, not the 32-byte block
  CHECK(g_events[0].blocks_at_call == base + 1);  // called after the allocation

  g_events.clear();
  void* q = mm::realloc(p, 30);  // stays in place (same 32-byte class)
  CHECK(q == p);
  CHECK(g_events.size() == 2);
  check_realloc_reported(p, q, 30);

  g_events.clear();
  void* r = mm::realloc(q, 2000);  // moves to malloc
  REQUIRE(r != nullptr);
  CHECK(g_events.size() == 2);
  check_realloc_reported(q, r, 2000);

  g_events.clear();
  mm::free(r);
  REQUIRE(g_events.size() == 1);
  CHECK(g_events[0].kind == 'f');
  CHECK(g_events[0].ptr == r);
  CHECK(g_events[0].blocks_at_call == base + 1);  // called before the release
  CHECK(mm::allocated_blocks() == base);

  g_events.clear();
  void* z = mm::calloc(3, 8);
  void* n = mm::realloc(nullptr, 8);
  REQUIRE(g_events.size() == 2);
  CHECK(g_events[0].size == 24);
  CHECK(g_events[1].kind == 'a');
  CHECK(g_events[1].size == 8);
  mm::free(z);
  mm::free(n);
  mm::free(nullptr);
  CHECK(g_events.size() == 4);
}

TEST_CASE("allocator: trace hooks cover the raw domain too") {
  HooksInstalled hooks;
  const std::size_t base = mm::allocated_blocks();
  void* p = mm::raw_alloc(100);
  void* q = mm::raw_realloc(p, 200);
  REQUIRE(g_events.size() == 3);
  CHECK(g_events[0].kind == 'a');
  CHECK(g_events[0].size == 100);
  check_realloc_reported(p, q, 200);
  mm::raw_free(q);
  REQUIRE(g_events.size() == 4);
  CHECK(g_events[3].kind == 'f');
  CHECK(g_events[3].ptr == q);
  CHECK(mm::allocated_blocks() == base);  // raw blocks are not allocated blocks
}

TEST_CASE("allocator: hooks are not re-entered and can be removed") {
  {
    HooksInstalled hooks;
    g_hook_allocates = true;
    void* p = mm::alloc(10);
    CHECK(g_events.size() == 1);  // the hook's own alloc/free went unreported
    mm::free(p);
    CHECK(g_events.size() == 2);
  }
  g_events.clear();
  mm::free(mm::alloc(10));
  mm::raw_free(mm::raw_alloc(10));
  CHECK(g_events.empty());

  const mm::TraceHooks frees_only{nullptr, record_free};
  mm::set_trace_hooks(&frees_only);
  void* p = mm::alloc(10);
  void* q = mm::realloc(p, 20);
  mm::free(q);
  mm::set_trace_hooks(nullptr);
  REQUIRE(g_events.size() == 2);
  CHECK(g_events[0].ptr == p);
  CHECK(g_events[1].ptr == q);
}

TEST_CASE("allocator: failure injection fails the N-th and later requests") {
  namespace dbg = mm::debug;
  HooksInstalled hooks;
  void* live = mm::alloc(100);
  fill(live, 100, 3);
  g_events.clear();

  dbg::set_fail_alloc_after(3);
  CHECK(dbg::fail_alloc_countdown() == 3);
  void* a = mm::alloc(16);
  void* b = mm::alloc(1000);
  CHECK(a != nullptr);
  CHECK(b != nullptr);
  CHECK(dbg::fail_alloc_countdown() == 1);
  CHECK(mm::alloc(16) == nullptr);
  CHECK(mm::alloc(16) == nullptr);
  CHECK(mm::calloc(2, 8) == nullptr);
  CHECK(mm::realloc(live, 400) == nullptr);  // the old block survives untouched
  CHECK(holds(live, 100, 3));
  void* raw = mm::raw_alloc(16);  // the raw domain is not affected
  CHECK(raw != nullptr);
  mm::raw_free(raw);
  CHECK(g_events.size() == 4);  // a, b, raw alloc + free; failures are not reported

  dbg::set_fail_alloc_after(0);
  CHECK(dbg::fail_alloc_countdown() == 0);
  void* c = mm::alloc(16);
  CHECK(c != nullptr);
  for (void* p : {a, b, c, live}) mm::free(p);
}

TEST_CASE("allocator: MEMPY_FAIL_ALLOC_AFTER is read from the environment") {
  namespace dbg = mm::debug;
  ::setenv(dbg::kFailAllocAfterEnv, "2", 1);
  dbg::reload_from_environment();
  CHECK(dbg::fail_alloc_countdown() == 2);
  void* a = mm::alloc(32);
  CHECK(a != nullptr);
  CHECK(mm::alloc(32) == nullptr);

  for (const char* bad : {"0", "-3", "abc", "12x", ""}) {
    ::setenv(dbg::kFailAllocAfterEnv, bad, 1);
    dbg::reload_from_environment();
    CHECK_MESSAGE(dbg::fail_alloc_countdown() == 0, "value '" << bad << "'");
  }
  ::unsetenv(dbg::kFailAllocAfterEnv);
  dbg::reload_from_environment();
  CHECK(dbg::fail_alloc_countdown() == 0);
  void* b = mm::alloc(32);
  CHECK(b != nullptr);
  mm::free(a);
  mm::free(b);
}

// ================================================================ sanitizer support

#if MEMPY_SANITIZE
TEST_CASE("allocator: ASan poisoning follows block ownership") {
  FreshHeap h;
  auto poisoned = [](const void* p) { return __asan_address_is_poisoned(p) != 0; };
  char* p = static_cast<char*>(mm::heap_alloc(*h, 20));  // a 32-byte block
  const mm::PoolInfo info = mm::heap_pool_info(*h, p);
  CHECK_FALSE(poisoned(p));
  CHECK_FALSE(poisoned(p + 19));
  CHECK(poisoned(p + 20));  // past the requested size
  CHECK(poisoned(p + 31));
  CHECK(poisoned(p + 32));                                      // the next block, on the free list
  CHECK(poisoned(p + 64));                                      // never carved
  CHECK(poisoned(reinterpret_cast<void*>(info.pool_address)));  // the pool header

  void* q = mm::heap_realloc(*h, p, 28);  // in place: the tail follows the new size
  CHECK(q == p);
  CHECK_FALSE(poisoned(p + 27));
  CHECK(poisoned(p + 28));
  mm::heap_free(*h, p);
  CHECK(poisoned(p));  // freed

  const auto arena = arenas_of(*h, mm::ArenaOrder::kAll).at(0);
  if (arena.total_pools == 63) CHECK(poisoned(reinterpret_cast<void*>(arena.address)));
}

namespace {
// Runs `bad` in a child process; returns what the child wrote to stderr (ASan's report).
std::string child_stderr(void (*bad)()) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // The child must die the plain way: without doctest's crash handlers or its reporter.
    for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE}) std::signal(sig, SIG_DFL);
    ::dup2(fds[1], 2);
    const int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, 1);
    ::close(fds[0]);
    bad();
    ::_exit(0);  // not reached when ASan catches the bug
  }
  ::close(fds[1]);
  std::string out;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK_FALSE((WIFEXITED(status) && WEXITSTATUS(status) == 0));
  return out;
}
}  // namespace

TEST_CASE("allocator: ASan catches use-after-free, overflow and double free in arenas") {
  const std::string uaf = child_stderr([] {
    auto* p = static_cast<volatile char*>(mm::alloc(48));
    mm::free(const_cast<char*>(p));
    (void)p[8];
  });
  CHECK(uaf.find("AddressSanitizer") != std::string::npos);
  CHECK(uaf.find("use-after-poison") != std::string::npos);

  const std::string overflow = child_stderr([] {
    auto* p = static_cast<volatile char*>(mm::alloc(40));  // a 48-byte block
    p[40] = 1;
  });
  CHECK(overflow.find("use-after-poison") != std::string::npos);

  const std::string twice = child_stderr([] {
    void* p = mm::alloc(64);
    mm::free(p);
    mm::free(p);
  });
  CHECK(twice.find("AddressSanitizer") != std::string::npos);
}
#endif

// ================================================================ randomized soak

namespace {

struct LiveBlock {
  void* ptr;
  std::size_t size;   // requested
  std::size_t block;  // block size the model predicts; 0 for a malloc block
  unsigned seed;
};

// What the shadow model says about the heap, checked against every statistic.
void check_against_model(const mm::Heap& h, const std::vector<LiveBlock>& live) {
  require_consistent(h);
  const mm::AllocatorStats s = mm::heap_stats(h);
  check_total_identity(s);
  CHECK(mm::heap_allocated_blocks(h) == live.size());

  std::array<std::size_t, mm::kNumSizeClasses> blocks{};
  std::array<std::set<std::uintptr_t>, mm::kNumSizeClasses> pools;
  std::size_t raw = 0;
  for (const LiveBlock& b : live) {
    REQUIRE(mm::heap_owns(h, b.ptr) == (b.block != 0));
    if (b.block == 0) {
      ++raw;
      continue;
    }
    const std::size_t c = b.block / 16 - 1;
    ++blocks[c];
    pools[c].insert(addr(b.ptr) & ~(mm::kPoolSize - 1));
  }
  CHECK(s.raw_blocks == raw);

  std::size_t pools_in_use = 0, allocated = 0, available = 0, headers = 0, quantization = 0;
  for (unsigned c = 0; c < mm::kNumSizeClasses; ++c) {
    const std::size_t size = (c + 1) * 16;
    const std::size_t per_pool = (16384 - 48) / size;
    INFO("class " << c);
    CHECK(s.classes[c].blocks_in_use == blocks[c]);
    CHECK(s.classes[c].pools == pools[c].size());
    CHECK(s.classes[c].available_blocks == pools[c].size() * per_pool - blocks[c]);
    pools_in_use += pools[c].size();
    allocated += blocks[c] * size;
    available += (pools[c].size() * per_pool - blocks[c]) * size;
    headers += pools[c].size() * 48;
    quantization += pools[c].size() * ((16384 - 48) % size);
  }
  CHECK(s.bytes_in_allocated_blocks == allocated);
  CHECK(s.bytes_in_available_blocks == available);
  CHECK(s.bytes_lost_to_pool_headers == headers);
  CHECK(s.bytes_lost_to_quantization == quantization);

  // Arenas: each live small block in exactly one mapped arena; at most one arena unused.
  const auto arenas = arenas_of(h, mm::ArenaOrder::kAll);
  CHECK(arenas.size() == s.arenas_current);
  std::vector<std::size_t> per_arena(arenas.size(), 0);
  std::size_t total_pools = 0, misaligned = 0;
  for (std::size_t i = 0; i < arenas.size(); ++i) {
    const bool aligned = arenas[i].address % 16384 == 0;
    total_pools += aligned ? 64 : 63;
    misaligned += !aligned;
  }
  for (const LiveBlock& b : live) {
    if (b.block == 0) continue;
    std::size_t homes = 0;
    for (std::size_t i = 0; i < arenas.size(); ++i) {
      if (addr(b.ptr) - arenas[i].address < 1048576) {
        ++homes;
        ++per_arena[i];
      }
    }
    REQUIRE(homes == 1);
  }
  const auto idle = std::count(per_arena.begin(), per_arena.end(), std::size_t{0});
  CHECK(idle <= 1);
  CHECK(s.wholly_free_arenas == static_cast<std::size_t>(idle));
  CHECK(s.unused_pools == total_pools - pools_in_use);
  CHECK(s.bytes_lost_to_arena_alignment == misaligned * 16384);
  CHECK(allocated + available + (total_pools - pools_in_use) * 16384 + headers + quantization +
            misaligned * 16384 ==
        arenas.size() * 1048576);
}

}  // namespace

TEST_CASE("allocator: randomized soak against a shadow model") {
  FreshHeap h;
  std::mt19937_64 rng(20240311);
  std::vector<LiveBlock> live;
  auto pick_size = [&]() -> std::size_t {
    const unsigned r = rng() % 100;
    if (r < 3) return 0;
    if (r < 10) return 513 + rng() % 4000;
    if (r < 70) return 1 + rng() % 64;  // most objects are small
    return 1 + rng() % 512;
  };

  constexpr int kOps = 250000;
  bool growing = true;
  unsigned seed = 1;
  std::size_t checks = 0;
  for (int op = 0; op < kOps; ++op) {
    // Phases: grow to ~40k live blocks, shrink to ~500, so arenas are mapped and released.
    if (growing && live.size() > 40000) growing = false;
    if (!growing && live.size() < 500) growing = true;
    const unsigned r = rng() % 100;
    const unsigned alloc_share = growing ? 60 : 25;

    if (live.empty() || r < alloc_share) {
      const std::size_t n = pick_size();
      void* p = mm::heap_alloc(*h, n);
      REQUIRE(p != nullptr);
      fill(p, n, ++seed);
      live.push_back({p, n, model_block(n), seed});
    } else if (r < alloc_share + 30) {
      const std::size_t i = rng() % live.size();
      REQUIRE(holds(live[i].ptr, live[i].size, live[i].seed));
      mm::heap_free(*h, live[i].ptr);
      live[i] = live.back();
      live.pop_back();
    } else {
      LiveBlock& b = live[rng() % live.size()];
      const std::size_t n = pick_size();
      void* q = mm::heap_realloc(*h, b.ptr, n);
      REQUIRE(q != nullptr);
      REQUIRE(holds(q, std::min(b.size, n), b.seed));
      if (b.block != 0) CHECK((q == b.ptr) == model_stays(b.block, n));
      fill(q, n, ++seed);
      b = LiveBlock{q, n, model_block_after_realloc(b.block, n), seed};
    }
    if (op % 4096 == 4095) {
      check_against_model(*h, live);
      ++checks;
    }
  }
  CHECK(checks >= 60);
  for (const LiveBlock& b : live) {
    REQUIRE(holds(b.ptr, b.size, b.seed));
    mm::heap_free(*h, b.ptr);
  }
  live.clear();
  check_against_model(*h, live);
  const mm::AllocatorStats s = mm::heap_stats(*h);
  CHECK(s.arenas_current == 1);  // everything freed: one wholly free arena is kept
  CHECK(s.arenas_reclaimed > 0);
}
