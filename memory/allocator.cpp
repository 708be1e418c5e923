// memory/allocator.cpp — placeholder: plain malloc until the pymalloc-style allocator lands.
#include "memory/allocator.h"

#include <cstdlib>

namespace mempy::memory {

namespace {
std::size_t g_blocks = 0;
const TraceHooks* g_hooks = nullptr;
}  // namespace

void* alloc(std::size_t n) {
  void* p = std::malloc(n ? n : 1);
  if (p) {
    ++g_blocks;
    if (g_hooks) g_hooks->on_alloc(p, n);
  }
  return p;
}
void* realloc(void* p, std::size_t n) {
  if (!p) return alloc(n);
  if (g_hooks) g_hooks->on_free(p);
  void* q = std::realloc(p, n ? n : 1);
  if (g_hooks) g_hooks->on_alloc(q ? q : p, q ? n : 0);
  return q;
}
void free(void* p) {
  if (!p) return;
  if (g_hooks) g_hooks->on_free(p);
  --g_blocks;
  std::free(p);
}
void* raw_alloc(std::size_t n) { return std::malloc(n ? n : 1); }
void* raw_realloc(void* p, std::size_t n) { return std::realloc(p, n ? n : 1); }
void raw_free(void* p) { std::free(p); }
std::size_t allocated_blocks() { return g_blocks; }
void write_debug_stats(std::FILE*) {}
void set_trace_hooks(const TraceHooks* h) { g_hooks = h; }

}  // namespace mempy::memory
