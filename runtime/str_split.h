// runtime/str_split.h — split / rsplit / splitlines for str, bytes and bytearray, building the
// result lists the way CPython's stringlib does, so that sys.getsizeof of the result agrees:
// split and rsplit preallocate min(maxsplit + 1, 12) slots (12 when unlimited), store into them
// and append past them; when the text is shorter than the separator the list has exactly one
// slot; splitlines starts empty and appends.
//
// The algorithms see the text only through callbacks: is_space(i) / is_linebreak(i) test the unit
// at i, find(from, to) / rfind(from, to) search the separator in [from, to) and return an
// absolute index or -1, and piece(start, end) makes a new object for [start, end) (nullptr on
// error). That keeps one copy of the splitting rules for every unit width.
#pragma once
#include "runtime/list.h"
#include "runtime/object.h"

namespace mempy::runtime {

// A list filled as CPython's SPLIT_ADD does: into preallocated slots first, then by appending.
class SplitList {
 public:
  explicit SplitList(ssize prealloc) : list_(list_new(prealloc)) {
    if (list_) static_cast<ListObject*>(list_)->size = 0;
  }
  ~SplitList() { xdecref(list_); }
  SplitList(const SplitList&) = delete;
  SplitList& operator=(const SplitList&) = delete;

  bool ok() const { return list_ != nullptr; }
  // Adds a new reference (nullptr is an error that was already raised).
  bool add(Object* item) {
    if (!item) return false;
    ListObject* l = static_cast<ListObject*>(list_);
    if (l->size < l->allocated) {
      l->items[l->size++] = item;
      return true;
    }
    return list_append_steal(list_, item) == 0;
  }
  Object* release(bool reverse = false) {
    if (reverse) list_reverse(list_);
    Object* r = list_;
    list_ = nullptr;
    return r;
  }

 private:
  Object* list_;
};

inline constexpr ssize kSplitPrealloc = 12;
inline ssize split_prealloc(ssize maxsplit) {
  return maxsplit >= kSplitPrealloc ? kSplitPrealloc : maxsplit + 1;
}

// str.split() / bytes.split() without a separator. maxsplit < 0: unlimited. The remainder after
// maxsplit splits keeps its trailing (split) or leading (rsplit) whitespace.
template <class IsSpace, class Piece>
Object* split_whitespace(ssize len, ssize maxsplit, bool right, IsSpace is_space, Piece piece) {
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  SplitList out(split_prealloc(maxsplit));
  if (!out.ok()) return nullptr;
  if (!right) {
    ssize i = 0;
    for (; maxsplit > 0; --maxsplit) {
      while (i < len && is_space(i)) ++i;
      if (i == len) break;
      ssize j = i;
      while (i < len && !is_space(i)) ++i;
      if (!out.add(piece(j, i))) return nullptr;
    }
    if (i < len) {
      while (i < len && is_space(i)) ++i;
      if (i != len && !out.add(piece(i, len))) return nullptr;
    }
    return out.release();
  }
  ssize i = len;
  for (; maxsplit > 0; --maxsplit) {
    while (i > 0 && is_space(i - 1)) --i;
    if (i == 0) break;
    ssize j = i;
    while (i > 0 && !is_space(i - 1)) --i;
    if (!out.add(piece(i, j))) return nullptr;
  }
  if (i > 0) {
    while (i > 0 && is_space(i - 1)) --i;
    if (i != 0 && !out.add(piece(0, i))) return nullptr;
  }
  return out.release(true);
}

// split(sep) / rsplit(sep) with a non-empty separator of length seplen.
template <class Find, class Piece>
Object* split_separator(ssize len, ssize seplen, ssize maxsplit, bool right, Find find,
                        Piece piece) {
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  if (len < seplen) {
    SplitList out(1);
    if (!out.ok() || !out.add(piece(0, len))) return nullptr;
    return out.release();
  }
  SplitList out(split_prealloc(maxsplit));
  if (!out.ok()) return nullptr;
  if (!right) {
    ssize i = 0;
    for (; maxsplit > 0; --maxsplit) {
      ssize f = find(i, len);
      if (f < 0) break;
      if (!out.add(piece(i, f))) return nullptr;
      i = f + seplen;
    }
    if (!out.add(piece(i, len))) return nullptr;
    return out.release();
  }
  ssize j = len;
  for (; maxsplit > 0; --maxsplit) {
    ssize f = find(0, j);
    if (f < 0) break;
    if (!out.add(piece(f + seplen, j))) return nullptr;
    j = f;
  }
  if (!out.add(piece(0, j))) return nullptr;
  return out.release(true);
}

// splitlines(keepends): is_linebreak(i) tells the line boundaries; "\r\n" is one boundary.
template <class IsBreak, class CharAt, class Piece>
Object* split_lines(ssize len, bool keepends, IsBreak is_linebreak, CharAt at, Piece piece) {
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize i = 0;
  while (i < len) {
    ssize j = i;
    while (j < len && !is_linebreak(j)) ++j;
    ssize eol = j;
    if (j < len) {
      j += (at(j) == '\r' && j + 1 < len && at(j + 1) == '\n') ? 2 : 1;
      if (keepends) eol = j;
    }
    Object* line = piece(i, eol);
    if (!line || list_append_steal(list, line) < 0) {
      decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

}  // namespace mempy::runtime
