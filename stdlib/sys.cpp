// stdlib/sys.cpp — the sys module: interpreter facts, the standard streams, and the memory
// introspection functions (getrefcount, getsizeof, getallocatedblocks).
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bigint.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/frame.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/namespace.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/sysstate.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

constexpr int kMajor = 3, kMinor = 11, kMicro = 7;
constexpr long kHexVersion = (kMajor << 24) | (kMinor << 16) | (kMicro << 8) | (0xF << 4);
constexpr const char* kVersion = "3.11.7 (mempy) [GCC]";

TypeObject VersionInfoType;
TypeObject FlagsType;
TypeObject IntInfoType;
TypeObject HashInfoType;
TypeObject FloatInfoType;

const StructSeqField version_info_fields[] = {
    {"major", "Major release number"},
    {"minor", "Minor release number"},
    {"micro", "Patch release number"},
    {"releaselevel", "'alpha', 'beta', 'candidate', or 'final'"},
    {"serial", "Serial release number"},
    {nullptr, nullptr},
};
const StructSeqDesc version_info_desc = {
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.",
    version_info_fields, 5, false};

const StructSeqField flags_fields[] = {
    {"debug", "-d"},
    {"inspect", "-i"},
    {"interactive", "-i"},
    {"optimize", "-O or -OO"},
    {"dont_write_bytecode", "-B"},
    {"no_user_site", "-s"},
    {"no_site", "-S"},
    {"ignore_environment", "-E"},
    {"verbose", "-v"},
    {"bytes_warning", "-b"},
    {"quiet", "-q"},
    {"hash_randomization", "-R"},
    {"isolated", "-I"},
    {"dev_mode", "-X dev"},
    {"utf8_mode", "-X utf8"},
    {"warn_default_encoding", "-X warn_default_encoding"},
    {"safe_path", "-P"},
    {"int_max_str_digits", "-X int_max_str_digits"},
    {nullptr, nullptr},
};
const StructSeqDesc flags_desc = {
    "sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    flags_fields, 18, false};

const StructSeqField int_info_fields[] = {
    {"bits_per_digit", "size of a digit in bits"},
    {"sizeof_digit", "size in bytes of the C type used to represent a digit"},
    {"default_max_str_digits", "maximum string conversion digits limitation"},
    {"str_digits_check_threshold", "minimum positive value for int_max_str_digits"},
    {nullptr, nullptr},
};
const StructSeqDesc int_info_desc = {"sys.int_info",
                                     "sys.int_info\n\nA named tuple that holds information about "
                                     "Python's\ninternal representation of integers.",
                                     int_info_fields, 4, true};

const StructSeqField hash_info_fields[] = {
    {"width", "width of the type used for hashing, in bits"},
    {"modulus", "prime number giving the modulus on which the hash function is based"},
    {"inf", "value to be used for hash of a positive infinity"},
    {"nan", "value to be used for hash of a nan"},
    {"imag", "multiplier used for the imaginary part of a complex number"},
    {"algorithm", "name of the algorithm for hashing of str, bytes and memoryviews"},
    {"hash_bits", "internal output size of hash algorithm"},
    {"seed_bits", "seed size of hash algorithm"},
    {"cutoff", "small string optimization cutoff"},
    {nullptr, nullptr},
};
const StructSeqDesc hash_info_desc = {
    "sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes.",
    hash_info_fields, 9, true};

const StructSeqField float_info_fields[] = {
    {"max", "DBL_MAX -- maximum representable finite float"},
    {"max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable"},
    {"max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable"},
    {"min", "DBL_MIN -- Minimum positive normalized float"},
    {"min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float"},
    {"min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float"},
    {"dig",
     "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float"},
    {"mant_dig", "DBL_MANT_DIG -- mantissa digits"},
    {"epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float"},
    {"radix", "FLT_RADIX -- radix of exponent"},
    {"rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations"},
    {nullptr, nullptr},
};
const StructSeqDesc float_info_desc = {
    "sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
    float_info_fields, 11, true};

// A struct sequence filled from a list of new references (any null: fails).
Object* make_structseq(TypeObject* type, std::initializer_list<Object*> values) {
  bool ok = true;
  for (Object* v : values) ok = ok && v;
  Object* r = ok ? structseq_new(type) : nullptr;
  ssize i = 0;
  for (Object* v : values) {
    if (r) {
      structseq_set(r, i++, v);
    } else {
      xdecref(v);
    }
  }
  return r;
}

Object* make_version_info() {
  return make_structseq(&VersionInfoType, {small_int(kMajor), small_int(kMinor), small_int(kMicro),
                                           str_from_cstr("final"), small_int(0)});
}

// ---- memory introspection -----------------------------------------------------------------------
Object* sys_getrefcount(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("getrefcount", nargs, kwnames)) return nullptr;
  return int_from_ssize(args[0]->refcnt);
}

