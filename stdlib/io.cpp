// stdlib/io.cpp — text I/O: the file-descriptor text stream used for sys.stdin/stdout/stderr and
// open() in text mode (`_io.TextIOWrapper`), and io.StringIO.
//
// Output passes two layers, as in CPython's TextIOWrapper over its binary buffer:
//
// 1. The text layer is CPython's `pending_bytes`, kept exactly: empty, one chunk (the str itself
//    when it is ASCII, else its UTF-8 bytes), or, from the second pending chunk on, a real list of
//    chunks, made like CPython's PyList_New(2) (through the list free list) and freed (back to the
//    free list) when the chunks are handed down. They are handed down (CPython's
//    _textiowrapper_writeflush) before a write that would take them past CHUNK_SIZE bytes, when
//    they reach it, after every write when `write_through` (sys.stdout/stderr under
//    PYTHONUNBUFFERED or -u), after a write containing "\n" or "\r" when `line_buffering` (a
//    buffered stdout on a terminal; a buffered stderr always), and on flush() and close(). The
//    list is the only GC object CPython's TextIOWrapper.write makes, and print() shows it in
//    gc.get_count() (e.g. +1 for print("a") after a gc.collect() emptied the list free list, when
//    stdout is buffered), which is why these rules are reproduced to the letter.
// 2. The byte layer (`wbuf`) stands for the binary buffer below. On a buffered stream it is
//    CPython's BufferedWriter (8192 bytes; see buffer_write), which wraps each write to the file
//    in a memoryview and its managed buffer, freed right after: +2 then -2 on count0, which can
//    start a collection, so mempy makes the same pair. On a write-through stream CPython writes
//    straight to the file (FileIO, no GC objects); mempy keeps collecting those bytes until 8192,
//    a newline on a terminal, or flush(), which only changes when they reach the file.
//
// Files opened for reading are read on demand in chunks.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/memoryview.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject TextStreamType;
TypeObject StringIOType;

namespace {

// CPython's TextIOWrapper chunk size: the most the text layer keeps pending. Its BufferedWriter
// holds the file's st_blksize (4096 for files and pipes on Linux, 1024 for a terminal), or
// io.DEFAULT_BUFFER_SIZE when fstat gives no useful block size.
constexpr ssize CHUNK_SIZE = 8192;
constexpr ssize DEFAULT_BUFFER_SIZE = 8192;

struct TextStream : Object {
  Object* dict;
  Object* name;
  Object* mode;
  Object* pending;      // CPython's pending_bytes: null, one chunk (str or bytes), or a list
  ssize pending_count;  // bytes in `pending`
  ssize buffer_size;    // the BufferedWriter's size (st_blksize)
  std::string* wbuf;    // the byte layer: output not yet written to fd (UTF-8)
  std::string* rbuf;    // read-ahead (UTF-8)
  int fd;
  bool readable;
  bool writable;
  bool closed;
  bool close_fd;
  bool tty;
  bool eof;
  bool write_through;   // hand every write down at once
  bool line_buffering;  // hand down (and flush) at each write containing a newline
};

inline TextStream* ts(Object* op) {
  return static_cast<TextStream*>(op);
}

// Writes n bytes to the file descriptor (CPython's FileIO.write, repeated until all is written).
int fd_write(TextStream* s, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::write(s->fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      err_set_from_errno();
      return -1;
    }
    p += w;
    n -= std::size_t(w);
  }
  return 0;
}

// The byte layer's write to the file. A buffered stream's BufferedWriter wraps the bytes in a
// memoryview for the call, as CPython's _bufferedwriter_raw_write does.
int raw_write(TextStream* s, std::string_view data) {
  if (s->write_through) return fd_write(s, data.data(), data.size());
  Object* view = memoryview_from_memory(data.data(), ssize(data.size()));
  if (!view) return -1;
  int r = fd_write(s, data.data(), data.size());
  decref(view);
  return r;
}

