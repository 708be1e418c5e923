// runtime/list_sort.cpp — list.sort(): the adaptive merge sort CPython 3.11 uses (timsort with the
// "powersort" merge policy), so that user-defined comparisons are called in the same order and the
// same number of times as in CPython.
//
// Outline (the algorithm is described in CPython's Objects/listsort.txt): find natural runs
// (reversing strictly descending ones), extend short runs to `minrun` with binary insertion, push
// runs on a stack whose merges are scheduled by each run boundary's "power", and merge neighbours
// with galloping (exponential search) when one side keeps winning.
//
// Sorting happens on the item array detached from the list (CPython's rule: the list looks empty
// meanwhile, so a comparison that mutates it is detected afterwards). With a key function the keys
// are sorted and the items follow them (a "values" array moved in lockstep).
#include <cstring>
#include <vector>

#include "memory/allocator.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

constexpr int kMinGallop = 7;
constexpr int kMaxPending = 85;  // enough run-stack entries for any list that fits in memory

// A pair of parallel arrays: the keys compared and the values moved with them (may be null).
struct Slice {
  Object** keys;
  Object** values;

  void advance(ssize n) {
    keys += n;
    if (values) values += n;
  }
};

void copy_items(Slice dst, ssize di, Slice src, ssize si, ssize n) {
  std::memcpy(dst.keys + di, src.keys + si, std::size_t(n) * sizeof(Object*));
  if (dst.values) std::memcpy(dst.values + di, src.values + si, std::size_t(n) * sizeof(Object*));
}
void move_items(Slice dst, ssize di, Slice src, ssize si, ssize n) {
  std::memmove(dst.keys + di, src.keys + si, std::size_t(n) * sizeof(Object*));
  if (dst.values) std::memmove(dst.values + di, src.values + si, std::size_t(n) * sizeof(Object*));
}
// *dst++ = *src++ (or --) for both arrays
void take_forward(Slice& dst, Slice& src) {
  *dst.keys++ = *src.keys++;
  if (dst.values) *dst.values++ = *src.values++;
}
void take_backward(Slice& dst, Slice& src) {
  *dst.keys-- = *src.keys--;
  if (dst.values) *dst.values-- = *src.values--;
}

void reverse_range(Object** lo, Object** hi) {
  for (--hi; lo < hi; ++lo, --hi) std::swap(*lo, *hi);
}

enum class Compare { Generic, Int, Float, LatinStr, Tuple };

class Sorter {
 public:
  // With a key function the merge scratch holds keys and values, and needs at most half the
  // list: the rest of the fixed scratch can hold the keys of a short list.
  Sorter(ssize n, bool has_values) : n_(n) {
    temp_.keys = scratch_;
    temp_.values = nullptr;
    temp_cap_ = kScratch;
    if (has_values) {
      temp_cap_ = (n + 1) / 2 < kScratch / 2 ? (n + 1) / 2 : kScratch / 2;
      temp_.values = scratch_ + temp_cap_;
    }
  }
  ~Sorter() {
    if (temp_.keys != scratch_) memory::free(temp_.keys);
  }
  Sorter(const Sorter&) = delete;
  Sorter& operator=(const Sorter&) = delete;

  // Scratch space below this many pointers needs no allocation (CPython keeps 256 on its stack);
  // a key array for a short list may use its unused upper part.
  static constexpr ssize kScratch = 256;
  Object** spare_key_space() { return n_ < kScratch / 2 ? scratch_ + n_ + 1 : nullptr; }
  void set_base(Slice base) { base_ = base; }

  void choose_compare();
  int sort();  // 0, or -1 with an exception set

 private:
  int lt(Object* a, Object* b);  // 1 if a < b, 0 if not, -1 on error
  int lt_by(Compare how, Object* a, Object* b);
  ssize count_run(Object** lo, Object** hi, bool* descending);
  int binary_insertion(Slice lo, Object** hi, Object** start);
  ssize gallop_left(Object* key, Object** a, ssize n, ssize hint);
  ssize gallop_right(Object* key, Object** a, ssize n, ssize hint);
  int merge_at(int i);
  int merge_low(Slice a, ssize na, Slice b, ssize nb);
  int merge_high(Slice a, ssize na, Slice b, ssize nb);
  int ensure_temp(ssize need);
  int push_run(ssize start, ssize len);

  struct Run {
    Slice base;
    ssize len;
    int power;
  };

