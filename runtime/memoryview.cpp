// runtime/memoryview.cpp — see memoryview.h (CPython's memoryobject.c, the part the interpreter
// uses: a view made over memory it owns, released when the view goes).
#include "runtime/memoryview.h"

#include <cstdio>

#include "memory/gc.h"
#include "runtime/str.h"

namespace mempy::runtime {

TypeObject ManagedBufferType;
TypeObject MemoryViewType;

namespace {

void mbuf_dealloc(Object* op) {
  memory::gc_untrack(op);
  ManagedBufferObject* m = static_cast<ManagedBufferObject*>(op);
  clear_ref(m->master.obj);
  object_free(op);
}

int mbuf_traverse(Object* op, VisitFn visit, void* arg) {
  Object* exporter = static_cast<ManagedBufferObject*>(op)->master.obj;
  return exporter ? visit(exporter, arg) : 0;
}

void memory_dealloc(Object* op) {
  memory::gc_untrack(op);
  MemoryViewObject* mv = static_cast<MemoryViewObject*>(op);
  if (mv->mbuf) {
    --mv->mbuf->exports;
    clear_ref(mv->mbuf);
  }
  object_free(op);
}

int memory_traverse(Object* op, VisitFn visit, void* arg) {
  ManagedBufferObject* m = static_cast<MemoryViewObject*>(op)->mbuf;
  return m ? visit(m, arg) : 0;
}

Object* memory_repr(Object* op) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "<memory at %p>", static_cast<void*>(op));
  return str_from_cstr(buf);
}

}  // namespace

Object* memoryview_from_memory(const char* data, ssize len) {
  // the managed buffer first, then the view over it (CPython's mbuf_alloc + mbuf_add_view)
  auto* m = static_cast<ManagedBufferObject*>(type_generic_alloc(&ManagedBufferType, 0));
  if (!m) return nullptr;
  m->master.buf = const_cast<char*>(data);
  m->master.len = len;
  m->master.itemsize = 1;
  m->master.readonly = 1;
  m->master.ndim = 1;
  m->master.shape = &m->master.len;
  memory::gc_track(m);
  auto* mv = static_cast<MemoryViewObject*>(type_generic_alloc(&MemoryViewType, 3));
  if (!mv) {
    decref(m);
    return nullptr;
  }
  mv->hash = -1;
  mv->view = m->master;
  mv->ob_array[0] = len;  // shape; strides and suboffsets follow in ob_array
  mv->view.shape = mv->ob_array;
  mv->view.strides = nullptr;
  mv->view.suboffsets = nullptr;
  mv->mbuf = m;  // takes the reference
  ++m->exports;
  memory::gc_track(mv);
  return mv;
}

void memoryview_types_init() {
  ManagedBufferType.name = "managedbuffer";
  ManagedBufferType.basicsize = sizeof(ManagedBufferObject);
  ManagedBufferType.flags = TPFLAG_HAVE_GC;
  ManagedBufferType.dealloc = mbuf_dealloc;
  ManagedBufferType.traverse = mbuf_traverse;
  MemoryViewType.name = "memoryview";
  MemoryViewType.basicsize = offsetof(MemoryViewObject, ob_array);
  MemoryViewType.itemsize = sizeof(ssize);
  MemoryViewType.flags = TPFLAG_HAVE_GC;
  MemoryViewType.dealloc = memory_dealloc;
  MemoryViewType.traverse = memory_traverse;
  MemoryViewType.repr = memory_repr;
}

}  // namespace mempy::runtime