// The bytes in front of the object that getsizeof counts too: the GC head of collectable types
// and the managed-dict pre-header of plain class instances.
ssize pre_header_size(TypeObject* t) {
  ssize n = 0;
  if (is_gc_type(t)) n += sizeof(memory::GCHead);
  if (type_has_flag(t, TPFLAG_MANAGED_DICT)) n += 2 * sizeof(Object*);
  return n;
}

// -1 with an exception set on failure
ssize sizeof_object(Object* o) {
  Object* meth = lookup_special(o, ids::sizeof_);
  if (!meth) {
    if (!err_occurred()) {
      err_format(&ExcTypeError, "Type {} doesn't define __sizeof__", type_name(o->type));
    }
    return -1;
  }
  Object* res = call_no_args(meth);
  decref(meth);
  if (!res) return -1;
  if (!is_int(res)) {
    decref(res);
    err_set_string(&ExcTypeError, "an integer is required");
    return -1;
  }
  ssize size = int_as_ssize(res);
  decref(res);
  if (size == -1 && err_occurred()) return -1;
  if (size < 0) {
    err_set_string(&ExcValueError, "__sizeof__() should return >= 0");
    return -1;
  }
  return size + pre_header_size(o->type);
}

Object* sys_getsizeof(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"getsizeof", {"object", "default"}, 0, 2, 1};
  Object* a[2];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  ssize size = sizeof_object(a[0]);
  if (size < 0) {
    // a default replaces only the "cannot tell" TypeErrors
    if (a[1] && err_matches(&ExcTypeError)) {
      err_clear();
      return new_ref(a[1]);
    }
    return nullptr;
  }
  return int_from_ssize(size);
}

Object* sys_getallocatedblocks(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getallocatedblocks", nargs, kwnames)) return nullptr;
  return int_from_u64(memory::allocated_blocks());
}

Object* sys_debugmallocstats(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("_debugmallocstats", nargs, kwnames)) return nullptr;
  // CPython writes these statistics straight to the C stderr
  Object* err = sys_get("stderr");
  if (err) text_stream_flush(err);
  memory::write_debug_stats(stderr);
  // then, after an empty line, the free lists of dict, float, list and tuple
  // (_PyObject_DebugTypeStats), sized as CPython's structs: PyDictObject 48, PyFloatObject 24,
  // PyListObject 40, a tuple of n items 24 + 8n
  std::fputc('\n', stderr);
  memory::write_free_list_stats(stderr, "free PyDictObject", dict_free_list_count(), 48);
  memory::write_free_list_stats(stderr, "free PyFloatObject", float_free_list_size(), 24);
  memory::write_free_list_stats(stderr, "free PyListObject", list_free_list_count(), 40);
  for (int n = 1; n <= 20; ++n) {
    char name[64];
    std::snprintf(name, sizeof name, "free %d-sized PyTupleObject", n);
    memory::write_free_list_stats(stderr, name, tuple_free_list_count(n), std::size_t(24 + 8 * n));
  }
  std::fflush(stderr);
  return new_ref(None());
}

Object* sys_intern(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("intern", nargs, kwnames)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) {
    err_format(&ExcTypeError, "intern() argument must be str, not {}", type_name(s->type));
    return nullptr;
  }
  if (!is_str_exact(s)) {
    err_format(&ExcTypeError, "can't intern {}", type_name(s->type));
    return nullptr;
  }
  incref(s);
  str_intern_in_place(&s);
  return s;
}

// ---- control
// ---------------------------------------------------------------------------------------
Object* sys_exit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("exit", kwnames) || !check_nargs("exit", nargs, 0, 1)) return nullptr;
  // raised like PyErr_SetObject: None gives no arguments, a tuple its items
  err_set_object(&ExcSystemExit, nargs ? args[0] : nullptr);
  return nullptr;
}

Object* sys_getrecursionlimit(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getrecursionlimit", nargs, kwnames)) return nullptr;
  return int_from_ssize(tstate()->recursion_limit);
}

