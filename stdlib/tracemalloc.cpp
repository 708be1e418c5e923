// stdlib/tracemalloc.cpp — module _tracemalloc: the C-level half of tracemalloc (the public
// module is Python, stdlib/py/tracemalloc.py, as in CPython). It joins memory/tracer (the trace
// tables behind the allocator hook) to the interpreter: a traceback frame is a code object's
// filename (a str, one reference held per distinct filename) and the line being executed, most
// recent frame first; with no Python frame at all the traceback is CPython's ("<unknown>", 0).
//
// Functions and messages are CPython 3.11's: start(nframe=1, /) (ValueError outside
// [1; 65535]), stop, is_tracing, clear_traces, get_traced_memory -> (current, peak),
// reset_peak, get_tracemalloc_memory, get_traceback_limit, _get_object_traceback(obj) (the
// frames of the block that holds obj, found as 3.11 does: its address minus the GC head)
// and _get_traces() -> [(domain, size, frames, total_nframe), ...] with domain always 0.
// _get_traces builds its tuples with tracing suspended, as CPython's reentrant flag does, so a
// snapshot never traces its own bookkeeping; only the list object itself is traced.
#include <climits>
#include <unordered_map>
#include <vector>

#include "memory/gc.h"
#include "memory/tracer.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/eval.h"
#include "runtime/frame.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/type.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;
namespace tracer = memory::tracer;

namespace {

Object* g_unknown = nullptr;  // "<unknown>": the filename of frames without a str filename

void retain_key(const void* key) {
  incref(static_cast<Object*>(const_cast<void*>(key)));
}
void release_key(const void* key) {
  decref(static_cast<Object*>(const_cast<void*>(key)));
}
const tracer::KeyOps g_key_ops{retain_key, release_key};

// Runs inside the allocator hook: reads frames, allocates nothing.
unsigned capture(tracer::Frame* out, unsigned max, unsigned* total) {
  unsigned n = 0;
  unsigned all = 0;
  for (const Frame* f = current_frame(); f; f = f->previous) {
    if (n < max) {
      Object* filename = f->code->filename;
      int line = frame_current_line(f);
      out[n].filename = filename && is_str(filename) ? filename : g_unknown;
      out[n].lineno = line < 0 ? 0 : std::uint32_t(line);
      ++n;
    }
    if (all < tracer::kMaxFrames) ++all;
  }
  if (n == 0) {
    out[0] = {g_unknown, 0};
    n = all = 1;
  }
  *total = all;
  return n;
}

// Starts tracing with nframe frames; -1 with ValueError (or MemoryError) set.
int start_tracing(long nframe) {
  if (nframe < 1 || nframe > long(tracer::kMaxFrames)) {
    err_format(&ExcValueError, "the number of frames must be in range [1; {}]", tracer::kMaxFrames);
    return -1;
  }
  if (!g_unknown) {
    tracer::Untraced untraced;  // a static string in CPython
    g_unknown = str_from_cstr("<unknown>");
    if (!g_unknown) return -1;
  }
  if (!tracer::start(unsigned(nframe), capture, &g_key_ops)) {
    err_no_memory();
    return -1;
  }
  return 0;
}

// ((filename, lineno), ...) most recent first, as CPython's traceback_to_pyobject.
Object* traceback_tuple(const tracer::Traceback* tb) {
  Object* frames = tuple_new(tb->nframe);
  if (!frames) return nullptr;
  for (unsigned i = 0; i < tb->nframe; ++i) {
    Object* lineno = int_from_u64(tb->frames[i].lineno);
    Object* frame = lineno ? tuple_new(2) : nullptr;
    if (!frame) {
      xdecref(lineno);
      decref(frames);
      return nullptr;
    }
    tuple_set_new(frame, 0,
                  new_ref(static_cast<Object*>(const_cast<void*>(tb->frames[i].filename))));
    tuple_set_new(frame, 1, lineno);
    tuple_set_new(frames, i, frame);
  }
  return frames;
}

// ---- the module functions

Object* tm_is_tracing(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("is_tracing", nargs, kwnames)) return nullptr;
  return bool_new_ref(tracer::is_tracing());
}

Object* tm_clear_traces(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("clear_traces", nargs, kwnames)) return nullptr;
  if (tracer::is_tracing()) {
    tracer::Untraced untraced;
    tracer::clear();
  }
  return none_new_ref();
}

Object* tm_start(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("start", kwnames) || !check_nargs("start", nargs, 0, 1)) return nullptr;
  long nframe = 1;
  if (nargs == 1) {
    ssize v = ssize_arg(args[0], "int");
    if (v == -1 && err_occurred()) return nullptr;
    if (v > INT_MAX || v < INT_MIN) {
      err_set_string(&ExcOverflowError, "Python int too large to convert to C int");
      return nullptr;
    }
    nframe = long(v);
  }
  if (start_tracing(nframe) < 0) return nullptr;
  return none_new_ref();
}

Object* tm_stop(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("stop", nargs, kwnames)) return nullptr;
  tracer::stop();
  return none_new_ref();
}

Object* tm_get_traceback_limit(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_traceback_limit", nargs, kwnames)) return nullptr;
  return int_from_i64(tracer::traceback_limit());
}