  Slice base_{nullptr, nullptr};
  ssize n_;
  Compare compare_ = Compare::Generic;
  Compare tuple_first_ = Compare::Generic;  // how first tuple items compare (Tuple mode)
  int min_gallop_ = kMinGallop;
  Run pending_[kMaxPending];
  int npending_ = 0;
  Slice temp_;
  ssize temp_cap_;
  Object* scratch_[kScratch];
};

// ---- comparisons --------------------------------------------------------------------------------
int Sorter::lt_by(Compare how, Object* a, Object* b) {
  switch (how) {
    case Compare::Int:
      return int_medium_value(a) < int_medium_value(b);
    case Compare::Float:
      return float_value(a) < float_value(b);
    case Compare::LatinStr:
      return str_compare(a, b) < 0;
    case Compare::Tuple: {
      // the first differing items decide; equality is tested with ==, as tuples compare
      ssize na = tuple_size(a), nb = tuple_size(b), i = 0;
      for (; i < na && i < nb; ++i) {
        int eq = rich_compare_bool(tuple_get(a, i), tuple_get(b, i), CMP_EQ);
        if (eq < 0) return -1;
        if (!eq) break;
      }
      if (i >= na || i >= nb) return na < nb;
      if (i == 0) return lt_by(tuple_first_, tuple_get(a, 0), tuple_get(b, 0));
      return rich_compare_bool(tuple_get(a, i), tuple_get(b, i), CMP_LT);
    }
    case Compare::Generic:
      break;
  }
  return rich_compare_bool(a, b, CMP_LT);
}

int Sorter::lt(Object* a, Object* b) {
  return lt_by(compare_, a, b);
}

// Picks a specialised comparison when every key has the same simple type, judged (as CPython
// does) from the type of the first key, or of the first items when the keys are tuples.
void Sorter::choose_compare() {
  Object** keys = base_.keys;
  bool in_tuples = is_tuple_exact(keys[0]) && tuple_size(keys[0]) > 0;
  TypeObject* type = in_tuples ? tuple_get(keys[0], 0)->type : keys[0]->type;
  bool same_type = true, latin = true, small_ints = true;
  for (ssize i = 0; i < n_; ++i) {
    if (in_tuples && !(is_tuple_exact(keys[i]) && tuple_size(keys[i]) > 0)) {
      in_tuples = false;
      same_type = false;
      break;
    }
    Object* key = in_tuples ? tuple_get(keys[i], 0) : keys[i];
    if (key->type != type) {
      same_type = false;
      if (!in_tuples) break;
    }
    if (same_type) {
      if (type == &IntType && small_ints && !int_is_medium(key)) small_ints = false;
      if (type == &StrType && latin && str_kind(key) != 1) latin = false;
    }
  }
  Compare how = Compare::Generic;
  if (same_type) {
    if (type == &StrType && latin) {
      how = Compare::LatinStr;
    } else if (type == &IntType && small_ints) {
      how = Compare::Int;
    } else if (type == &FloatType) {
      how = Compare::Float;
    }
  }
  if (in_tuples) {
    tuple_first_ = type == &TupleType ? Compare::Generic : how;
    compare_ = Compare::Tuple;
  } else {
    compare_ = how;
  }
}

