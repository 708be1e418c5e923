// stdlib/io_binary.cpp — files opened in binary mode ('rb', 'wb', 'ab', 'xb', with '+'): the
// bytes-level streams open() returns, named after CPython's _io.BufferedReader / BufferedWriter /
// BufferedRandom. One object stands for CPython's buffered object and the FileIO below it.
//
// Writes collect in a buffer of DEFAULT_BUFFER_SIZE bytes that goes to the file descriptor when
// it would overflow, on flush() and on close(); a write larger than the buffer goes straight
// through. Reads come from the descriptor in 8 KiB chunks. Methods: read(size=-1), readline(),
// readlines(), write(bytes-like), flush(), close(), fileno(), readable(), writable(),
// seekable(), tell(), seek(offset, whence=0), iteration by lines, and the context manager;
// attributes name, mode, closed. Used by pickle through tracemalloc's Snapshot.dump/load.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject BufferedReaderType;
TypeObject BufferedWriterType;
TypeObject BufferedRandomType;

namespace {

constexpr std::size_t kBufferSize = 8192;  // io.DEFAULT_BUFFER_SIZE

struct BinaryFile : Object {
  Object* name;
  Object* mode;
  std::string* wbuf;  // written, not yet on the descriptor
  std::string* rbuf;  // read ahead
  int fd;
  bool readable;
  bool writable;
  bool closed;
  bool eof;
};

inline BinaryFile* bf(Object* op) {
  return static_cast<BinaryFile*>(op);
}

// OSError(errno, strerror) for the last failed system call.
void raise_errno() {
  err_set_from_errno();
}

int write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      raise_errno();
      return -1;
    }
    p += w;
    n -= std::size_t(w);
  }
  return 0;
}

int flush_buffer(BinaryFile* f) {
  if (f->wbuf->empty()) return 0;
  std::string out;
  out.swap(*f->wbuf);
  return write_all(f->fd, out.data(), out.size());
}

// Reads one more chunk into rbuf; false at end of file or on error (then with an exception).
bool fill(BinaryFile* f) {
  if (f->eof) return false;
  char chunk[kBufferSize];
  for (;;) {
    ssize_t r = ::read(f->fd, chunk, sizeof chunk);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      raise_errno();
      return false;
    }
    if (r == 0) {
      f->eof = true;
      return false;
    }
    f->rbuf->append(chunk, std::size_t(r));
    return true;
  }
}

bool check_usable(BinaryFile* f, bool for_write) {
  if (f->closed) {
    err_set_string(&ExcValueError, for_write ? "write to closed file" : "read of closed file");
    return false;
  }
  if (for_write ? !f->writable : !f->readable) {
    err_set_string(&ExcOSError, for_write ? "write" : "read");  // io.UnsupportedOperation
    return false;
  }
  return true;
}

Object* take(BinaryFile* f, std::size_t n) {
  if (n > f->rbuf->size()) n = f->rbuf->size();
  Object* r = bytes_from(f->rbuf->data(), ssize(n));
  if (r) f->rbuf->erase(0, n);
  return r;
}

// Pending output goes first, so that reads and seeks see it (BufferedRandom does the same).
bool settle_writes(BinaryFile* f) {
  return !f->writable || flush_buffer(f) == 0;
}

Object* bf_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("read", kwnames) || !check_nargs("read", nargs, 0, 1)) return nullptr;
  BinaryFile* f = bf(self);
  ssize size = -1;
  if (nargs == 1 && args[0] != None()) {
    size = ssize_arg(args[0]);
    if (size == -1 && err_occurred()) return nullptr;
  }
  if (!check_usable(f, false) || !settle_writes(f)) return nullptr;
  while ((size < 0 || f->rbuf->size() < std::size_t(size)) && fill(f)) {
  }
  if (err_occurred()) return nullptr;
  return take(f, size < 0 ? f->rbuf->size() : std::size_t(size));
}

// One line with its b"\n", or what is left; b"" at the end.
Object* read_line(BinaryFile* f) {
  std::size_t from = 0;
  for (;;) {
    std::size_t nl = f->rbuf->find('\n', from);
    if (nl != std::string::npos) return take(f, nl + 1);
    from = f->rbuf->size();
    if (!fill(f)) break;
  }
  if (err_occurred()) return nullptr;
  return take(f, f->rbuf->size());
}

Object* bf_readline(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("readline", nargs, kwnames)) return nullptr;
  BinaryFile* f = bf(self);
  if (!check_usable(f, false) || !settle_writes(f)) return nullptr;
  return read_line(f);
}

