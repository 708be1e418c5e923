// runtime/bytes_internal.h — pieces shared by bytes.cpp, bytearray.cpp and bytes_methods.cpp.
#pragma once
#include <string>
#include <string_view>

#include "runtime/bytes.h"

namespace mempy::runtime {

// The current contents of a bytes or bytearray (borrowed; a bytearray's may move on mutation).
inline std::string_view bytes_view(Object* op) {
  if (is_bytes(op)) return {bytes_data(op), std::size_t(bytes_size(op))};
  ByteArrayObject* b = static_cast<ByteArrayObject*>(op);
  return {b->start ? b->start : "", std::size_t(b->size)};
}

// A new object of self's family (bytes or bytearray, never a subclass) holding data.
inline Object* bytes_make_like(Object* self, std::string_view data) {
  return is_bytearray(self) ? bytearray_from(data.data(), ssize(data.size()))
                            : bytes_from(data.data(), ssize(data.size()));
}
// self's contents where a method leaves them unchanged: an exact bytes object is returned as is
// (CPython does so), anything else is copied.
inline Object* bytes_unchanged(Object* self) {
  if (is_bytes_exact(self)) return new_ref(self);
  return bytes_make_like(self, bytes_view(self));
}

// "bytes.upper" or "bytearray.upper", for the argument-count messages of shared methods.
std::string bytes_qualname(Object* self, const char* name);

// Content of bytes(x) / bytearray(x) for a non-str source: a bytes-like object, an integer
// (that many zeros) or an iterable of integers in range(256). `tname` names the type in
// "cannot convert 'float' object to bytes".
bool bytes_source_data(Object* src, std::string& out, const char* tname);
// A byte value argument (append, insert, remove, `in`, find(int)): an integer in range(256).
bool byte_value(Object* v, int* out);

// Slots bytes and bytearray share: comparison with any bytes-like object, `x in b`.
Object* bytes_richcompare(Object* a, Object* b, int op);
int bytes_contains(Object* op, Object* x);
Object* bytes_subscript(Object* op, Object* key);  // b[i] and b[i:j:k]
Object* bytes_iter(Object* op);                    // iter(b)

// The shared methods (bytes_methods.cpp) and bytearray's own (bytearray.cpp).
const MethodDef* bytes_method_table();
const MethodDef* bytearray_method_table();
Object* bytearray_m_append(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_extend(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_reverse(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_clear(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_copy(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_alloc(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytearray_m_sizeof(Object* self, Object* const* args, ssize nargs, Object* kwnames);

void bytearray_type_init();

}  // namespace mempy::runtime
