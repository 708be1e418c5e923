// runtime/bytes.cpp — bytes and bytearray: layouts, creation, comparison, hashing, indexing,
// concatenation and the core methods. (More methods live in bytes_methods.cpp.)
#include <vector>
#include "runtime/ids.h"
#include "runtime/bytes.h"

#include <cstring>
#include <string>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject BytesType;
TypeObject ByteArrayType;

namespace {

constexpr std::size_t BYTES_HEADER = offsetof(BytesObject, data);

inline BytesObject* as_bytes(Object* op) { return static_cast<BytesObject*>(op); }
inline ByteArrayObject* as_ba(Object* op) { return static_cast<ByteArrayObject*>(op); }

void bytes_dealloc(Object* op) {
  if (op->type == &BytesType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

std::string_view view_of(Object* op) {
  if (is_bytes(op)) return {as_bytes(op)->data, std::size_t(bytes_size(op))};
  ByteArrayObject* b = as_ba(op);
  return {b->start ? b->start : "", std::size_t(b->size)};
}

Object* bytes_repr_slot(Object* op) { return bytes_repr_of(view_of(op), false); }

hash_t bytes_hash(Object* op) {
  BytesObject* b = as_bytes(op);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->size);
  return b->hash;
}

int compare_views(std::string_view a, std::string_view b) {
  std::size_t n = a.size() < b.size() ? a.size() : b.size();
  int c = std::memcmp(a.data(), b.data(), n);
  if (c) return c < 0 ? -1 : 1;
  return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

Object* bytes_richcompare(Object* a, Object* b, int op) {
  std::string_view va, vb;
  if (!bytes_like_data(a, &va) || !bytes_like_data(b, &vb)) return not_implemented_new_ref();
  int c = compare_views(va, vb);
  bool r;
  switch (op) {
    case CMP_LT: r = c < 0; break;
    case CMP_LE: r = c <= 0; break;
    case CMP_EQ: r = c == 0; break;
    case CMP_NE: r = c != 0; break;
    case CMP_GT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_new_ref(r);
}

ssize bytes_len(Object* op) { return ssize(view_of(op).size()); }

Object* make_like(Object* self, const char* data, ssize n) {
  return is_bytearray(self) ? bytearray_from(data, n) : bytes_from(data, n);
}

Object* bytes_subscript(Object* op, Object* key) {
  std::string_view v = view_of(op);
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
    if (i < 0) i += ssize(v.size());
    if (i < 0 || i >= ssize(v.size())) {
      err_set_string(&ExcIndexError, is_bytearray(op) ? "bytearray index out of range"
                                                       : "index out of range");
      return nullptr;
    }
    return int_from_i64(static_cast<unsigned char>(v[std::size_t(i)]));
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize len = slice_adjust_indices(ssize(v.size()), &start, &stop, step);
    std::string out;
    out.reserve(std::size_t(len));
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) out += v[std::size_t(cur)];
    return make_like(op, out.data(), ssize(out.size()));
  }
  err_format(&ExcTypeError, "{} indices must be integers or slices, not {}",
             is_bytearray(op) ? "bytearray" : "byte", type_name(key->type));
  return nullptr;
}

Object* bytes_concat(Object* a, Object* b) {
  std::string_view va, vb;
  if (!bytes_like_data(b, &vb)) {
    err_format(&ExcTypeError, "can't concat {} to {}", type_name(b->type), type_name(a->type));
    return nullptr;
  }
  bytes_like_data(a, &va);
  std::string s(va);
  s.append(vb);
  return make_like(a, s.data(), ssize(s.size()));
}

Object* bytes_repeat(Object* a, ssize n) {
  std::string_view v = view_of(a);
  if (n <= 0 || v.empty()) return make_like(a, "", 0);
  if (v.size() > std::size_t(PTRDIFF_MAX / 2) / std::size_t(n)) return err_no_memory();
  std::string s;
  s.reserve(v.size() * std::size_t(n));
  for (ssize i = 0; i < n; ++i) s.append(v);
  return make_like(a, s.data(), ssize(s.size()));
}

int bytes_contains(Object* op, Object* x) {
  std::string_view v = view_of(op);
  if (has_index(x)) {
    ssize c = number_as_ssize(x, &ExcOverflowError);
    if (c == -1 && err_occurred()) return -1;
    if (c < 0 || c > 255) {
      err_set_string(&ExcValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return v.find(char(c)) != std::string_view::npos;
  }
  std::string_view sub;
  if (!bytes_like_data(x, &sub)) {
    err_format(&ExcTypeError, "a bytes-like object is required, not '{}'", type_name(x->type));
    return -1;
  }
  return v.find(sub) != std::string_view::npos;
}

Object* bytes_iter(Object* op) { return seqiter_new(op); }

// bytes(x) / bytearray(x) content from an argument
bool bytes_from_source(Object* src, Object* encoding, std::string& out, const char* tname) {
  std::string_view v;
  if (is_str(src)) {
    if (!encoding) {
      err_set_string(&ExcTypeError, "string argument without an encoding");
      return false;
    }
    ssize n;
    const char* p = str_utf8(src, &n);
    if (!p) return false;
    out.assign(p, std::size_t(n));
    return true;
  }
  if (encoding) {
    err_set_string(&ExcTypeError, "encoding without a string argument");
    return false;
  }
  if (bytes_like_data(src, &v)) {
    out.assign(v);
    return true;
  }
  if (has_index(src)) {
    ssize n = number_as_ssize(src, &ExcOverflowError);
    if (n == -1 && err_occurred()) return false;
    if (n < 0) {
      err_set_string(&ExcValueError, "negative count");
      return false;
    }
    if (std::size_t(n) > (std::size_t(1) << 40)) {
      err_no_memory();
      return false;
    }
    out.assign(std::size_t(n), '\0');
    return true;
  }
  Object* it = get_iter(src);
  if (!it) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      err_format(&ExcTypeError, "cannot convert '{}' object to {}", type_name(src->type), tname);
    }
    return false;
  }
  for (;;) {
    Object* x = iter_next(it);
    if (!x) break;
    if (!has_index(x)) {
      err_format(&ExcTypeError, "'{}' object cannot be interpreted as an integer",
                 type_name(x->type));
      decref(x);
      decref(it);
      return false;
    }
    ssize c = number_as_ssize(x, &ExcOverflowError);
    decref(x);
    if (c == -1 && err_occurred()) {
      decref(it);
      return false;
    }
    if (c < 0 || c > 255) {
      err_set_string(&ExcValueError, "bytes must be in range(0, 256)");
      decref(it);
      return false;
    }
    out += char(c);
  }
  decref(it);
  return !err_occurred();
}

Object* bytes_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"bytes", {"source", "encoding", "errors"}, 0, 3, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  std::string data;
  if (a[0]) {
    if (!a[1] && !is_str(a[0])) {
      // __bytes__ support
      Object* meth = lookup_special(a[0], ids::bytes_);
      if (meth) {
        Object* r = call_no_args(meth);
        decref(meth);
        if (!r) return nullptr;
        if (!is_bytes(r)) {
          err_format(&ExcTypeError, "__bytes__ returned non-bytes (type {})", type_name(r->type));
          decref(r);
          return nullptr;
        }
        if (type == &BytesType) return r;
        data.assign(bytes_data(r), std::size_t(bytes_size(r)));
        decref(r);
      } else if (err_occurred()) {
        return nullptr;
      } else if (!bytes_from_source(a[0], a[1], data, "bytes")) {
        return nullptr;
      }
    } else if (!bytes_from_source(a[0], a[1], data, "bytes")) {
      return nullptr;
    }
  } else if (a[1]) {
    err_set_string(&ExcTypeError, "encoding without a string argument");
    return nullptr;
  }
  if (type == &BytesType) return bytes_from(data.data(), ssize(data.size()));
  BytesObject* r = static_cast<BytesObject*>(type_generic_alloc(type, ssize(data.size())));
  if (!r) return nullptr;
  std::memcpy(r->data, data.data(), data.size());
  r->data[data.size()] = 0;
  r->hash = -1;
  return r;
}

Object* m_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"decode", {"encoding", "errors"}, 0, 2, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string enc = a[0] ? str_to_std(a[0]) : "utf-8";
  for (char& c : enc) c = char(std::tolower(static_cast<unsigned char>(c)));
  std::string errors = a[1] ? str_to_std(a[1]) : "strict";
  std::string_view v = view_of(self);
  if (enc == "utf-8" || enc == "utf8" || enc == "utf_8") {
    if (errors == "replace") return str_from_utf8_replace(v.data(), v.size());
    if (errors == "surrogateescape") return str_from_utf8_surrogateescape(v.data(), v.size());
    return str_from_utf8(v.data(), v.size());
  }
  if (enc == "ascii" || enc == "us-ascii") {
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (static_cast<unsigned char>(v[i]) >= 128) {
        err_format(&ExcUnicodeDecodeError,
                   "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in "
                   "range(128)",
                   static_cast<unsigned char>(v[i]), i);
        return nullptr;
      }
    }
    return str_from_ascii(v.data(), v.size());
  }
  if (enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1" || enc == "iso8859-1") {
    return str_from_latin1(reinterpret_cast<const std::uint8_t*>(v.data()), v.size());
  }
  err_format(&ExcLookupError, "unknown encoding: {}", a[0] ? str_to_std(a[0]) : enc);
  return nullptr;
}

