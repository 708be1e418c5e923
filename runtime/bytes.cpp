// runtime/bytes.cpp — the bytes type: layout, creation (bytes(), subclasses), comparison,
// hashing, indexing, concatenation, repr, and the helpers bytes and bytearray share.
// The methods are in bytes_methods.cpp, bytearray in bytearray.cpp.
#include "runtime/bytes.h"

#include <cstring>
#include <string>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes_internal.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_args.h"
#include "runtime/str_codecs.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject BytesType;
TypeObject ByteArrayType;

namespace {

constexpr std::size_t BYTES_HEADER = offsetof(BytesObject, data);

// the b'' singleton: outside the heap, with CPython's static-object reference count
BytesObject g_empty_bytes;

inline BytesObject* as_bytes(Object* op) {
  return static_cast<BytesObject*>(op);
}

void bytes_dealloc(Object* op) {
  if (op->type == &BytesType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

Object* bytes_repr_slot(Object* op) {
  return bytes_repr_of(bytes_view(op));
}

hash_t bytes_hash(Object* op) {
  BytesObject* b = as_bytes(op);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->size);
  return b->hash;
}

}  // namespace

Object* bytes_richcompare(Object* a, Object* b, int op) {
  std::string_view va, vb;
  if (!bytes_like_data(a, &va) || !bytes_like_data(b, &vb)) return not_implemented_new_ref();
  if ((op == CMP_EQ || op == CMP_NE) && va.size() != vb.size()) {
    return bool_new_ref(op == CMP_NE);
  }
  int c = va.compare(vb);
  return bool_new_ref(compare_holds(c, op));
}

namespace {

ssize bytes_len(Object* op) {
  return bytes_size(op);
}

Object* bytes_concat(Object* a, Object* b) {
  std::string_view va, vb;
  if (!bytes_like_data(a, &va) || !bytes_like_data(b, &vb)) {
    err_format(&ExcTypeError, "can't concat {} to {}", type_name(b->type), type_name(a->type));
    return nullptr;
  }
  if (vb.empty() && is_bytes_exact(a)) return new_ref(a);
  if (va.empty() && is_bytes_exact(b) && is_bytes(a)) return new_ref(b);
  if (va.size() > std::size_t(PTRDIFF_MAX) - vb.size()) return err_no_memory();
  Object* r = bytes_new_uninit(ssize(va.size() + vb.size()));
  if (!r) return nullptr;
  std::memcpy(bytes_data(r), va.data(), va.size());
  std::memcpy(bytes_data(r) + va.size(), vb.data(), vb.size());
  return r;
}

Object* bytes_repeat(Object* a, ssize n) {
  std::string_view v = bytes_view(a);
  if (n < 0) n = 0;
  if (n == 1 && is_bytes_exact(a)) return new_ref(a);
  if (n > 0 && ssize(v.size()) > PTRDIFF_MAX / n) return err_no_memory();
  ssize total = ssize(v.size()) * n;
  Object* r = bytes_new_uninit(total);
  if (!r) return nullptr;
  char* d = bytes_data(r);
  if (v.size() == 1) {
    std::memset(d, v[0], std::size_t(total));
  } else if (total > 0) {
    std::memcpy(d, v.data(), v.size());
    for (ssize done = ssize(v.size()); done < total;) {
      ssize chunk = done < total - done ? done : total - done;
      std::memcpy(d + done, d, std::size_t(chunk));
      done += chunk;
    }
  }
  return r;
}

}  // namespace

int bytes_contains(Object* op, Object* x) {
  std::string_view v = bytes_view(op);
  if (has_index(x)) {
    int c;
    if (!byte_value(x, &c)) return -1;
    return v.find(char(c)) != std::string_view::npos;
  }
  std::string_view sub;
  if (!bytes_like_data(x, &sub)) {
    err_format(&ExcTypeError, "a bytes-like object is required, not '{}'", type_name(x->type));
    return -1;
  }
  return v.find(sub) != std::string_view::npos;
}

namespace {

// ---- iteration: "bytes_iterator" / "bytearray_iterator" (a bytearray's reads its live contents)
TypeObject BytesIterType;
TypeObject ByteArrayIterType;

struct ByteIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};

void byteiter_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<ByteIterObject*>(op)->seq);
  object_free(op);
}
int byteiter_traverse(Object* op, VisitFn visit, void* arg) {
  Object* s = static_cast<ByteIterObject*>(op)->seq;
  return s ? visit(s, arg) : 0;
}
Object* byteiter_next(Object* op) {
  ByteIterObject* it = static_cast<ByteIterObject*>(op);
  if (!it->seq) return nullptr;
  std::string_view v = bytes_view(it->seq);
  if (it->index < ssize(v.size())) {
    return small_int(static_cast<unsigned char>(v[std::size_t(it->index++)]));
  }
  clear_ref(it->seq);
  return nullptr;
}
Object* byteiter_self(Object* op) {
  return new_ref(op);
}
Object* byteiter_length_hint(Object* self, Object* const*, ssize, Object*) {
  ByteIterObject* it = static_cast<ByteIterObject*>(self);
  ssize left = it->seq ? ssize(bytes_view(it->seq).size()) - it->index : 0;
  return int_from_ssize(left > 0 ? left : 0);
}
MethodDef byteiter_methods[] = {
    {"__length_hint__", byteiter_length_hint, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* bytes_iter(Object* op) {
  TypeObject* type = is_bytearray(op) ? &ByteArrayIterType : &BytesIterType;
  if (type_ready_static(type) < 0) return nullptr;  // readied on first use
  ByteIterObject* it = static_cast<ByteIterObject*>(type_generic_alloc(type, 0));
  if (!it) return nullptr;
  it->seq = new_ref(op);
  it->index = 0;
  memory::gc_track(it);
  return it;
}

namespace {

Object* bytes_mod(Object* a, Object* b) {
  if (!is_bytes(a)) return not_implemented_new_ref();
  return bytes_percent_format(bytes_view(a), b, false);
}

// A bytes subclass instance holding data (the type's allocator adds its dict slot and GC head).
Object* bytes_subtype_new(TypeObject* type, std::string_view data) {
  BytesObject* r = static_cast<BytesObject*>(type_generic_alloc(type, ssize(data.size())));
  if (!r) return nullptr;
  std::memcpy(r->data, data.data(), data.size());
  r->data[data.size()] = 0;
  r->hash = -1;
  if (is_gc_type(type)) memory::gc_track(r);
  return r;
}

// bytes(x) where x has __bytes__: 1 done (*out set), 0 no __bytes__, -1 error.
int call_dunder_bytes(Object* x, Object** out) {
  Ref<> meth = steal(lookup_special(x, ids::bytes_));
  if (!meth) return err_occurred() ? -1 : 0;
  Object* r = call_no_args(meth.get());
  if (!r) return -1;
  if (!is_bytes(r)) {
    err_format(&ExcTypeError, "__bytes__ returned non-bytes (type {})", type_name(r->type));
    decref(r);
    return -1;
  }
  *out = r;
  return 1;
}

Object* bytes_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"bytes", {"source", "encoding", "errors"}, 0, 3, 0};
  if (!parse_clinic_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  for (int i = 1; i < 3; ++i) {
    if (a[i] && !is_str(a[i])) {
      err_format(&ExcTypeError, "bytes() argument '{}' must be str, not {}",
                 i == 1 ? "encoding" : "errors", clinic_type_name(a[i]));
      return nullptr;
    }
  }
  Object* x = a[0];
  Ref<> result;
  std::string data;
  if (!x) {
    if (a[1] || a[2]) {
      err_set_string(&ExcTypeError, a[1] ? "encoding without a string argument"
                                         : "errors without a string argument");
      return nullptr;
    }
  } else if (a[1]) {
    if (!is_str(x)) {
      err_set_string(&ExcTypeError, "encoding without a string argument");
      return nullptr;
    }
    result = steal(str_encode(x, a[1], a[2], "bytes"));
    if (!result) return nullptr;
  } else if (a[2]) {
    err_set_string(&ExcTypeError, is_str(x) ? "string argument without an encoding"
                                            : "errors without a string argument");
    return nullptr;
  } else {
    Object* r = nullptr;
    int got = is_str(x) ? 0 : call_dunder_bytes(x, &r);
    if (got < 0) return nullptr;
    if (got > 0) {
      result = steal(r);
    } else if (is_str(x)) {
      err_set_string(&ExcTypeError, "string argument without an encoding");
      return nullptr;
    } else if (is_bytes_exact(x) && type == &BytesType) {
      return new_ref(x);
    } else if (!bytes_source_data(x, data, "bytes")) {
      return nullptr;
    }
  }
  if (result) {
    if (type == &BytesType && is_bytes_exact(result.get())) return result.release();
    data.assign(bytes_view(result.get()));
  }
  if (type == &BytesType) return bytes_from(data.data(), ssize(data.size()));
  return bytes_subtype_new(type, data);
}

}  // namespace

// ---- shared helpers ----------------------------------------------------------------------------
std::string bytes_qualname(Object* self, const char* name) {
  return std::string(is_bytearray(self) ? "bytearray." : "bytes.") + name;
}

Object* bytes_subscript(Object* op, Object* key) {
  std::string_view v = bytes_view(op);
  bool bytearray = is_bytearray(op);
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
    if (i < 0) i += ssize(v.size());
    if (i < 0 || i >= ssize(v.size())) {
      err_set_string(&ExcIndexError,
                     bytearray ? "bytearray index out of range" : "index out of range");
      return nullptr;
    }
    return small_int(static_cast<unsigned char>(v[std::size_t(i)]));
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize len = slice_adjust_indices(ssize(v.size()), &start, &stop, step);
    if (step == 1) {
      if (len == ssize(v.size())) return bytes_unchanged(op);
      return bytes_make_like(op, v.substr(std::size_t(start), std::size_t(len)));
    }
    std::string out;
    out.reserve(std::size_t(len > 0 ? len : 0));
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) out += v[std::size_t(cur)];
    return bytes_make_like(op, out);
  }
  err_format(&ExcTypeError, "{} indices must be integers or slices, not {}",
             bytearray ? "bytearray" : "byte", type_name(key->type));
  return nullptr;
}

