// stdlib/posix.cpp — module posix: the operating-system functions that stdlib/py/os.py exports
// as os.pipe, os.stat, ... (CPython's os is Python over posix, so the functions' __module__ and
// error messages say "posix").
//
// File descriptors: pipe, dup, dup2, read, write, close. sys._debugmallocstats() writes to file
// descriptor 2 as CPython's does, so a program that wants to read that report redirects
// descriptor 2 into a pipe:
//     r, w = os.pipe(); saved = os.dup(2); os.dup2(w, 2)
//     sys._debugmallocstats()
//     os.dup2(saved, 2); os.close(w); text = os.read(r, 1 << 20)
// Descriptors made here are non-inheritable (O_CLOEXEC), as CPython's (PEP 446); dup2 makes its
// target inheritable by default.
// Files and directories: stat/lstat/fstat (os.stat_result), unlink/remove, rename, mkdir, rmdir,
// listdir, getcwd, access; path arguments go through CPython's path_t rules (str, bytes or
// os.PathLike, an int descriptor where the function allows one) with its TypeError texts.
// Process: getpid, getppid, environ (bytes to bytes, as CPython's posix.environ), putenv,
// unsetenv, urandom, sysconf, cpu_count, strerror.
// Failures raise OSError (or the subclass for the errno) with CPython's "[Errno N] text", plus
// ": 'name'" when a file name was given.
#include <dirent.h>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

namespace {

// read(fd, length, /) and write(fd, data, /): positional only, checked as _PyArg_CheckPositional
bool two_positional(const char* name, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs(name, kwnames)) return false;
  if (nargs != 2) {
    err_format(&ExcTypeError, "{} expected 2 arguments, got {}", name, nargs);
    return false;
  }
  return true;
}

Object* os_pipe(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("pipe", nargs, kwnames)) return nullptr;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) return err_set_from_errno();
  Object* r = int_from_i64(fds[0]);
  Object* w = int_from_i64(fds[1]);
  Object* t = (r && w) ? tuple_pack({r, w}) : nullptr;
  xdecref(r);
  xdecref(w);
  return t;
}

Object* os_dup(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("dup", nargs, kwnames)) return nullptr;
  int fd;
  if (!clinic_int_arg(args[0], &fd)) return nullptr;
  int r = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (r < 0) return err_set_from_errno();
  return int_from_i64(r);
}

Object* os_dup2(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"dup2", {"fd", "fd2", "inheritable"}, 0, 3, 2};
  Object* a[3];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int fd, fd2;
  if (!clinic_int_arg(a[0], &fd) || !clinic_int_arg(a[1], &fd2)) return nullptr;
  bool inheritable = true;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0) return nullptr;
    inheritable = t != 0;
  }
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) return err_set_from_errno();
  return int_from_i64(r);
}

Object* os_read(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_positional("read", nargs, kwnames)) return nullptr;
  int fd;
  if (!clinic_int_arg(args[0], &fd)) return nullptr;
  ssize n = ssize_arg(args[1]);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 0) {
    errno = EINVAL;
    return err_set_from_errno();
  }
  Object* b = bytes_new_uninit(n);
  if (!b) return nullptr;
  ssize_t got;
  do {
    got = ::read(fd, n ? bytes_data(b) : nullptr, std::size_t(n));
  } while (got < 0 && errno == EINTR);
  if (got < 0) {
    decref(b);
    return err_set_from_errno();
  }
  if (got == n) return b;
  Object* r = bytes_from(bytes_data(b), got);  // CPython resizes the bytes to what was read
  decref(b);
  return r;
}

Object* os_write(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!two_positional("write", nargs, kwnames)) return nullptr;
  int fd;
  if (!clinic_int_arg(args[0], &fd)) return nullptr;
  std::string_view data;
  if (!bytes_like_data(args[1], &data)) {
    err_format(&ExcTypeError, "a bytes-like object is required, not '{}'",
               type_name(args[1]->type));
    return nullptr;
  }
  ssize_t w;
  do {
    w = ::write(fd, data.data(), data.size());
  } while (w < 0 && errno == EINTR);
  if (w < 0) return err_set_from_errno();
  return int_from_i64(w);
}