Object* sys_setrecursionlimit(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("setrecursionlimit", nargs, kwnames)) return nullptr;
  if (is_float(args[0])) {
    err_set_string(&ExcTypeError, "'float' object cannot be interpreted as an integer");
    return nullptr;
  }
  Object* n = number_index(args[0]);
  if (!n) return nullptr;
  bool overflow = false;
  std::int64_t v = int_as_i64(n, &overflow);
  decref(n);
  if (overflow || v > INT_MAX || v < INT_MIN) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C int");
    return nullptr;
  }
  if (v < 1) {
    err_set_string(&ExcValueError, "recursion limit must be greater or equal than 1");
    return nullptr;
  }
  int depth = tstate()->recursion_depth;
  if (depth >= v) {
    err_format(&ExcRecursionError,
               "cannot set the recursion limit to {} at the recursion depth {}: the limit is "
               "too low",
               v, depth);
    return nullptr;
  }
  tstate()->recursion_limit = int(v);
  return new_ref(None());
}

Object* sys_exc_info(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("exc_info", nargs, kwnames)) return nullptr;
  Object* exc = handled_exception();
  if (!exc || exc == None()) return tuple_pack({None(), None(), None()});
  Object* tb = exception_traceback(exc);
  return tuple_pack({exc->type, exc, tb ? tb : None()});
}

Object* sys_exception(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("exception", nargs, kwnames)) return nullptr;
  Object* exc = handled_exception();
  return new_ref(exc ? exc : None());
}

Object* sys_getdefaultencoding(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getdefaultencoding", nargs, kwnames)) return nullptr;
  return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencoding(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getfilesystemencoding", nargs, kwnames)) return nullptr;
  return str_from_cstr("utf-8");
}

Object* sys_is_finalizing(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("is_finalizing", nargs, kwnames)) return nullptr;
  return bool_new_ref(tstate()->finalizing);
}

// sys.displayhook: print repr(value) and keep it in builtins._
Object* sys_displayhook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("displayhook", nargs, kwnames)) return nullptr;
  Object* value = args[0];
  if (value == None()) return new_ref(None());
  Object* bdict = builtins_dict();
  if (bdict && dict_set_item_cstr(bdict, "_", None()) < 0) return nullptr;
  Object* out = sys_get("stdout");
  if (!out || out == None()) {
    err_set_string(&ExcRuntimeError, "lost sys.stdout");
    return nullptr;
  }
  Ref<Object> keep_out = borrow(out);
  if (file_write_object(out, value, false) < 0 || file_write_object(out, ids::s_newline) < 0) {
    return nullptr;
  }
  if (bdict && dict_set_item_cstr(bdict, "_", value) < 0) return nullptr;
  return new_ref(None());
}

Object* sys_excepthook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("excepthook", kwnames) || !check_nargs("excepthook", nargs, 3, 3)) {
    return nullptr;
  }
  Object* value = args[1];
  if (is_exception_instance(value)) {
    print_exception(value);
  } else {
    std::string text;
    if (!str_utf8_of(value, text)) return nullptr;
    write_stderr("TypeError: print_exception(): Exception expected for value, " +
                 std::string(type_name(value->type)) + " found\n");
  }
  return new_ref(None());
}

// settrace(function, /): None removes the trace function (interp/trace.h has the events)
Object* sys_settrace(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("settrace", nargs, kwnames)) return nullptr;
  eval_set_trace(args[0] == None() ? nullptr : args[0]);
  return none_new_ref();
}

Object* sys_gettrace(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("gettrace", nargs, kwnames)) return nullptr;
  Object* f = eval_get_trace();
  return new_ref(f ? f : None());
}

Object* sys_getframe(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("_getframe", kwnames) || !check_nargs("_getframe", nargs, 0, 1)) {
    return nullptr;
  }
  int depth = 0;
  if (nargs) {
    ssize d = number_as_ssize(args[0], &ExcOverflowError);
    if (d == -1 && err_occurred()) return nullptr;
    depth = d > INT_MAX ? INT_MAX : int(d);
  }
  Frame* f = current_frame();
  for (; f && depth > 0; --depth) f = f->previous;
  if (!f) {
    err_set_string(&ExcValueError, "call stack is not deep enough");
    return nullptr;
  }
  FrameObject* fo = frame_get_object(f);
  return fo ? new_ref<Object>(fo) : nullptr;
}

Object* sys_get_int_max_str_digits(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("get_int_max_str_digits", nargs, kwnames)) return nullptr;
  return int_from_i64(get_int_max_str_digits());
}