// buffer.flush(): the byte layer out to the file. The bytes leave wbuf first, so that a write
// made while they are written (a finalizer run by a collection the memoryview starts) finds an
// empty buffer.
int buffer_flush(TextStream* s) {
  if (!s->wbuf || s->wbuf->empty()) return 0;
  std::string out;
  out.swap(*s->wbuf);
  int r = raw_write(s, out);
  out.clear();
  if (s->wbuf->empty()) out.swap(*s->wbuf);  // keep the capacity
  return r;
}

// buffer.write(data). A buffered stream follows CPython's BufferedWriter (buffer_size bytes):
// data that fits is copied in; otherwise what is buffered goes out first, then data too when it
// is larger than the buffer. A write-through stream's buffer is CPython's FileIO, which writes
// at once (so stdout and stderr interleave as written) and leaves no GC trace.
int buffer_write(TextStream* s, std::string_view data) {
  if (s->write_through) return fd_write(s, data.data(), data.size());
  std::size_t size = std::size_t(s->buffer_size);
  if (data.size() <= size - s->wbuf->size()) {
    s->wbuf->append(data.data(), data.size());
    return 0;
  }
  if (buffer_flush(s) < 0) return -1;
  if (data.size() > size) return raw_write(s, data);
  s->wbuf->append(data.data(), data.size());
  return 0;
}

bool check_open(TextStream* s) {
  if (s->closed) {
    err_set_string(&ExcValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

std::string_view chunk_view(Object* chunk) {
  if (is_str(chunk)) {  // an ASCII str
    return {static_cast<const char*>(str_data(chunk)), std::size_t(str_length(chunk))};
  }
  return {bytes_data(chunk), std::size_t(bytes_size(chunk))};
}

// CPython's _textiowrapper_writeflush: joins the pending chunks, drops them (a pending list goes
// back to the list free list), then hands the bytes to the byte layer.
int write_flush(TextStream* s) {
  Object* p = s->pending;
  if (!p) return 0;
  s->pending = nullptr;
  s->pending_count = 0;
  if (!is_list(p)) {
    int r = buffer_write(s, chunk_view(p));
    decref(p);
    return r;
  }
  std::string joined;
  for (ssize i = 0; i < list_size(p); ++i) joined += chunk_view(list_get(p, i));
  decref(p);
  return buffer_write(s, joined);
}

// flush(): everything down to the file descriptor.
int flush_stream(TextStream* s) {
  if (write_flush(s) < 0) return -1;
  return buffer_flush(s);
}

// CPython's TextIOWrapper.write for a str: the chunk joins `pending` (the second one turns it into
// a list), which is handed down by the rules in the header comment.
int stream_write(TextStream* s, Object* text) {
  if (!check_open(s)) return -1;
  if (!s->writable) {
    Object* args[1] = {str_from_cstr("not writable")};
    err_set_object(&ExcOSError, args[0]);  // io.UnsupportedOperation in CPython
    xdecref(args[0]);
    return -1;
  }
  Object* chunk;
  if (str_is_ascii(text)) {
    chunk = new_ref(text);
  } else {
    std::string u = str_to_std(text);
    chunk = bytes_from(u.data(), ssize(u.size()));
    if (!chunk) return -1;
  }
  std::string_view v = chunk_view(chunk);
  bool needflush = s->line_buffering && v.find_first_of("\n\r") != std::string_view::npos;
  ssize n = ssize(v.size());
  if (s->pending_count + n > CHUNK_SIZE && write_flush(s) < 0) {
    decref(chunk);
    return -1;
  }
  if (s->pending && !is_list(s->pending)) {
    Object* list = list_new(2);
    if (!list) {
      decref(chunk);
      return -1;
    }
    // A collection inside list_new may have run a finalizer that wrote to this stream.
    if (s->pending && !is_list(s->pending)) {
      list_set_new(list, 0, s->pending);
      list_set_new(list, 1, chunk);
      s->pending = list;
      chunk = nullptr;
    } else {
      decref(list);
    }
  }
  if (chunk && !s->pending) {
    s->pending = chunk;
  } else if (chunk) {
    int r = list_append(s->pending, chunk);
    decref(chunk);
    if (r < 0) return -1;
  }
  s->pending_count += n;
  if ((s->pending_count >= CHUNK_SIZE || needflush || s->write_through) && write_flush(s) < 0) {
    return -1;
  }
  return needflush ? buffer_flush(s) : 0;
}

void stream_dealloc(Object* op) {
  TextStream* s = ts(op);
  memory::gc_untrack(op);
  if (!s->closed) {
    Object* saved = err_fetch();
    if (flush_stream(s) < 0) err_clear();
    err_restore(saved);
    if (s->close_fd) ::close(s->fd);
  }
  clear_ref(s->pending);
  delete s->wbuf;
  delete s->rbuf;
  xdecref(s->dict);
  xdecref(s->name);
  xdecref(s->mode);
  object_free(op);
}

int stream_traverse(Object* op, VisitFn visit, void* arg) {
  TextStream* s = ts(op);
  if (s->dict && visit(s->dict, arg)) return 1;
  if (s->pending && is_list(s->pending) && visit(s->pending, arg)) return 1;
  return 0;
}

// Reads more input into rbuf; returns false at EOF or error (error: exception set).
bool fill(TextStream* s) {
  if (s->eof) return false;
  char buf[65536];
  for (;;) {
    ssize_t r = ::read(s->fd, buf, sizeof buf);
    if (r < 0) {
      if (errno == EINTR) continue;
      err_set_from_errno();
      return false;
    }
    if (r == 0) {
      s->eof = true;
      return false;
    }
    s->rbuf->append(buf, std::size_t(r));
    return true;
  }
}

Object* text_from(std::string_view bytes) {
  return str_from_utf8_replace(bytes.data(), bytes.size());
}

Object* m_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("write", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "write() argument must be str, not {}", type_name(args[0]->type));
    return nullptr;
  }
  if (stream_write(ts(self), args[0]) < 0) return nullptr;
  return int_from_ssize(str_length(args[0]));
}

Object* m_flush(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("flush", nargs, kwnames)) return nullptr;
  if (!check_open(ts(self))) return nullptr;
  if (flush_stream(ts(self)) < 0) return nullptr;
  return none_new_ref();
}