// The one argument of close(fd) and fstat(fd): positional or by keyword, the clinic int converter.
bool fd_arg(const char* fname, Object* const* args, ssize nargs, Object* kwnames, int* fd) {
  const ArgSpec spec{fname, {"fd"}, 0, 1, 1};
  Object* a[1];
  return parse_args(spec, args, nargs, kwnames, a) && clinic_int_arg(a[0], fd);
}

Object* os_close(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int fd;
  if (!fd_arg("close", args, nargs, kwnames, &fd)) return nullptr;
  if (::close(fd) < 0) return err_set_from_errno();
  return none_new_ref();
}

Object* os_getpid(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getpid", nargs, kwnames)) return nullptr;
  return int_from_i64(::getpid());
}

Object* os_getppid(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getppid", nargs, kwnames)) return nullptr;
  return int_from_i64(::getppid());
}

// ---- path arguments (CPython's path_t converter) ------------------------------------------------
struct PathArg {
  Object* object = nullptr;  // the argument as given (borrowed), or fspath's result: errors name it
  Ref<Object> fspath;        // holds what __fspath__ returned
  std::string path;          // the file-system bytes
  int fd = -1;               // an int argument, where allowed
  bool is_bytes = false;     // results come back as bytes (listdir)
};

// The result of type(o).__fspath__(o) (which must be str or bytes); null without an error set when
// the type has no __fspath__.
Object* call_fspath(Object* o) {
  Ref<Object> name = steal(str_from_cstr("__fspath__"));
  if (!name) return nullptr;
  Ref<Object> meth = steal(lookup_special(o, name.get()));
  if (!meth) return nullptr;
  Object* r = call(meth.get(), nullptr, 0, nullptr);
  if (r && !is_str(r) && !is_bytes(r)) {
    err_format(&ExcTypeError, "expected {}.__fspath__() to return str or bytes, not {}",
               type_name(o->type), type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

// os.fspath(o): str and bytes as they are, else what __fspath__ gives.
Object* fspath_of(Object* o) {
  if (is_str(o) || is_bytes(o)) return new_ref(o);
  Object* r = call_fspath(o);
  if (!r && !err_occurred()) {
    err_format(&ExcTypeError, "expected str, bytes or os.PathLike object, not {}",
               type_name(o->type));
  }
  return r;
}

bool path_arg(const char* fname, const char* argname, Object* o, bool allow_fd, bool allow_none,
              PathArg* out) {
  out->object = o;
  if (allow_fd && is_int(o)) return clinic_int_arg(o, &out->fd);
  Ref<Object> p = is_str(o) || is_bytes(o) ? borrow(o) : steal(call_fspath(o));
  if (p && p.get() != o) {  // exceptions name the path, not the object
    out->fspath = std::move(p);
    out->object = out->fspath.get();
    p = borrow(out->object);
  }
  if (!p) {
    if (err_occurred()) return false;
    const char* allowed = allow_fd && allow_none ? "string, bytes, os.PathLike, integer or None"
                          : allow_fd             ? "string, bytes, os.PathLike or integer"
                          : allow_none           ? "string, bytes, os.PathLike or None"
                                                 : "string, bytes or os.PathLike";
    err_format(&ExcTypeError, "{}: {} should be {}, not {}", fname, argname, allowed,
               type_name(o->type));
    return false;
  }
  if (is_bytes(p.get())) {
    out->is_bytes = true;
    out->path.assign(bytes_data(p.get()), std::size_t(bytes_size(p.get())));
  } else {
    out->path = str_to_std(p.get());
  }
  if (out->path.find('\0') != std::string::npos) {
    // str paths fail in the file-system encoder, bytes in path_t's own check
    if (out->is_bytes) {
      err_format(&ExcValueError, "{}: embedded null character in path", fname);
    } else {
      err_set_string(&ExcValueError, "embedded null byte");
    }
    return false;
  }
  return true;
}

// A keyword-only dir_fd=None argument: AT_FDCWD, or the descriptor given.
bool dir_fd_arg(Object* o, int* out) {
  *out = AT_FDCWD;
  return !o || o == None() || clinic_int_arg(o, out);
}

Object* path_error(const PathArg& p) {
  return err_set_from_errno_with_filenames(p.object, nullptr);
}

// ---- stat ---------------------------------------------------------------------------------------
TypeObject StatResultType;

// st_atime & co. appear twice, as CPython: an int at index 7-9 (unnamed), a float by name.
const StructSeqField stat_result_fields[] = {
    {"st_mode", "protection bits"},
    {"st_ino", "inode"},
    {"st_dev", "device"},
    {"st_nlink", "number of hard links"},
    {"st_uid", "user ID of owner"},
    {"st_gid", "group ID of owner"},
    {"st_size", "total size, in bytes"},
    {structseq_unnamed_field, "integer time of last access"},
    {structseq_unnamed_field, "integer time of last modification"},
    {structseq_unnamed_field, "integer time of last change"},
    {"st_atime", "time of last access"},
    {"st_mtime", "time of last modification"},
    {"st_ctime", "time of last change"},
    {"st_atime_ns", "time of last access in nanoseconds"},
    {"st_mtime_ns", "time of last modification in nanoseconds"},
    {"st_ctime_ns", "time of last change in nanoseconds"},
    {"st_blksize", "blocksize for filesystem I/O"},
    {"st_blocks", "number of blocks allocated"},
    {"st_rdev", "device type (if inode device)"},
    {nullptr, nullptr},
};

const StructSeqDesc stat_result_desc{
    "os.stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a "
    "tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the "
    "attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your "
    "platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as "
    "attributes only.\n\nSee os.stat for more information.",
    stat_result_fields, 10, true};

Object* stat_result_from(const struct stat& st) {
  Ref<Object> r = steal(structseq_new(&StatResultType));
  if (!r) return nullptr;
  const timespec times[3] = {st.st_atim, st.st_mtim, st.st_ctim};
  Object* values[19] = {int_from_i64(st.st_mode),
                        int_from_u64(st.st_ino),
                        int_from_u64(st.st_dev),
                        int_from_u64(st.st_nlink),
                        int_from_i64(st.st_uid),
                        int_from_i64(st.st_gid),
                        int_from_i64(st.st_size),
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        nullptr,
                        int_from_i64(st.st_blksize),
                        int_from_i64(st.st_blocks),
                        int_from_u64(st.st_rdev)};
  for (int i = 0; i < 3; ++i) {
    values[7 + i] = int_from_i64(times[i].tv_sec);
    values[10 + i] = float_from_double(double(times[i].tv_sec) + double(times[i].tv_nsec) * 1e-9);
    Ref<Object> sec = steal(int_from_i64(times[i].tv_sec));
    Ref<Object> giga = steal(int_from_i64(1000000000));
    Ref<Object> nsec = steal(int_from_i64(times[i].tv_nsec));
    Ref<Object> scaled = sec && giga ? steal(int_mul(sec.get(), giga.get())) : nullptr;
    values[13 + i] = scaled && nsec ? int_add(scaled.get(), nsec.get()) : nullptr;
  }
  bool ok = true;
  for (int i = 0; i < 19; ++i) {
    if (values[i]) {
      structseq_set(r.get(), i, values[i]);
    } else {
      ok = false;
    }
  }
  return ok ? r.release() : nullptr;
}

// stat(path, *, dir_fd=None, follow_symlinks=True) and lstat(path, *, dir_fd=None)
Object* do_stat(const char* fname, Object* const* args, ssize nargs, Object* kwnames, bool lstat) {
  static const ArgSpec stat_spec{"stat", {"path", "dir_fd", "follow_symlinks"}, 0, 1, 1};
  static const ArgSpec lstat_spec{"lstat", {"path", "dir_fd"}, 0, 1, 1};
  Object* a[3] = {nullptr, nullptr, nullptr};
  if (!parse_args(lstat ? lstat_spec : stat_spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int dir_fd;
  if (!path_arg(fname, "path", a[0], !lstat, false, &p) || !dir_fd_arg(a[1], &dir_fd)) {
    return nullptr;
  }
  bool follow = !lstat;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0) return nullptr;
    follow = t != 0;
  }
  struct stat st;
  int r = p.fd >= 0 ? ::fstat(p.fd, &st)
                    : ::fstatat(dir_fd, p.path.c_str(), &st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (r < 0) return path_error(p);
  return stat_result_from(st);
}

Object* os_stat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return do_stat("stat", args, nargs, kwnames, false);
}
Object* os_lstat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return do_stat("lstat", args, nargs, kwnames, true);
}

Object* os_fstat(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  int fd;
  if (!fd_arg("fstat", args, nargs, kwnames, &fd)) return nullptr;
  struct stat st;
  if (::fstat(fd, &st) < 0) return err_set_from_errno();
  return stat_result_from(st);
}

// ---- files and directories ----------------------------------------------------------------------
// unlink(path, *, dir_fd=None) and rmdir(path, *, dir_fd=None); remove is unlink by another name.
Object* remove_path(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                    int flags) {
  const ArgSpec spec{fname, {"path", "dir_fd"}, 0, 1, 1};
  Object* a[2];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int dir_fd;
  if (!path_arg(fname, "path", a[0], false, false, &p) || !dir_fd_arg(a[1], &dir_fd)) {
    return nullptr;
  }
  if (::unlinkat(dir_fd, p.path.c_str(), flags) < 0) return path_error(p);
  return none_new_ref();
}

Object* os_unlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return remove_path("unlink", args, nargs, kwnames, 0);
}
Object* os_remove(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return remove_path("remove", args, nargs, kwnames, 0);
}
Object* os_rmdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return remove_path("rmdir", args, nargs, kwnames, AT_REMOVEDIR);
}