Object* m_hex(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("hex", nargs, kwnames)) return nullptr;
  std::string_view v = view_of(self);
  std::string out;
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : v) {
    out += hex[c >> 4];
    out += hex[c & 15];
  }
  return str_from_ascii(out.data(), out.size());
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  if (is_bytearray(self)) {
    return int_from_ssize(self->type->basicsize + as_ba(self)->alloc);
  }
  return int_from_ssize(self->type->basicsize + bytes_size(self));
}

Object* m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("append", nargs, kwnames)) return nullptr;
  ssize c = number_as_ssize(args[0], &ExcOverflowError);
  if (c == -1 && err_occurred()) return nullptr;
  if (c < 0 || c > 255) {
    err_set_string(&ExcValueError, "byte must be in range(0, 256)");
    return nullptr;
  }
  char ch = char(c);
  if (bytearray_append_data(self, &ch, 1) < 0) return nullptr;
  return none_new_ref();
}

Object* m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("extend", nargs, kwnames)) return nullptr;
  std::string data;
  if (!bytes_from_source(args[0], nullptr, data, "bytearray")) return nullptr;
  if (bytearray_append_data(self, data.data(), ssize(data.size())) < 0) return nullptr;
  return none_new_ref();
}

MethodDef bytes_methods[] = {
    {"decode", m_decode, METH_DEFAULT, "Decode the bytes using the codec registered for encoding."},
    {"hex", m_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef bytearray_methods[] = {
    {"decode", m_decode, METH_DEFAULT, "Decode the bytearray using the codec registered for encoding."},
    {"hex", m_hex, METH_DEFAULT, nullptr},
    {"append", m_append, METH_DEFAULT, "Append a single item to the end of the bytearray."},
    {"extend", m_extend, METH_DEFAULT, "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- bytearray -----------------------------------------------------------------------------------
void bytearray_dealloc(Object* op) {
  ByteArrayObject* b = as_ba(op);
  if (b->bytes_) memory::free(b->bytes_);
  op->type->free_fn(op);
}

Object* bytearray_repr(Object* op) { return bytes_repr_of(view_of(op), true); }

int bytearray_resize(ByteArrayObject* b, ssize n) {
  // CPython's bytearray growth: over-allocate by 1/8 + small constant on growth
  if (n < b->alloc && n >= b->alloc / 2) {
    b->size = n;
    if (b->bytes_) b->bytes_[n] = 0;
    return 0;
  }
  ssize alloc = n + 1;
  if (n > b->size && n < b->size + (b->size >> 3) + 6) alloc = n + (n >> 3) + 6 + 1;
  char* p = static_cast<char*>(memory::realloc(b->bytes_, std::size_t(alloc)));
  if (!p) {
    err_no_memory();
    return -1;
  }
  b->bytes_ = p;
  b->start = p;
  b->alloc = alloc;
  b->size = n;
  p[n] = 0;
  return 0;
}

int bytearray_ass_subscript(Object* op, Object* key, Object* value) {
  ByteArrayObject* b = as_ba(op);
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return -1;
    if (i < 0) i += b->size;
    if (i < 0 || i >= b->size) {
      err_set_string(&ExcIndexError, "bytearray index out of range");
      return -1;
    }
    if (!value) {
      std::memmove(b->start + i, b->start + i + 1, std::size_t(b->size - i - 1));
      return bytearray_resize(b, b->size - 1);
    }
    ssize c = number_as_ssize(value, &ExcOverflowError);
    if (c == -1 && err_occurred()) return -1;
    if (c < 0 || c > 255) {
      err_set_string(&ExcValueError, "byte must be in range(0, 256)");
      return -1;
    }
    b->start[i] = char(c);
    return 0;
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
    ssize len = slice_adjust_indices(b->size, &start, &stop, step);
    std::string repl;
    if (value && !bytes_from_source(value, nullptr, repl, "bytearray")) return -1;
    std::string cur(b->start ? b->start : "", std::size_t(b->size));
    if (step == 1) {
      if (stop < start) stop = start;
      cur.replace(std::size_t(start), std::size_t(stop - start), repl);
    } else {
      if (!value) {
        std::string kept;
        for (ssize i = 0, k = 0; i < ssize(cur.size()); ++i) {
          bool del = false;
          if (k < len) {
            ssize idx = start + k * step;
            if (idx == i) del = true;
          }
          (void)del;
        }
        // rebuild by marking deleted positions
        std::vector<bool> gone(cur.size(), false);
        for (ssize k = 0, i = start; k < len; ++k, i += step) gone[std::size_t(i)] = true;
        for (std::size_t i = 0; i < cur.size(); ++i) {
          if (!gone[i]) kept += cur[i];
        }
        cur = kept;
      } else {
        if (ssize(repl.size()) != len) {
          err_format(&ExcValueError,
                     "attempt to assign bytes of size {} to extended slice of size {}",
                     repl.size(), len);
          return -1;
        }
        for (ssize k = 0, i = start; k < len; ++k, i += step) cur[std::size_t(i)] = repl[std::size_t(k)];
      }
    }
    if (bytearray_resize(b, ssize(cur.size())) < 0) return -1;
    if (!cur.empty()) std::memcpy(b->start, cur.data(), cur.size());
    return 0;
  }
  err_format(&ExcTypeError, "bytearray indices must be integers or slices, not {}",
             type_name(key->type));
  return -1;
}

Object* bytearray_new_slot(TypeObject* type, Object* const*, std::size_t, Object*) {
  return type_generic_alloc(type, 0);
}

int bytearray_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"bytearray", {"source", "encoding", "errors"}, 0, 3, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return -1;
  std::string data;
  if (a[0] && !bytes_from_source(a[0], a[1], data, "bytearray")) return -1;
  ByteArrayObject* b = as_ba(self);
  if (bytearray_resize(b, ssize(data.size())) < 0) return -1;
  if (!data.empty()) std::memcpy(b->start, data.data(), data.size());
  return 0;
}

Object* bytearray_iconcat(Object* a, Object* b) {
  std::string_view v;
  if (!bytes_like_data(b, &v)) {
    err_format(&ExcTypeError, "can't concat {} to bytearray", type_name(b->type));
    return nullptr;
  }
  std::string copy(v);
  if (bytearray_append_data(a, copy.data(), ssize(copy.size())) < 0) return nullptr;
  return new_ref(a);
}

}  // namespace

Object* bytes_from(const char* data, ssize n) {
  BytesObject* b = static_cast<BytesObject*>(bytes_new_uninit(n));
  if (!b) return nullptr;
  if (n) std::memcpy(b->data, data, std::size_t(n));
  return b;
}

Object* bytes_new_uninit(ssize n) {
  if (n < 0 || std::size_t(n) > PTRDIFF_MAX - BYTES_HEADER - 1) return err_no_memory();
  BytesObject* b = static_cast<BytesObject*>(memory::alloc(BYTES_HEADER + std::size_t(n) + 1));
  if (!b) return err_no_memory();
  b->refcnt = 1;
  b->type = &BytesType;
  b->size = n;
  b->hash = -1;
  b->data[n] = 0;
  return b;
}

Object* bytearray_from(const char* data, ssize n) {
  ByteArrayObject* b = static_cast<ByteArrayObject*>(type_generic_alloc(&ByteArrayType, 0));
  if (!b) return nullptr;
  if (n > 0) {
    if (bytearray_resize(b, n) < 0) {
      decref(b);
      return nullptr;
    }
    std::memcpy(b->start, data, std::size_t(n));
  }
  return b;
}

int bytearray_append_data(Object* op, const char* data, ssize n) {
  ByteArrayObject* b = as_ba(op);
  ssize old = b->size;
  if (bytearray_resize(b, old + n) < 0) return -1;
  if (n) std::memcpy(b->start + old, data, std::size_t(n));
  return 0;
}

bool bytes_like_data(Object* op, std::string_view* out) {
  if (is_bytes(op)) {
    *out = {as_bytes(op)->data, std::size_t(bytes_size(op))};
    return true;
  }
  if (is_bytearray(op)) {
    ByteArrayObject* b = as_ba(op);
    *out = {b->start ? b->start : "", std::size_t(b->size)};
    return true;
  }
  return false;
}

Object* bytes_repr_of(std::string_view v, bool bytearray) {
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = bytearray ? "bytearray(b" : "b";
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : v) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  if (bytearray) out += ')';
  return str_from_ascii(out.data(), out.size());
}