Object* sys_set_int_max_str_digits(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"set_int_max_str_digits", {"maxdigits"}, 0, 1, 1};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  ssize v = number_as_ssize(a[0], &ExcOverflowError);
  if (v == -1 && err_occurred()) return nullptr;
  NumError nerr;
  if (set_int_max_str_digits(v, nerr) != NumStatus::ok) {
    err_set_string(&ExcValueError, nerr.message);
    return nullptr;
  }
  return new_ref(None());
}

const MethodDef sys_functions[] = {
    {"getrefcount", sys_getrefcount, METH_DEFAULT, "Return the reference count of object."},
    {"getsizeof", sys_getsizeof, METH_VARARGS,
     "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes."},
    {"getallocatedblocks", sys_getallocatedblocks, METH_DEFAULT,
     "Return the number of memory blocks currently allocated."},
    {"_debugmallocstats", sys_debugmallocstats, METH_DEFAULT,
     "Print summary info to stderr about the state of pymalloc's structures."},
    {"intern", sys_intern, METH_DEFAULT, "``Intern'' the given string."},
    {"exit", sys_exit, METH_DEFAULT, "Exit the interpreter by raising SystemExit(status)."},
    {"getrecursionlimit", sys_getrecursionlimit, METH_DEFAULT,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", sys_setrecursionlimit, METH_DEFAULT,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"exc_info", sys_exc_info, METH_DEFAULT,
     "Return current exception information: (type, value, traceback)."},
    {"exception", sys_exception, METH_DEFAULT, "Return the current exception."},
    {"getdefaultencoding", sys_getdefaultencoding, METH_DEFAULT,
     "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", sys_getfilesystemencoding, METH_DEFAULT,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"is_finalizing", sys_is_finalizing, METH_DEFAULT, "Return True if Python is exiting."},
    {"displayhook", sys_displayhook, METH_DEFAULT,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", sys_excepthook, METH_DEFAULT,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"_getframe", sys_getframe, METH_DEFAULT, "Return a frame object from the call stack."},
    {"settrace", sys_settrace, METH_DEFAULT,
     "Set the global debug tracing function.\n\nIt will be called on each function call.  See "
     "the debugger chapter\nin the library manual."},
    {"gettrace", sys_gettrace, METH_DEFAULT,
     "Return the global debug tracing function set with sys.settrace.\n\nSee the debugger "
     "chapter in the library manual."},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, METH_DEFAULT,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, METH_DEFAULT,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {nullptr, nullptr, 0, nullptr},
};

int ready_types() {
  if (structseq_init_type(&VersionInfoType, &version_info_desc) < 0 ||
      structseq_init_type(&FlagsType, &flags_desc) < 0 ||
      structseq_init_type(&IntInfoType, &int_info_desc) < 0 ||
      structseq_init_type(&HashInfoType, &hash_info_desc) < 0 ||
      structseq_init_type(&FloatInfoType, &float_info_desc) < 0 || namespace_type_ready() < 0) {
    return -1;
  }
  return 0;
}

// Adds name = value, stealing value (null: failure already raised).
bool add_steal(Object* m, const char* name, Object* value) {
  if (!value) return false;
  int r = module_add_object(m, name, value);
  decref(value);
  return r == 0;
}

// CPython's _Py_get_env_flag: a non-empty variable sets the flag to its integer value, or to 1
// when it is not a non-negative integer.
int env_flag(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return 0;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  if (*end || n < 0 || n > INT_MAX) return 1;
  return int(n);
}

// hash_randomization is 0 only when PYTHONHASHSEED fixes the seed to 0 (runtime/str.cpp reads
// the same variable for the hash key)
int hash_randomization() {
  const char* v = std::getenv("PYTHONHASHSEED");
  if (!v || !*v || std::strcmp(v, "random") == 0) return 1;
  return std::strtoul(v, nullptr, 10) != 0;
}

// sys.flags from the configuration mempy honours: PYTHONDONTWRITEBYTECODE (mempy never writes
// bytecode files; the flag reports the request, as CPython's) and PYTHONHASHSEED. Options mempy
// does not implement keep their defaults.
Object* make_flags() {
  auto i = [](int v) { return small_int(v); };
  return make_structseq(
      &FlagsType, {i(0), i(0), i(0), i(0), i(env_flag("PYTHONDONTWRITEBYTECODE")), i(0), i(0), i(0),
                   i(0), i(0), i(0), i(hash_randomization()), i(0), bool_new_ref(false), i(0), i(0),
                   bool_new_ref(false), i(-1)});
}

Object* make_implementation() {
  Ref<Object> d = steal(dict_new());
  if (!d) return nullptr;
  Object* name = str_from_cstr("mempy");
  Object* tag = new_ref(None());
  Object* ver = make_version_info();
  Object* hex = int_from_i64(kHexVersion);
  Object* multiarch = str_from_cstr("x86_64-linux-gnu");
  bool ok = name && ver && hex && multiarch && dict_set_item_cstr(d.get(), "name", name) == 0 &&
            dict_set_item_cstr(d.get(), "cache_tag", tag) == 0 &&
            dict_set_item_cstr(d.get(), "version", ver) == 0 &&
            dict_set_item_cstr(d.get(), "hexversion", hex) == 0 &&
            dict_set_item_cstr(d.get(), "_multiarch", multiarch) == 0;
  xdecref(name);
  xdecref(tag);
  xdecref(ver);
  xdecref(hex);
  xdecref(multiarch);
  return ok ? namespace_new(d.get()) : nullptr;
}

Object* str_list(std::initializer_list<const char*> items) {
  Object* l = list_new(0);
  for (const char* s : items) {
    Object* v = l ? str_from_cstr(s) : nullptr;
    if (!v || list_append(l, v) < 0) {
      xdecref(v);
      xdecref(l);
      return nullptr;
    }
    decref(v);
  }
  return l;
}

std::string executable_path() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  return std::string(buf, std::size_t(n));
}