// mkdir(path, mode=0o777, *, dir_fd=None)
Object* os_mkdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"mkdir", {"path", "mode", "dir_fd"}, 0, 2, 1};
  Object* a[3];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int mode = 0777, dir_fd;
  if (!path_arg("mkdir", "path", a[0], false, false, &p) ||
      (a[1] && !clinic_int_arg(a[1], &mode)) || !dir_fd_arg(a[2], &dir_fd)) {
    return nullptr;
  }
  if (::mkdirat(dir_fd, p.path.c_str(), mode_t(mode)) < 0) return path_error(p);
  return none_new_ref();
}

// rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None): errors name both ('a' -> 'b')
Object* os_rename(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"rename", {"src", "dst", "src_dir_fd", "dst_dir_fd"}, 0, 2, 2};
  Object* a[4];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg src, dst;
  int src_fd, dst_fd;
  if (!path_arg("rename", "src", a[0], false, false, &src) ||
      !path_arg("rename", "dst", a[1], false, false, &dst) || !dir_fd_arg(a[2], &src_fd) ||
      !dir_fd_arg(a[3], &dst_fd)) {
    return nullptr;
  }
  if (src.is_bytes != dst.is_bytes) {
    err_set_string(&ExcTypeError, "rename: src and dst must be the same type");
    return nullptr;
  }
  if (::renameat(src_fd, src.path.c_str(), dst_fd, dst.path.c_str()) < 0) {
    return err_set_from_errno_with_filenames(src.object, dst.object);
  }
  return none_new_ref();
}