Object* m_close(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("close", nargs, kwnames)) return nullptr;
  TextStream* s = ts(self);
  if (s->closed) return none_new_ref();
  int r = flush_stream(s);
  s->closed = true;
  if (s->close_fd) ::close(s->fd);
  if (r < 0) return nullptr;
  return none_new_ref();
}

Object* m_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("read", kwnames) || !check_nargs("read", nargs, 0, 1)) return nullptr;
  TextStream* s = ts(self);
  if (!check_open(s)) return nullptr;
  ssize limit = -1;
  if (nargs == 1 && !is_none(args[0])) {
    limit = number_as_ssize(args[0], &ExcOverflowError);
    if (limit == -1 && err_occurred()) return nullptr;
  }
  if (limit < 0) {
    while (fill(s)) {
    }
    if (err_occurred()) return nullptr;
    Object* r = text_from(*s->rbuf);
    s->rbuf->clear();
    return r;
  }
  // `limit` characters: decode enough bytes
  for (;;) {
    Object* all = text_from(*s->rbuf);
    if (!all) return nullptr;
    if (str_length(all) >= limit || s->eof) {
      Object* part = str_substring(all, 0, limit);
      std::string used = part ? str_to_std(part) : "";
      decref(all);
      s->rbuf->erase(0, used.size());
      return part;
    }
    decref(all);
    if (!fill(s) && err_occurred()) return nullptr;
  }
}

