// runtime/bytes.h — bytes (immutable; 33-byte basicsize incl. the NUL, cached hash) and
// bytearray (a 56-byte object over a separately allocated buffer).
//
// Files: bytes.cpp (the bytes type), bytearray.cpp (the bytearray type: its growth rule and the
// mutating methods), bytes_methods.cpp (the methods both share), str_printf.cpp (bytes % args).
//
// bytearray's buffer follows CPython 3.11's PyByteArray_Resize, so getsizeof(bytearray) =
// 56 + `alloc` agrees after any sequence of operations: growing past the buffer over-allocates by
// size/8 + 3 (size < 9) or + 6 when the new size is within 1/8 of the old allocation, else
// allocates exactly size + 1; shrinking below half reallocates to size + 1; `del b[:k]` only
// advances `start` inside the buffer. Results of non-mutating methods get exactly size + 1.
#pragma once
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct BytesObject : VarObject {
  hash_t hash;   // -1 until computed
  char data[1];  // size + 1 bytes, NUL-terminated
};
static_assert(offsetof(BytesObject, data) == 32);

struct ByteArrayObject : VarObject {
  ssize alloc;    // bytes allocated in bytes_ (0 when bytes_ is null)
  char* bytes_;   // buffer (or null)
  char* start;    // logical start inside bytes_
  ssize exports;  // buffer exports (memoryview)
};
static_assert(sizeof(ByteArrayObject) == 56);

extern TypeObject BytesType;
extern TypeObject ByteArrayType;

inline bool is_bytes(const Object* op) {
  return type_has_flag(op->type, TPFLAG_BYTES_SUBCLASS);
}
inline bool is_bytes_exact(const Object* op) {
  return op->type == &BytesType;
}
inline bool is_bytearray(const Object* op) {
  return op->type == &ByteArrayType || type_is_subtype(op->type, &ByteArrayType);
}
inline ssize bytes_size(const Object* op) {
  return static_cast<const BytesObject*>(op)->size;
}
inline char* bytes_data(Object* op) {
  return static_cast<BytesObject*>(op)->data;
}

Object* bytes_from(const char* data, ssize n);
Object* bytes_new_uninit(ssize n);  // NUL-terminated, contents to be filled
// A new bytearray holding a copy of data (allocated exactly n + 1 bytes, none for n == 0).
Object* bytearray_from(const char* data, ssize n);
// The bytes of a bytes or bytearray (borrowed view), false if op is neither.
bool bytes_like_data(Object* op, std::string_view* out);
// b'...' text; `type_name` wraps it as "type_name(b'...')" (bytearray and its subclasses).
Object* bytes_repr_of(std::string_view data, const char* type_name = nullptr);
int bytearray_append_data(Object* bytearray, const char* data, ssize n);
// bytes % args / bytearray % args (str_printf.cpp); the result has the format's type.
Object* bytes_percent_format(std::string_view fmt, Object* args, bool bytearray);

void bytes_types_init();

}  // namespace mempy::runtime