bool byte_value(Object* v, int* out) {
  ssize c = number_as_ssize(v, nullptr);
  if (c == -1 && err_occurred()) return false;
  if (c < 0 || c > 255) {
    err_set_string(&ExcValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = int(c);
  return true;
}

bool bytes_source_data(Object* src, std::string& out, const char* tname) {
  const char* range_msg = std::strcmp(tname, "bytes") == 0 ? "bytes must be in range(0, 256)"
                                                           : "byte must be in range(0, 256)";
  if (has_index(src)) {
    ssize n = number_as_ssize(src, &ExcOverflowError);
    if (n == -1 && err_occurred()) {
      if (!err_matches(&ExcTypeError)) return false;
      err_clear();
    } else {
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
  }
  std::string_view v;
  if (bytes_like_data(src, &v)) {
    out.assign(v);
    return true;
  }
  auto add = [&](Object* item) {
    ssize c = number_as_ssize(item, nullptr);
    if (c == -1 && err_occurred()) return false;
    if (c < 0 || c > 255) {
      err_set_string(&ExcValueError, range_msg);
      return false;
    }
    out.push_back(char(c));
    return true;
  };
  if (is_list(src) || is_tuple(src)) {
    bool list = is_list(src);
    for (ssize i = 0; i < (list ? list_size(src) : tuple_size(src)); ++i) {
      if (!add(list ? list_get(src, i) : tuple_get(src, i))) return false;
    }
    return true;
  }
  Ref<> it = steal(get_iter(src));
  if (!it) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      err_format(&ExcTypeError, "cannot convert '{}' object to {}", type_name(src->type), tname);
    }
    return false;
  }
  while (Object* x = iter_next(it.get())) {
    bool ok = add(x);
    decref(x);
    if (!ok) return false;
  }
  return !err_occurred();
}

Object* bytes_from(const char* data, ssize n) {
  BytesObject* b = static_cast<BytesObject*>(bytes_new_uninit(n));
  if (!b) return nullptr;
  if (n) std::memcpy(b->data, data, std::size_t(n));
  return b;
}

Object* bytes_new_uninit(ssize n) {
  // b'' is one statically allocated object, as CPython 3.11's bytes_empty singleton: every
  // empty result (bytes(), b''.join([]), b'abc'[:0], ...) is the same object
  if (n == 0) return new_ref<Object>(&g_empty_bytes);
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

bool bytes_like_data(Object* op, std::string_view* out) {
  if (is_bytes(op) || is_bytearray(op)) {
    *out = bytes_view(op);
    return true;
  }
  return false;
}

Object* bytes_repr_of(std::string_view v, const char* type_name) {
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out;
  out.reserve(v.size() + 16);
  if (type_name) {
    out += type_name;
    out += '(';
  }
  out += 'b';
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (unsigned char c : v) {
    // bytearray's repr escapes ' even inside "..." (CPython's quirk)
    if (c == quote || c == '\\' || (type_name && c == '\'')) {
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
  if (type_name) out += ')';
  return str_from_utf8(out);
}

void bytes_types_init() {
  g_empty_bytes.refcnt = STATIC_REFCNT;
  g_empty_bytes.type = &BytesType;
  g_empty_bytes.size = 0;
  g_empty_bytes.hash = -1;
  g_empty_bytes.data[0] = 0;
  BytesType.name = "bytes";
  BytesType.basicsize = BYTES_HEADER + 1;  // CPython counts the NUL in basicsize (33)
  BytesType.itemsize = 1;
  BytesType.flags = TPFLAG_BASETYPE | TPFLAG_BYTES_SUBCLASS;
  BytesType.doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
      "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
      "bytes() -> empty bytes object";
  BytesType.dealloc = bytes_dealloc;
  BytesType.repr = bytes_repr_slot;
  BytesType.hash = bytes_hash;
  BytesType.richcompare = bytes_richcompare;
  mapping_methods(BytesType).length = bytes_len;
  mapping_methods(BytesType).getitem = bytes_subscript;
  sequence_methods(BytesType).contains = bytes_contains;
  sequence_methods(BytesType).sq_concat = bytes_concat;
  sequence_methods(BytesType).sq_repeat = bytes_repeat;
  number_methods(BytesType).nb[BINOP_REMAINDER] = bytes_mod;
  BytesType.iter = bytes_iter;
  BytesType.new_ = bytes_new_slot;
  BytesType.methods = bytes_method_table();
  for (TypeObject* t : {&BytesIterType, &ByteArrayIterType}) {
    t->basicsize = sizeof(ByteIterObject);
    t->flags = TPFLAG_HAVE_GC;
    t->dealloc = byteiter_dealloc;
    t->traverse = byteiter_traverse;
    t->iter = byteiter_self;
    t->iternext = byteiter_next;
    t->methods = byteiter_methods;
  }
  BytesIterType.name = "bytes_iterator";
  ByteArrayIterType.name = "bytearray_iterator";
  bytearray_type_init();
}

}  // namespace mempy::runtime