// listdir(path=None): the names in directory order (as readdir gives them, like CPython), without
// '.' and '..'; bytes names for a bytes path.
Object* os_listdir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"listdir", {"path"}, 0, 1, 0};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  if (a[0] && a[0] != None()) {
    if (!path_arg("listdir", "path", a[0], true, true, &p)) return nullptr;
  } else {
    p.path = ".";
  }
  DIR* dir;
  if (p.fd >= 0) {
    int fd = ::fcntl(p.fd, F_DUPFD_CLOEXEC, 0);
    dir = fd < 0 ? nullptr : ::fdopendir(fd);
    if (fd >= 0 && !dir) ::close(fd);
    if (dir) ::rewinddir(dir);
  } else {
    dir = ::opendir(p.path.c_str());
  }
  if (!dir) return p.object ? path_error(p) : err_set_from_errno();
  Ref<Object> names = steal(list_new(0));
  while (names) {
    errno = 0;
    dirent* e = ::readdir(dir);
    if (!e) {
      if (errno) {
        int saved = errno;
        ::closedir(dir);
        errno = saved;
        return p.object ? path_error(p) : err_set_from_errno();
      }
      break;
    }
    std::string_view n = e->d_name;
    if (n == "." || n == "..") continue;
    Object* name = p.is_bytes ? bytes_from(n.data(), ssize(n.size()))
                              : str_from_utf8_surrogateescape(n.data(), n.size());
    if (!name || list_append_steal(names.get(), name) < 0) names = nullptr;
  }
  ::closedir(dir);
  return names.release();
}

