// memory/allocator.cpp — pymalloc, CPython 3.11's small-object allocator, rebuilt for mempy.
//
// WHAT IT OWNS
//   Every block behind alloc()/calloc()/realloc()/free(). Requests of 1..512 bytes are carved
//   out of 1 MiB arenas obtained with mmap; 0-byte and larger requests go to malloc (and are
//   still counted, as CPython's raw_allocated_blocks). raw_*() is plain malloc. The trace hook
//   (tracemalloc) and the failure-injection switch sit in front of both.
//
// THE THREE LEVELS (CPython 3.11, 64-bit; the numbers are CPython's)
//   arena  1 MiB (ARENA_SIZE), anonymous mmap. Cut into 16 KiB pools aligned on 16 KiB: 64
//          pools when the mapping happens to be 16 KiB aligned, else 63: the head up to the
//          first 16 KiB boundary and the tail after the last whole pool are never used, together
//          exactly one POOL_SIZE, which _debugmallocstats reports per such arena as "bytes lost
//          to arena alignment" (so "Total" comes out at arenas x 1 MiB).
//   pool   16 KiB (POOL_SIZE) with a 48-byte header (POOL_OVERHEAD). Serves one size class at a
//          time: (16384 - 48) / size blocks, 1021 of 16 bytes down to 31 of 512.
//   block  16·(i+1) bytes for size class i = (nbytes - 1) >> 4, 32 classes (ALIGNMENT 16,
//          SMALL_REQUEST_THRESHOLD 512). No per-block header: a block's pool is its address
//          rounded down to 16 KiB, and the pool header says the size.
//
// POOL STATES
//   used   some blocks allocated, some available: linked in usedpools[class], a circular
//          doubly-linked list whose head is a sentinel. Allocation pops the head pool's free
//          list. A full pool that gets a block back is linked at the *front*, so the next
//          allocation reuses it (the hottest memory).
//   full   every block allocated: in no list (freeblock == nullptr).
//   empty  no block allocated: on its arena's singly-linked freepools list, size class kept so
//          that a pool reused for the same class need not be re-initialised.
//   Lazy carving: a fresh pool hands out its first block and puts only the second on the free
//   list; nextoffset/maxnextoffset mark the never-touched tail, carved one block at a time when
//   the free list runs dry. Arenas do the same with pool_address, a high-water mark of carved
//   pools. Untouched memory is never written, so the OS never has to back it.
//
// ARENA STATES AND ORDER
//   usable_arenas   arenas with at least one free pool, doubly linked, sorted by nfreepools
//                   ascending: new pools come from the most-used arena so emptier ones drain
//                   and can go back to the OS. nfp2lasta[n] points at the last arena in the
//                   list with n free pools, so re-sorting after a pool is freed is O(1) (the
//                   arena moves to just after that finger; CPython 3.8+, bpo-37029).
//   full arenas     every pool in use: in no list.
//   unused descriptors  arena descriptors without memory (address == 0), singly linked for
//                   reuse. The descriptor vector starts at 16 and doubles; it only grows when
//                   no arena has a free pool, so no pointer into the old vector survives.
//   Release: when an arena's last pool is freed it is munmapped -- unless it is the last arena
//   in usable_arenas, i.e. the only wholly free one: keeping one avoids mapping and unmapping
//   an arena on every iteration of an alloc/free loop (CPython 3.9+, bpo-37257).
//
// OWNERSHIP TEST (address_in_range)
//   free() must tell in O(1) whether a pointer is an arena block or a malloc block, without
//   touching memory it may not own. As CPython 3.11 does (WITH_PYMALLOC_RADIX_TREE), a 3-level
//   radix tree over address bits 63..20 (15 top + 15 mid + 14 bottom bits) maps each 1 MiB
//   "ideal" region to the arena bytes it contains. An arena that is not 1 MiB aligned covers the
//   top of one region and the bottom of the next, so a leaf records two lengths: lo_len (bytes
//   at the bottom of the region that belong to an arena ending there) and hi_len (bytes at the
//   top belonging to an arena starting there). A pointer at offset off is ours iff
//   off < lo_len || off + hi_len >= 1 MiB. Zeroed nodes mean "nothing", so fresh calloc'd nodes
//   need no initialisation. The root (2^15 pointers, 256 KiB) is a zeroed static array for the
//   process heap (pages only materialise when touched); mid (256 KiB) and bottom (128 KiB)
//   nodes are calloc'd on demand and kept; _debugmallocstats reports their bytes.
//
// INVARIANTS (heap_verify() checks all of them)
//   - A pool's count + free-list length + never-carved blocks == blocks_per_pool(class).
//   - freeblock == nullptr iff the pool is full; used pools are exactly those in usedpools.
//   - An arena's nfreepools == pools on its freepools list + pools above pool_address.
//   - usable_arenas holds exactly the arenas with nfreepools > 0, sorted ascending, and
//     nfp2lasta[n] is the last of those with n free pools.
//   - At most one arena is wholly free, and then it is the last usable arena.
//
// SPEED
//   The interpreter is single-threaded: no locks. alloc() is one flag test (hooks / failure
//   injection / environment not read yet), a size test, the class index, the pool pop and the
//   count, with no stack frame (about 20 instructions); free() is the radix lookup, the push and
//   the count. Anything that relinks pools or arenas is out of line. Measured here, 4096 mixed
//   16..112-byte objects allocated then freed: 5.7 ns per alloc+free pair (glibc malloc: 12.6).
//   Compiling this file into the caller so the fast path inlines gave 5.6 ns, within noise, so
//   the header does not expose the engine's internals for an inline fast path.
//
// SANITIZERS (MEMPY_SANITIZE)
//   Every arena byte outside a live block is ASan-poisoned; a block handed out is unpoisoned for
//   exactly the requested bytes. The functions that read pool headers and free-list links are
//   compiled without ASan instrumentation (MEMPY_NO_ASAN), as CPython's address_in_range is.
//
// OBSERVING IT FROM PYTHON
//   sys._debugmallocstats()  -> write_debug_stats(): the per-class table, arena counts and the
//                               byte accounting, same format as CPython 3.11 (to fd 2).
//   sys.getallocatedblocks() -> allocated_blocks(): blocks in pools + fallen-through blocks.
//   tracemalloc              -> set_trace_hooks().
#include "memory/allocator.h"

#include <sys/mman.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>

#include "memory/debug_config.h"

#if MEMPY_SANITIZE
#include <sanitizer/asan_interface.h>
#define MEMPY_NO_ASAN __attribute__((no_sanitize_address))
#define MEMPY_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define MEMPY_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define MEMPY_NO_ASAN
#define MEMPY_POISON(p, n) ((void)(p), (void)(n))
#define MEMPY_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

