// runtime/bytearray.cpp — the bytearray type: its buffer and growth rule (see bytes.h), item and
// slice assignment, += and *=, bytearray(...) and the mutating methods (append, extend, insert,
// pop, remove, reverse, clear). The methods shared with bytes are in bytes_methods.cpp.
#include <cstring>
#include <string>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes_internal.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_args.h"
#include "runtime/str_codecs.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

inline ByteArrayObject* as_ba(Object* op) {
  return static_cast<ByteArrayObject*>(op);
}

// PyByteArray_Resize: sets the size to n, reallocating by CPython 3.11's rule.
int resize(ByteArrayObject* b, ssize n) {
  if (n == b->size) return 0;
  ssize offset = b->bytes_ ? b->start - b->bytes_ : 0;
  ssize alloc = b->alloc;
  if (n + offset + 1 <= alloc) {
    if (n >= alloc / 2) {  // a small shrink keeps the buffer
      b->size = n;
      b->start[n] = 0;
      return 0;
    }
    alloc = n + 1;  // a big one gives memory back
  } else if (n * 8 <= alloc * 9) {
    alloc = n + (n >> 3) + (n < 9 ? 3 : 6);  // moderate growth over-allocates
  } else {
    alloc = n + 1;  // a big jump allocates exactly
  }
  char* p;
  if (offset > 0) {
    p = static_cast<char*>(memory::alloc(std::size_t(alloc)));
    if (!p) {
      err_no_memory();
      return -1;
    }
    std::memcpy(p, b->start, std::size_t(n < b->size ? n : b->size));
    memory::free(b->bytes_);
  } else {
    p = static_cast<char*>(memory::realloc(b->bytes_, std::size_t(alloc)));
    if (!p) {
      err_no_memory();
      return -1;
    }
  }
  b->bytes_ = b->start = p;
  b->alloc = alloc;
  b->size = n;
  p[n] = 0;
  return 0;
}

// Replaces b[lo:hi] by n bytes (bytearray_setslice_linear). data must not point into b.
int set_slice_linear(ByteArrayObject* b, ssize lo, ssize hi, const char* data, ssize n) {
  ssize growth = n - (hi - lo);
  ssize old = b->size;
  if (growth < 0) {
    if (lo == 0) {
      b->start -= growth;  // cutting the front only moves the logical start
    } else {
      std::memmove(b->start + lo + n, b->start + hi, std::size_t(old - hi));
    }
    if (resize(b, old + growth) < 0) return -1;
  } else if (growth > 0) {
    if (old > PTRDIFF_MAX - growth) {
      err_no_memory();
      return -1;
    }
    if (resize(b, old + growth) < 0) return -1;
    std::memmove(b->start + lo + n, b->start + hi, std::size_t(old - hi));
  }
  if (n > 0) std::memcpy(b->start + lo, data, std::size_t(n));
  return 0;
}

void bytearray_dealloc(Object* op) {
  ByteArrayObject* b = as_ba(op);
  if (b->bytes_) memory::free(b->bytes_);
  op->type->free_fn(op);
}

Object* bytearray_repr(Object* op) {
  return bytes_repr_of(bytes_view(op), type_name(op->type));
}

ssize bytearray_len(Object* op) {
  return as_ba(op)->size;
}

