// Unit tests for memory/tracer: traces follow alloc/realloc/free of the entry points, the traced
// memory and its peak, interned tracebacks and their keys, clear/stop, the Untraced scope, the
// free-list retrace and the table growth, with a capture function that reports a settable
// fake stack instead of Python frames.
#include <doctest/doctest.h>

#include <cstdint>
#include <set>
#include <vector>

#include "memory/allocator.h"
#include "memory/tracer.h"

namespace mm = mempy::memory;
namespace tr = mempy::memory::tracer;

namespace {

// The fake stack: frames innermost first; keys are the addresses of these strings.
const char* const kFileA = "a.py";
const char* const kFileB = "b.py";
std::vector<tr::Frame> g_stack{{kFileA, 1}};
int g_captures = 0;

unsigned fake_capture(tr::Frame* out, unsigned max, unsigned* total) {
  ++g_captures;
  unsigned n = 0;
  for (const tr::Frame& f : g_stack) {
    if (n == max) break;
    out[n++] = f;
  }
  *total = unsigned(g_stack.size());
  return n;
}

std::multiset<const void*> g_retained;
void retain(const void* key) {
  g_retained.insert(key);
}
void release(const void* key) {
  auto it = g_retained.find(key);
  REQUIRE(it != g_retained.end());
  g_retained.erase(it);
}
const tr::KeyOps g_keys{retain, release};

// Tracing for the scope of one test, with the fake stack reset.
struct Tracing {
  explicit Tracing(unsigned nframe = 1) {
    g_stack = {{kFileA, 1}};
    REQUIRE(tr::start(nframe, fake_capture, &g_keys));
  }
  ~Tracing() { tr::stop(); }
  Tracing(const Tracing&) = delete;
  Tracing& operator=(const Tracing&) = delete;
};

}  // namespace

TEST_CASE("tracer: off by default, limit 1, nothing traced") {
  CHECK_FALSE(tr::is_tracing());
  CHECK(tr::traceback_limit() == 1);
  void* p = mm::alloc(40);
  CHECK(tr::find(p) == nullptr);
  mm::free(p);
}

TEST_CASE("tracer: a trace has the requested size and the captured frames") {
  Tracing t(3);
  g_stack = {{kFileA, 7}, {kFileB, 2}};
  void* p = mm::alloc(28);  // a 32-byte block: the trace keeps the request
  const tr::Trace* trace = tr::find(p);
  REQUIRE(trace != nullptr);
  CHECK(trace->size == 28);
  REQUIRE(trace->traceback->nframe == 2);
  CHECK(trace->traceback->total_nframe == 2);
  CHECK(trace->traceback->frames[0].filename == kFileA);
  CHECK(trace->traceback->frames[0].lineno == 7);
  CHECK(trace->traceback->frames[1].filename == kFileB);
  CHECK(tr::traced_memory() == 28);
  mm::free(p);
  CHECK(tr::find(p) == nullptr);
  CHECK(tr::traced_memory() == 0);
  CHECK(tr::peak_traced_memory() == 28);
}

TEST_CASE("tracer: the limit keeps the innermost frames, total_nframe counts them all") {
  Tracing t(2);
  g_stack = {{kFileA, 1}, {kFileA, 2}, {kFileB, 3}, {kFileB, 4}};
  void* p = mm::alloc(100);
  const tr::Traceback* tb = tr::find(p)->traceback;
  CHECK(tb->nframe == 2);
  CHECK(tb->total_nframe == 4);
  CHECK(tb->frames[1].lineno == 2);
  mm::free(p);
}

TEST_CASE("tracer: equal stacks share one interned traceback; keys are retained once") {
  Tracing t;
  g_stack = {{kFileA, 5}};
  void* p = mm::alloc(16);
  void* q = mm::raw_alloc(600);  // the raw domain is traced too
  CHECK(tr::find(p)->traceback == tr::find(q)->traceback);
  g_stack = {{kFileA, 6}};
  void* r = mm::calloc(3, 8);
  CHECK(tr::find(r)->traceback != tr::find(p)->traceback);
  CHECK(tr::find(r)->size == 24);
  CHECK(g_retained.count(kFileA) == 1);
  mm::free(p);
  mm::raw_free(q);
  mm::free(r);
  tr::clear();
  CHECK(g_retained.empty());  // clear releases what the tracebacks held
}