Object* make_std_stream(int fd, const char* name, const char* mode) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* s = text_stream_new(fd, n, mode, false);
  decref(n);
  return s;
}

}  // namespace

Object* sys_module_create() {
  if (ready_types() < 0) return nullptr;
  Object* m = module_new_cstr("sys");
  if (!m) return nullptr;
  Ref<Object> mref = steal(m);
  Object* modules = dict_new();
  if (!modules) return nullptr;
  bool ok = add_steal(m, "modules", modules) && dict_set_item_cstr(modules, "sys", m) == 0;
  set_sys_dict(module_dict(m));
  if (!ok || module_add_functions(m, sys_functions) < 0) return nullptr;
  // the originals of the hooks
  Object* d = module_dict(m);
  Object* dh = dict_get_item_cstr(d, "displayhook");
  Object* eh = dict_get_item_cstr(d, "excepthook");
  if (module_add_object(m, "__displayhook__", dh) < 0 ||
      module_add_object(m, "__excepthook__", eh) < 0) {
    return nullptr;
  }
  Object* in = make_std_stream(0, "<stdin>", "r");
  Object* out = make_std_stream(1, "<stdout>", "w");
  Object* err = make_std_stream(2, "<stderr>", "w");
  ok = in && out && err && module_add_object(m, "stdin", in) == 0 &&
       module_add_object(m, "stdout", out) == 0 && module_add_object(m, "stderr", err) == 0 &&
       module_add_object(m, "__stdin__", in) == 0 && module_add_object(m, "__stdout__", out) == 0 &&
       module_add_object(m, "__stderr__", err) == 0;
  xdecref(in);
  xdecref(out);
  xdecref(err);
  if (!ok) return nullptr;
  std::string exe = executable_path();
  ok = add_steal(m, "version_info", make_version_info()) &&
       add_steal(m, "implementation", make_implementation()) &&
       add_steal(m, "flags", make_flags()) &&
       add_steal(m, "int_info",
                 make_structseq(&IntInfoType, {small_int(30), small_int(4), int_from_i64(4300),
                                               int_from_i64(640)})) &&
       add_steal(
           m, "hash_info",
           make_structseq(&HashInfoType, {small_int(64), int_from_i64((std::int64_t(1) << 61) - 1),
                                          int_from_i64(314159), small_int(0), int_from_i64(1000003),
                                          str_from_cstr("siphash13"), small_int(64), small_int(128),
                                          small_int(0)})) &&
       add_steal(m, "float_info",
                 make_structseq(
                     &FloatInfoType,
                     {float_from_double(1.7976931348623157e+308), int_from_i64(1024),
                      int_from_i64(308), float_from_double(2.2250738585072014e-308),
                      int_from_i64(-1021), int_from_i64(-307), small_int(15), small_int(53),
                      float_from_double(2.220446049250313e-16), small_int(2), small_int(1)})) &&
       add_steal(m, "version", str_from_cstr(kVersion)) &&
       module_add_int(m, "hexversion", kHexVersion) == 0 &&
       module_add_int(m, "api_version", 1013) == 0 &&
       module_add_int(m, "maxsize", PTRDIFF_MAX) == 0 &&
       module_add_int(m, "maxunicode", 0x10FFFF) == 0 &&
       module_add_string(m, "byteorder", "little") == 0 &&
       module_add_string(m, "platform", "linux") == 0 &&
       module_add_string(m, "executable", exe.c_str()) == 0 &&
       module_add_string(m, "_base_executable", exe.c_str()) == 0 &&
       module_add_string(m, "prefix", "/usr/local") == 0 &&
       module_add_string(m, "base_prefix", "/usr/local") == 0 &&
       module_add_string(m, "exec_prefix", "/usr/local") == 0 &&
       module_add_string(m, "base_exec_prefix", "/usr/local") == 0 &&
       module_add_string(m, "platlibdir", "lib") == 0 &&
       module_add_string(m, "pycache_prefix", "") == 0 &&
       module_add_object(m, "dont_write_bytecode",
                         env_flag("PYTHONDONTWRITEBYTECODE") ? True() : False()) == 0 &&
       module_add_string(m, "float_repr_style", "short") == 0 &&
       add_steal(m, "path", list_new(0)) && add_steal(m, "argv", str_list({""})) &&
       add_steal(m, "orig_argv", str_list({})) && add_steal(m, "warnoptions", str_list({})) &&
       add_steal(m, "meta_path", list_new(0)) && add_steal(m, "path_hooks", list_new(0)) &&
       add_steal(m, "path_importer_cache", dict_new()) && add_steal(m, "_xoptions", dict_new()) &&
       add_steal(m, "copyright", str_from_cstr("Copyright (c) mempy authors."));
  if (!ok) return nullptr;
  // pycache_prefix is None in CPython
  if (module_add_object(m, "pycache_prefix", None()) < 0) return nullptr;
  // builtin_module_names: the registry's names, sorted as CPython lists them
  {
    Object* names = list_new(0);
    if (!names) return nullptr;
    for (const ModuleDef* def = g_builtin_modules; def->name; ++def) {
      Object* s = str_from_cstr(def->name);
      if (!s || list_append(names, s) < 0) {
        xdecref(s);
        decref(names);
        return nullptr;
      }
      decref(s);
    }
    if (list_sort(names, nullptr, false) < 0) {
      decref(names);
      return nullptr;
    }
    Object* t = sequence_tuple(names);
    decref(names);
    if (!add_steal(m, "builtin_module_names", t)) return nullptr;
  }
  return mref.release();
}

