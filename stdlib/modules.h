// stdlib/modules.h — creation functions of the built-in modules (each returns a new module or
// nullptr with an exception set), and the few cross-module services they share.
#pragma once
#include <string_view>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/object.h"

namespace mempy::stdlib {

using runtime::Object;

Object* builtins_module_create();
Object* sys_module_create();
Object* io_module_create();
Object* math_module_create();
Object* time_module_create();
Object* collections_c_module_create();  // _collections: deque, defaultdict
Object* itertools_module_create();
Object* functools_c_module_create();  // _functools: reduce, partial, cmp_to_key
Object* gc_module_create();
Object* weakref_c_module_create();  // _weakref: ref, proxy and their helpers
Object* atexit_module_create();
Object* tracemalloc_c_module_create();  // _tracemalloc: the trace tables' Python face
// Starts tracing with nframe frames per traceback (-X tracemalloc, PYTHONTRACEMALLOC); -1 with
// ValueError set when nframe is outside [1; 65535].
int tracemalloc_start(int nframe);
// Stops tracing and releases what the tracer holds; the driver calls it once every Python object
// of the session is gone (CPython's _PyTraceMalloc_Fini).
void tracemalloc_fini();
Object* random_module_create();       // _random: the Mersenne Twister behind random.Random
Object* sha512_module_create();       // _sha512: SHA-512 hash objects
Object* rss_sampler_module_create();  // _rss_sampler: RSS samples from a thread (memory_usage)
Object* posix_module_create();  // posix: file-descriptor functions (stdlib/py/os.py exports them)
// Runs the functions registered with atexit, newest first, and empties the registry; later
// registrations are ignored. Called once by the driver at interpreter exit.
void atexit_run_exitfuncs();
// Runs the embedded Python source of built-in module `name` (stdlib/py/NAME.py).
Object* py_module_create(const char* name);

// An int argument (via __index__) as a C ssize, with the OverflowError CPython's argument
// parsing raises for a Py_ssize_t parameter ("c_type" names the C type in the message).
inline runtime::ssize ssize_arg(runtime::Object* v, const char* c_type = "ssize_t") {
  runtime::ssize r = runtime::number_as_ssize(v, nullptr);  // clamps on overflow
  if (r == -1 && runtime::err_occurred()) return -1;
  if (r == PTRDIFF_MAX || r == PTRDIFF_MIN) {
    // distinguish a clamped value from a real extreme one
    runtime::Ref<runtime::Object> i = runtime::steal(runtime::number_index(v));
    if (!i) return -1;
    bool overflow = false;
    runtime::int_as_i64(i.get(), &overflow);
    if (overflow) {
      runtime::err_format(&runtime::ExcOverflowError, "Python int too large to convert to C {}",
                          c_type);
      return -1;
    }
  }
  return r;
}

// sys set-up from the command line (before the first import).
struct SysConfig {
  int argc;
  char** argv;          // sys.argv values (argv[0] is the script path, "-c", or "")
  const char* path0;    // sys.path[0]: the script's directory ("" for -c and the REPL)
  bool buffered_stdio;  // false under -u or PYTHONUNBUFFERED (CPython's config.buffered_stdio)
  int nxoptions;
  const char* const* xoptions;  // -X values ("name" or "name=value") for sys._xoptions
};
int sys_configure(const SysConfig& config);

// The text streams behind sys.stdin/stdout/stderr and open() (file-descriptor based).
Object* text_stream_new(int fd, Object* name, const char* mode, bool close_fd);
int text_stream_flush(Object* stream);
bool is_text_stream(Object* op);
// A binary-mode file over fd (stdlib/io_binary.cpp): _io.BufferedReader for "rb",
// BufferedWriter for "wb"/"ab"/"xb", BufferedRandom with '+'. Owns fd (closes it).
Object* binary_stream_new(int fd, Object* name, const char* mode);
// Sets up sys.stdout / sys.stderr as CPython's create_stdio: write_through unless buffered_stdio
// (PYTHONUNBUFFERED, -u), line buffering when buffered and a terminal or fd 2.
void text_stream_configure_std(Object* stream, bool buffered_stdio);

// builtins.__import__ is the default one (so IMPORT_NAME may skip the call).
bool builtin_import_is_default(Object* func);

}  // namespace mempy::stdlib