// readlink(path, *, dir_fd=None): the link's target, bytes for a bytes path.
Object* os_readlink(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"readlink", {"path", "dir_fd"}, 0, 1, 1};
  Object* a[2];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int dir_fd;
  if (!path_arg("readlink", "path", a[0], false, false, &p) || !dir_fd_arg(a[1], &dir_fd)) {
    return nullptr;
  }
  std::string buf(256, '\0');
  for (;;) {
    ssize_t n = ::readlinkat(dir_fd, p.path.c_str(), buf.data(), buf.size());
    if (n < 0) return path_error(p);
    if (std::size_t(n) < buf.size()) {
      return p.is_bytes ? bytes_from(buf.data(), n)
                        : str_from_utf8_surrogateescape(buf.data(), std::size_t(n));
    }
    buf.resize(buf.size() * 2);
  }
}

Object* getcwd_impl(bool as_bytes) {
  std::string buf(256, '\0');
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) return err_set_from_errno();
    buf.resize(buf.size() * 2);
  }
  std::size_t n = std::strlen(buf.c_str());
  return as_bytes ? bytes_from(buf.data(), ssize(n)) : str_from_utf8_surrogateescape(buf.data(), n);
}
Object* os_getcwd(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getcwd", nargs, kwnames)) return nullptr;
  return getcwd_impl(false);
}
Object* os_getcwdb(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getcwdb", nargs, kwnames)) return nullptr;
  return getcwd_impl(true);
}

// access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) -> bool
Object* os_access(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{
      "access", {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 0, 2, 2};
  Object* a[5];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  PathArg p;
  int mode, dir_fd;
  if (!path_arg("access", "path", a[0], false, false, &p) || !clinic_int_arg(a[1], &mode) ||
      !dir_fd_arg(a[2], &dir_fd)) {
    return nullptr;
  }
  return bool_new_ref(::faccessat(dir_fd, p.path.c_str(), mode, 0) == 0);
}

Object* os_fspath(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"fspath", {"path"}, 0, 1, 1};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  return fspath_of(a[0]);
}

// ---- process ------------------------------------------------------------------------------------
// urandom(size, /): from getrandom(2), blocking until the pool is initialised as CPython does.
Object* os_urandom(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("urandom", nargs, kwnames)) return nullptr;
  ssize n = ssize_arg(args[0]);
  if (n == -1 && err_occurred()) return nullptr;
  if (n < 0) {
    err_set_string(&ExcValueError, "negative argument not allowed");
    return nullptr;
  }
  Object* b = bytes_new_uninit(n);
  if (!b) return nullptr;
  char* p = bytes_data(b);
  std::size_t left = std::size_t(n);
  while (left > 0) {
    ssize_t got = ::getrandom(p, left, 0);
    if (got < 0) {
      if (errno == EINTR) continue;
      decref(b);
      return err_set_from_errno();
    }
    p += got;
    left -= std::size_t(got);
  }
  return b;
}

// The bytes of an environment variable's name or value (str or bytes), CPython's checks.
bool env_text(const char* fname, Object* o, std::string* out) {
  if (is_bytes(o)) {
    out->assign(bytes_data(o), std::size_t(bytes_size(o)));
  } else if (is_str(o)) {
    *out = str_to_std(o);
  } else {
    err_format(&ExcTypeError, "{}: expected str, bytes or os.PathLike object, not {}", fname,
               type_name(o->type));
    return false;
  }
  if (out->find('\0') != std::string::npos) {
    err_set_string(&ExcValueError, "embedded null byte");
    return false;
  }
  return true;
}