// The bytes a slice assignment stores: a bytes-like object (copied, it may be self) or an
// iterable of ints; numbers and str are refused.
bool assigned_bytes(Object* value, std::string& out) {
  std::string_view v;
  if (bytes_like_data(value, &v)) {
    out.assign(v);
    return true;
  }
  if (is_str(value) || value->type->as_number->nb_index || value->type->as_number->nb_int ||
      value->type->as_number->nb_float) {
    err_set_string(&ExcTypeError,
                   "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_source_data(value, out, "bytearray");
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
    if (!value) return set_slice_linear(b, i, i + 1, nullptr, 0);
    int c;
    if (!byte_value(value, &c)) return -1;
    b->start[i] = char(c);
    return 0;
  }
  if (!is_slice(key)) {
    err_format(&ExcTypeError, "bytearray indices must be integers or slices, not {}",
               type_name(key->type));
    return -1;
  }
  ssize start, stop, step;
  if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
  std::string repl;
  if (value && !assigned_bytes(value, repl)) return -1;
  ssize len = slice_adjust_indices(b->size, &start, &stop, step);
  if (step == 1) {
    if (stop < start) stop = start;
    return set_slice_linear(b, start, stop, repl.data(), ssize(repl.size()));
  }
  if (value) {
    if (ssize(repl.size()) != len) {
      err_format(&ExcValueError, "attempt to assign bytes of size {} to extended slice of size {}",
                 repl.size(), len);
      return -1;
    }
    for (ssize k = 0, i = start; k < len; ++k, i += step) b->start[i] = repl[std::size_t(k)];
    return 0;
  }
  if (len <= 0) return 0;
  if (step < 0) {  // delete the same items walking forwards
    start += step * (len - 1);
    step = -step;
  }
  // close the gaps left by the deleted items, then shrink
  ssize dst = start;
  for (ssize k = 0, cur = start; k < len; ++k, cur += step) {
    ssize next = k + 1 < len ? cur + step : b->size;
    ssize keep = next - cur - 1;
    std::memmove(b->start + dst, b->start + cur + 1, std::size_t(keep));
    dst += keep;
  }
  return resize(b, b->size - len);
}

Object* bytearray_new_slot(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* r = type_generic_alloc(type, 0);
  if (r && is_gc_type(type)) memory::gc_track(r);
  return r;
}

int bytearray_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"bytearray", {"source", "encoding", "errors"}, 0, 3, 0};
  if (!parse_clinic_args(spec, args, ssize(nargs), kwnames, a)) return -1;
  for (int i = 1; i < 3; ++i) {
    if (a[i] && !is_str(a[i])) {
      err_format(&ExcTypeError, "bytearray() argument '{}' must be str, not {}",
                 i == 1 ? "encoding" : "errors", clinic_type_name(a[i]));
      return -1;
    }
  }
  ByteArrayObject* b = as_ba(self);
  if (b->size != 0 && resize(b, 0) < 0) return -1;  // re-initialising starts empty
  Object* src = a[0];
  const char* stray =
      a[1] ? "encoding without a string argument" : "errors without a string argument";
  if (!src) {
    if (a[1] || a[2]) {
      err_set_string(&ExcTypeError, stray);
      return -1;
    }
    return 0;
  }
  if (is_str(src)) {
    if (!a[1]) {
      err_set_string(&ExcTypeError, "string argument without an encoding");
      return -1;
    }
    Ref<> encoded = steal(str_encode(src, a[1], a[2], "bytearray"));
    if (!encoded) return -1;
    return bytearray_append_data(self, bytes_data(encoded.get()), bytes_size(encoded.get()));
  }
  if (a[1] || a[2]) {
    err_set_string(&ExcTypeError, stray);
    return -1;
  }
  std::string data;
  if (!bytes_source_data(src, data, "bytearray")) return -1;
  // an exact size for counts, buffers, lists and tuples; appends for other iterables
  std::string_view buffer;
  bool exact = has_index(src) || bytes_like_data(src, &buffer) || is_list(src) || is_tuple(src);
  if (exact) {
    if (resize(b, ssize(data.size())) < 0) return -1;
    if (!data.empty()) std::memcpy(b->start, data.data(), data.size());
    return 0;
  }
  for (char c : data) {
    if (bytearray_append_data(self, &c, 1) < 0) return -1;
  }
  return 0;
}

Object* bytearray_concat(Object* a, Object* b) {
  std::string_view va = bytes_view(a), vb;
  if (!bytes_like_data(b, &vb)) {
    err_format(&ExcTypeError, "can't concat {} to {}", type_name(b->type), type_name(a->type));
    return nullptr;
  }
  std::string s;
  s.reserve(va.size() + vb.size());
  s.append(va);
  s.append(vb);
  return bytearray_from(s.data(), ssize(s.size()));
}

Object* bytearray_repeat(Object* a, ssize n) {
  std::string_view v = bytes_view(a);
  if (n <= 0 || v.empty()) return bytearray_from("", 0);
  if (ssize(v.size()) > PTRDIFF_MAX / n) return err_no_memory();
  std::string s;
  s.reserve(v.size() * std::size_t(n));
  for (ssize i = 0; i < n; ++i) s.append(v);
  return bytearray_from(s.data(), ssize(s.size()));
}

