// runtime/memoryview.h — memoryview objects and the managed buffer under them, as far as the
// interpreter itself makes them: a read-only one-dimensional view of bytes it owns.
//
// CPython 3.11 makes such a pair (PyMemoryView_FromBuffer) around every write a BufferedWriter
// hands to its raw file, and frees it right after, so each such write moves gc.get_count()[0] by
// +2 and then back, and can start a collection. Both objects are GC objects of CPython's sizes:
// a managed buffer is 112 bytes (+16 GC header), a one-dimensional memoryview 168 (+16;
// sys.getsizeof(memoryview(b'')) is 184). The `memoryview` built-in itself is not provided.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

// CPython's Py_buffer.
struct BufferView {
  void* buf;
  Object* obj;  // the exporter (strong), or null for memory the caller keeps alive
  ssize len;
  ssize itemsize;
  int readonly;
  int ndim;
  char* format;
  ssize* shape;
  ssize* strides;
  ssize* suboffsets;
  void* internal;
};
static_assert(sizeof(BufferView) == 80);

// _PyManagedBufferObject: owns the exporter's buffer for the views made from it.
struct ManagedBufferObject : Object {
  int flags;
  ssize exports;  // views alive
  BufferView master;
};
static_assert(sizeof(ManagedBufferObject) == 112);

// PyMemoryViewObject, followed by 3 * ndim ssize items (shape, strides, suboffsets).
struct MemoryViewObject : VarObject {
  ManagedBufferObject* mbuf;  // strong
  hash_t hash;
  int flags;
  ssize exports;
  BufferView view;
  Object* weakreflist;
  ssize ob_array[1];
};
static_assert(offsetof(MemoryViewObject, ob_array) == 144);

extern TypeObject ManagedBufferType;
extern TypeObject MemoryViewType;

// A read-only memoryview of len bytes at data, which the caller keeps valid and unchanged while
// the view lives (CPython's PyMemoryView_FromBuffer over a Py_buffer without an exporter).
Object* memoryview_from_memory(const char* data, ssize len);

void memoryview_types_init();

}  // namespace mempy::runtime