#define MEMPY_LIKELY(x) __builtin_expect(!!(x), 1)
#define MEMPY_UNLIKELY(x) __builtin_expect(!!(x), 0)

namespace mempy::memory {

namespace {

constexpr std::uintptr_t kPoolMask = kPoolSize - 1;
constexpr std::uintptr_t kArenaMask = kArenaSize - 1;
constexpr unsigned kArenaBits = 20;
static_assert(kArenaSize == std::size_t{1} << kArenaBits);
static_assert(kSmallRequestThreshold == kNumSizeClasses * kAlignment);

// Radix tree geometry for 64-bit addresses: 15 + 15 + 14 + 20 = 64.
constexpr unsigned kMapTopBits = 15;
constexpr unsigned kMapMidBits = 15;
constexpr unsigned kMapBotBits = 64 - kArenaBits - kMapTopBits - kMapMidBits;  // 14
constexpr unsigned kMapBotShift = kArenaBits;
constexpr unsigned kMapMidShift = kMapBotShift + kMapBotBits;
constexpr unsigned kMapTopShift = kMapMidShift + kMapMidBits;
constexpr std::size_t kMapTopLength = std::size_t{1} << kMapTopBits;
constexpr std::size_t kMapMidLength = std::size_t{1} << kMapMidBits;
constexpr std::size_t kMapBotLength = std::size_t{1} << kMapBotBits;

struct Block {
  Block* next;  // meaningful only while the block is free
};

// The 48 bytes at the start of every carved pool (CPython's pool_header, same field order).
struct PoolHeader {
  std::uint32_t count = 0;  // blocks allocated (CPython pads this to a pointer)
  std::uint32_t pad = 0;
  Block* freeblock = nullptr;  // head of the free list; nullptr iff the pool is full
  PoolHeader* nextpool = nullptr;
  PoolHeader* prevpool = nullptr;   // unused while on an arena's freepools list
  std::uint32_t arenaindex = 0;     // index of the arena descriptor (the vector may move)
  std::uint32_t szidx = 0;          // size class
  std::uint32_t nextoffset = 0;     // offset of the first never-carved block
  std::uint32_t maxnextoffset = 0;  // largest offset at which a whole block still fits
};
static_assert(sizeof(PoolHeader) == kPoolOverhead, "POOL_OVERHEAD is 48 bytes in CPython 3.11");

struct ArenaObject {
  std::uintptr_t address = 0;        // mmap result; 0 while the descriptor is unused
  std::uintptr_t pool_address = 0;   // next pool never carved (high-water mark)
  unsigned nfreepools = 0;           // empty pools + pools never carved
  unsigned ntotalpools = 0;          // 64, or 63 when address is not 16 KiB aligned
  PoolHeader* freepools = nullptr;   // empty pools, singly linked through nextpool
  ArenaObject* nextarena = nullptr;  // usable_arenas (doubly) or unused descriptors (singly)
  ArenaObject* prevarena = nullptr;
};

// One radix leaf per 1 MiB ideal region; see "OWNERSHIP TEST" above.
struct Coverage {
  std::uint32_t lo_len;
  std::uint32_t hi_len;
};
struct MapBot {
  Coverage region[kMapBotLength];
};
struct MapMid {
  MapBot* bot[kMapMidLength];
};
static_assert(sizeof(MapBot) == 131072 && sizeof(MapMid) == 262144,
              "CPython reports 256 KiB mid and 128 KiB bottom nodes");

inline PoolHeader* pool_of(const void* p) {
  return reinterpret_cast<PoolHeader*>(reinterpret_cast<std::uintptr_t>(p) & ~kPoolMask);
}
inline std::byte* bytes(void* p) {
  return static_cast<std::byte*>(p);
}
inline Block*& link_of(void* block) {
  return static_cast<Block*>(block)->next;
}

}  // namespace

// ================================================================ the engine

class Heap {
 public:
  constexpr explicit Heap(MapMid** root) : root_(root) {
    for (PoolHeader& s : used_) s.nextpool = s.prevpool = &s;
  }

  void* alloc(std::size_t nbytes);
  void* alloc_zeroed(std::size_t nbytes);
  void* realloc(void* p, std::size_t nbytes);
  void free(void* p);
  void release_all();

  bool owns(const void* p) const;
  std::size_t allocated_blocks() const;
  AllocatorStats stats() const;
  void write_debug_stats(std::FILE* out) const;
  const char* verify() const;
  PoolInfo pool_info(const void* p) const;
  std::size_t arenas(ArenaOrder order, ArenaInfo* out, std::size_t cap) const;
  MapMid** root() const { return root_; }

 private:
  void* pop_from_used_pool(unsigned size_class);
  void* alloc_general(std::size_t nbytes);
  void* alloc_from_new_pool(unsigned size_class);
  void extend_or_unlink(PoolHeader* pool, unsigned size_class);
  void small_free(void* p);
  void relink_pool(PoolHeader* pool, bool was_full);
  void free_raw(void* p);
  void insert_to_usedpool(PoolHeader* pool);
  void insert_to_freepool(PoolHeader* pool);
  ArenaObject* new_arena();
  void free_arena(ArenaObject* ao);

  Coverage* map_leaf(std::uintptr_t a, bool create);
  const Coverage* map_find(std::uintptr_t a) const;
  bool map_mark(std::uintptr_t base, bool used);

  MapMid** root_;  // kMapTopLength entries
  std::size_t map_mid_count_ = 0;
  std::size_t map_bot_count_ = 0;

  PoolHeader used_[kNumSizeClasses];  // usedpools[]: list sentinels, one per size class

  ArenaObject* arenas_ = nullptr;  // descriptor vector (raw malloc)
  unsigned maxarenas_ = 0;
  ArenaObject* unused_arena_objects_ = nullptr;
  ArenaObject* usable_arenas_ = nullptr;
  ArenaObject* nfp2lasta_[kMaxPoolsInArena + 1] = {};