int sys_configure(const SysConfig& config) {
  Object* d = sys_dict();
  if (!d) return -1;
  Object* argv = list_new(0);
  if (!argv) return -1;
  Ref<Object> argv_ref = steal(argv);
  for (int i = 0; i < config.argc; ++i) {
    const char* a = config.argv[i];
    Object* s = str_from_utf8_surrogateescape(a, std::strlen(a));
    if (!s || list_append(argv, s) < 0) {
      xdecref(s);
      return -1;
    }
    decref(s);
  }
  if (dict_set_item_cstr(d, "argv", argv) < 0) return -1;
  // sys._xoptions: -X name -> {name: True}, -X name=value -> {name: 'value'}
  Object* xoptions = sys_get("_xoptions");
  for (int i = 0; xoptions && i < config.nxoptions; ++i) {
    const char* x = config.xoptions[i];
    const char* eq = std::strchr(x, '=');
    std::size_t klen = eq ? std::size_t(eq - x) : std::strlen(x);
    Ref<Object> key = steal(str_from_utf8_surrogateescape(x, klen));
    Ref<Object> value =
        eq ? steal(str_from_utf8_surrogateescape(eq + 1, std::strlen(eq + 1))) : borrow(True());
    if (!key || !value || dict_set_item(xoptions, key.get(), value.get()) < 0) return -1;
  }
  for (const char* name : {"__stdout__", "__stderr__"}) {
    if (Object* stream = dict_get_item_cstr(d, name)) {
      text_stream_configure_std(stream, config.buffered_stdio);
    }
  }
  Object* path = sys_get("path");
  if (!path || !is_list(path)) return -1;
  Object* p0 = str_from_utf8_surrogateescape(config.path0, std::strlen(config.path0));
  if (!p0) return -1;
  int r = list_append(path, p0);
  decref(p0);
  return r;
}

}  // namespace mempy::stdlib