Object* tm_get_tracemalloc_memory(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_tracemalloc_memory", nargs, kwnames)) return nullptr;
  return int_from_u64(tracer::tracer_memory());
}

Object* tm_get_traced_memory(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_traced_memory", nargs, kwnames)) return nullptr;
  std::size_t current = 0;
  std::size_t peak = 0;
  if (tracer::is_tracing()) {
    current = tracer::traced_memory();
    peak = tracer::peak_traced_memory();
  }
  Object* items[2] = {int_from_u64(current), int_from_u64(peak)};
  if (!items[0] || !items[1]) {
    xdecref(items[0]);
    xdecref(items[1]);
    return nullptr;
  }
  return tuple_from_array_steal(items, 2);
}

Object* tm_reset_peak(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("reset_peak", nargs, kwnames)) return nullptr;
  if (tracer::is_tracing()) tracer::reset_peak();
  return none_new_ref();
}

Object* tm_get_object_traceback(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("_get_object_traceback", nargs, kwnames)) return nullptr;
  if (!tracer::is_tracing()) return none_new_ref();
  // CPython 3.11 steps back over the GC head only, not over the managed-dict pre-header, so
  // instances of plain classes are never found (3.12 fixed it)
  const char* block = reinterpret_cast<const char*>(args[0]);
  if (is_gc_type(args[0]->type)) block -= sizeof(memory::GCHead);
  const tracer::Trace* trace = tracer::find(block);
  if (!trace) return none_new_ref();
  return traceback_tuple(trace->traceback);
}

struct CopiedTrace {
  std::size_t size;
  const tracer::Traceback* traceback;
};

void copy_trace(const void*, const tracer::Trace& t, void* ctx) {
  static_cast<std::vector<CopiedTrace>*>(ctx)->push_back({t.size, t.traceback});
}

Object* tm_get_traces(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("_get_traces", nargs, kwnames)) return nullptr;
  Ref<Object> list = steal(list_new(0));
  if (!list || !tracer::is_tracing()) return list.release();
  // copy first: the list below must not see the table change under it
  std::vector<CopiedTrace> traces;
  traces.reserve(tracer::trace_count());
  tracer::for_each_trace(copy_trace, &traces);
  tracer::Untraced untraced;
  std::unordered_map<const tracer::Traceback*, Object*> frames_of;  // one tuple per traceback
  bool ok = true;
  for (const CopiedTrace& t : traces) {
    Object*& frames = frames_of[t.traceback];
    if (!frames && !(frames = traceback_tuple(t.traceback))) {
      ok = false;
      break;
    }
    Object* items[4] = {int_from_i64(0), int_from_u64(t.size), new_ref(frames),
                        int_from_i64(t.traceback->total_nframe)};
    Object* trace = items[1] && items[3] ? tuple_from_array_steal(items, 4) : nullptr;
    if (!trace) {
      for (Object* o : items) xdecref(o);
      ok = false;
      break;
    }
    int r = list_append(list.get(), trace);
    decref(trace);
    if (r < 0) {
      ok = false;
      break;
    }
  }
  for (auto& [tb, frames] : frames_of) xdecref(frames);
  if (!ok) return nullptr;
  return list.release();
}

const MethodDef tracemalloc_functions[] = {
    {"_get_object_traceback", tm_get_object_traceback, METH_DEFAULT,
     "The frames ((filename, lineno), ...) where the block holding obj was\nallocated, most "
     "recent first, or None when it has no trace."},
    {"_get_traces", tm_get_traces, METH_DEFAULT,
     "Every trace as (domain, size, frames, total_nframe); an empty list when\nnot tracing."},
    {"clear_traces", tm_clear_traces, METH_DEFAULT,
     "Forget every trace; the traced memory and its peak go back to 0."},
    {"get_traceback_limit", tm_get_traceback_limit, METH_DEFAULT,
     "How many frames a trace's traceback keeps at most (1 by default)."},
    {"get_traced_memory", tm_get_traced_memory, METH_DEFAULT,
     "(current, peak): bytes in traced blocks now, and at most since start,\nreset_peak or "
     "clear_traces."},
    {"get_tracemalloc_memory", tm_get_tracemalloc_memory, METH_DEFAULT,
     "Bytes the tracer's own tables use."},
    {"is_tracing", tm_is_tracing, METH_DEFAULT, "Whether allocations are being traced."},
    {"reset_peak", tm_reset_peak, METH_DEFAULT,
     "Make the peak traced memory equal to the current traced memory."},
    {"start", tm_start, METH_DEFAULT,
     "Trace allocations from now on, keeping at most nframe frames per\ntraceback."},
    {"stop", tm_stop, METH_DEFAULT, "Stop tracing and forget every trace."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* tracemalloc_c_module_create() {
  Object* m = module_new_cstr("_tracemalloc");
  if (!m) return nullptr;
  if (module_add_functions(m, tracemalloc_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

int tracemalloc_start(int nframe) {
  return start_tracing(nframe);
}

void tracemalloc_fini() {
  tracer::stop();
  clear_ref(g_unknown);
}

}  // namespace mempy::stdlib