Object* os_putenv(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("putenv", kwnames)) return nullptr;
  if (nargs != 2) {
    err_format(&ExcTypeError, "putenv expected 2 arguments, got {}", nargs);
    return nullptr;
  }
  std::string name, value;
  if (!env_text("putenv", args[0], &name) || !env_text("putenv", args[1], &value)) return nullptr;
  if (name.find('=') != std::string::npos) {  // an empty name is left to setenv's EINVAL
    err_set_string(&ExcValueError, "illegal environment variable name");
    return nullptr;
  }
  if (::setenv(name.c_str(), value.c_str(), 1) < 0) return err_set_from_errno();
  return none_new_ref();
}

Object* os_unsetenv(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("unsetenv", nargs, kwnames)) return nullptr;
  std::string name;
  if (!env_text("unsetenv", args[0], &name)) return nullptr;
  if (::unsetenv(name.c_str()) < 0) return err_set_from_errno();
  return none_new_ref();
}

// posix.environ: the process environment at start-up, bytes to bytes.
Object* environ_dict() {
  Ref<Object> d = steal(dict_new());
  for (char** e = environ; d && e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    Ref<Object> k = steal(bytes_from(*e, ssize(eq - *e)));
    Ref<Object> v = steal(bytes_from(eq + 1, ssize(std::strlen(eq + 1))));
    if (!k || !v) return nullptr;
    // the first of duplicate names wins, as CPython's convertenviron
    int has = dict_contains(d.get(), k.get());
    if (has < 0 || (!has && dict_set_item(d.get(), k.get(), v.get()) < 0)) return nullptr;
  }
  return d.release();
}

struct SysconfName {
  const char* name;
  int value;
};
const SysconfName sysconf_names[] = {
    {"SC_ARG_MAX", _SC_ARG_MAX},
    {"SC_CHILD_MAX", _SC_CHILD_MAX},
    {"SC_CLK_TCK", _SC_CLK_TCK},
    {"SC_NGROUPS_MAX", _SC_NGROUPS_MAX},
    {"SC_NPROCESSORS_CONF", _SC_NPROCESSORS_CONF},
    {"SC_NPROCESSORS_ONLN", _SC_NPROCESSORS_ONLN},
    {"SC_OPEN_MAX", _SC_OPEN_MAX},
    {"SC_PAGESIZE", _SC_PAGESIZE},
    {"SC_PAGE_SIZE", _SC_PAGE_SIZE},
    {"SC_PHYS_PAGES", _SC_PHYS_PAGES},
    {"SC_AVPHYS_PAGES", _SC_AVPHYS_PAGES},
};

// sysconf(name, /): a name from sysconf_names or the number itself; -1 when unlimited.
Object* os_sysconf(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("sysconf", nargs, kwnames)) return nullptr;
  int name = -1;
  if (is_str(args[0])) {
    std::string s = str_to_std(args[0]);
    for (const SysconfName& n : sysconf_names) {
      if (s == n.name) name = n.value;
    }
    if (name < 0) {
      err_set_string(&ExcValueError, "unrecognized configuration name");
      return nullptr;
    }
  } else if (is_int(args[0])) {
    if (!clinic_int_arg(args[0], &name)) return nullptr;
  } else {
    err_set_string(&ExcTypeError, "configuration names must be strings or integers");
    return nullptr;
  }
  errno = 0;
  long v = ::sysconf(name);
  if (v == -1 && errno) return err_set_from_errno();
  return int_from_i64(v);
}

Object* sysconf_names_dict() {
  Ref<Object> d = steal(dict_new());
  for (const SysconfName& n : sysconf_names) {
    Ref<Object> v = steal(int_from_i64(n.value));
    if (!d || !v || dict_set_item_cstr(d.get(), n.name, v.get()) < 0) return nullptr;
  }
  return d.release();
}

Object* os_cpu_count(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("cpu_count", nargs, kwnames)) return nullptr;
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n < 1 ? none_new_ref() : int_from_i64(n);
}

