// stdlib/rss_sampler.cpp — module _rss_sampler: a background thread that samples a process's
// resident set size at a fixed interval, for memory_profiler.memory_usage((f, args, kwargs)).
//
// memory_profiler measures a running function from a second process (its MemTimer) that reads
// the RSS every `interval` seconds until told to stop, then takes one last sample. mempy does the
// same from a C++ thread: it touches no Python object and no interpreter state -- it reads
// /proc/PID/statm into a vector under a mutex -- so the interpreter needs no lock; the Python
// side only starts it, runs the function, and collects the samples.
//     start(pid, interval, timestamps)  begin sampling (RuntimeError if already sampling)
//     stop() -> list                    one last sample, join, the samples in MiB (floats), or
//                                       (MiB, time.time()) pairs with timestamps
// A sampler still running at exit is stopped and joined by the static's destructor.
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

// The RSS of `pid` in MiB from /proc/PID/statm (second field, in pages); -1 when unreadable.
double rss_mib(long pid) {
  char path[64];
  std::snprintf(path, sizeof path, "/proc/%ld/statm", pid);
  int fd = ::open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  char buf[256];
  ssize_t n = ::read(fd, buf, sizeof buf - 1);
  ::close(fd);
  if (n <= 0) return -1;
  buf[n] = '\0';
  unsigned long size = 0, resident = 0;
  if (std::sscanf(buf, "%lu %lu", &size, &resident) != 2) return -1;
  return double(resident) * double(::sysconf(_SC_PAGE_SIZE)) / double(1 << 20);
}

double wall_time() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Sampler {
  std::mutex lock;
  std::condition_variable wake;
  std::thread thread;
  bool stopping = false;
  long pid = 0;
  double interval = 0.1;
  std::vector<std::pair<double, double>> samples;  // (MiB, time)

  void sample() {
    double mib = rss_mib(pid);
    double t = wall_time();
    std::lock_guard<std::mutex> g(lock);
    samples.emplace_back(mib, t);
  }

  // MemTimer.run: sample, then wait one interval or until asked to stop; once asked, one last
  // sample (so a run has at least the baseline and two samples)
  void run() {
    bool stop = false;
    for (;;) {
      sample();
      if (stop) break;
      std::unique_lock<std::mutex> g(lock);
      stop = wake.wait_for(g, std::chrono::duration<double>(interval), [this] { return stopping; });
    }
  }

  void finish() {
    if (!thread.joinable()) return;
    {
      std::lock_guard<std::mutex> g(lock);
      stopping = true;
    }
    wake.notify_all();
    thread.join();
  }

  ~Sampler() { finish(); }
};

Sampler g_sampler;
bool g_timestamps = false;

// start(pid, interval, timestamps=False): the baseline sample is taken here, before returning
Object* sampler_start(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"start", {"pid", "interval", "timestamps"}, 0, 3, 2};
  Object* a[3];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  if (g_sampler.thread.joinable()) {
    err_set_string(&ExcRuntimeError, "the RSS sampler is already running");
    return nullptr;
  }
  ssize pid = ssize_arg(a[0], "long");
  if (pid == -1 && err_occurred()) return nullptr;
  double interval = float_as_double(a[1]);
  if (interval == -1.0 && err_occurred()) return nullptr;
  int timestamps = a[2] ? object_is_true(a[2]) : 0;
  if (timestamps < 0) return nullptr;
  if (!(interval >= 0)) {
    err_set_string(&ExcValueError, "interval must be non-negative");
    return nullptr;
  }
  g_timestamps = timestamps != 0;
  g_sampler.pid = long(pid);
  g_sampler.interval = interval;
  g_sampler.stopping = false;
  g_sampler.samples.clear();
  g_sampler.sample();  // MemTimer's baseline, taken by the parent before the child starts
  g_sampler.thread = std::thread([] { g_sampler.run(); });
  return none_new_ref();
}

Object* sampler_stop(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("stop", nargs, kwnames)) return nullptr;
  if (!g_sampler.thread.joinable()) {
    err_set_string(&ExcRuntimeError, "the RSS sampler is not running");
    return nullptr;
  }
  g_sampler.finish();
  std::vector<std::pair<double, double>> taken;
  {
    std::lock_guard<std::mutex> g(g_sampler.lock);
    taken.swap(g_sampler.samples);
  }
  Ref<Object> out = steal(list_new(0));
  if (!out) return nullptr;
  for (const auto& [mib, t] : taken) {
    Ref<Object> item = steal(float_from_double(mib));
    if (!item) return nullptr;
    if (g_timestamps) {
      Ref<Object> when = steal(float_from_double(t));
      if (!when) return nullptr;
      item = steal(tuple_pack({item.get(), when.get()}));
      if (!item) return nullptr;
    }
    if (list_append(out.get(), item.get()) < 0) return nullptr;
  }
  return out.release();
}

const MethodDef sampler_functions[] = {
    {"start", sampler_start, METH_DEFAULT,
     "start(pid, interval, timestamps=False): sample the RSS of pid every interval seconds."},
    {"stop", sampler_stop, METH_DEFAULT,
     "stop() -> list: take a last sample, stop sampling, return the samples in MiB."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* rss_sampler_module_create() {
  Object* m = module_new_cstr("_rss_sampler");
  if (!m) return nullptr;
  if (module_add_functions(m, sampler_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