TEST_CASE("tracer: realloc moves the trace and takes the current traceback") {
  Tracing t;
  g_stack = {{kFileA, 1}};
  void* p = mm::alloc(32);
  g_stack = {{kFileB, 9}};
  void* q = mm::realloc(p, 2000);
  REQUIRE(q != nullptr);
  const tr::Trace* trace = tr::find(q);
  REQUIRE(trace != nullptr);
  CHECK(trace->size == 2000);
  CHECK(trace->traceback->frames[0].filename == kFileB);
  if (q != p) CHECK(tr::find(p) == nullptr);
  CHECK(tr::traced_memory() == 2000);
  mm::free(q);
}

TEST_CASE("tracer: peak, reset_peak and clear") {
  Tracing t;
  void* a = mm::alloc(100);
  void* b = mm::alloc(200);
  mm::free(b);
  CHECK(tr::traced_memory() == 100);
  CHECK(tr::peak_traced_memory() == 300);
  tr::reset_peak();
  CHECK(tr::peak_traced_memory() == 100);
  tr::clear();
  CHECK(tr::traced_memory() == 0);
  CHECK(tr::peak_traced_memory() == 0);
  CHECK(tr::find(a) == nullptr);
  mm::free(a);  // its trace is gone: nothing changes
  CHECK(tr::traced_memory() == 0);
}

TEST_CASE("tracer: Untraced blocks get no trace but frees still forget traces") {
  Tracing t;
  void* traced = mm::alloc(64);
  void* quiet;
  {
    tr::Untraced untraced;
    quiet = mm::alloc(64);
    CHECK(tr::find(quiet) == nullptr);
    void* moved = mm::realloc(traced, 700);  // loses its trace, gets none
    CHECK(tr::find(moved) == nullptr);
    traced = moved;
  }
  CHECK(tr::traced_memory() == 0);
  void* after = mm::alloc(8);
  CHECK(tr::find(after) != nullptr);
  mm::free(after);
  mm::free(quiet);
  mm::free(traced);
}

TEST_CASE("tracer: note_reuse retraces a traced block only") {
  Tracing t;
  g_stack = {{kFileA, 1}};
  void* p = mm::alloc(56);
  g_stack = {{kFileB, 2}};
  tr::note_reuse(p);
  CHECK(tr::find(p)->traceback->frames[0].filename == kFileB);
  CHECK(tr::find(p)->size == 56);
  void* untraced;
  {
    tr::Untraced u;
    untraced = mm::alloc(56);
  }
  tr::note_reuse(untraced);
  CHECK(tr::find(untraced) == nullptr);
  mm::free(p);
  mm::free(untraced);
  tr::stop();
  int before = g_captures;
  tr::note_reuse(p);  // not tracing: one branch, no capture
  CHECK(g_captures == before);
}

TEST_CASE("tracer: tables grow past thousands of traces and tracebacks, and stop clears them") {
  std::vector<void*> blocks;
  {
    Tracing t;
    for (int i = 0; i < 20000; ++i) {
      g_stack = {{kFileA, std::uint32_t(i % 3000)}};
      blocks.push_back(mm::alloc(std::size_t(8 + i % 500)));
    }
    CHECK(tr::trace_count() == 20000);
    std::size_t sum = 0;
    std::size_t seen = 0;
    tr::for_each_trace([](const void*, const tr::Trace& trace,
                          void* ctx) { *static_cast<std::size_t*>(ctx) += trace.size; },
                       &sum);
    tr::for_each_trace(
        [](const void*, const tr::Trace&, void* ctx) { ++*static_cast<std::size_t*>(ctx); }, &seen);
    CHECK(sum == tr::traced_memory());
    CHECK(seen == 20000);
    for (std::size_t i = 0; i < blocks.size(); i += 2) mm::free(blocks[i]);
    CHECK(tr::trace_count() == 10000);
    for (std::size_t i = 1; i < blocks.size(); i += 2) CHECK(tr::find(blocks[i]) != nullptr);
    CHECK(tr::tracer_memory() > 0);
  }
  CHECK_FALSE(tr::is_tracing());
  CHECK(tr::trace_count() == 0);
  CHECK(g_retained.empty());
  for (std::size_t i = 1; i < blocks.size(); i += 2) mm::free(blocks[i]);
}

TEST_CASE("tracer: start refuses limits outside 1..65535 and keeps the old limit when tracing") {
  CHECK_FALSE(tr::start(0, fake_capture, &g_keys));
  CHECK_FALSE(tr::start(tr::kMaxFrames + 1, fake_capture, &g_keys));
  Tracing t(4);
  CHECK(tr::start(9, fake_capture, &g_keys));
  CHECK(tr::traceback_limit() == 4);
}