Object* readline_impl(TextStream* s) {
  for (;;) {
    std::size_t nl = s->rbuf->find('\n');
    if (nl != std::string::npos) {
      Object* r = text_from(std::string_view(*s->rbuf).substr(0, nl + 1));
      s->rbuf->erase(0, nl + 1);
      return r;
    }
    if (!fill(s)) {
      if (err_occurred()) return nullptr;
      Object* r = text_from(*s->rbuf);
      s->rbuf->clear();
      return r;
    }
  }
}

Object* m_readline(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("readline", kwnames) || !check_nargs("readline", nargs, 0, 1)) {
    return nullptr;
  }
  if (!check_open(ts(self))) return nullptr;
  if (ts(self)->writable && !ts(self)->readable) {
    err_set_string(&ExcOSError, "not readable");
    return nullptr;
  }
  return readline_impl(ts(self));
}

Object* m_readlines(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("readlines", nargs, kwnames)) return nullptr;
  if (!check_open(ts(self))) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (;;) {
    Object* line = readline_impl(ts(self));
    if (!line) {
      decref(list);
      return nullptr;
    }
    if (str_length(line) == 0) {
      decref(line);
      return list;
    }
    if (list_append_steal(list, line) < 0) {
      decref(list);
      return nullptr;
    }
  }
}

Object* stream_iternext(Object* self) {
  if (!check_open(ts(self))) return nullptr;
  Object* line = readline_impl(ts(self));
  if (!line) return nullptr;
  if (str_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* stream_iter(Object* self) {
  if (!check_open(ts(self))) return nullptr;
  return new_ref(self);
}

Object* m_fileno(Object* self, Object* const*, ssize, Object*) {
  return int_from_i64(ts(self)->fd);
}
Object* m_isatty(Object* self, Object* const*, ssize, Object*) {
  return bool_new_ref(ts(self)->tty);
}
Object* m_readable(Object* self, Object* const*, ssize, Object*) {
  return bool_new_ref(ts(self)->readable);
}
Object* m_writable(Object* self, Object* const*, ssize, Object*) {
  return bool_new_ref(ts(self)->writable);
}
Object* m_seekable(Object* self, Object* const*, ssize, Object*) {
  return bool_new_ref(::lseek(ts(self)->fd, 0, SEEK_CUR) >= 0);
}
Object* m_enter(Object* self, Object* const*, ssize, Object*) {
  if (!check_open(ts(self))) return nullptr;
  return new_ref(self);
}
Object* m_exit(Object* self, Object* const*, ssize, Object*) {
  return m_close(self, nullptr, 0, nullptr);
}
Object* m_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("seek", kwnames) || !check_nargs("seek", nargs, 1, 2)) return nullptr;
  TextStream* s = ts(self);
  if (!check_open(s) || flush_stream(s) < 0) return nullptr;
  ssize off = number_as_ssize(args[0], &ExcOverflowError);
  ssize whence = nargs == 2 ? number_as_ssize(args[1], &ExcOverflowError) : 0;
  if (err_occurred()) return nullptr;
  off_t pos = ::lseek(s->fd, off_t(off), int(whence));
  if (pos < 0) {
    err_format(&ExcOSError, "[Errno {}] {}", errno, std::strerror(errno));
    return nullptr;
  }
  s->rbuf->clear();
  s->eof = false;
  return int_from_i64(pos);
}
Object* m_tell(Object* self, Object* const*, ssize, Object*) {
  TextStream* s = ts(self);
  if (!check_open(s) || flush_stream(s) < 0) return nullptr;
  off_t pos = ::lseek(s->fd, 0, SEEK_CUR);
  if (pos < 0) pos = 0;
  return int_from_i64(pos - off_t(s->rbuf->size()));
}

Object* g_name(Object* self, void*) {
  return new_ref(ts(self)->name);
}
Object* g_mode(Object* self, void*) {
  return new_ref(ts(self)->mode);
}
Object* g_closed(Object* self, void*) {
  return bool_new_ref(ts(self)->closed);
}
Object* g_encoding(Object*, void*) {
  return str_from_cstr("utf-8");
}
Object* g_line_buffering(Object* self, void*) {
  return bool_new_ref(ts(self)->line_buffering);
}
Object* g_write_through(Object* self, void*) {
  return bool_new_ref(ts(self)->write_through);
}

