// runtime/bytes.h — bytes (immutable; 33-byte basicsize incl. the NUL, cached hash) and
// bytearray (a 56-byte object over a separately allocated buffer).
#pragma once
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct BytesObject : VarObject {
  hash_t hash;  // -1 until computed
  char data[1];  // size + 1 bytes, NUL-terminated
};
static_assert(offsetof(BytesObject, data) == 32);

struct ByteArrayObject : VarObject {
  ssize alloc;     // bytes allocated in bytes_
  char* bytes_;    // buffer (or null)
  char* start;     // logical start inside bytes_
  ssize exports;   // buffer exports (memoryview)
};
static_assert(sizeof(ByteArrayObject) == 56);

extern TypeObject BytesType;
extern TypeObject ByteArrayType;

inline bool is_bytes(const Object* op) { return type_has_flag(op->type, TPFLAG_BYTES_SUBCLASS); }
inline bool is_bytearray(const Object* op) {
  return op->type == &ByteArrayType || type_is_subtype(op->type, &ByteArrayType);
}
inline ssize bytes_size(const Object* op) { return static_cast<const BytesObject*>(op)->size; }
inline char* bytes_data(Object* op) { return static_cast<BytesObject*>(op)->data; }

Object* bytes_from(const char* data, ssize n);
Object* bytes_new_uninit(ssize n);  // NUL-terminated, contents to be filled
Object* bytearray_from(const char* data, ssize n);
// The bytes of a bytes or bytearray (borrowed view), false if op is neither.
bool bytes_like_data(Object* op, std::string_view* out);
Object* bytes_repr_of(std::string_view data, bool bytearray);
int bytearray_append_data(Object* bytearray, const char* data, ssize n);

void bytes_types_init();

}  // namespace mempy::runtime