Object* bytearray_iconcat(Object* a, Object* b) {
  std::string_view v;
  if (!bytes_like_data(b, &v)) {
    err_format(&ExcTypeError, "can't concat {} to {}", type_name(b->type), type_name(a->type));
    return nullptr;
  }
  std::string copy(v);  // b may be a itself
  if (bytearray_append_data(a, copy.data(), ssize(copy.size())) < 0) return nullptr;
  return new_ref(a);
}

Object* bytearray_irepeat(Object* a, ssize count) {
  ByteArrayObject* b = as_ba(a);
  if (count < 0) count = 0;
  ssize n = b->size;
  if (count > 0 && n > PTRDIFF_MAX / count) return err_no_memory();
  if (resize(b, n * count) < 0) return nullptr;
  for (ssize i = 1; i < count; ++i) std::memcpy(b->start + i * n, b->start, std::size_t(n));
  return new_ref(a);
}

Object* bytearray_mod(Object* a, Object* b) {
  if (!is_bytearray(a)) return not_implemented_new_ref();
  return bytes_percent_format(bytes_view(a), b, true);
}

bool one_arg(Object* self, const char* name, ssize nargs, Object* kwnames) {
  if (nargs == 1 && (!kwnames || tuple_size(kwnames) == 0)) return true;
  return check_one_arg(bytes_qualname(self, name).c_str(), nargs, kwnames);
}
bool no_args(Object* self, const char* name, ssize nargs, Object* kwnames) {
  if (nargs == 0 && (!kwnames || tuple_size(kwnames) == 0)) return true;
  return check_no_args(bytes_qualname(self, name).c_str(), nargs, kwnames);
}
bool no_kwargs(Object* self, const char* name, Object* kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return true;
  return check_no_kwargs(bytes_qualname(self, name).c_str(), kwnames);
}

}  // namespace

// ---- methods -----------------------------------------------------------------------------------
Object* bytearray_m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "append", nargs, kwnames)) return nullptr;
  int c;
  if (!byte_value(args[0], &c)) return nullptr;
  char ch = char(c);
  if (bytearray_append_data(self, &ch, 1) < 0) return nullptr;
  return none_new_ref();
}

Object* bytearray_m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "extend", nargs, kwnames)) return nullptr;
  Object* src = args[0];
  std::string data;
  std::string_view v;
  if (bytes_like_data(src, &v)) {
    data.assign(v);
  } else {
    Ref<> it = steal(get_iter(src));
    if (!it) {
      if (err_matches(&ExcTypeError)) {
        err_clear();
        err_format(&ExcTypeError, "can't extend bytearray with {}", type_name(src->type));
      }
      return nullptr;
    }
    while (Object* x = iter_next(it.get())) {
      int c;
      bool ok = byte_value(x, &c);
      decref(x);
      if (!ok) return nullptr;
      data.push_back(char(c));
    }
    if (err_occurred()) return nullptr;
  }
  if (bytearray_append_data(self, data.data(), ssize(data.size())) < 0) return nullptr;
  return none_new_ref();
}

Object* bytearray_m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs(self, "insert", kwnames) || !check_nargs("insert", nargs, 2, 2)) return nullptr;
  ssize where;
  int c;
  if (!ssize_arg(args[0], &where) || !byte_value(args[1], &c)) return nullptr;
  ByteArrayObject* b = as_ba(self);
  ssize n = b->size;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  char ch = char(c);
  if (set_slice_linear(b, where, where, &ch, 1) < 0) return nullptr;
  return none_new_ref();
}

Object* bytearray_m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs(self, "pop", kwnames) || !check_nargs("pop", nargs, 0, 1)) return nullptr;
  ssize i = -1;
  if (nargs == 1 && !ssize_arg(args[0], &i)) return nullptr;
  ByteArrayObject* b = as_ba(self);
  if (b->size == 0) {
    err_set_string(&ExcIndexError, "pop from empty bytearray");
    return nullptr;
  }
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    err_set_string(&ExcIndexError, "pop index out of range");
    return nullptr;
  }
  int value = static_cast<unsigned char>(b->start[i]);
  std::memmove(b->start + i, b->start + i + 1, std::size_t(b->size - i - 1));
  if (resize(b, b->size - 1) < 0) return nullptr;
  return small_int(value);
}