MethodDef stream_methods[] = {
    {"write", m_write, METH_DEFAULT, nullptr},
    {"flush", m_flush, METH_DEFAULT, nullptr},
    {"close", m_close, METH_DEFAULT, nullptr},
    {"read", m_read, METH_DEFAULT, nullptr},
    {"readline", m_readline, METH_DEFAULT, nullptr},
    {"readlines", m_readlines, METH_DEFAULT, nullptr},
    {"fileno", m_fileno, METH_DEFAULT, nullptr},
    {"isatty", m_isatty, METH_DEFAULT, nullptr},
    {"readable", m_readable, METH_DEFAULT, nullptr},
    {"writable", m_writable, METH_DEFAULT, nullptr},
    {"seekable", m_seekable, METH_DEFAULT, nullptr},
    {"seek", m_seek, METH_DEFAULT, nullptr},
    {"tell", m_tell, METH_DEFAULT, nullptr},
    {"__enter__", m_enter, METH_DEFAULT, nullptr},
    {"__exit__", m_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef stream_getset[] = {
    {"name", g_name, nullptr, nullptr, nullptr},
    {"mode", g_mode, nullptr, nullptr, nullptr},
    {"closed", g_closed, nullptr, nullptr, nullptr},
    {"encoding", g_encoding, nullptr, nullptr, nullptr},
    {"line_buffering", g_line_buffering, nullptr, nullptr, nullptr},
    {"write_through", g_write_through, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* stream_repr(Object* self) {
  std::string name = repr_for_message(ts(self)->name);
  std::string mode = repr_for_message(ts(self)->mode);
  return str_from_utf8("<_io.TextIOWrapper name=" + name + " mode=" + mode + " encoding='utf-8'>");
}

// ---- StringIO
// -------------------------------------------------------------------------------------
struct StringIO : Object {
  Object* dict;
  std::u32string* buf;
  ssize pos;
  bool closed;
};
inline StringIO* sio(Object* op) {
  return static_cast<StringIO*>(op);
}

void sio_dealloc(Object* op) {
  memory::gc_untrack(op);
  delete sio(op)->buf;
  xdecref(sio(op)->dict);
  object_free(op);
}
int sio_traverse(Object* op, VisitFn visit, void* arg) {
  Object* d = sio(op)->dict;
  return d ? visit(d, arg) : 0;
}
bool sio_check(StringIO* s) {
  if (s->closed) {
    err_set_string(&ExcValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}
Object* sio_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  StringIO* s = static_cast<StringIO*>(type_generic_alloc(type, 0));
  if (!s) return nullptr;
  s->buf = new std::u32string();
  memory::gc_track(s);
  return s;
}
int sio_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"StringIO", {"initial_value", "newline"}, 0, 2, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return -1;
  StringIO* s = sio(self);
  s->buf->clear();
  s->pos = 0;
  if (a[0] && !is_none(a[0])) {
    if (!is_str(a[0])) {
      err_format(&ExcTypeError, "initial_value must be str or None, not {}", type_name(a[0]->type));
      return -1;
    }
    for (ssize i = 0; i < str_length(a[0]); ++i) s->buf->push_back(char32_t(str_char_at(a[0], i)));
  }
  return 0;
}
Object* sio_make(const std::u32string& b, std::size_t from, std::size_t n) {
  return str_from_ucs4(reinterpret_cast<const std::uint32_t*>(b.data() + from), n);
}
Object* sio_write(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("write", nargs, kwnames)) return nullptr;
  StringIO* s = sio(self);
  if (!sio_check(s)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "string argument expected, got '{}'", type_name(args[0]->type));
    return nullptr;
  }
  ssize n = str_length(args[0]);
  if (std::size_t(s->pos) > s->buf->size()) s->buf->resize(std::size_t(s->pos), U'\0');
  for (ssize i = 0; i < n; ++i) {
    char32_t c = char32_t(str_char_at(args[0], i));
    if (std::size_t(s->pos) < s->buf->size()) {
      (*s->buf)[std::size_t(s->pos)] = c;
    } else {
      s->buf->push_back(c);
    }
    ++s->pos;
  }
  return int_from_ssize(n);
}
Object* sio_getvalue(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getvalue", nargs, kwnames)) return nullptr;
  if (!sio_check(sio(self))) return nullptr;
  return sio_make(*sio(self)->buf, 0, sio(self)->buf->size());
}
Object* sio_read(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("read", kwnames) || !check_nargs("read", nargs, 0, 1)) return nullptr;
  StringIO* s = sio(self);
  if (!sio_check(s)) return nullptr;
  ssize size = ssize(s->buf->size());
  ssize n = size - s->pos;
  if (nargs == 1 && !is_none(args[0])) {
    ssize lim = number_as_ssize(args[0], &ExcOverflowError);
    if (lim == -1 && err_occurred()) return nullptr;
    if (lim >= 0 && lim < n) n = lim;
  }
  if (n <= 0) return str_empty();
  Object* r = sio_make(*s->buf, std::size_t(s->pos), std::size_t(n));
  s->pos += n;
  return r;
}
Object* sio_readline_impl(StringIO* s) {
  ssize size = ssize(s->buf->size());
  if (s->pos >= size) return str_empty();
  ssize end = s->pos;
  while (end < size && (*s->buf)[std::size_t(end)] != U'\n') ++end;
  if (end < size) ++end;
  Object* r = sio_make(*s->buf, std::size_t(s->pos), std::size_t(end - s->pos));
  s->pos = end;
  return r;
}
Object* sio_readline(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(sio(self))) return nullptr;
  return sio_readline_impl(sio(self));
}
Object* sio_readlines(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(sio(self))) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (;;) {
    Object* line = sio_readline_impl(sio(self));
    if (!line || str_length(line) == 0) {
      xdecref(line);
      return list;
    }
    if (list_append_steal(list, line) < 0) {
      decref(list);
      return nullptr;
    }
  }
}
Object* sio_iternext(Object* self) {
  if (!sio_check(sio(self))) return nullptr;
  Object* line = sio_readline_impl(sio(self));
  if (line && str_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}
Object* sio_iter(Object* self) {
  return new_ref(self);
}
Object* sio_seek(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("seek", kwnames) || !check_nargs("seek", nargs, 1, 2)) return nullptr;
  StringIO* s = sio(self);
  if (!sio_check(s)) return nullptr;
  ssize pos = number_as_ssize(args[0], &ExcOverflowError);
  ssize whence = nargs == 2 ? number_as_ssize(args[1], &ExcOverflowError) : 0;
  if (err_occurred()) return nullptr;
  if (whence == 0) {
    if (pos < 0) {
      err_format(&ExcValueError, "Negative seek position {}", pos);
      return nullptr;
    }
    s->pos = pos;
  } else if (whence == 1) {
    if (pos != 0) {
      err_set_string(&ExcOSError, "Can't do nonzero cur-relative seeks");
      return nullptr;
    }
  } else if (whence == 2) {
    if (pos != 0) {
      err_set_string(&ExcOSError, "Can't do nonzero end-relative seeks");
      return nullptr;
    }
    s->pos = ssize(s->buf->size());
  } else {
    err_format(&ExcValueError, "Invalid whence ({}, should be 0, 1 or 2)", whence);
    return nullptr;
  }
  return int_from_ssize(s->pos);
}
Object* sio_tell(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(sio(self))) return nullptr;
  return int_from_ssize(sio(self)->pos);
}
Object* sio_truncate(Object* self, Object* const* args, ssize nargs, Object*) {
  StringIO* s = sio(self);
  if (!sio_check(s)) return nullptr;
  ssize size = s->pos;
  if (nargs >= 1 && !is_none(args[0])) {
    size = number_as_ssize(args[0], &ExcOverflowError);
    if (size == -1 && err_occurred()) return nullptr;
  }
  if (std::size_t(size) < s->buf->size()) s->buf->resize(std::size_t(size));
  return int_from_ssize(size);
}
Object* sio_close(Object* self, Object* const*, ssize, Object*) {
  sio(self)->closed = true;
  return none_new_ref();
}
Object* sio_flush(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(sio(self))) return nullptr;
  return none_new_ref();
}
Object* sio_true(Object*, Object* const*, ssize, Object*) {
  return bool_new_ref(true);
}
Object* sio_enter(Object* self, Object* const*, ssize, Object*) {
  if (!sio_check(sio(self))) return nullptr;
  return new_ref(self);
}
Object* sio_exit(Object* self, Object* const*, ssize, Object*) {
  sio(self)->closed = true;
  return none_new_ref();
}
Object* sio_get_closed(Object* self, void*) {
  return bool_new_ref(sio(self)->closed);
}