Object* bf_readlines(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("readlines", nargs, kwnames)) return nullptr;
  BinaryFile* f = bf(self);
  if (!check_usable(f, false) || !settle_writes(f)) return nullptr;
  Ref<Object> lines = steal(list_new(0));
  while (lines) {
    Ref<Object> line = steal(read_line(f));
    if (!line) return nullptr;
    if (bytes_size(line.get()) == 0) break;
    if (list_append(lines.get(), line.get()) < 0) return nullptr;
  }
  return lines.release();
}

Object* bf_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("write", nargs, kwnames)) return nullptr;
  BinaryFile* f = bf(self);
  std::string_view data;
  if (!bytes_like_data(args[0], &data)) {
    err_format(&ExcTypeError, "a bytes-like object is required, not '{}'",
               type_name(args[0]->type));
    return nullptr;
  }
  if (!check_usable(f, true)) return nullptr;
  f->rbuf->clear();  // a write moves the file position past what was read ahead
  if (f->wbuf->size() + data.size() > kBufferSize) {
    if (flush_buffer(f) < 0) return nullptr;
    if (data.size() > kBufferSize) {
      if (write_all(f->fd, data.data(), data.size()) < 0) return nullptr;
      return int_from_ssize(ssize(data.size()));
    }
  }
  f->wbuf->append(data.data(), data.size());
  return int_from_ssize(ssize(data.size()));
}

Object* bf_flush(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("flush", nargs, kwnames)) return nullptr;
  BinaryFile* f = bf(self);
  if (f->closed) {
    err_set_string(&ExcValueError, "flush of closed file");
    return nullptr;
  }
  if (flush_buffer(f) < 0) return nullptr;
  return none_new_ref();
}

int close_file(BinaryFile* f) {
  if (f->closed) return 0;
  int r = flush_buffer(f);
  f->closed = true;
  if (::close(f->fd) < 0 && r == 0) {
    raise_errno();
    r = -1;
  }
  return r;
}

Object* bf_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("close", nargs, kwnames)) return nullptr;
  if (close_file(bf(self)) < 0) return nullptr;
  return none_new_ref();
}

Object* bf_fileno(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("fileno", nargs, kwnames)) return nullptr;
  return int_from_i64(bf(self)->fd);
}

Object* bf_readable(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("readable", nargs, kwnames)) return nullptr;
  return bool_new_ref(bf(self)->readable);
}

Object* bf_writable(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("writable", nargs, kwnames)) return nullptr;
  return bool_new_ref(bf(self)->writable);
}

Object* bf_seekable(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("seekable", nargs, kwnames)) return nullptr;
  return bool_new_ref(::lseek(bf(self)->fd, 0, SEEK_CUR) >= 0);
}

// The descriptor's offset, less what was read ahead, plus what is buffered for writing.
Object* bf_tell(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("tell", nargs, kwnames)) return nullptr;
  BinaryFile* f = bf(self);
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) {
    raise_errno();
    return nullptr;
  }
  return int_from_i64(std::int64_t(pos) - std::int64_t(f->rbuf->size()) +
                      std::int64_t(f->wbuf->size()));
}

Object* bf_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("seek", kwnames) || !check_nargs("seek", nargs, 1, 2)) return nullptr;
  BinaryFile* f = bf(self);
  ssize offset = ssize_arg(args[0]);
  if (offset == -1 && err_occurred()) return nullptr;
  ssize whence = nargs > 1 ? ssize_arg(args[1]) : 0;
  if (whence == -1 && err_occurred()) return nullptr;
  if (whence < 0 || whence > 2) {
    err_format(&ExcValueError, "whence value {} unsupported", whence);
    return nullptr;
  }
  if (f->closed) {
    err_set_string(&ExcValueError, "seek of closed file");
    return nullptr;
  }
  if (!settle_writes(f)) return nullptr;
  if (whence == SEEK_CUR) offset -= ssize(f->rbuf->size());
  f->rbuf->clear();
  f->eof = false;
  off_t pos = ::lseek(f->fd, off_t(offset), int(whence));
  if (pos < 0) {
    raise_errno();
    return nullptr;
  }
  return int_from_i64(std::int64_t(pos));
}

Object* bf_enter(Object* self, Object* const*, ssize, Object*) {
  if (bf(self)->closed) {
    err_set_string(&ExcValueError, "I/O operation on closed file.");
    return nullptr;
  }
  return new_ref(self);
}

Object* bf_exit(Object* self, Object* const*, ssize, Object*) {
  if (close_file(bf(self)) < 0) return nullptr;
  return none_new_ref();
}

Object* bf_iternext(Object* self) {
  BinaryFile* f = bf(self);
  if (!check_usable(f, false) || !settle_writes(f)) return nullptr;
  Object* line = read_line(f);
  if (line && bytes_size(line) == 0) {
    decref(line);
    return nullptr;  // exhausted
  }
  return line;
}