Object* bytearray_m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "remove", nargs, kwnames)) return nullptr;
  int c;
  if (!byte_value(args[0], &c)) return nullptr;
  ByteArrayObject* b = as_ba(self);
  const void* at = b->size ? std::memchr(b->start, c, std::size_t(b->size)) : nullptr;
  if (!at) {
    err_set_string(&ExcValueError, "value not found in bytearray");
    return nullptr;
  }
  ssize i = static_cast<const char*>(at) - b->start;
  std::memmove(b->start + i, b->start + i + 1, std::size_t(b->size - i - 1));
  if (resize(b, b->size - 1) < 0) return nullptr;
  return none_new_ref();
}

Object* bytearray_m_reverse(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "reverse", nargs, kwnames)) return nullptr;
  ByteArrayObject* b = as_ba(self);
  for (ssize i = 0, j = b->size - 1; i < j; ++i, --j) std::swap(b->start[i], b->start[j]);
  return none_new_ref();
}

Object* bytearray_m_clear(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "clear", nargs, kwnames)) return nullptr;
  if (resize(as_ba(self), 0) < 0) return nullptr;
  return none_new_ref();
}

Object* bytearray_m_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "copy", nargs, kwnames)) return nullptr;
  std::string_view v = bytes_view(self);
  return bytearray_from(v.data(), ssize(v.size()));
}

Object* bytearray_m_alloc(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "__alloc__", nargs, kwnames)) return nullptr;
  return int_from_ssize(as_ba(self)->alloc);
}

Object* bytearray_m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "__sizeof__", nargs, kwnames)) return nullptr;
  return int_from_ssize(self->type->basicsize + as_ba(self)->alloc);
}

// ---- creation and the type ---------------------------------------------------------------------
Object* bytearray_from(const char* data, ssize n) {
  ByteArrayObject* b = static_cast<ByteArrayObject*>(type_generic_alloc(&ByteArrayType, 0));
  if (!b || n == 0) return b;
  b->bytes_ = b->start = static_cast<char*>(memory::alloc(std::size_t(n) + 1));
  if (!b->bytes_) {
    decref(b);
    return err_no_memory();
  }
  std::memcpy(b->start, data, std::size_t(n));
  b->start[n] = 0;
  b->size = n;
  b->alloc = n + 1;
  return b;
}

int bytearray_append_data(Object* op, const char* data, ssize n) {
  ByteArrayObject* b = as_ba(op);
  ssize old = b->size;
  if (n == 0) return 0;
  if (old > PTRDIFF_MAX - n) {
    err_no_memory();
    return -1;
  }
  if (resize(b, old + n) < 0) return -1;
  std::memcpy(b->start + old, data, std::size_t(n));
  return 0;
}

void bytearray_type_init() {
  ByteArrayType.name = "bytearray";
  ByteArrayType.basicsize = sizeof(ByteArrayObject);
  ByteArrayType.flags = TPFLAG_BASETYPE;
  ByteArrayType.doc =
      "bytearray(iterable_of_ints) -> bytearray\n"
      "bytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
      "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
      "bytearray() -> empty bytes array";
  ByteArrayType.dealloc = bytearray_dealloc;
  ByteArrayType.free_fn = object_free;
  ByteArrayType.repr = bytearray_repr;
  ByteArrayType.hash = hash_not_implemented;
  ByteArrayType.richcompare = bytes_richcompare;
  mapping_methods(ByteArrayType).length = bytearray_len;
  mapping_methods(ByteArrayType).getitem = bytes_subscript;
  mapping_methods(ByteArrayType).setitem = bytearray_ass_subscript;
  sequence_methods(ByteArrayType).contains = bytes_contains;
  sequence_methods(ByteArrayType).sq_concat = bytearray_concat;
  sequence_methods(ByteArrayType).sq_repeat = bytearray_repeat;
  sequence_methods(ByteArrayType).sq_inplace_concat = bytearray_iconcat;
  sequence_methods(ByteArrayType).sq_inplace_repeat = bytearray_irepeat;
  number_methods(ByteArrayType).nb[BINOP_REMAINDER] = bytearray_mod;
  ByteArrayType.iter = bytes_iter;
  ByteArrayType.new_ = bytearray_new_slot;
  ByteArrayType.init = bytearray_init;
  ByteArrayType.methods = bytearray_method_table();
}

}  // namespace mempy::runtime