// ---- runs
// ------------------------------------------------------------------------------------------ Length
// of the run starting at lo: non-decreasing, or strictly decreasing (*descending).
ssize Sorter::count_run(Object** lo, Object** hi, bool* descending) {
  *descending = false;
  if (lo + 1 == hi) return 1;
  ssize n = 2;
  int k = lt(lo[1], lo[0]);
  if (k < 0) return -1;
  Object** p = lo + 2;
  if (k) {
    *descending = true;
    for (; p < hi; ++p, ++n) {
      k = lt(p[0], p[-1]);
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (; p < hi; ++p, ++n) {
      k = lt(p[0], p[-1]);
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// Sorts lo[0 .. hi) given that lo[0 .. start) is already sorted: binary insertion, stable.
int Sorter::binary_insertion(Slice lo, Object** hi, Object** start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Object** left = lo.keys;
    Object** right = start;
    Object* pivot = *start;
    do {
      Object** mid = left + ((right - left) >> 1);
      int k = lt(pivot, *mid);
      if (k < 0) return -1;
      if (k) {
        right = mid;
      } else {
        left = mid + 1;
      }
    } while (left < right);
    for (Object** p = start; p > left; --p) *p = p[-1];
    *left = pivot;
    if (lo.values) {
      ssize at = left - lo.keys, from = start - lo.keys;
      Object* v = lo.values[from];
      for (ssize p = from; p > at; --p) lo.values[p] = lo.values[p - 1];
      lo.values[at] = v;
    }
  }
  return 0;
}

// ---- galloping ---------------------------------------------------------------------------------
// Where key goes in the sorted a[0 .. n): the leftmost position (before equal items), searching
// outward from a[hint] in steps 1, 3, 7, 15, ... and then by bisection.
ssize Sorter::gallop_left(Object* key, Object** a, ssize n, ssize hint) {
  ssize last = 0, ofs = 1;
  int k = lt(a[hint], key);
  if (k < 0) return -1;
  if (k) {
    // a[hint] < key: look right until a[hint + last] < key <= a[hint + ofs]
    ssize limit = n - hint;
    while (ofs < limit) {
      k = lt(a[hint + ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > limit) ofs = limit;
    last += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: look left until a[hint - ofs] < key <= a[hint - last]
    ssize limit = hint + 1;
    while (ofs < limit) {
      k = lt(a[hint - ofs], key);
      if (k < 0) return -1;
      if (k) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > limit) ofs = limit;
    ssize t = last;
    last = hint - ofs;
    ofs = hint - t;
  }
  // now a[last] < key <= a[ofs]: bisect (last, ofs]
  ++last;
  while (last < ofs) {
    ssize mid = last + ((ofs - last) >> 1);
    k = lt(a[mid], key);
    if (k < 0) return -1;
    if (k) {
      last = mid + 1;
    } else {
      ofs = mid;
    }
  }
  return ofs;
}

// Like gallop_left but the rightmost position (after equal items).
ssize Sorter::gallop_right(Object* key, Object** a, ssize n, ssize hint) {
  ssize last = 0, ofs = 1;
  int k = lt(key, a[hint]);
  if (k < 0) return -1;
  if (k) {
    // key < a[hint]: look left until a[hint - ofs] <= key < a[hint - last]
    ssize limit = hint + 1;
    while (ofs < limit) {
      k = lt(key, a[hint - ofs]);
      if (k < 0) return -1;
      if (!k) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > limit) ofs = limit;
    ssize t = last;
    last = hint - ofs;
    ofs = hint - t;
  } else {
    // a[hint] <= key: look right until a[hint + last] <= key < a[hint + ofs]
    ssize limit = n - hint;
    while (ofs < limit) {
      k = lt(key, a[hint + ofs]);
      if (k < 0) return -1;
      if (k) break;
      last = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > limit) ofs = limit;
    last += hint;
    ofs += hint;
  }
  ++last;
  while (last < ofs) {
    ssize mid = last + ((ofs - last) >> 1);
    k = lt(key, a[mid]);
    if (k < 0) return -1;
    if (k) {
      ofs = mid;
    } else {
      last = mid + 1;
    }
  }
  return ofs;
}

// ---- merging
// ----------------------------------------------------------------------------------------
int Sorter::ensure_temp(ssize need) {
  if (need <= temp_cap_) return 0;
  if (temp_.keys != scratch_) memory::free(temp_.keys);
  temp_.keys = scratch_;  // in case the allocation fails
  int per_item = temp_.values ? 2 : 1;
  if (std::size_t(need) > PTRDIFF_MAX / sizeof(Object*) / std::size_t(per_item)) {
    err_no_memory();
    return -1;
  }
  auto* mem = static_cast<Object**>(memory::alloc(std::size_t(need) * per_item * sizeof(Object*)));
  if (!mem) {
    err_no_memory();
    return -1;
  }
  temp_.keys = mem;
  if (temp_.values) temp_.values = mem + need;
  temp_cap_ = need;
  return 0;
}

// Merges the adjacent sorted runs a (na items) and b (nb items, right after a) in place, copying
// the shorter run a out first. Requires na <= nb, a[0] > b[0]... as arranged by merge_at:
// b[0] belongs before a[0] and a[na-1] after b[nb-1].
int Sorter::merge_low(Slice a, ssize na, Slice b, ssize nb) {
  if (ensure_temp(na) < 0) return -1;
  copy_items(temp_, 0, a, 0, na);
  Slice dest = a;
  a = temp_;
  take_forward(dest, b);
  --nb;
  int result = 0;
  int min_gallop = min_gallop_;
  if (nb == 0) goto done;
  if (na == 1) goto a_last;
  for (;;) {
    ssize acount = 0, bcount = 0;
    // one item at a time until a run keeps winning
    for (;;) {
      int k = lt(b.keys[0], a.keys[0]);
      if (k < 0) goto fail;
      if (k) {
        take_forward(dest, b);
        ++bcount;
        acount = 0;
        if (--nb == 0) goto done;
        if (bcount >= min_gallop) break;
      } else {
        take_forward(dest, a);
        ++acount;
        bcount = 0;
        if (--na == 1) goto a_last;
        if (acount >= min_gallop) break;
      }
    }
    // galloping: copy whole stretches found by exponential search
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      ssize k = gallop_right(b.keys[0], a.keys, na, 0);
      if (k < 0) goto fail;
      acount = k;
      if (k) {
        copy_items(dest, 0, a, 0, k);
        dest.advance(k);
        a.advance(k);
        na -= k;
        if (na == 1) goto a_last;
        if (na == 0) goto done;  // only when comparisons are inconsistent
      }
      take_forward(dest, b);
      if (--nb == 0) goto done;
      k = gallop_left(a.keys[0], b.keys, nb, 0);
      if (k < 0) goto fail;
      bcount = k;
      if (k) {
        move_items(dest, 0, b, 0, k);
        dest.advance(k);
        b.advance(k);
        nb -= k;
        if (nb == 0) goto done;
      }
      take_forward(dest, a);
      if (--na == 1) goto a_last;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;  // leaving galloping mode costs a little
    min_gallop_ = min_gallop;
  }
fail:
  result = -1;
done:
  if (na) copy_items(dest, 0, a, 0, na);
  return result;
a_last:
  // a's last item goes after everything left in b
  move_items(dest, 0, b, 0, nb);
  copy_items(dest, nb, a, 0, 1);
  return 0;
}

// The mirror image of merge_low for na > nb: copies b out and merges from the right end.
int Sorter::merge_high(Slice a, ssize na, Slice b, ssize nb) {
  if (ensure_temp(nb) < 0) return -1;
  Slice dest = b;
  dest.advance(nb - 1);
  copy_items(temp_, 0, b, 0, nb);
  Slice a_base = a;
  Slice b_base = temp_;
  b = temp_;
  b.advance(nb - 1);
  a.advance(na - 1);
  take_backward(dest, a);
  --na;
  int result = 0;
  int min_gallop = min_gallop_;
  if (na == 0) goto done;
  if (nb == 1) goto b_first;
  for (;;) {
    ssize acount = 0, bcount = 0;
    for (;;) {
      int k = lt(b.keys[0], a.keys[0]);
      if (k < 0) goto fail;
      if (k) {
        take_backward(dest, a);
        ++acount;
        bcount = 0;
        if (--na == 0) goto done;
        if (acount >= min_gallop) break;
      } else {
        take_backward(dest, b);
        ++bcount;
        acount = 0;
        if (--nb == 1) goto b_first;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      min_gallop_ = min_gallop;
      ssize k = gallop_right(b.keys[0], a_base.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        dest.advance(-k);
        a.advance(-k);
        move_items(dest, 1, a, 1, k);
        na -= k;
        if (na == 0) goto done;
      }
      take_backward(dest, b);
      if (--nb == 1) goto b_first;
      k = gallop_left(a.keys[0], b_base.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        dest.advance(-k);
        b.advance(-k);
        copy_items(dest, 1, b, 1, k);
        nb -= k;
        if (nb == 1) goto b_first;
        if (nb == 0) goto done;  // only when comparisons are inconsistent
      }
      take_backward(dest, a);
      if (--na == 0) goto done;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    min_gallop_ = min_gallop;
  }
fail:
  result = -1;
done:
  if (nb) copy_items(dest, -(nb - 1), b_base, 0, nb);
  return result;
b_first:
  // b's first item goes before everything left in a
  move_items(dest, 1 - na, a, 1 - na, na);
  dest.advance(-na);
  a.advance(-na);
  copy_items(dest, 0, b, 0, 1);
  return 0;
}

// Merges pending runs i and i+1.
int Sorter::merge_at(int i) {
  Slice a = pending_[i].base;
  ssize na = pending_[i].len;
  Slice b = pending_[i + 1].base;
  ssize nb = pending_[i + 1].len;
  pending_[i].len = na + nb;
  if (i == npending_ - 3) pending_[i + 1] = pending_[i + 2];
  --npending_;
  // items of a already before b[0], and of b already after a[na-1], stay where they are
  ssize k = gallop_right(b.keys[0], a.keys, na, 0);
  if (k < 0) return -1;
  a.advance(k);
  na -= k;
  if (na == 0) return 0;
  nb = gallop_left(a.keys[na - 1], b.keys, nb, nb - 1);
  if (nb <= 0) return int(nb);
  return na <= nb ? merge_low(a, na, b, nb) : merge_high(a, na, b, nb);
}

// The powersort "power" of the boundary between the run [s1, s1+n1) and the following n2 items
// of an n-item list: the first bit position where the midpoints of the two runs, as fractions of
// n, differ.
int boundary_power(ssize s1, ssize n1, ssize n2, ssize n) {
  int power = 0;
  ssize a = 2 * s1 + n1;  // twice the midpoint of run 1
  ssize b = a + n1 + n2;  // twice the midpoint of run 2
  for (;;) {
    ++power;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return power;
}

// Records a new run; first merges pending runs whose boundary power exceeds the new boundary's.
int Sorter::push_run(ssize start, ssize len) {
  if (npending_ > 0) {
    Run& top = pending_[npending_ - 1];
    ssize s1 = top.base.keys - base_.keys;
    int power = boundary_power(s1, top.len, len, n_);
    while (npending_ > 1 && pending_[npending_ - 2].power > power) {
      if (merge_at(npending_ - 2) < 0) return -1;
    }
    pending_[npending_ - 1].power = power;
  }
  Slice s = base_;
  s.advance(start);
  pending_[npending_++] = Run{s, len, 0};
  return 0;
}

// minrun: n itself below 64, else a value in [32, 64] such that n / minrun is (close to) a power
// of two, so the final merges are balanced.
ssize compute_minrun(ssize n) {
  ssize r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

int Sorter::sort() {
  ssize remaining = n_;
  ssize minrun = compute_minrun(remaining);
  ssize start = 0;
  while (remaining) {
    Slice lo = base_;
    lo.advance(start);
    bool descending;
    ssize run = count_run(lo.keys, lo.keys + remaining, &descending);
    if (run < 0) return -1;
    if (descending) {
      reverse_range(lo.keys, lo.keys + run);
      if (lo.values) reverse_range(lo.values, lo.values + run);
    }
    if (run < minrun) {
      ssize force = remaining <= minrun ? remaining : minrun;
      if (binary_insertion(lo, lo.keys + force, lo.keys + run) < 0) return -1;
      run = force;
    }
    if (push_run(start, run) < 0) return -1;
    start += run;
    remaining -= run;
  }
  // merge everything left, preferring the smaller neighbour
  while (npending_ > 1) {
    int i = npending_ - 2;
    if (i > 0 && pending_[i - 1].len < pending_[i + 1].len) --i;
    if (merge_at(i) < 0) return -1;
  }
  return 0;
}

}  // namespace

int list_sort(Object* op, Object* keyfunc, bool reverse) {
  auto* self = static_cast<ListObject*>(op);
  // detach the items: the list is empty while sorting, so mutation by a comparison is caught
  ssize n = self->size;
  Object** items = self->items;
  ssize allocated = self->allocated;
  self->size = 0;
  self->items = nullptr;
  self->allocated = -1;

  bool has_keys = keyfunc && !is_none(keyfunc);
  int result = 0;
  {
    Sorter sorter(n, has_keys);
    Object** keys = nullptr;
    bool keys_allocated = false;
    if (has_keys) {
      keys = sorter.spare_key_space();
      if (!keys && n > 0) {
        keys = static_cast<Object**>(memory::alloc(std::size_t(n) * sizeof(Object*)));
        keys_allocated = true;
        if (!keys) {
          err_no_memory();
          result = -1;
        }
      }
      for (ssize i = 0; result == 0 && i < n; ++i) {
        keys[i] = call_one_arg(keyfunc, items[i]);
        if (!keys[i]) {
          for (ssize j = 0; j < i; ++j) decref(keys[j]);
          result = -1;
        }
      }
    }
    bool release_keys = has_keys && result == 0;
    if (result == 0 && n > 1) {
      sorter.set_base(has_keys ? Slice{keys, items} : Slice{items, nullptr});
      sorter.choose_compare();
      if (reverse) {
        // reversing before and after keeps equal items in their original order
        if (has_keys) reverse_range(keys, keys + n);
        reverse_range(items, items + n);
      }
      result = sorter.sort();
      if (reverse) reverse_range(items, items + n);
    }
    if (release_keys) {
      for (ssize i = 0; i < n; ++i) decref(keys[i]);
    }
    if (keys_allocated) memory::free(keys);
  }

  // put the items back; if the list was modified meanwhile, that is an error
  if (self->allocated != -1 && result == 0) {
    err_set_string(&ExcValueError, "list modified during sort");
    result = -1;
  }
  Object** extra = self->items;
  ssize extra_n = self->size;
  self->items = items;
  self->size = n;
  self->allocated = allocated;
  if (extra) {
    for (ssize i = extra_n - 1; i >= 0; --i) xdecref(extra[i]);
    memory::free(extra);
  }
  return result;
}

}  // namespace mempy::runtime
