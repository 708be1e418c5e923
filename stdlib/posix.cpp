// stdlib/posix.cpp — module posix: its file-descriptor functions, which stdlib/py/os.py exports
// as os.pipe, os.dup, ... (CPython's os is Python over posix, so the functions' __module__ and
// error messages say "posix").
//
// Only what a program needs to look at its own C-level output: pipe, dup, dup2, read, write,
// close, and getpid. sys._debugmallocstats() writes to file descriptor 2 as CPython's does, so
// a program that wants to read that report redirects descriptor 2 into a pipe:
//     r, w = os.pipe(); saved = os.dup(2); os.dup2(w, 2)
//     sys._debugmallocstats()
//     os.dup2(saved, 2); os.close(w); text = os.read(r, 1 << 20)
// Descriptors made here are non-inheritable (O_CLOEXEC), as CPython's (PEP 446); dup2 makes its
// target inheritable by default. Failures raise OSError (or the subclass for the errno) with
// CPython's "[Errno N] text".
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
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

Object* os_close(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"close", {"fd"}, 0, 1, 1};
  Object* a[1];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int fd;
  if (!clinic_int_arg(a[0], &fd)) return nullptr;
  if (::close(fd) < 0) return err_set_from_errno();
  return none_new_ref();
}

Object* os_getpid(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getpid", nargs, kwnames)) return nullptr;
  return int_from_i64(::getpid());
}

const MethodDef os_functions[] = {
    {"pipe", os_pipe, METH_DEFAULT, "Create a pipe."},
    {"dup", os_dup, METH_DEFAULT, "Return a duplicate of a file descriptor."},
    {"dup2", os_dup2, METH_DEFAULT, "Duplicate file descriptor."},
    {"read", os_read, METH_DEFAULT, "Read from a file descriptor."},
    {"write", os_write, METH_DEFAULT, "Write a bytes object to a file descriptor."},
    {"close", os_close, METH_DEFAULT, "Close a file descriptor."},
    {"getpid", os_getpid, METH_DEFAULT, "Return the current process id."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* posix_module_create() {
  Object* m = module_new_cstr("posix");
  if (!m) return nullptr;
  if (module_add_functions(m, os_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
