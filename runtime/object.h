// runtime/object.h — the object header, reference counting and owned references.
//
// Every Python object starts with CPython 3.11's 16-byte header: a signed 64-bit reference count
// then the type pointer. Variable-size objects (int, tuple, bytes, list) add `size` (ob_size), so
// struct layouts — and therefore sys.getsizeof — are CPython's. Objects that can hold references
// are GC-tracked and carry a 16-byte memory::GCHead *before* the object (see memory/gc.h); plain
// class instances carry 16 more bytes before that (the managed-dict pre-header,
// runtime/instance.h).
//
// Ownership follows CPython: a function returning Object* returns a *new* reference (or nullptr
// with an exception set, runtime/errors.h) unless its name or comment says "borrowed". Arguments
// are borrowed. Ref<T> owns one reference and releases it in its destructor; use it where a
// function has several exits, and raw pointers on hot paths.
//
// Statically allocated objects (small ints, '', (), 1-character Latin-1 strings) start with a
// count of 999 999 999 exactly as CPython 3.11 does, so sys.getrefcount prints the same ~1e9
// numbers; they are not immortal: their counts move, they are just never freed.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>

namespace mempy::runtime {

using ssize = std::ptrdiff_t;   // Py_ssize_t
using hash_t = std::ptrdiff_t;  // Py_hash_t

struct TypeObject;

struct Object {
  ssize refcnt;
  TypeObject* type;
};

struct VarObject : Object {
  ssize size;  // ob_size: item count (int: signed digit count)
};

inline constexpr ssize STATIC_REFCNT = 999'999'999;

// Runs the type's dealloc (which frees the memory); called when the count reaches zero.
void dealloc_object(Object* op);

inline void incref(Object* op) {
  ++op->refcnt;
}
inline void xincref(Object* op) {
  if (op) ++op->refcnt;
}
inline void decref(Object* op) {
  if (--op->refcnt == 0) dealloc_object(op);
}
inline void xdecref(Object* op) {
  if (op) decref(op);
}
template <class T>
inline T* new_ref(T* op) {
  ++op->refcnt;
  return op;
}
template <class T>
inline T* xnew_ref(T* op) {
  if (op) ++op->refcnt;
  return op;
}
// Py_CLEAR: null the slot first, then drop the reference (a finalizer may look at the slot).
template <class T>
inline void clear_ref(T*& slot) {
  if (T* tmp = slot) {
    slot = nullptr;
    decref(tmp);
  }
}
// Py_SETREF/Py_XSETREF: store a new (owned) value, then drop the old one.
template <class T>
inline void set_ref(T*& slot, T* value) {
  T* old = slot;
  slot = value;
  if (old) decref(old);
}

inline TypeObject* type_of(const Object* op) {
  return op->type;
}
inline ssize var_size(const Object* op) {
  return static_cast<const VarObject*>(op)->size;
}

// An owned reference. Move-only; releases its reference on destruction.
template <class T = Object>
class Ref {
 public:
  Ref() = default;
  Ref(std::nullptr_t) {}
  ~Ref() {
    if (p_) decref(p_);
  }
  Ref(Ref&& other) noexcept : p_(other.p_) { other.p_ = nullptr; }
  template <class U>
  Ref(Ref<U>&& other) noexcept : p_(other.release()) {}
  Ref& operator=(Ref&& other) noexcept {
    if (this != &other) {
      T* old = p_;
      p_ = other.p_;
      other.p_ = nullptr;
      if (old) decref(old);
    }
    return *this;
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;

  // Adopts a new reference (may be nullptr, e.g. an error result).
  static Ref steal(T* p) {
    Ref r;
    r.p_ = p;
    return r;
  }
  // Takes an additional reference to a borrowed pointer.
  static Ref borrow(T* p) {
    Ref r;
    r.p_ = p;
    if (p) incref(p);
    return r;
  }

  T* get() const { return p_; }
  T* operator->() const { return p_; }
  explicit operator bool() const { return p_ != nullptr; }
  // Gives up ownership: the caller now owns the reference.
  [[nodiscard]] T* release() {
    T* p = p_;
    p_ = nullptr;
    return p;
  }
  // A fresh new reference to the same object (this Ref keeps its own).
  T* new_ref() const {
    incref(p_);
    return p_;
  }
  void reset(T* p = nullptr) {  // adopts p
    T* old = p_;
    p_ = p;
    if (old) decref(old);
  }

 private:
  T* p_ = nullptr;
};

template <class T>
inline Ref<T> steal(T* p) {
  return Ref<T>::steal(p);
}
template <class T>
inline Ref<T> borrow(T* p) {
  return Ref<T>::borrow(p);
}

}  // namespace mempy::runtime