Object* os_strerror(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("strerror", nargs, kwnames)) return nullptr;
  int code;
  if (!clinic_int_arg(args[0], &code)) return nullptr;
  return str_from_cstr(std::strerror(code));
}

const MethodDef os_functions[] = {
    {"pipe", os_pipe, METH_DEFAULT, "Create a pipe."},
    {"dup", os_dup, METH_DEFAULT, "Return a duplicate of a file descriptor."},
    {"dup2", os_dup2, METH_DEFAULT, "Duplicate file descriptor."},
    {"read", os_read, METH_DEFAULT, "Read from a file descriptor."},
    {"write", os_write, METH_DEFAULT, "Write a bytes object to a file descriptor."},
    {"close", os_close, METH_DEFAULT, "Close a file descriptor."},
    {"getpid", os_getpid, METH_DEFAULT, "Return the current process id."},
    {"getppid", os_getppid, METH_DEFAULT, "Return the parent's process id."},
    {"stat", os_stat, METH_DEFAULT, "Perform a stat system call on the given path."},
    {"lstat", os_lstat, METH_DEFAULT,
     "Perform a stat system call on the given path, without "
     "following symbolic links."},
    {"fstat", os_fstat, METH_DEFAULT, "Perform a stat system call on the given file descriptor."},
    {"unlink", os_unlink, METH_DEFAULT, "Remove a file (same as remove())."},
    {"remove", os_remove, METH_DEFAULT, "Remove a file (same as unlink())."},
    {"rmdir", os_rmdir, METH_DEFAULT, "Remove a directory."},
    {"mkdir", os_mkdir, METH_DEFAULT, "Create a directory."},
    {"rename", os_rename, METH_DEFAULT, "Rename a file or directory."},
    {"listdir", os_listdir, METH_DEFAULT,
     "Return a list containing the names of the files in the directory."},
    {"readlink", os_readlink, METH_DEFAULT,
     "Return a string representing the path to which the "
     "symbolic link points."},
    {"getcwd", os_getcwd, METH_DEFAULT,
     "Return a unicode string representing the current working "
     "directory."},
    {"getcwdb", os_getcwdb, METH_DEFAULT,
     "Return a bytes string representing the current "
     "working directory."},
    {"access", os_access, METH_DEFAULT, "Use the real uid/gid to test for access to a path."},
    {"fspath", os_fspath, METH_DEFAULT,
     "Return the file system path representation of the "
     "object."},
    {"urandom", os_urandom, METH_DEFAULT,
     "Return a bytes object containing random bytes "
     "suitable for cryptographic use."},
    {"putenv", os_putenv, METH_DEFAULT, "Change or add an environment variable."},
    {"unsetenv", os_unsetenv, METH_DEFAULT, "Delete an environment variable."},
    {"sysconf", os_sysconf, METH_DEFAULT,
     "Return an integer-valued system configuration "
     "variable."},
    {"cpu_count", os_cpu_count, METH_DEFAULT, "Return the number of logical CPUs in the system."},
    {"strerror", os_strerror, METH_DEFAULT, "Translate an error code to a message string."},
    {nullptr, nullptr, 0, nullptr},
};

int add_values(Object* m) {
  Ref<Object> env = steal(environ_dict());
  Ref<Object> names = steal(sysconf_names_dict());
  if (!env || !names || module_add_object(m, "environ", env.get()) < 0 ||
      module_add_object(m, "sysconf_names", names.get()) < 0 ||
      module_add_object(m, "stat_result", &StatResultType) < 0) {
    return -1;
  }
  const std::pair<const char*, int> ints[] = {
      {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK}};
  for (const auto& [name, value] : ints) {
    if (module_add_int(m, name, value) < 0) return -1;
  }
  return 0;
}

}  // namespace

Object* posix_module_create() {
  if (!type_has_flag(&StatResultType, TPFLAG_READY) &&
      structseq_init_type(&StatResultType, &stat_result_desc) < 0) {
    return nullptr;
  }
  Object* m = module_new_cstr("posix");
  if (!m) return nullptr;
  if (module_add_functions(m, os_functions) < 0 || add_values(m) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
