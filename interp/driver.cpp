// interp/driver.cpp — see driver.h.
//
// Start-up: the runtime (types, static strings), then sys (which owns sys.modules), builtins (which
// imports io for open()), then __main__. Finalization mirrors CPython's order closely enough that
// __del__ methods of objects left in module globals run at exit: flush the streams, empty
// sys.modules, clear every module's dict (names starting with one underscore first, as
// _PyModule_ClearDict does), break the remaining reference cycles, then tear down the runtime.
#include "interp/driver.h"

#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "interp/call.h"
#include "interp/compiler.h"
#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"
#include "stdlib/modules.h"

namespace mempy::interp {

using namespace runtime;

namespace {

constexpr int kExitUsage = 2;

// ---- start-up ---------------------------------------------------------------------------------
// CPython's config_init_tracemalloc: PYTHONTRACEMALLOC=N, then -X tracemalloc[=N] (which wins),
// give the number of frames to trace from start-up (0: do not trace). An N that is not a decimal
// int, or is negative, is a fatal start-up error (-1 after printing CPython's message).
int tracemalloc_frames(const RunOptions& opt) {
  auto parse = [](const char* text, long* out) {
    char* end = nullptr;
    errno = 0;
    long v = std::strtol(text, &end, 10);
    if (errno == ERANGE || *end != '\0' || v < 0 || v > INT_MAX) return false;
    *out = v;
    return true;
  };
  long nframe = 0;
  if (const char* env = std::getenv("PYTHONTRACEMALLOC"); env && *env && !parse(env, &nframe)) {
    std::fprintf(stderr,
                 "Fatal Python error: config_init_tracemalloc: PYTHONTRACEMALLOC: invalid number "
                 "of frames\nPython runtime state: preinitialized\n\n");
    return -1;
  }
  for (const std::string& x : opt.xoptions) {
    if (x == "tracemalloc") {
      nframe = 1;
    } else if (x.rfind("tracemalloc=", 0) == 0 && !parse(x.c_str() + 12, &nframe)) {
      std::fprintf(stderr,
                   "Fatal Python error: config_init_tracemalloc: -X tracemalloc=NFRAME: invalid "
                   "number of frames\nPython runtime state: preinitialized\n\n");
      return -1;
    }
  }
  return int(nframe);
}

bool start(const RunOptions& opt, const std::string& path0, int trace_frames) {
  if (runtime_init() < 0) return false;
  Object* sys = stdlib::sys_module_create();
  if (!sys) return false;
  decref(sys);  // sys.modules keeps it
  std::vector<char*> argv;
  for (const std::string& a : opt.argv) argv.push_back(const_cast<char*>(a.c_str()));
  // CPython: -u or a non-empty PYTHONUNBUFFERED makes stdout and stderr write through
  const char* unbuffered_env = std::getenv("PYTHONUNBUFFERED");
  bool buffered = !opt.unbuffered && !(unbuffered_env && *unbuffered_env);
  std::vector<const char*> xoptions;
  for (const std::string& x : opt.xoptions) xoptions.push_back(x.c_str());
  stdlib::SysConfig config{int(argv.size()), argv.data(),          path0.c_str(),
                           buffered,         int(xoptions.size()), xoptions.data()};
  if (stdlib::sys_configure(config) < 0) return false;
  // as CPython's init_interp_main: tracing starts before the first import
  if (trace_frames > 0 && stdlib::tracemalloc_start(trace_frames) < 0) {
    Object* exc = err_fetch();
    Ref<Object> text = steal(exc ? object_str(exc) : nullptr);
    std::fprintf(stderr,
                 "Fatal Python error: init_interp_main: can't initialize tracemalloc\nPython "
                 "runtime state: core initialized\n%s: %s\n\nCurrent thread 0x%016lx (most "
                 "recent call first):\n  <no Python frame>\n",
                 exc ? type_name(exc->type) : "MemoryError",
                 text ? str_to_std(text.get()).c_str() : "",
                 static_cast<unsigned long>(::pthread_self()));
    xdecref(exc);
    std::exit(1);
  }
  Object* b = import_module("builtins");
  if (!b) return false;
  decref(b);
  return true;
}

// The __main__ module, registered in sys.modules; returns its dict (borrowed) or null.
Object* make_main(const char* file) {
  Object* m = module_new_cstr("__main__");
  if (!m) return nullptr;
  Object* d = module_dict(m);
  Object* modules = sys_get("modules");
  // CPython's add_main_module gives __main__ an empty __annotations__ before __builtins__; a
  // script (or stdin) then gets __file__ and __cached__ = None. Their number matters: the 11th
  // global is where the module dict grows, which tracemalloc shows.
  Ref<Object> annotations = steal(dict_new());
  bool ok = modules && annotations && dict_set_item_cstr(modules, "__main__", m) == 0 &&
            dict_set_item_cstr(d, "__annotations__", annotations.get()) == 0 &&
            dict_set_item(d, ids::builtins, builtins_module()) == 0;
  if (ok && file) {
    Object* f = str_from_utf8_surrogateescape(file, std::strlen(file));
    ok = f && dict_set_item(d, ids::file, f) == 0 &&
         dict_set_item_cstr(d, "__cached__", None()) == 0;
    xdecref(f);
  }
  decref(m);
  return ok ? d : nullptr;
}

// ---- uncaught exceptions ------------------------------------------------------------------------
// Reports the raised exception like CPython's PyErr_Print: SystemExit decides the exit status,
// anything else goes through sys.excepthook and gives status 1.
int handle_uncaught() {
  Object* exc = err_fetch();
  if (!exc) return 0;
  Ref<Object> exc_ref = steal(exc);
  if (type_check(exc, &ExcSystemExit)) {
    Object* code = static_cast<SystemExitObject*>(exc)->code;
    if (!code || code == None()) return 0;
    if (is_int(code)) {
      bool overflow = false;
      std::int64_t v = int_as_i64(code, &overflow);
      return overflow ? -1 : int(v);
    }
    // any other value is printed to stderr (str()) and the status is 1
    Object* out = sys_get("stdout");
    if (out) stdlib::text_stream_flush(out);
    std::string text;
    if (str_utf8_of(code, text)) {
      write_stderr(text + "\n");
    } else {
      err_clear();
    }
    return 1;
  }
  if (sys_dict()) dict_set_item_cstr(sys_dict(), "last_value", exc);
  Object* hook = sys_get("excepthook");
  bool done = false;
  if (hook && hook != None()) {
    Object* tb = exception_traceback(exc);
    Object* args[3] = {exc->type, exc, tb ? tb : None()};
    Ref<Object> h = borrow(hook);
    Object* r = call(hook, args, 3, nullptr);
    if (r) {
      decref(r);
      done = true;
    } else {
      Object* hook_exc = err_fetch();
      write_stderr("Error in sys.excepthook:\n");
      if (hook_exc) print_exception(hook_exc);
      xdecref(hook_exc);
      write_stderr("\nOriginal exception was:\n");
    }
  } else {
    write_stderr("sys.excepthook is missing\n");
  }
  if (!done) print_exception(exc);
  return 1;
}

// ---- running
// ----------------------------------------------------------------------------------------
int run_source(const std::string& source, const char* filename, Object* globals, bool dis) {
  Object* fname = str_from_utf8_surrogateescape(filename, std::strlen(filename));
  if (!fname) return handle_uncaught();
  Object* literals = nullptr;
  Object* code = compile_text(source, fname, CompileMode::Exec, false, &literals);
  decref(fname);
  if (!code) return handle_uncaught();
  Ref<Object> literals_ref = steal(literals);  // CPython's AST arena lives while the script runs
  if (dis) {
    std::string text = disassemble(code);
    decref(code);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  }
  runtime_settle_free_lists();
  Object* r = eval_code(code, globals, globals);
  decref(code);
  literals_ref.reset();  // freed before the traceback is printed, as CPython's arena
  if (!r) return handle_uncaught();
  decref(r);
  return 0;
}

// ---- the REPL
// ----------------------------------------------------------------------------------------- Whether
// a compile failure only means "the statement is not finished yet".
bool error_means_incomplete() {
  Object* exc = err_current();
  if (!exc || !type_check(exc, &ExcSyntaxError)) return false;
  std::string text = format_exception_only(exc);
  for (const char* marker : {"was never closed", "unexpected EOF", "unterminated triple-quoted",
                             "expected an indented block", "incomplete input"}) {
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

std::string strip_comment_and_space(const std::string& line) {
  std::size_t hash = line.find('#');
  std::string s = hash == std::string::npos ? line : line.substr(0, hash);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  return s;
}

bool read_line(const char* prompt, bool interactive, std::string& line) {
  if (interactive) {
    Object* out = sys_get("stdout");
    if (out) stdlib::text_stream_flush(out);
    std::fputs(prompt, stderr);
    std::fflush(stderr);
  }
  line.clear();
  int c;
  while ((c = std::getchar()) != EOF) {
    if (c == '\n') return true;
    line.push_back(char(c));
  }
  return !line.empty();
}

int run_repl(Object* globals) {
  bool interactive = ::isatty(0);
  if (interactive) {
    std::fprintf(
        stderr,
        "mempy (Python 3.11.7 memory model) on linux\n"
        "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n");
  }
  Object* fname = str_from_cstr("<stdin>");
  if (!fname) return handle_uncaught();
  Ref<Object> fname_ref = steal(fname);
  std::string buffer, line;
  bool block = false;
  for (;;) {
    bool got = read_line(buffer.empty() ? ">>> " : "... ", interactive, line);
    if (!got) {
      if (interactive) std::fputc('\n', stderr);
      if (buffer.empty()) break;
      line.clear();  // EOF ends a pending block
    }
    if (buffer.empty() && strip_comment_and_space(line).empty()) {
      if (!got) break;
      continue;
    }
    bool first = buffer.empty();
    buffer += line;
    buffer += '\n';
    std::string stripped = strip_comment_and_space(line);
    if (first && !stripped.empty() && (stripped.back() == ':' || stripped.back() == '\\')) {
      block = true;
    }
    if (block && !stripped.empty() && got) continue;  // a block ends with an empty line
    Object* literals = nullptr;
    Object* code = compile_text(buffer, fname, CompileMode::Single, false, &literals);
    Ref<Object> literals_ref = steal(literals);
    if (!code) {
      if (got && !block && error_means_incomplete()) {
        err_clear();
        continue;
      }
      buffer.clear();
      block = false;
      int status = handle_uncaught();
      (void)status;
      if (!got) break;
      continue;
    }
    buffer.clear();
    block = false;
    Object* r = eval_code(code, globals, globals);
    decref(code);
    if (r) {
      decref(r);
    } else if (err_matches(&ExcSystemExit)) {
      return handle_uncaught();
    } else {
      handle_uncaught();
    }
    Object* out = sys_get("stdout");
    if (out) stdlib::text_stream_flush(out);
    if (!got) break;
  }
  return 0;
}

// ---- finalization
// --------------------------------------------------------------------------------- CPython's
// flush_std_files: a failure to flush stdout makes the exit status 120.
bool flush_std_streams() {
  bool ok = true;
  for (const char* name : {"stdout", "stderr"}) {
    Object* s = sys_get(name);
    if (!s || s == None()) continue;
    Ref<Object> keep = borrow(s);
    Object* r = call_method(s, ids::s_flush, nullptr, 0);
    if (r) {
      decref(r);
    } else {
      err_clear();
      if (std::strcmp(name, "stdout") == 0) ok = false;
    }
  }
  return ok;
}

// _PyModule_ClearDict: first names starting with a single underscore, then every other name except
// __builtins__, set to None (so __del__ methods still find their module's globals).
void clear_module_dict(Object* d) {
  for (int pass = 0; pass < 2; ++pass) {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(d, &pos, &key, &value)) {
      if (value == None() || !is_str(key)) continue;
      std::string_view k = str_view(key);
      bool underscore = !k.empty() && k[0] == '_' && !(k.size() > 1 && k[1] == '_');
      if (pass == 0 && !underscore) continue;
      if (pass == 1 && k == "__builtins__") continue;
      Ref<Object> key_ref = borrow(key);
      if (dict_set_item(d, key, None()) < 0) err_clear();
    }
  }
}

// CPython's finalize_modules_delete_special: user values commonly hide in builtins._ and a few sys
// attributes, which would otherwise die last; the standard streams go back to the originals.
void delete_special_names() {
  if (Object* b = builtins_dict()) {
    if (dict_set_item_cstr(b, "_", None()) < 0) err_clear();
  }
  Object* sysd = sys_dict();
  if (!sysd) return;
  for (const char* name :
       {"path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback", "path_hooks",
        "path_importer_cache", "meta_path", "__interactivehook__"}) {
    if (dict_set_item_cstr(sysd, name, None()) < 0) err_clear();
  }
  for (auto [name, original] : {std::pair{"stdin", "__stdin__"}, std::pair{"stdout", "__stdout__"},
                                std::pair{"stderr", "__stderr__"}}) {
    Object* value = dict_get_item_cstr(sysd, original);
    if (dict_set_item_cstr(sysd, name, value ? value : None()) < 0) err_clear();
  }
}

// CPython's Py_FinalizeEx / finalize_modules order, so that __del__ methods and weakref callbacks
// run when and as they would in python3: a collection while everything is intact, then sys.modules
// is emptied (modules kept only weakly), a collection, the globals of modules still alive are
// cleared (last imported first), sys and builtins are cleared, and a final collection. What is
// still alive after that (CPython leaks it) is torn down without running finalizers.
void finalize() {
  stdlib::atexit_run_exitfuncs();  // CPython runs them first, with every module still intact
  tstate()->finalizing = true;
  flush_std_streams();
  if (memory::gc_state().enabled) {
    Object* saved = err_fetch();
    memory::gc_collect(memory::NUM_GENERATIONS - 1);
    err_restore(saved);
  }
  delete_special_names();
  Object* sysd = sys_dict();
  Object* modules = sysd ? dict_get_item_cstr(sysd, "modules") : nullptr;
  std::vector<Object*> weak_modules;  // weak references, in sys.modules order
  if (modules && is_dict(modules)) {
    Ref<Object> keep = borrow(modules);
    Object* items = dict_items_list(modules);
    if (!items) err_clear();
    for (ssize i = 0; items && i < list_size(items); ++i) {
      Object* pair = list_get(items, i);
      Object* name = tuple_get(pair, 0);
      Object* module = tuple_get(pair, 1);
      if (is_module(module)) {
        Object* wr = weakref_new(module, nullptr);
        if (wr) {
          weak_modules.push_back(wr);
        } else {
          err_clear();
        }
      }
      if (dict_set_item(modules, name, None()) < 0) err_clear();
    }
    xdecref(items);
    dict_clear(modules);
  }
  memory::gc_collect_no_fail();
  err_clear();
  for (auto it = weak_modules.rbegin(); it != weak_modules.rend(); ++it) {
    Object* m = weakref_get(*it);
    if (m == None()) continue;
    Object* d = module_dict(m);
    if (d == builtins_dict() || d == sys_dict()) continue;
    Ref<Object> keep = borrow(m);
    clear_module_dict(d);
    err_clear();
  }
  for (Object* wr : weak_modules) decref(wr);
  flush_std_streams();
  if (Object* d = sys_dict()) dict_clear(d);
  if (Object* d = builtins_dict()) dict_clear(d);
  memory::gc_collect_no_fail();
  err_clear();
  // as CPython, tracing stops after the last collection, so finalizers could still be traced
  stdlib::tracemalloc_fini();
  // teardown: break what remains without running Python code (nor tracing it)
  eval_set_trace(nullptr);
  tstate()->tearing_down = true;
  set_sys_dict(nullptr);
  set_builtins_dict(nullptr);
  set_builtins_module(nullptr);
  memory::gc_clear_all();
  err_clear();
  runtime_fini();
  frame_stack_fini();
}

bool read_file(const std::string& path, std::string& out, int* err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = errno;
    return false;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// The script's path as CPython 3.11 records it in __file__ and code objects: made absolute by
// prefixing the working directory (not normalised, symlinks kept).
std::string absolute_script_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char buf[PATH_MAX];
  if (!::getcwd(buf, sizeof buf)) return path;
  return std::string(buf) + "/" + path;  // "//x.py" from "/", as CPython
}

std::string script_directory(const std::string& path) {
  std::size_t slash = path.rfind('/');
  std::string dir = slash == std::string::npos ? "." : path.substr(0, slash ? slash : 1);
  char buf[PATH_MAX];
  if (::realpath(dir.c_str(), buf)) return buf;
  return dir;
}

}  // namespace

int run_session(const RunOptions& opt) {
  std::size_t blocks_at_start = memory::allocated_blocks();
  std::string source;
  std::string path0;
  std::string script_path;
  if (opt.mode == RunOptions::Mode::File) {
    script_path = absolute_script_path(opt.target);
    int err = 0;
    if (!read_file(opt.target, source, &err)) {
      std::fprintf(stderr, "mempy: can't open file '%s': [Errno %d] %s\n", opt.target.c_str(), err,
                   std::strerror(err));
      return kExitUsage;
    }
    path0 = script_directory(opt.target);
  } else if (opt.mode == RunOptions::Mode::Command) {
    source = opt.target;
  } else if (opt.mode == RunOptions::Mode::Stdin) {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    source = ss.str();
  }
  int status;
  int trace_frames = tracemalloc_frames(opt);
  if (trace_frames < 0) return 1;
  if (!start(opt, path0, trace_frames)) {
    handle_uncaught();
    std::fprintf(stderr, "mempy: start-up failed\n");
    return 1;
  }
  Object* globals = make_main(opt.mode == RunOptions::Mode::File    ? script_path.c_str()
                              : opt.mode == RunOptions::Mode::Stdin ? "<stdin>"
                                                                    : nullptr);
  if (!globals) {
    status = handle_uncaught();
  } else if (opt.mode == RunOptions::Mode::Repl) {
    status = run_repl(globals);
  } else {
    const char* filename = opt.mode == RunOptions::Mode::File      ? script_path.c_str()
                           : opt.mode == RunOptions::Mode::Command ? "<string>"
                                                                   : "<stdin>";
    status = run_source(source, filename, globals, opt.dis);
  }
  if (!flush_std_streams() && status == 0) status = 120;
  finalize();
  if (const char* dbg = std::getenv("MEMPY_DEBUG_LEAKS"); dbg && *dbg) {
    std::size_t now = memory::allocated_blocks();
    if (now != blocks_at_start) {
      std::fprintf(stderr, "mempy: %zd blocks still allocated at exit (start %zu, end %zu)\n",
                   ssize(now) - ssize(blocks_at_start), blocks_at_start, now);
    }
  }
  return status;
}

}  // namespace mempy::interp
