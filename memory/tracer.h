// memory/tracer.h — the trace table behind tracemalloc (CPython 3.11's Modules/_tracemalloc.c
// tables, without the Python side).
//
// While tracing, every block handed out by the allocator entry points (alloc/calloc/realloc and
// raw_*, i.e. CPython's object, mem and raw domains) gets a *trace*: its requested size and the
// *traceback* of the code that asked for it. Freeing the block forgets the trace; a realloc moves
// it. Tracebacks are interned (one copy per distinct frame sequence), so a trace costs one table
// entry. Two counters follow the traces: the traced memory (sum of the live traces' sizes) and its
// peak since start() / reset_peak() / clear().
//
// This layer knows nothing of Python: a frame is an opaque filename key plus a line number, and
// the caller of start() supplies the function that captures the current frames and the pair of
// functions that keep a key alive while a traceback uses it (the tracemalloc module holds one
// reference to each filename, as CPython's filenames table does).
//
// The tables live in malloc'd memory, not in the object heap, so tracing never shows in
// sys.getallocatedblocks() or the heap statistics, and the tracer's own bookkeeping is never
// traced (CPython allocates its tables with the raw allocator for the same reason).
//
// Observable from Python: tracemalloc.get_traced_memory(), get_tracemalloc_memory(),
// take_snapshot() (through for_each_trace), get_object_traceback() (through find).
#pragma once
#include <cstddef>
#include <cstdint>

namespace mempy::memory::tracer {

// CPython 3.11's limit on frames per traceback (MAX_NFRAME) and on the total_nframe counter.
inline constexpr unsigned kMaxFrames = 65535;

struct Frame {
  const void* filename;  // opaque key chosen by the capture function
  std::uint32_t lineno;
};

struct Traceback {
  std::uint64_t hash;
  std::uint16_t nframe;        // frames stored, most recent first
  std::uint16_t total_nframe;  // frames on the stack when captured (saturates at kMaxFrames)
  Frame frames[1];             // nframe entries
};

struct Trace {
  std::size_t size;  // requested bytes
  const Traceback* traceback;
};

// Fills out[0..max) with the innermost frames first and returns how many it filled (at least one:
// a capture with no frame reports a placeholder frame, as CPython's "<unknown>":0); *total gets the
// number of frames on the stack.
using CaptureFn = unsigned (*)(Frame* out, unsigned max, unsigned* total);

// retain(key) runs when a key first appears in an interned traceback; release(key) runs once for
// each retained key when clear() forgets the tracebacks (after the tables are empty, so release
// may free memory).
struct KeyOps {
  void (*retain)(const void* key);
  void (*release)(const void* key);
};

// Installs the allocator hooks with a traceback limit of max_nframe (1..kMaxFrames). Already
// tracing: does nothing (CPython keeps the old limit too). False when the tables cannot be made.
// *keys must outlive the tracing.
bool start(unsigned max_nframe, CaptureFn capture, const KeyOps* keys);
// Uninstalls the hooks and clears every trace and traceback. The limit is kept.
void stop();
bool is_tracing();
unsigned traceback_limit();  // 1 until the first start()

// Forgets every trace and traceback; the traced memory and its peak go back to 0.
void clear();

std::size_t traced_memory();
std::size_t peak_traced_memory();
void reset_peak();  // peak = current

// Bytes of malloc'd memory the tables use (tracemalloc.get_tracemalloc_memory()).
std::size_t tracer_memory();

// CPython's _PyTraceMalloc_NewReference: an object taken from a free list gets the traceback of
// the code taking it when its block has a trace (a block allocated before tracing has none, and
// keeps none). Free lists call note_reuse(block) with the start of the object's block.
void retrace(const void* block);
namespace detail {
extern bool g_tracing;
}
inline void note_reuse(const void* block) {
  if (__builtin_expect(detail::g_tracing, 0)) retrace(block);
}

// The trace of the block starting at `block`, or nullptr when it has none.
const Trace* find(const void* block);

std::size_t trace_count();
// Calls fn for every trace, in table order. fn must not allocate through the traced entry points
// unless an Untraced is alive (the table must not change while it is walked).
void for_each_trace(void (*fn)(const void* block, const Trace& trace, void* ctx), void* ctx);

// While one is alive, new blocks get no trace; freed blocks still lose theirs, and a realloc'd
// block loses its trace without getting a new one. This is CPython's "reentrant" flag, which
// _get_traces() sets while it builds Python objects out of the tables.
class Untraced {
 public:
  Untraced();
  ~Untraced();
  Untraced(const Untraced&) = delete;
  Untraced& operator=(const Untraced&) = delete;
};

}  // namespace mempy::memory::tracer
