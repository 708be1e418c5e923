// runtime/range.h — range objects (start, stop, step, length as int objects: 48 bytes, not GC)
// and their iterator, whose C-integer fast path the VM uses for `for i in range(n)`.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct RangeObject : Object {
  Object* start;
  Object* stop;
  Object* step;
  Object* length;
};
static_assert(sizeof(RangeObject) == 48);

struct RangeIterObject : Object {  // ranges whose values fit in a C long
  long index_;  // CPython 3.11's field, kept for its 48-byte layout; `start` advances instead
  long start;
  long step;
  long len;
};
static_assert(sizeof(RangeIterObject) == 48);  // getsizeof(iter(range(3))) == 48

extern TypeObject RangeType;
extern TypeObject RangeIterType;
extern TypeObject LongRangeIterType;

inline bool is_range(const Object* op) {
  return op->type == &RangeType;
}
inline bool is_range_iter(const Object* op) {
  return op->type == &RangeIterType;
}

Object* range_new_from_longs(long start, long stop, long step);

void range_types_init();

}  // namespace mempy::runtime