  std::size_t narenas_current_ = 0;
  std::size_t ntimes_arena_allocated_ = 0;
  std::size_t narenas_highwater_ = 0;
  std::size_t raw_allocated_blocks_ = 0;
};

// ---------------------------------------------------------------- radix tree

Coverage* Heap::map_leaf(std::uintptr_t a, bool create) {
  MapMid*& mid = root_[(a >> kMapTopShift) & (kMapTopLength - 1)];
  if (!mid) {
    if (!create) return nullptr;
    mid = static_cast<MapMid*>(std::calloc(1, sizeof(MapMid)));
    if (!mid) return nullptr;
    ++map_mid_count_;
  }
  MapBot*& bot = mid->bot[(a >> kMapMidShift) & (kMapMidLength - 1)];
  if (!bot) {
    if (!create) return nullptr;
    bot = static_cast<MapBot*>(std::calloc(1, sizeof(MapBot)));
    if (!bot) return nullptr;
    ++map_bot_count_;
  }
  return &bot->region[(a >> kMapBotShift) & (kMapBotLength - 1)];
}

inline const Coverage* Heap::map_find(std::uintptr_t a) const {
  const MapMid* mid = root_[(a >> kMapTopShift) & (kMapTopLength - 1)];
  if (!mid) return nullptr;
  const MapBot* bot = mid->bot[(a >> kMapMidShift) & (kMapMidLength - 1)];
  if (!bot) return nullptr;
  return &bot->region[(a >> kMapBotShift) & (kMapBotLength - 1)];
}

inline bool Heap::owns(const void* p) const {
  const auto a = reinterpret_cast<std::uintptr_t>(p);
  const Coverage* c = map_find(a);
  if (!c) return false;
  const auto off = static_cast<std::uint32_t>(a & kArenaMask);
  return off < c->lo_len || off + c->hi_len >= kArenaSize;
}

// Records (or erases) the arena [base, base + 1 MiB) in the tree. Fails only when a node
// cannot be allocated, and then leaves the tree unchanged.
bool Heap::map_mark(std::uintptr_t base, bool used) {
  Coverage* hi = map_leaf(base, used);
  if (!hi) return false;
  const auto off = static_cast<std::uint32_t>(base & kArenaMask);
  hi->hi_len = used ? static_cast<std::uint32_t>(kArenaSize - off) : 0;
  if (off != 0) {  // the arena spills into the next ideal region
    Coverage* lo = map_leaf(base + kArenaSize, used);
    if (!lo) {
      hi->hi_len = 0;
      return false;
    }
    lo->lo_len = used ? off : 0;
  }
  return true;
}

// ---------------------------------------------------------------- arenas

ArenaObject* Heap::new_arena() {
  if (!unused_arena_objects_) {
    const unsigned n = maxarenas_ ? maxarenas_ * 2 : kInitialArenaObjects;
    if (n <= maxarenas_) return nullptr;  // overflow
    // Growing is safe only because nothing points into the vector now: we get here when no
    // arena has a free pool (usable_arenas and nfp2lasta are empty) and none is unused; pools
    // refer to their arena by index.
    auto* v = static_cast<ArenaObject*>(std::realloc(arenas_, n * sizeof(ArenaObject)));
    if (!v) return nullptr;
    arenas_ = v;
    for (unsigned i = maxarenas_; i < n; ++i) {
      new (&arenas_[i]) ArenaObject{};
      arenas_[i].nextarena = i + 1 < n ? &arenas_[i + 1] : nullptr;
    }
    unused_arena_objects_ = &arenas_[maxarenas_];
    maxarenas_ = n;
  }

  ArenaObject* ao = unused_arena_objects_;
  void* mem = mmap(nullptr, kArenaSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return nullptr;
  const auto address = reinterpret_cast<std::uintptr_t>(mem);
  if (!map_mark(address, true)) {
    munmap(mem, kArenaSize);
    return nullptr;
  }
  unused_arena_objects_ = ao->nextarena;
  MEMPY_POISON(mem, kArenaSize);  // nothing in a fresh arena belongs to anyone yet

  ao->address = address;
  ao->freepools = nullptr;
  ao->nextarena = ao->prevarena = nullptr;
  ao->pool_address = (address + kPoolMask) & ~kPoolMask;
  ao->nfreepools = ao->pool_address == address ? kMaxPoolsInArena : kMaxPoolsInArena - 1;
  ao->ntotalpools = ao->nfreepools;

  ++narenas_current_;
  ++ntimes_arena_allocated_;
  if (narenas_current_ > narenas_highwater_) narenas_highwater_ = narenas_current_;
  return ao;
}

void Heap::free_arena(ArenaObject* ao) {
  map_mark(ao->address, false);  // nodes exist, cannot fail
  void* mem = reinterpret_cast<void*>(ao->address);
  // The shadow of a region outlives munmap: clear it, or whatever the kernel maps here next
  // (a malloc'd large block, say) would look poisoned.
  MEMPY_UNPOISON(mem, kArenaSize);
  munmap(mem, kArenaSize);
  ao->address = 0;
  ao->nextarena = unused_arena_objects_;
  unused_arena_objects_ = ao;
  --narenas_current_;
}

// ---------------------------------------------------------------- allocation

// The fast path: pop the free list of the first used pool of the class. nullptr when the class
// has no used pool.
MEMPY_NO_ASAN inline void* Heap::pop_from_used_pool(unsigned size_class) {
  PoolHeader* pool = used_[size_class].nextpool;
  if (MEMPY_UNLIKELY(pool == &used_[size_class])) return nullptr;
  ++pool->count;
  Block* bp = pool->freeblock;
  if (MEMPY_UNLIKELY((pool->freeblock = bp->next) == nullptr)) extend_or_unlink(pool, size_class);
  return bp;
}

// The free list just ran dry: carve the next never-touched block, or, if the pool has none
// left, it is full and leaves usedpools.
MEMPY_NO_ASAN void Heap::extend_or_unlink(PoolHeader* pool, unsigned size_class) {
  if (pool->nextoffset <= pool->maxnextoffset) {
    Block* b = reinterpret_cast<Block*>(bytes(pool) + pool->nextoffset);
    pool->nextoffset += static_cast<std::uint32_t>(size_class_bytes(size_class));
    b->next = nullptr;
    pool->freeblock = b;
    return;
  }
  PoolHeader* next = pool->nextpool;
  PoolHeader* prev = pool->prevpool;
  next->prevpool = prev;
  prev->nextpool = next;
}

// No used pool for this class: take an empty pool (or carve a new one) from the first usable
// arena, which is the most used one.
MEMPY_NO_ASAN void* Heap::alloc_from_new_pool(unsigned size_class) {
  if (MEMPY_UNLIKELY(usable_arenas_ == nullptr)) {
    usable_arenas_ = new_arena();
    if (!usable_arenas_) return nullptr;
    nfp2lasta_[usable_arenas_->nfreepools] = usable_arenas_;
  }
  ArenaObject* ao = usable_arenas_;

  // ao has the fewest free pools, so losing one keeps the order; only the fingers move.
  if (nfp2lasta_[ao->nfreepools] == ao) nfp2lasta_[ao->nfreepools] = nullptr;
  if (ao->nfreepools > 1) nfp2lasta_[ao->nfreepools - 1] = ao;

  PoolHeader* pool = ao->freepools;
  if (pool) {
    ao->freepools = pool->nextpool;
  } else {
    pool = reinterpret_cast<PoolHeader*>(ao->pool_address);
    ao->pool_address += kPoolSize;
    pool->arenaindex = static_cast<std::uint32_t>(ao - arenas_);
    pool->szidx = kNumSizeClasses;  // no class yet: forces initialisation below
  }
  if (--ao->nfreepools == 0) {  // wholly allocated: leaves usable_arenas
    usable_arenas_ = ao->nextarena;
    if (usable_arenas_) usable_arenas_->prevarena = nullptr;
    ao->nextarena = ao->prevarena = nullptr;
  }

  // Link at the front of usedpools[size_class] (the list is empty, or we would not be here).
  PoolHeader* head = &used_[size_class];
  pool->nextpool = pool->prevpool = head;
  head->nextpool = head->prevpool = pool;
  pool->count = 1;

  if (pool->szidx == size_class) {
    // It last served this class: header and free list are still valid.
    Block* bp = pool->freeblock;
    pool->freeblock = bp->next;
    return bp;
  }
  const auto size = static_cast<std::uint32_t>(size_class_bytes(size_class));
  pool->szidx = size_class;
  std::byte* first = bytes(pool) + kPoolOverhead;
  pool->nextoffset = static_cast<std::uint32_t>(kPoolOverhead) + 2 * size;
  pool->maxnextoffset = static_cast<std::uint32_t>(kPoolSize) - size;
  pool->freeblock = reinterpret_cast<Block*>(first + size);
  pool->freeblock->next = nullptr;
  return first;
}

// Inlined into the entry points: a size test, the pool pop, the count. Everything else is in
// alloc_general, out of line, so this stays a handful of instructions with no stack frame.
inline void* Heap::alloc(std::size_t nbytes) {
  if (MEMPY_LIKELY(nbytes - 1 < kSmallRequestThreshold)) {  // 1..512; 0 wraps around
    void* p = pop_from_used_pool(size_class_index(nbytes));
    if (MEMPY_LIKELY(p != nullptr)) {
      MEMPY_UNPOISON(p, nbytes);
      return p;
    }
  }
  return alloc_general(nbytes);
}

// What the fast path leaves: a small class without a used pool, or a 0-byte or large request.
__attribute__((noinline)) void* Heap::alloc_general(std::size_t nbytes) {
  if (nbytes - 1 < kSmallRequestThreshold) {
    void* p = alloc_from_new_pool(size_class_index(nbytes));
    if (MEMPY_LIKELY(p != nullptr)) {
      MEMPY_UNPOISON(p, nbytes);
      return p;
    }
    // No arena could be mapped: fall back to malloc, as CPython does.
  }
  void* p = std::malloc(nbytes ? nbytes : 1);
  if (p) ++raw_allocated_blocks_;
  return p;
}

// Large zeroed blocks come from calloc, not malloc + memset, so they cost no page touches.
void* Heap::alloc_zeroed(std::size_t nbytes) {
  if (nbytes - 1 < kSmallRequestThreshold) {
    void* p = alloc(nbytes);
    if (p) std::memset(p, 0, nbytes);
    return p;
  }
  void* p = std::calloc(1, nbytes ? nbytes : 1);
  if (p) ++raw_allocated_blocks_;
  return p;
}

// ---------------------------------------------------------------- freeing

MEMPY_NO_ASAN void Heap::insert_to_usedpool(PoolHeader* pool) {
  PoolHeader* head = &used_[pool->szidx];
  PoolHeader* next = head->nextpool;
  pool->nextpool = next;
  pool->prevpool = head;
  next->prevpool = pool;
  head->nextpool = pool;
}

// The pool just became empty: it leaves usedpools for its arena's freepools, and the arena
// moves in usable_arenas (or goes back to the OS).
MEMPY_NO_ASAN void Heap::insert_to_freepool(PoolHeader* pool) {
  PoolHeader* next = pool->nextpool;
  PoolHeader* prev = pool->prevpool;
  next->prevpool = prev;
  prev->nextpool = next;

  ArenaObject* ao = &arenas_[pool->arenaindex];
  pool->nextpool = ao->freepools;
  ao->freepools = pool;

  const unsigned nf = ao->nfreepools;
  ArenaObject* lastnf = nfp2lasta_[nf];  // null when nf == 0: full arenas are in no list
  if (lastnf == ao) {
    ArenaObject* p = ao->prevarena;
    nfp2lasta_[nf] = (p && p->nfreepools == nf) ? p : nullptr;
  }
  ao->nfreepools = nf + 1;

  // 1. Wholly free and not the last usable arena: unlink and unmap. The last one is kept so
  //    that a loop allocating and freeing one block does not map an arena each time.
  if (nf + 1 == ao->ntotalpools && ao->nextarena != nullptr) {
    if (ao->prevarena) {
      ao->prevarena->nextarena = ao->nextarena;
    } else {
      usable_arenas_ = ao->nextarena;
    }
    ao->nextarena->prevarena = ao->prevarena;
    free_arena(ao);
    return;
  }
  // 2. It was full: it becomes usable, with the fewest free pools, so it goes first.
  if (nf == 0) {
    ao->nextarena = usable_arenas_;
    ao->prevarena = nullptr;
    if (usable_arenas_) usable_arenas_->prevarena = ao;
    usable_arenas_ = ao;
    if (!nfp2lasta_[1]) nfp2lasta_[1] = ao;
    return;
  }
  if (!nfp2lasta_[nf + 1]) nfp2lasta_[nf + 1] = ao;
  // 3. It was the last arena with nf free pools: the order already holds.
  if (ao == lastnf) return;
  // 4. Move it to just after lastnf, the end of the arenas that still have nf free pools.
  if (ao->prevarena) {
    ao->prevarena->nextarena = ao->nextarena;
  } else {
    usable_arenas_ = ao->nextarena;
  }
  ao->nextarena->prevarena = ao->prevarena;
  ao->prevarena = lastnf;
  ao->nextarena = lastnf->nextarena;
  if (ao->nextarena) ao->nextarena->prevarena = ao;
  lastnf->nextarena = ao;
}

// The fast path of free: push the block on its pool's free list. Only a pool that was full or
// becomes empty changes lists, out of line.
MEMPY_NO_ASAN inline void Heap::small_free(void* p) {
  PoolHeader* pool = pool_of(p);
  MEMPY_POISON(p, size_class_bytes(pool->szidx));
  Block* lastfree = pool->freeblock;
  link_of(p) = lastfree;
  pool->freeblock = static_cast<Block*>(p);
  const std::uint32_t count = --pool->count;
  if (MEMPY_LIKELY(lastfree != nullptr && count != 0)) return;
  relink_pool(pool, lastfree == nullptr);
}

MEMPY_NO_ASAN __attribute__((noinline)) void Heap::relink_pool(PoolHeader* pool, bool was_full) {
  if (was_full) {
    // In no list while full: to the front of usedpools, so it is reused first. (It cannot be
    // empty now: every class has more than one block per pool.)
    insert_to_usedpool(pool);
  } else {
    insert_to_freepool(pool);
  }
}

#if MEMPY_SANITIZE
namespace {
// A live block's first byte is always unpoisoned (alloc unpoisons at least one byte), a free
// or never-carved block's never is: reading it here makes ASan report a double or wild free,
// with both stacks, instead of the free list silently corrupting.
__attribute__((noinline)) void asan_check_live_block(const void* p) {
  if (__asan_address_is_poisoned(p)) {
    volatile const char* c = static_cast<const char*>(p);
    (void)*c;
  }
}
}  // namespace
#endif

inline void Heap::free(void* p) {
  if (MEMPY_LIKELY(owns(p))) {
#if MEMPY_SANITIZE
    asan_check_live_block(p);
#endif
    small_free(p);
    return;
  }
  free_raw(p);
}

__attribute__((noinline)) void Heap::free_raw(void* p) {
  std::free(p);
  --raw_allocated_blocks_;
}

// ---------------------------------------------------------------- realloc

MEMPY_NO_ASAN static std::size_t block_size_of(const void* p) {
  return size_class_bytes(pool_of(p)->szidx);
}

// As CPython's pymalloc_realloc: a small block stays in place if the new size still fits and
// shrinking would not save at least a quarter of it; otherwise it moves. A malloc block stays
// with malloc whatever the new size (its valid length is unknown, so it cannot be copied into
// a pool safely).
void* Heap::realloc(void* p, std::size_t nbytes) {
  if (!p) return alloc(nbytes);
  if (!owns(p)) return std::realloc(p, nbytes ? nbytes : 1);

  const std::size_t size = block_size_of(p);
  std::size_t keep = size;
  if (nbytes <= size) {
    if (4 * nbytes > 3 * size) {
      MEMPY_POISON(p, size);
      MEMPY_UNPOISON(p, nbytes);
      return p;
    }
    keep = nbytes;
  }
  void* q = alloc(nbytes);
  if (q) {
    MEMPY_UNPOISON(p, size);  // the whole old block is copied, past the requested tail
    std::memcpy(q, p, keep);
    free(p);
  }
  return q;
}

// ---------------------------------------------------------------- counting and statistics

MEMPY_NO_ASAN std::size_t Heap::allocated_blocks() const {
  std::size_t n = raw_allocated_blocks_;
  for (unsigned i = 0; i < maxarenas_; ++i) {
    const ArenaObject& a = arenas_[i];
    if (!a.address) continue;
    for (std::uintptr_t pool = (a.address + kPoolMask) & ~kPoolMask; pool < a.pool_address;
         pool += kPoolSize) {
      n += reinterpret_cast<const PoolHeader*>(pool)->count;
    }
  }
  return n;
}

// The walk of CPython's _PyObject_DebugMallocStats: every carved pool of every arena.
MEMPY_NO_ASAN AllocatorStats Heap::stats() const {
  AllocatorStats s;
  for (unsigned i = 0; i < maxarenas_; ++i) {
    const ArenaObject& a = arenas_[i];
    if (!a.address) continue;
    ++s.arenas_current;
    s.unused_pools += a.nfreepools;
    if (a.address & kPoolMask) s.bytes_lost_to_arena_alignment += kPoolSize;
    if (a.nfreepools == a.ntotalpools) ++s.wholly_free_arenas;
    for (std::uintptr_t base = (a.address + kPoolMask) & ~kPoolMask; base < a.pool_address;
         base += kPoolSize) {
      const auto* pool = reinterpret_cast<const PoolHeader*>(base);
      if (pool->count == 0) continue;  // empty: counted in nfreepools
      SizeClassStats& c = s.classes[pool->szidx];
      ++c.pools;
      c.blocks_in_use += pool->count;
      c.available_blocks += blocks_per_pool(pool->szidx) - pool->count;
    }
  }
  for (unsigned i = 0; i < kNumSizeClasses; ++i) {
    const SizeClassStats& c = s.classes[i];
    const std::size_t size = size_class_bytes(i);
    s.small_blocks += c.blocks_in_use;
    s.bytes_in_allocated_blocks += c.blocks_in_use * size;
    s.bytes_in_available_blocks += c.available_blocks * size;
    s.bytes_lost_to_pool_headers += c.pools * kPoolOverhead;
    s.bytes_lost_to_quantization += c.pools * ((kPoolSize - kPoolOverhead) % size);
  }
  s.bytes_in_unused_pools = s.unused_pools * kPoolSize;
  s.total = s.bytes_in_allocated_blocks + s.bytes_in_available_blocks + s.bytes_in_unused_pools +
            s.bytes_lost_to_pool_headers + s.bytes_lost_to_quantization +
            s.bytes_lost_to_arena_alignment;

  s.arenas_allocated_total = ntimes_arena_allocated_;
  s.arenas_reclaimed = ntimes_arena_allocated_ - narenas_current_;
  s.arenas_highwater = narenas_highwater_;
  s.arena_map_mid_nodes = map_mid_count_;
  s.arena_map_bot_nodes = map_bot_count_;
  s.arena_map_root_bytes = kMapTopLength * sizeof(MapMid*);
  s.arena_map_mid_bytes = map_mid_count_ * sizeof(MapMid);
  s.arena_map_bot_bytes = map_bot_count_ * sizeof(MapBot);
  s.raw_blocks = raw_allocated_blocks_;
  s.arena_descriptors = maxarenas_;
  return s;
}

namespace {

// CPython's printone(): the label padded to 35 columns, '=', then the value with thousands
// separators right-aligned in 21 columns.
std::size_t print_line(std::FILE* out, const char* label, std::size_t value) {
  char digits[32];
  char* d = digits + sizeof digits;
  *--d = '\0';
  std::size_t v = value;
  int group = 0;
  do {
    if (group == 3) {
      *--d = ',';
      group = 0;
    }
    *--d = static_cast<char>('0' + v % 10);
    v /= 10;
    ++group;
  } while (v != 0);
  std::fprintf(out, "%-35s=%21s\n", label, d);
  return value;
}

}  // namespace

void Heap::write_debug_stats(std::FILE* out) const {
  const AllocatorStats s = stats();
  std::fprintf(out, "Small block threshold = %zu, in %u size classes.\n", kSmallRequestThreshold,
               kNumSizeClasses);
  std::fputs(
      "\nclass   size   num pools   blocks in use  avail blocks\n"
      "-----   ----   ---------   -------------  ------------\n",
      out);
  for (unsigned i = 0; i < kNumSizeClasses; ++i) {
    const SizeClassStats& c = s.classes[i];
    if (c.pools == 0) continue;
    std::fprintf(out, "%5u %6zu %11zu %15zu %13zu\n", i, size_class_bytes(i), c.pools,
                 c.blocks_in_use, c.available_blocks);
  }
  std::fputc('\n', out);
  print_line(out, "# arenas allocated total", s.arenas_allocated_total);
  print_line(out, "# arenas reclaimed", s.arenas_reclaimed);
  print_line(out, "# arenas highwater mark", s.arenas_highwater);
  print_line(out, "# arenas allocated current", s.arenas_current);
  char label[96];
  std::snprintf(label, sizeof label, "%zu arenas * %zu bytes/arena", s.arenas_current, kArenaSize);
  print_line(out, label, s.arenas_current * kArenaSize);
  std::fputc('\n', out);

  print_line(out, "# bytes in allocated blocks", s.bytes_in_allocated_blocks);
  print_line(out, "# bytes in available blocks", s.bytes_in_available_blocks);
  std::snprintf(label, sizeof label, "%zu unused pools * %zu bytes", s.unused_pools, kPoolSize);
  print_line(out, label, s.bytes_in_unused_pools);
  print_line(out, "# bytes lost to pool headers", s.bytes_lost_to_pool_headers);
  print_line(out, "# bytes lost to quantization", s.bytes_lost_to_quantization);
  print_line(out, "# bytes lost to arena alignment", s.bytes_lost_to_arena_alignment);
  print_line(out, "Total", s.total);

  std::fputs("\narena map counts\n", out);
  print_line(out, "# arena map mid nodes", s.arena_map_mid_nodes);
  print_line(out, "# arena map bot nodes", s.arena_map_bot_nodes);
  std::fputc('\n', out);
  print_line(out, "# bytes lost to arena map root", s.arena_map_root_bytes);
  print_line(out, "# bytes lost to arena map mid", s.arena_map_mid_bytes);
  print_line(out, "# bytes lost to arena map bot", s.arena_map_bot_bytes);
  print_line(out, "Total", s.arena_map_root_bytes + s.arena_map_mid_bytes + s.arena_map_bot_bytes);
}

// ---------------------------------------------------------------- introspection

MEMPY_NO_ASAN PoolInfo Heap::pool_info(const void* p) const {
  PoolInfo info;
  if (!owns(p)) return info;
  // Find the arena from the descriptors, not from the pool header: p may lie in the
  // misaligned head or in a never-carved pool, where there is no header to read.
  const auto a = reinterpret_cast<std::uintptr_t>(p);
  const ArenaObject* ao = nullptr;
  for (unsigned i = 0; i < maxarenas_ && !ao; ++i) {
    if (arenas_[i].address && a - arenas_[i].address < kArenaSize) ao = &arenas_[i];
  }
  if (!ao) return info;
  const PoolHeader* pool = pool_of(p);
  info.arena_address = ao->address;
  info.pool_address = reinterpret_cast<std::uintptr_t>(pool);
  if (info.pool_address < ((ao->address + kPoolMask) & ~kPoolMask) ||
      info.pool_address >= ao->pool_address) {
    info.state = PoolState::kEmpty;  // the misaligned head or a never-carved pool
    if (info.pool_address < ao->address) info.pool_address = 0;
    return info;
  }
  info.state = pool->count == 0             ? PoolState::kEmpty
               : pool->freeblock == nullptr ? PoolState::kFull
                                            : PoolState::kUsed;
  if (info.state == PoolState::kEmpty) return info;
  info.size_class = pool->szidx;
  info.block_size = static_cast<unsigned>(size_class_bytes(pool->szidx));
  info.blocks_in_use = pool->count;
  info.total_blocks = blocks_per_pool(pool->szidx);
  info.carved_blocks = (pool->nextoffset - static_cast<unsigned>(kPoolOverhead)) / info.block_size;
  for (const Block* b = pool->freeblock; b; b = b->next) ++info.free_list_length;
  return info;
}

std::size_t Heap::arenas(ArenaOrder order, ArenaInfo* out, std::size_t cap) const {
  std::size_t n = 0;
  auto emit = [&](const ArenaObject& a) {
    if (n < cap) out[n] = ArenaInfo{a.address, a.nfreepools, a.ntotalpools};
    ++n;
  };
  if (order == ArenaOrder::kUsable) {
    for (const ArenaObject* a = usable_arenas_; a; a = a->nextarena) emit(*a);
  } else {
    for (unsigned i = 0; i < maxarenas_; ++i) {
      if (arenas_[i].address) emit(arenas_[i]);
    }
  }
  return n;
}

void Heap::release_all() {
  for (unsigned i = 0; i < maxarenas_; ++i) {
    if (arenas_[i].address) free_arena(&arenas_[i]);
  }
  std::free(arenas_);
  for (std::size_t i = 0; i < kMapTopLength; ++i) {
    if (!root_[i]) continue;
    for (MapBot* bot : root_[i]->bot) std::free(bot);
    std::free(root_[i]);
    root_[i] = nullptr;
  }
}

// ---------------------------------------------------------------- verification

namespace {
char g_verify_message[256];

template <typename... Args>
const char* failure(const char* fmt, Args... args) {
  std::snprintf(g_verify_message, sizeof g_verify_message, fmt, args...);
  return g_verify_message;
}
}  // namespace

MEMPY_NO_ASAN const char* Heap::verify() const {
  std::size_t used_pools_seen = 0;
  std::size_t mapped = 0;
  std::size_t wholly_free = 0;
  const ArenaObject* wholly_free_arena = nullptr;
  for (unsigned i = 0; i < maxarenas_; ++i) {
    const ArenaObject& a = arenas_[i];
    if (!a.address) continue;
    ++mapped;
    const std::uintptr_t first = (a.address + kPoolMask) & ~kPoolMask;
    const unsigned expect_total = first == a.address ? kMaxPoolsInArena : kMaxPoolsInArena - 1;
    if (a.ntotalpools != expect_total) return failure("arena %u: ntotalpools %u", i, a.ntotalpools);
    if (a.pool_address < first || a.pool_address > a.address + kArenaSize ||
        (a.pool_address & kPoolMask)) {
      return failure("arena %u: pool_address out of range", i);
    }
    if (!owns(reinterpret_cast<void*>(a.address)) ||
        !owns(reinterpret_cast<void*>(a.address + kArenaSize - 1))) {
      return failure("arena %u: not in the radix tree", i);
    }
    const auto carved = static_cast<unsigned>((a.pool_address - first) / kPoolSize);
    unsigned on_free_list = 0;
    for (const PoolHeader* p = a.freepools; p; p = p->nextpool) {
      if (p->count != 0) return failure("arena %u: non-empty pool on freepools", i);
      if (++on_free_list > carved) return failure("arena %u: freepools too long or cyclic", i);
    }
    if (a.nfreepools != on_free_list + (expect_total - carved)) {
      return failure("arena %u: nfreepools %u, expected %u", i, a.nfreepools,
                     on_free_list + (expect_total - carved));
    }
    unsigned empty = 0;
    for (std::uintptr_t base = first; base < a.pool_address; base += kPoolSize) {
      const auto* pool = reinterpret_cast<const PoolHeader*>(base);
      if (pool->arenaindex != i) return failure("pool %p: arenaindex", (const void*)pool);
      if (pool->count == 0) {
        ++empty;
        continue;
      }
      if (pool->szidx >= kNumSizeClasses) return failure("pool %p: szidx", (const void*)pool);
      const unsigned size = static_cast<unsigned>(size_class_bytes(pool->szidx));
      const unsigned total = blocks_per_pool(pool->szidx);
      const unsigned carved_blocks =
          (pool->nextoffset - static_cast<unsigned>(kPoolOverhead)) / size;
      if (pool->maxnextoffset != kPoolSize - size || carved_blocks > total) {
        return failure("pool %p: offsets", (const void*)pool);
      }
      unsigned nfree = 0;
      for (const Block* b = pool->freeblock; b; b = b->next) {
        const auto off = reinterpret_cast<std::uintptr_t>(b) - base;
        if (off < kPoolOverhead || off >= pool->nextoffset || (off - kPoolOverhead) % size) {
          return failure("pool %p: stray free block at offset %zu", (const void*)pool, (size_t)off);
        }
        if (++nfree > carved_blocks) return failure("pool %p: free list cyclic", (const void*)pool);
      }
      if (pool->count + nfree != carved_blocks) {
        return failure("pool %p: count %u + free %u != carved %u", (const void*)pool, pool->count,
                       nfree, carved_blocks);
      }
      const bool full = pool->count == total;
      if (full != (pool->freeblock == nullptr))
        return failure("pool %p: full flag", (const void*)pool);
      if (!full) ++used_pools_seen;
    }
    if (empty != on_free_list)
      return failure("arena %u: %u empty pools, %u listed", i, empty, on_free_list);
    if (a.nfreepools == a.ntotalpools) {
      ++wholly_free;
      wholly_free_arena = &a;
    }
  }
  if (mapped != narenas_current_)
    return failure("narenas %zu, mapped %zu", narenas_current_, mapped);

  std::size_t listed = 0;
  for (unsigned c = 0; c < kNumSizeClasses; ++c) {
    const PoolHeader* head = &used_[c];
    for (const PoolHeader* p = head->nextpool; p != head; p = p->nextpool) {
      if (p->nextpool->prevpool != p) return failure("usedpools[%u]: broken links", c);
      if (p->szidx != c || p->count == 0 || p->freeblock == nullptr) {
        return failure("usedpools[%u]: pool %p is not a used pool of this class", c,
                       (const void*)p);
      }
      if (++listed > used_pools_seen) return failure("usedpools[%u]: too long or cyclic", c);
    }
  }
  if (listed != used_pools_seen)
    return failure("%zu used pools, %zu in usedpools", used_pools_seen, listed);

  std::size_t usable = 0;
  const ArenaObject* prev = nullptr;
  for (const ArenaObject* a = usable_arenas_; a; prev = a, a = a->nextarena) {
    if (a->prevarena != prev) return failure("usable_arenas: broken links");
    if (!a->address || a->nfreepools == 0) return failure("usable_arenas: arena without free pool");
    if (prev && prev->nfreepools > a->nfreepools) return failure("usable_arenas: not sorted");
    const bool last_of_kind = !a->nextarena || a->nextarena->nfreepools != a->nfreepools;
    if ((nfp2lasta_[a->nfreepools] == a) != last_of_kind) {
      return failure("nfp2lasta[%u] is wrong", a->nfreepools);
    }
    if (++usable > mapped) return failure("usable_arenas: cyclic");
  }
  std::size_t with_free = 0;
  for (unsigned i = 0; i < maxarenas_; ++i)
    with_free += arenas_[i].address && arenas_[i].nfreepools;
  if (usable != with_free)
    return failure("usable_arenas holds %zu of %zu arenas", usable, with_free);
  for (unsigned n = 0; n <= kMaxPoolsInArena; ++n) {
    if (nfp2lasta_[n] && (!nfp2lasta_[n]->address || nfp2lasta_[n]->nfreepools != n)) {
      return failure("nfp2lasta[%u] points at a stale arena", n);
    }
  }
  if (wholly_free > 1) return failure("%zu wholly free arenas", wholly_free);
  if (wholly_free_arena && wholly_free_arena->nextarena) {
    return failure("the wholly free arena is not the last usable one");
  }
  std::size_t unused = 0;
  for (const ArenaObject* a = unused_arena_objects_; a; a = a->nextarena) {
    if (a->address) return failure("unused descriptor with an address");
    if (++unused > maxarenas_) return failure("unused descriptors: cyclic");
  }
  if (unused + mapped != maxarenas_) return failure("descriptors lost");
  return nullptr;
}

// ================================================================ heaps

namespace {
// The process heap: constant-initialised, so it works before any static constructor runs, and
// never destroyed, so frees from late static destructors stay valid. The radix root is a
// separate zeroed array so it lives in .bss and costs nothing until touched.
MapMid* g_process_map_root[kMapTopLength];
constinit Heap g_heap{g_process_map_root};
}  // namespace

Heap& process_heap() {
  return g_heap;
}

Heap* heap_create() {
  auto* root = static_cast<MapMid**>(std::calloc(kMapTopLength, sizeof(MapMid*)));
  if (!root) return nullptr;
  Heap* h = new (std::nothrow) Heap(root);
  if (!h) std::free(root);
  return h;
}

void heap_destroy(Heap* heap) {
  if (!heap) return;
  heap->release_all();
  std::free(heap->root());
  delete heap;
}

void* heap_alloc(Heap& heap, std::size_t nbytes) {
  return heap.alloc(nbytes);
}
void* heap_realloc(Heap& heap, void* ptr, std::size_t nbytes) {
  return heap.realloc(ptr, nbytes);
}
void heap_free(Heap& heap, void* ptr) {
  if (ptr) heap.free(ptr);
}
std::size_t heap_allocated_blocks(const Heap& heap) {
  return heap.allocated_blocks();
}
AllocatorStats heap_stats(const Heap& heap) {
  return heap.stats();
}
void heap_write_debug_stats(const Heap& heap, std::FILE* out) {
  heap.write_debug_stats(out);
}
bool heap_owns(const Heap& heap, const void* ptr) {
  return heap.owns(ptr);
}
const char* heap_verify(const Heap& heap) {
  return heap.verify();
}
PoolInfo heap_pool_info(const Heap& heap, const void* ptr) {
  return heap.pool_info(ptr);
}
std::size_t heap_arenas(const Heap& heap, ArenaOrder order, ArenaInfo* out, std::size_t cap) {
  return heap.arenas(order, out, cap);
}

// ================================================================ the entry points
//
// One flag, g_slow, folds every reason to leave the fast path: trace hooks installed,
// failure injection armed, or the environment not read yet. When it is clear, alloc() is a
// test of that flag plus the pool pop.

namespace {
bool g_slow = true;  // starts set so that the first allocation reads the environment
bool g_env_read = false;
const TraceHooks* g_hooks = nullptr;
bool g_in_hook = false;
std::size_t g_fail_countdown = 0;  // 0: disarmed; k: the k-th request from now fails

void update_slow() {
  g_slow = !g_env_read || g_hooks != nullptr || g_fail_countdown != 0;
}

void read_environment() {
  g_env_read = true;
  const char* v = std::getenv(debug::kFailAllocAfterEnv);
  if (v && *v) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long n = std::strtoull(v, &end, 10);
    if (errno == 0 && *end == '\0' && n > 0 && v[0] != '-') {
      g_fail_countdown = static_cast<std::size_t>(n);
    }
  }
  update_slow();
}

// Failure injection: true when this request must fail.
bool injected_failure() {
  if (!g_env_read) read_environment();
  if (g_fail_countdown == 0) return false;
  if (g_fail_countdown == 1) return true;
  --g_fail_countdown;
  return false;
}

// A TraceHooks may leave either member null.
void report_alloc(void* p, std::size_t n) {
  if (!g_hooks || !g_hooks->on_alloc || g_in_hook) return;
  g_in_hook = true;
  g_hooks->on_alloc(p, n);
  g_in_hook = false;
}
void report_free(void* p) {
  if (!g_hooks || !g_hooks->on_free || g_in_hook) return;
  g_in_hook = true;
  g_hooks->on_free(p);
  g_in_hook = false;
}

__attribute__((noinline)) void* alloc_slow(std::size_t n, bool zeroed) {
  if (injected_failure()) return nullptr;
  void* p = zeroed ? g_heap.alloc_zeroed(n) : g_heap.alloc(n);
  if (p) report_alloc(p, n);
  return p;
}

__attribute__((noinline)) void* realloc_slow(void* ptr, std::size_t n) {
  if (injected_failure()) return nullptr;
  void* q = g_heap.realloc(ptr, n);
  if (q) {
    if (ptr) report_free(ptr);
    report_alloc(q, n);
  }
  return q;
}
}  // namespace

void* alloc(std::size_t nbytes) {
  if (MEMPY_UNLIKELY(g_slow)) return alloc_slow(nbytes, false);
  return g_heap.alloc(nbytes);
}

void* calloc(std::size_t nelem, std::size_t elsize) {
  std::size_t n;
  if (__builtin_mul_overflow(nelem, elsize, &n)) return nullptr;
  if (MEMPY_UNLIKELY(g_slow)) return alloc_slow(n, true);
  return g_heap.alloc_zeroed(n);
}

void* realloc(void* ptr, std::size_t nbytes) {
  if (MEMPY_UNLIKELY(g_slow)) return realloc_slow(ptr, nbytes);
  return g_heap.realloc(ptr, nbytes);
}

void free(void* ptr) {
  if (!ptr) return;
  if (MEMPY_UNLIKELY(g_slow)) report_free(ptr);
  g_heap.free(ptr);
}

void* raw_alloc(std::size_t nbytes) {
  void* p = std::malloc(nbytes ? nbytes : 1);
  if (MEMPY_UNLIKELY(g_hooks != nullptr) && p) report_alloc(p, nbytes);
  return p;
}

// The old address is reported after a successful call, as a key only (the tracer never reads
// the memory); GCC 12 cannot tell and warns, hence the pragma.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wuse-after-free"
void* raw_realloc(void* ptr, std::size_t nbytes) {
  void* q = std::realloc(ptr, nbytes ? nbytes : 1);
  if (MEMPY_UNLIKELY(g_hooks != nullptr) && q) {
    if (ptr) report_free(ptr);
    report_alloc(q, nbytes);
  }
  return q;
}
#pragma GCC diagnostic pop

void raw_free(void* ptr) {
  if (!ptr) return;
  if (MEMPY_UNLIKELY(g_hooks != nullptr)) report_free(ptr);
  std::free(ptr);
}

std::size_t allocated_blocks() {
  return g_heap.allocated_blocks();
}
void write_debug_stats(std::FILE* out) {
  g_heap.write_debug_stats(out);
}
void write_free_list_stats(std::FILE* out, const char* block_name, int num_blocks,
                           std::size_t sizeof_block) {
  char what[128];
  std::snprintf(what, sizeof what, "%d %ss * %zu bytes each", num_blocks, block_name, sizeof_block);
  char label[160];
  std::snprintf(label, sizeof label, "%48s ", what);
  print_line(out, label, std::size_t(num_blocks) * sizeof_block);
}
AllocatorStats allocator_stats() {
  return g_heap.stats();
}

void set_trace_hooks(const TraceHooks* hooks) {
  g_hooks = hooks;
  update_slow();
}

namespace debug {
void set_fail_alloc_after(std::size_t n) {
  g_env_read = true;  // an explicit setting wins over the environment
  g_fail_countdown = n;
  update_slow();
}
std::size_t fail_alloc_countdown() {
  return g_fail_countdown;
}
void reload_from_environment() {
  g_fail_countdown = 0;
  read_environment();
}
}  // namespace debug

}  // namespace mempy::memory