MethodDef sio_methods[] = {
    {"write", sio_write, METH_DEFAULT, nullptr},
    {"getvalue", sio_getvalue, METH_DEFAULT, nullptr},
    {"read", sio_read, METH_DEFAULT, nullptr},
    {"readline", sio_readline, METH_DEFAULT, nullptr},
    {"readlines", sio_readlines, METH_DEFAULT, nullptr},
    {"seek", sio_seek, METH_DEFAULT, nullptr},
    {"tell", sio_tell, METH_DEFAULT, nullptr},
    {"truncate", sio_truncate, METH_DEFAULT, nullptr},
    {"close", sio_close, METH_DEFAULT, nullptr},
    {"flush", sio_flush, METH_DEFAULT, nullptr},
    {"readable", sio_true, METH_DEFAULT, nullptr},
    {"writable", sio_true, METH_DEFAULT, nullptr},
    {"seekable", sio_true, METH_DEFAULT, nullptr},
    {"__enter__", sio_enter, METH_DEFAULT, nullptr},
    {"__exit__", sio_exit, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
GetSetDef sio_getset[] = {
    {"closed", sio_get_closed, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- open()
// -----------------------------------------------------------------------------------------
Object* io_open(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[8];
  static const ArgSpec spec{
      "open",
      {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
      0,
      8,
      1};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  Object* file = a[0];
  if (!is_str(file)) {
    err_format(&ExcTypeError, "expected str, bytes or os.PathLike object, not {}",
               type_name(file->type));
    return nullptr;
  }
  std::string mode = a[1] ? str_to_std(a[1]) : "r";
  bool binary = mode.find('b') != std::string::npos;
  if (binary && a[3] && a[3] != None()) {
    err_set_string(&ExcValueError, "binary mode doesn't take an encoding argument");
    return nullptr;
  }
  int flags;
  char kind = mode.empty() ? 'r' : mode[0];
  bool plus = mode.find('+') != std::string::npos;
  switch (kind) {
    case 'r':
      flags = plus ? O_RDWR : O_RDONLY;
      break;
    case 'w':
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
      break;
    case 'a':
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
      break;
    case 'x':
      flags = (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
      break;
    default:
      err_format(&ExcValueError, "invalid mode: '{}'", mode);
      return nullptr;
  }
  std::string path = str_to_std(file);
  int fd = ::open(path.c_str(), flags | O_CLOEXEC, 0666);
  if (fd < 0) return err_set_from_errno_with_filenames(file, nullptr);
  std::string m = mode;
  if (m.find('t') == std::string::npos) {
    // CPython reports the mode as given
  }
  Object* r =
      binary ? binary_stream_new(fd, file, m.c_str()) : text_stream_new(fd, file, m.c_str(), true);
  if (!r) ::close(fd);
  return r;
}

MethodDef io_functions[] = {
    {"open", io_open, METH_DEFAULT, "Open file and return a stream."},
    {nullptr, nullptr, 0, nullptr},
};

bool g_types_ready = false;

int ready_types() {
  if (g_types_ready) return 0;
  TextStreamType.name = "_io.TextIOWrapper";
  TextStreamType.basicsize = sizeof(TextStream);
  TextStreamType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  TextStreamType.dealloc = stream_dealloc;
  TextStreamType.traverse = stream_traverse;
  TextStreamType.repr = stream_repr;
  TextStreamType.iter = stream_iter;
  TextStreamType.iternext = stream_iternext;
  TextStreamType.methods = stream_methods;
  TextStreamType.getset = stream_getset;
  TextStreamType.dictoffset = offsetof(TextStream, dict);
  TextStreamType.new_ = nullptr;
  StringIOType.name = "_io.StringIO";
  StringIOType.basicsize = sizeof(StringIO);
  StringIOType.flags = TPFLAG_HAVE_GC | TPFLAG_BASETYPE;
  StringIOType.dealloc = sio_dealloc;
  StringIOType.traverse = sio_traverse;
  StringIOType.new_ = sio_new;
  StringIOType.init = sio_init;
  StringIOType.iter = sio_iter;
  StringIOType.iternext = sio_iternext;
  StringIOType.methods = sio_methods;
  StringIOType.getset = sio_getset;
  StringIOType.dictoffset = offsetof(StringIO, dict);
  if (type_ready_static(&TextStreamType) < 0 || type_ready_static(&StringIOType) < 0) return -1;
  g_types_ready = true;
  return 0;
}

}  // namespace

Object* text_stream_new(int fd, Object* name, const char* mode, bool close_fd) {
  if (ready_types() < 0) return nullptr;
  TextStream* s = static_cast<TextStream*>(type_generic_alloc(&TextStreamType, 0));
  if (!s) return nullptr;
  s->name = new_ref(name);
  s->mode = str_from_cstr(mode);
  if (!s->mode) {
    decref(s);
    return nullptr;
  }
  s->wbuf = new std::string();
  s->rbuf = new std::string();
  s->fd = fd;
  std::string m = mode;
  s->readable = m.find('r') != std::string::npos || m.find('+') != std::string::npos;
  s->writable = m.find('w') != std::string::npos || m.find('a') != std::string::npos ||
                m.find('x') != std::string::npos || m.find('+') != std::string::npos;
  s->close_fd = close_fd;
  s->tty = ::isatty(fd) != 0;
  struct stat st;
  s->buffer_size =
      ::fstat(fd, &st) == 0 && st.st_blksize > 1 ? ssize(st.st_blksize) : DEFAULT_BUFFER_SIZE;
  memory::gc_track(s);
  return s;
}

void text_stream_configure_std(Object* stream, bool buffered_stdio) {
  if (!is_text_stream(stream)) return;
  TextStream* s = ts(stream);
  s->write_through = !buffered_stdio;
  s->line_buffering = buffered_stdio && (s->tty || s->fd == 2);
}

int text_stream_flush(Object* stream) {
  if (!is_text_stream(stream) || ts(stream)->closed) return 0;
  return flush_stream(ts(stream));
}

bool is_text_stream(Object* op) {
  return op->type == &TextStreamType;
}

Object* io_module_create() {
  if (ready_types() < 0) return nullptr;
  Object* m = module_new_cstr("io");
  if (!m) return nullptr;
  if (module_add_functions(m, io_functions) < 0 ||
      module_add_object(m, "StringIO", &StringIOType) < 0 ||
      module_add_object(m, "TextIOWrapper", &TextStreamType) < 0 ||
      module_add_int(m, "DEFAULT_BUFFER_SIZE", 8192) < 0 || module_add_int(m, "SEEK_SET", 0) < 0 ||
      module_add_int(m, "SEEK_CUR", 1) < 0 || module_add_int(m, "SEEK_END", 2) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