void bytes_types_init() {
  BytesType.name = "bytes";
  BytesType.basicsize = BYTES_HEADER + 1;  // CPython counts the NUL in basicsize (33)
  BytesType.itemsize = 1;
  BytesType.flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS;
  BytesType.dealloc = bytes_dealloc;
  BytesType.repr = bytes_repr_slot;
  BytesType.hash = bytes_hash;
  BytesType.richcompare = bytes_richcompare;
  BytesType.length = bytes_len;
  BytesType.getitem = bytes_subscript;
  BytesType.contains = bytes_contains;
  BytesType.sq_concat = bytes_concat;
  BytesType.sq_repeat = bytes_repeat;
  BytesType.iter = bytes_iter;
  BytesType.new_ = bytes_new_slot;
  BytesType.methods = bytes_methods;

  ByteArrayType.name = "bytearray";
  ByteArrayType.basicsize = sizeof(ByteArrayObject);
  ByteArrayType.flags = TPFLAG_BASETYPE;
  ByteArrayType.dealloc = bytearray_dealloc;
  ByteArrayType.free_fn = object_free;
  ByteArrayType.repr = bytearray_repr;
  ByteArrayType.hash = hash_not_implemented;
  ByteArrayType.richcompare = bytes_richcompare;
  ByteArrayType.length = bytes_len;
  ByteArrayType.getitem = bytes_subscript;
  ByteArrayType.setitem = bytearray_ass_subscript;
  ByteArrayType.contains = bytes_contains;
  ByteArrayType.sq_concat = bytes_concat;
  ByteArrayType.sq_repeat = bytes_repeat;
  ByteArrayType.sq_inplace_concat = bytearray_iconcat;
  ByteArrayType.iter = bytes_iter;
  ByteArrayType.new_ = bytearray_new_slot;
  ByteArrayType.init = bytearray_init;
  ByteArrayType.methods = bytearray_methods;
}

}  // namespace mempy::runtime
