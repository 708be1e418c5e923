// runtime/slice.h — slice objects (start, stop, step) and index normalisation helpers.
#pragma once
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

struct SliceObject : Object {
  Object* start;
  Object* stop;
  Object* step;
};

extern TypeObject SliceType;
inline bool is_slice(const Object* op) {
  return op->type == &SliceType;
}

Object* slice_new(Object* start, Object* stop, Object* step);  // borrows; null means None
// CPython's PySlice_Unpack: C values with None mapped to defaults; ValueError for step 0.
int slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step);
// PySlice_AdjustIndices: clamps to a sequence of `length`; returns the slice length.
ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step);
// An optional index argument (None allowed) as used by str.find(x, start, end); false + error.
bool slice_index_arg(Object* v, ssize* out);

void slice_type_init();

}  // namespace mempy::runtime