Object* bf_iter(Object* self) {
  return new_ref(self);
}

Object* bf_repr(Object* self) {
  std::string name = repr_for_message(bf(self)->name);
  return str_from_utf8("<" + std::string(self->type->name) + " name=" + name + ">");
}

Object* bf_get_closed(Object* self, void*) {
  return bool_new_ref(bf(self)->closed);
}
Object* bf_get_name(Object* self, void*) {
  return new_ref(bf(self)->name);
}
Object* bf_get_mode(Object* self, void*) {
  return new_ref(bf(self)->mode);
}

void bf_dealloc(Object* op) {
  BinaryFile* f = bf(op);
  memory::gc_untrack(op);
  if (!f->closed) {
    Object* saved = err_fetch();
    if (close_file(f) < 0) err_clear();
    err_restore(saved);
  }
  delete f->wbuf;
  delete f->rbuf;
  xdecref(f->name);
  xdecref(f->mode);
  object_free(op);
}

int bf_traverse(Object* op, VisitFn visit, void* arg) {
  BinaryFile* f = bf(op);
  if (f->name && visit(f->name, arg)) return 1;
  if (f->mode && visit(f->mode, arg)) return 1;
  return 0;
}

const MethodDef bf_methods[] = {
    {"read", bf_read, METH_DEFAULT, "Read and return up to size bytes (all of them by default)."},
    {"readline", bf_readline, METH_DEFAULT, "Read one line, with its trailing b'\\n'."},
    {"readlines", bf_readlines, METH_DEFAULT, "Read the remaining lines into a list."},
    {"write", bf_write, METH_DEFAULT, "Write a bytes-like object; return its length."},
    {"flush", bf_flush, METH_DEFAULT, "Write the buffered bytes to the file."},
    {"close", bf_close, METH_DEFAULT, "Flush and close the file."},
    {"fileno", bf_fileno, METH_DEFAULT, "The file descriptor."},
    {"readable", bf_readable, METH_DEFAULT, nullptr},
    {"writable", bf_writable, METH_DEFAULT, nullptr},
    {"seekable", bf_seekable, METH_DEFAULT, nullptr},
    {"tell", bf_tell, METH_DEFAULT, "The current position."},
    {"seek", bf_seek, METH_DEFAULT, "Move to offset, counted from whence (0, 1 or 2)."},
    {"__enter__", bf_enter, METH_DEFAULT, nullptr},
    {"__exit__", bf_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef bf_getset[] = {
    {"closed", bf_get_closed, nullptr, nullptr, nullptr},
    {"name", bf_get_name, nullptr, nullptr, nullptr},
    {"mode", bf_get_mode, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

bool g_ready = false;

int ready_types() {
  if (g_ready) return 0;
  for (auto [type, name] : {std::pair{&BufferedReaderType, "_io.BufferedReader"},
                            std::pair{&BufferedWriterType, "_io.BufferedWriter"},
                            std::pair{&BufferedRandomType, "_io.BufferedRandom"}}) {
    type->name = name;
    type->basicsize = sizeof(BinaryFile);
    type->flags = TPFLAG_HAVE_GC;
    type->dealloc = bf_dealloc;
    type->traverse = bf_traverse;
    type->repr = bf_repr;
    type->iter = bf_iter;
    type->iternext = bf_iternext;
    type->methods = bf_methods;
    type->getset = bf_getset;
    type->new_ = nullptr;
    if (type_ready_static(type) < 0) return -1;
  }
  g_ready = true;
  return 0;
}

}  // namespace

Object* binary_stream_new(int fd, Object* name, const char* mode) {
  if (ready_types() < 0) return nullptr;
  std::string m = mode;
  bool plus = m.find('+') != std::string::npos;
  bool reads = m[0] == 'r' || plus;
  bool writes = m[0] != 'r' || plus;
  TypeObject* type = plus ? &BufferedRandomType : reads ? &BufferedReaderType : &BufferedWriterType;
  BinaryFile* f = static_cast<BinaryFile*>(type_generic_alloc(type, 0));
  if (!f) return nullptr;
  f->fd = fd;
  f->readable = reads;
  f->writable = writes;
  f->name = new_ref(name);
  f->wbuf = new std::string();
  f->rbuf = new std::string();
  f->mode = str_from_cstr(mode);
  if (!f->mode) {
    f->closed = true;  // the caller closes fd
    decref(f);
    return nullptr;
  }
  memory::gc_track(f);
  return f;
}

}  // namespace mempy::stdlib
