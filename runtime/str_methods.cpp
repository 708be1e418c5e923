// runtime/str_methods.cpp — str indexing, iteration, construction (str(), subclasses) and the
// methods that search, split, pad and rearrange text. Case mapping and character predicates are
// in str_case.cpp, str.format in str_format.cpp, codecs in str_codecs.cpp, '%' in
// str_printf.cpp. Every method returns an exact str, also for subclass instances (CPython copies
// a subclass instance where it would return an unchanged exact str as is).
#include <algorithm>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_args.h"
#include "runtime/str_codecs.h"
#include "runtime/str_internal.h"
#include "runtime/str_split.h"
#include "runtime/tuple.h"
#include "runtime/unicode_db.h"

namespace mempy::runtime {

TypeObject StrIterType;
TypeObject StrUnicodeIterType;  // "str_iterator": CPython names the two iterators apart

namespace {

// ---- iteration ---------------------------------------------------------------------------------
struct StrIterObject : Object {
  ssize index;
  Object* str;
};

void striter_dealloc(Object* op) {
  memory::gc_untrack(op);
  xdecref(static_cast<StrIterObject*>(op)->str);
  object_free(op);
}
int striter_traverse(Object* op, VisitFn visit, void* arg) {
  Object* s = static_cast<StrIterObject*>(op)->str;
  return s ? visit(s, arg) : 0;
}
Object* striter_next(Object* op) {
  StrIterObject* it = static_cast<StrIterObject*>(op);
  if (!it->str) return nullptr;
  if (it->index < str_length(it->str)) {
    std::uint32_t c = str_char_at(it->str, it->index++);
    return str_from_ucs4(&c, 1);
  }
  clear_ref(it->str);
  return nullptr;
}
Object* striter_self(Object* op) {
  return new_ref(op);
}
Object* striter_length_hint(Object* self, Object* const*, ssize, Object*) {
  StrIterObject* it = static_cast<StrIterObject*>(self);
  return int_from_ssize(it->str ? str_length(it->str) - it->index : 0);
}
MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- argument helpers --------------------------------------------------------------------------
bool arg_is_str(Object* o, const char* method, int argno) {
  if (is_str(o)) return true;
  err_format(&ExcTypeError, "{}() argument {} must be str, not {}", method, argno,
             clinic_type_name(o));
  return false;
}

bool must_be_str(Object* o) {
  if (is_str(o)) return true;
  err_format(&ExcTypeError, "must be str, not {}", type_name(o->type));
  return false;
}

// The single fill character of center/ljust/rjust.
bool fill_char_arg(Object* v, std::uint32_t* out) {
  if (!is_str(v)) {
    err_format(&ExcTypeError, "The fill character must be a unicode character, not {}",
               type_name(v->type));
    return false;
  }
  if (str_length(v) != 1) {
    err_set_string(&ExcTypeError, "The fill character must be exactly one character long");
    return false;
  }
  *out = str_char_at(v, 0);
  return true;
}

// Builds a string of `length` code points with maxchar bound `maxchar`; the callback writes them.
template <class Fill>
Object* build_str(ssize length, std::uint32_t maxchar, Fill fill) {
  Object* r = str_new(length, maxchar);
  if (!r || length == 0) return r;
  fill(str_kind(r), str_data(r));
  return r;
}

void copy_into(unsigned dk, void* dd, ssize at, Object* src, ssize start, ssize end) {
  unsigned sk = str_kind(src);
  const void* sd = str_data(src);
  if (dk == sk) {
    std::memcpy(static_cast<char*>(dd) + at * dk, static_cast<const char*>(sd) + start * sk,
                std::size_t(end - start) * dk);
  } else {
    for (ssize i = start; i < end; ++i) str_write(dk, dd, at + i - start, str_read(sk, sd, i));
  }
}

void fill_units(unsigned kind, void* data, ssize at, ssize n, std::uint32_t ch) {
  if (kind == STR_KIND_1) {
    std::memset(static_cast<char*>(data) + at, int(ch), std::size_t(n));
  } else {
    for (ssize i = 0; i < n; ++i) str_write(kind, data, at + i, ch);
  }
}

}  // namespace

// ---- indexing, iteration, construction ---------------------------------------------------------
Object* str_getitem(Object* op, Object* key) {
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &ExcIndexError);
    if (i == -1 && err_occurred()) return nullptr;
    ssize n = str_length(op);
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
      err_set_string(&ExcIndexError, "string index out of range");
      return nullptr;
    }
    std::uint32_t c = str_char_at(op, i);
    return str_from_ucs4(&c, 1);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize len = slice_adjust_indices(str_length(op), &start, &stop, step);
    if (step == 1) return str_substring(op, start, start + len);
    if (len <= 0) return str_empty();
    unsigned k = str_kind(op);
    const void* d = str_data(op);
    std::vector<std::uint32_t> buf(static_cast<std::size_t>(len));
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) {
      buf[std::size_t(i)] = str_read(k, d, cur);
    }
    return str_from_ucs4(buf.data(), buf.size());
  }
  err_format(&ExcTypeError, "string indices must be integers, not '{}'", type_name(key->type));
  return nullptr;
}

Object* str_iter(Object* op) {
  TypeObject* type = &StrIterType;
  if (!str_is_ascii(op)) {
    type = &StrUnicodeIterType;
    if (type_ready_static(type) < 0) return nullptr;  // readied on first use
  }
  StrIterObject* it = static_cast<StrIterObject*>(type_generic_alloc(type, 0));
  if (!it) return nullptr;
  it->str = new_ref(op);
  it->index = 0;
  memory::gc_track(it);
  return it;
}

Object* str_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"str", {"object", "encoding", "errors"}, 0, 3, 0};
  if (!parse_clinic_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  for (int i = 1; i < 3; ++i) {
    if (a[i] && !is_str(a[i])) {
      err_format(&ExcTypeError, "str() argument '{}' must be str, not {}",
                 i == 1 ? "encoding" : "errors", clinic_type_name(a[i]));
      return nullptr;
    }
  }
  Object* r;
  if (!a[0]) {
    r = str_empty();
  } else if (!a[1] && !a[2]) {
    r = object_str(a[0]);
  } else {
    std::string_view data;
    if (!bytes_like_data(a[0], &data)) {
      if (is_str(a[0])) {
        err_set_string(&ExcTypeError, "decoding str is not supported");
      } else {
        err_format(&ExcTypeError, "decoding to str: need a bytes-like object, {} found",
                   type_name(a[0]->type));
      }
      return nullptr;
    }
    r = bytes_decode(data, a[1], a[2], "str");
  }
  if (!r || type == &StrType) return r;
  Object* sub = str_subtype_new(type, r);
  decref(r);
  return sub;
}

namespace {

// ---- searching -------------------------------------------------------------------------------
// find/rfind/index/rindex/count(sub[, start[, end]]): the sub and the adjusted range.
bool parse_find_args(const char* name, const char* qualname, Object* self, Object* const* args,
                     ssize nargs, Object* kwnames, ssize* start, ssize* end) {
  if (!check_no_kwargs(qualname, kwnames) || !check_arg_count(name, nargs, 1, 3)) return false;
  if (!must_be_str(args[0])) return false;
  return parse_start_end(args, nargs, 1, str_length(self), start, end);
}

enum class FindKind { find, rfind, index, rindex };

Object* find_method(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                    FindKind kind) {
  static const char* const names[] = {"find", "rfind", "index", "rindex"};
  static const char* const qualnames[] = {"str.find", "str.rfind", "str.index", "str.rindex"};
  int k = int(kind);
  ssize start, end;
  if (!parse_find_args(names[k], qualnames[k], self, args, nargs, kwnames, &start, &end)) {
    return nullptr;
  }
  bool right = kind == FindKind::rfind || kind == FindKind::rindex;
  ssize r = right ? str_rfind(self, args[0], start, end) : str_find(self, args[0], start, end);
  if (r < 0 && (kind == FindKind::index || kind == FindKind::rindex)) {
    err_set_string(&ExcValueError, "substring not found");
    return nullptr;
  }
  return int_from_ssize(r);
}
Object* m_find(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, FindKind::find);
}
Object* m_rfind(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, FindKind::rfind);
}
Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, FindKind::index);
}
Object* m_rindex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, FindKind::rindex);
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ssize start, end;
  if (!parse_find_args("count", "str.count", self, args, nargs, kwnames, &start, &end)) {
    return nullptr;
  }
  return int_from_ssize(str_count(self, args[0], start, end));
}

// Whether sub occurs at self[start:end]'s start (prefix) or end.
bool affix_match(Object* self, Object* sub, ssize start, ssize end, bool prefix) {
  ssize m = str_length(sub);
  if (start > str_length(self) || end - start < m) return false;
  if (m == 0) return true;
  ssize at = prefix ? start : end - m;
  unsigned sk = str_kind(self), k = str_kind(sub);
  if (sk == k) {
    return std::memcmp(static_cast<const char*>(str_data(self)) + at * k, str_data(sub),
                       std::size_t(m) * k) == 0;
  }
  for (ssize i = 0; i < m; ++i) {
    if (str_char_at(self, at + i) != str_char_at(sub, i)) return false;
  }
  return true;
}

Object* affix_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool prefix) {
  const char* name = prefix ? "startswith" : "endswith";
  if (!check_no_kwargs(prefix ? "str.startswith" : "str.endswith", kwnames) ||
      !check_arg_count(name, nargs, 1, 3)) {
    return nullptr;
  }
  ssize start, end;
  if (!parse_start_end(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
  Object* x = args[0];
  if (is_tuple(x)) {
    for (ssize i = 0; i < tuple_size(x); ++i) {
      Object* sub = tuple_get(x, i);
      if (!is_str(sub)) {
        err_format(&ExcTypeError, "tuple for {} must only contain str, not {}", name,
                   type_name(sub->type));
        return nullptr;
      }
      if (affix_match(self, sub, start, end, prefix)) return bool_new_ref(true);
    }
    return bool_new_ref(false);
  }
  if (!is_str(x)) {
    err_format(&ExcTypeError, "{} first arg must be str or a tuple of str, not {}", name,
               type_name(x->type));
    return nullptr;
  }
  return bool_new_ref(affix_match(self, x, start, end, prefix));
}
Object* m_startswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_method(self, args, nargs, kwnames, true);
}
Object* m_endswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_method(self, args, nargs, kwnames, false);
}

// ---- replace -----------------------------------------------------------------------------------
Object* str_replace(Object* self, Object* old, Object* rep, ssize maxcount) {
  ssize n = str_length(self), m = str_length(old), r = str_length(rep);
  if (maxcount < 0) maxcount = PTRDIFF_MAX;
  ssize count = maxcount == 0 ? 0 : str_count(self, old, 0, n, maxcount);
  if (count == 0 || (m == r && m > 0 && str_eq(old, rep))) return str_exact(self);
  if ((r - m) > 0 && count > (PTRDIFF_MAX / 4 - n) / (r - m)) {
    err_set_string(&ExcOverflowError, "replace string is too long");
    return nullptr;
  }
  ssize total = n + count * (r - m);
  // replacing the only wide characters by narrower ones may narrow the kind (as CPython checks)
  std::uint32_t old_bound = str_max_char_bound(old), self_bound = str_max_char_bound(self);
  bool may_shrink = str_max_char_bound(rep) < old_bound && self_bound == old_bound;
  std::uint32_t maxchar = std::max(self_bound, str_max_char_bound(rep));
  Object* result = build_str(total, maxchar, [&](unsigned k, void* d) {
    ssize i = 0, at = 0;
    for (ssize done = 0; done < count; ++done) {
      ssize f;
      if (m == 0) {
        f = i;  // an empty `old` matches before every character and at the end
      } else {
        f = str_find(self, old, i, n);
      }
      copy_into(k, d, at, self, i, f);
      at += f - i;
      copy_into(k, d, at, rep, 0, r);
      at += r;
      if (m == 0) {
        if (f < n) {
          copy_into(k, d, at, self, f, f + 1);
          ++at;
        }
        i = f + 1;
      } else {
        i = f + m;
      }
    }
    if (i < n) copy_into(k, d, at, self, i, n);
  });
  if (!result || !may_shrink) return result;
  Object* narrow = str_from_kind(str_kind(result), str_data(result), str_length(result));
  decref(result);
  return narrow;
}

Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("str.replace", kwnames) || !check_nargs("replace", nargs, 2, 3)) {
    return nullptr;
  }
  if (!arg_is_str(args[0], "replace", 1) || !arg_is_str(args[1], "replace", 2)) return nullptr;
  ssize maxcount = -1;
  if (nargs == 3 && !ssize_arg(args[2], &maxcount)) return nullptr;
  return str_replace(self, args[0], args[1], maxcount);
}

// ---- split -------------------------------------------------------------------------------------
Object* split_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  const char* name = right ? "rsplit" : "split";
  static const ArgSpec lspec{"split", {"sep", "maxsplit"}, 0, 2, 0};
  static const ArgSpec rspec{"rsplit", {"sep", "maxsplit"}, 0, 2, 0};
  Object* a[2];
  if (!parse_clinic_args(right ? rspec : lspec, args, nargs, kwnames, a)) return nullptr;
  ssize maxsplit = -1;
  if (a[1] && !ssize_arg(a[1], &maxsplit)) return nullptr;
  ssize n = str_length(self);
  auto piece = [&](ssize i, ssize j) { return str_substring(self, i, j); };
  if (!a[0] || is_none(a[0])) {
    unsigned k = str_kind(self);
    const void* d = str_data(self);
    if (str_is_ascii(self)) {
      const std::uint8_t* p = static_cast<const std::uint8_t*>(d);
      auto space = [p](ssize i) {
        return unicode_detail::k_ascii_flags[p[i]] & unicode_detail::k_flag_space;
      };
      return split_whitespace(n, maxsplit, right, space, piece);
    }
    auto space = [k, d](ssize i) { return uni_isspace(str_read(k, d, i)); };
    return split_whitespace(n, maxsplit, right, space, piece);
  }
  Object* sep = a[0];
  if (!is_str(sep)) {
    err_format(&ExcTypeError, "must be str or None, not {}", type_name(sep->type));
    return nullptr;
  }
  ssize m = str_length(sep);
  if (m == 0) {
    err_set_string(&ExcValueError, "empty separator");
    return nullptr;
  }
  if (right) {
    return split_separator(
        n, m, maxsplit, true, [&](ssize i, ssize j) { return str_rfind(self, sep, i, j); }, piece);
  }
  return split_separator(
      n, m, maxsplit, false, [&](ssize i, ssize j) { return str_find(self, sep, i, j); }, piece);
}
Object* m_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, false);
}
Object* m_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, true);
}

Object* m_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  static const ArgSpec spec{"splitlines", {"keepends"}, 0, 1, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  int keep = 0;
  if (a[0] && !int_arg(a[0], &keep)) return nullptr;
  unsigned k = str_kind(self);
  const void* d = str_data(self);
  auto at = [k, d](ssize i) { return str_read(k, d, i); };
  return split_lines(
      str_length(self), keep != 0, [&](ssize i) { return uni_is_linebreak(at(i)); }, at,
      [&](ssize i, ssize j) { return str_substring(self, i, j); });
}

Object* partition_method(Object* self, Object* sep, bool right) {
  if (!must_be_str(sep)) return nullptr;
  if (str_length(sep) == 0) {
    err_set_string(&ExcValueError, "empty separator");
    return nullptr;
  }
  ssize n = str_length(self);
  ssize f = right ? str_rfind(self, sep, 0, n) : str_find(self, sep, 0, n);
  Ref<> empty = steal(str_empty());
  if (f < 0) {  // the text itself, even a subclass instance, as CPython
    return right ? tuple_pack({empty.get(), empty.get(), self})
                 : tuple_pack({self, empty.get(), empty.get()});
  }
  Ref<> before = steal(str_substring(self, 0, f));
  Ref<> after = steal(str_substring(self, f + str_length(sep), n));
  Ref<> middle = steal(str_exact(sep));
  if (!before || !after || !middle) return nullptr;
  return tuple_pack({before.get(), middle.get(), after.get()});
}
Object* m_partition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.partition", nargs, kwnames)) return nullptr;
  return partition_method(self, args[0], false);
}
Object* m_rpartition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.rpartition", nargs, kwnames)) return nullptr;
  return partition_method(self, args[0], true);
}

// ---- strip, affixes, padding -------------------------------------------------------------------
enum StripWhich { STRIP_BOTH, STRIP_LEFT, STRIP_RIGHT };

Object* strip_method(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                     StripWhich which) {
  static const char* const names[] = {"strip", "lstrip", "rstrip"};
  static const char* const qualnames[] = {"str.strip", "str.lstrip", "str.rstrip"};
  if (!check_no_kwargs(qualnames[which], kwnames) || !check_nargs(names[which], nargs, 0, 1)) {
    return nullptr;
  }
  Object* chars = nargs && !is_none(args[0]) ? args[0] : nullptr;
  if (chars && !is_str(chars)) {
    err_format(&ExcTypeError, "{} arg must be None or str", names[which]);
    return nullptr;
  }
  unsigned k = str_kind(self);
  const void* d = str_data(self);
  auto strip_this = [&](ssize i) {
    std::uint32_t c = str_read(k, d, i);
    if (!chars) return uni_isspace(c);
    return str_find_char(chars, c, 0, str_length(chars)) >= 0;
  };
  ssize i = 0, j = str_length(self);
  if (which != STRIP_RIGHT) {
    while (i < j && strip_this(i)) ++i;
  }
  if (which != STRIP_LEFT) {
    while (j > i && strip_this(j - 1)) --j;
  }
  return str_substring(self, i, j);
}
Object* m_strip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, STRIP_BOTH);
}
Object* m_lstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, STRIP_LEFT);
}
Object* m_rstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, STRIP_RIGHT);
}

Object* affix_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool prefix) {
  const char* name = prefix ? "removeprefix" : "removesuffix";
  if (!check_one_arg(prefix ? "str.removeprefix" : "str.removesuffix", nargs, kwnames)) {
    return nullptr;
  }
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "{}() argument must be str, not {}", name, clinic_type_name(args[0]));
    return nullptr;
  }
  ssize n = str_length(self), m = str_length(args[0]);
  if (m > 0 && affix_match(self, args[0], 0, n, prefix)) {
    return prefix ? str_substring(self, m, n) : str_substring(self, 0, n - m);
  }
  return str_exact(self);
}
Object* m_removeprefix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_remove(self, args, nargs, kwnames, true);
}
Object* m_removesuffix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_remove(self, args, nargs, kwnames, false);
}

// self padded to `width` with `left` fill characters before it and the rest after it.
Object* pad(Object* self, ssize left, ssize right, std::uint32_t fill) {
  ssize n = str_length(self);
  if (left <= 0 && right <= 0) return str_exact(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  std::uint32_t maxchar = std::max(str_max_char_bound(self), fill);
  return build_str(left + n + right, maxchar, [&](unsigned k, void* d) {
    fill_units(k, d, 0, left, fill);
    copy_into(k, d, left, self, 0, n);
    fill_units(k, d, left + n, right, fill);
  });
}

enum JustifyMode { JUSTIFY_LEFT, JUSTIFY_RIGHT, JUSTIFY_CENTER };

Object* justify_method(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                       JustifyMode mode) {
  static const char* const names[] = {"ljust", "rjust", "center"};
  static const char* const qualnames[] = {"str.ljust", "str.rjust", "str.center"};
  if (!check_no_kwargs(qualnames[mode], kwnames) || !check_nargs(names[mode], nargs, 1, 2)) {
    return nullptr;
  }
  ssize width;
  if (!ssize_arg(args[0], &width)) return nullptr;
  std::uint32_t fill = ' ';
  if (nargs == 2 && !fill_char_arg(args[1], &fill)) return nullptr;
  ssize n = str_length(self);
  if (width <= n) return str_exact(self);
  ssize padn = width - n;
  switch (mode) {
    case JUSTIFY_LEFT:
      return pad(self, 0, padn, fill);
    case JUSTIFY_RIGHT:
      return pad(self, padn, 0, fill);
    default: {
      ssize left = padn / 2 + (padn & width & 1);  // CPython's rounding of odd paddings
      return pad(self, left, padn - left, fill);
    }
  }
}
Object* m_ljust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, JUSTIFY_LEFT);
}
Object* m_rjust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, JUSTIFY_RIGHT);
}
Object* m_center(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, JUSTIFY_CENTER);
}

Object* m_zfill(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.zfill", nargs, kwnames)) return nullptr;
  ssize width;
  if (!ssize_arg(args[0], &width)) return nullptr;
  ssize n = str_length(self);
  if (width <= n) return str_exact(self);
  Object* r = pad(self, width - n, 0, '0');
  if (r && n > 0) {
    // a sign moves in front of the zeros
    unsigned k = str_kind(r);
    void* d = str_data(r);
    std::uint32_t c = str_read(k, d, width - n);
    if (c == '+' || c == '-') {
      str_write(k, d, 0, c);
      str_write(k, d, width - n, '0');
    }
  }
  return r;
}

Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  static const ArgSpec spec{"expandtabs", {"tabsize"}, 0, 1, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  int tab = 8;
  if (a[0] && !int_arg(a[0], &tab)) return nullptr;
  ssize n = str_length(self);
  if (str_find_char(self, '\t', 0, n) < 0) return str_exact(self);
  unsigned k = str_kind(self);
  const void* d = str_data(self);
  StrBuilder b;
  b.reserve(n);
  ssize col = 0;
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(k, d, i);
    if (c == '\t') {
      if (tab > 0) {
        ssize spaces = tab - col % tab;
        b.append_repeated(' ', spaces);
        col += spaces;
      }
    } else {
      b.append_char(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return b.finish();
}

// ---- translate / maketrans -------------------------------------------------------------------
// The replacement for code point c from a translate table: 1 with *out set (a new reference to a
// str, an int or None), 0 when the table has no entry (c stays), -1 on error.
int translate_lookup(Object* table, std::uint32_t c, Object** out) {
  Ref<> key = steal(int_from_i64(c));
  if (!key) return -1;
  Object* v = get_item(table, key.get());
  if (!v) {
    if (err_matches(&ExcLookupError)) {
      err_clear();
      return 0;
    }
    return -1;
  }
  if (is_int(v)) {
    bool overflow;
    std::int64_t x = int_as_i64(v, &overflow);
    if (overflow || x < 0 || x > 0x10FFFF) {
      decref(v);
      err_set_string(&ExcValueError, "character mapping must be in range(0x110000)");
      return -1;
    }
  } else if (!is_none(v) && !is_str(v)) {
    decref(v);
    err_set_string(&ExcTypeError, "character mapping must return integer, None or str");
    return -1;
  }
  *out = v;
  return 1;
}

Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.translate", nargs, kwnames)) return nullptr;
  Object* table = args[0];
  ssize n = str_length(self);
  unsigned k = str_kind(self);
  const void* d = str_data(self);
  StrBuilder b;
  b.reserve(n);
  // a table consulted once per distinct ASCII character
  Object* ascii_cache[128] = {};
  bool cached[128] = {};
  bool ok = true;
  for (ssize i = 0; i < n && ok; ++i) {
    std::uint32_t c = str_read(k, d, i);
    Object* v = nullptr;
    int found;
    if (c < 128 && cached[c]) {
      v = ascii_cache[c];
      found = v != nullptr;
    } else {
      found = translate_lookup(table, c, &v);
      if (found < 0) {
        ok = false;
        break;
      }
      if (c < 128) {
        cached[c] = true;
        ascii_cache[c] = found ? v : nullptr;
      }
    }
    if (!found) {
      b.append_char(c);
    } else if (is_int(v)) {
      b.append_char(std::uint32_t(int_medium_value(v)));
    } else if (is_str(v)) {
      b.append_str(v);
    }
    if (found && c >= 128) decref(v);
  }
  for (Object* v : ascii_cache) xdecref(v);
  if (!ok) return nullptr;
  return b.finish();
}

Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("str.maketrans", kwnames) || !check_nargs("maketrans", nargs, 1, 3)) {
    return nullptr;
  }
  for (ssize i = 1; i < nargs; ++i) {
    if (!arg_is_str(args[i], "maketrans", int(i + 1))) return nullptr;
  }
  Ref<> d = steal(dict_new());
  if (!d) return nullptr;
  if (nargs == 1) {
    if (!is_dict(args[0])) {
      err_set_string(&ExcTypeError, "if you give only one argument to maketrans it must be a dict");
      return nullptr;
    }
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(args[0], &pos, &k, &v)) {
      Ref<> key;
      if (is_str(k)) {
        if (str_length(k) != 1) {
          err_set_string(&ExcValueError, "string keys in translate table must be of length 1");
          return nullptr;
        }
        key = steal(int_from_i64(str_char_at(k, 0)));
      } else if (is_int(k)) {
        key = borrow(k);
      } else {
        err_set_string(&ExcTypeError, "keys in translate table must be strings or integers");
        return nullptr;
      }
      if (!key || dict_set_item(d.get(), key.get(), v) < 0) return nullptr;
    }
    return d.release();
  }
  Object* x = args[0];
  Object* y = args[1];
  if (!is_str(x)) {
    err_set_string(&ExcTypeError,
                   "first maketrans argument must be a string if there is a second argument");
    return nullptr;
  }
  if (str_length(x) != str_length(y)) {
    err_set_string(&ExcValueError, "the first two maketrans arguments must have equal length");
    return nullptr;
  }
  for (ssize i = 0; i < str_length(x); ++i) {
    Ref<> key = steal(int_from_i64(str_char_at(x, i)));
    Ref<> value = steal(int_from_i64(str_char_at(y, i)));
    if (!key || !value || dict_set_item(d.get(), key.get(), value.get()) < 0) return nullptr;
  }
  if (nargs == 3) {
    for (ssize i = 0; i < str_length(args[2]); ++i) {
      Ref<> key = steal(int_from_i64(str_char_at(args[2], i)));
      if (!key || dict_set_item(d.get(), key.get(), None()) < 0) return nullptr;
    }
  }
  return d.release();
}

// ---- the rest ----------------------------------------------------------------------------------
Object* m_join(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.join", nargs, kwnames)) return nullptr;
  return str_join(self, args[0]);
}

Object* m_encode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"encode", {"encoding", "errors"}, 0, 2, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  return str_encode(self, a[0], a[1], "encode");
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return str_format_method(self, args, nargs, kwnames);
}
Object* m_format_map(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.format_map", nargs, kwnames)) return nullptr;
  return str_format_map(self, args[0]);
}
Object* m_dunder_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("str.__format__", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}",
               clinic_type_name(args[0]));
    return nullptr;
  }
  return format_str_spec(self, args[0]);
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.__sizeof__", nargs, kwnames)) return nullptr;
  StrObject* s = as_str(self);
  ssize chars = (s->length + 1) * ssize(s->state.kind);
  ssize size;
  if (!s->state.compact) {
    size = ssize(sizeof(StrSubObject)) + chars;
  } else if (s->state.ascii) {
    size = ssize(sizeof(StrObject)) + chars;
  } else {
    size = ssize(sizeof(CompactStrObject)) + chars;
  }
  if (!s->state.ascii) {  // a cached UTF-8 copy is a separate block
    CompactStrObject* c = static_cast<CompactStrObject*>(s);
    if (c->utf8) size += c->utf8_length + 1;
  }
  return int_from_ssize(size);
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.__getnewargs__", nargs, kwnames)) return nullptr;
  Ref<> copy = steal(str_exact(self));
  if (!copy) return nullptr;
  return tuple_pack({copy.get()});
}

MethodDef str_methods[] = {
    {"encode", m_encode, METH_DEFAULT,
     "Encode the string using the codec registered for encoding."},
    {"replace", m_replace, METH_DEFAULT,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", m_split, METH_DEFAULT,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", m_rsplit, METH_DEFAULT,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"join", m_join, METH_DEFAULT, "Concatenate any number of strings."},
    {"capitalize", str_m_capitalize, METH_DEFAULT, "Return a capitalized version of the string."},
    {"casefold", str_m_casefold, METH_DEFAULT,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", str_m_title, METH_DEFAULT,
     "Return a version of the string where each word is titlecased."},
    {"center", m_center, METH_DEFAULT, "Return a centered string of length width."},
    {"count", m_count, METH_VARARGS, "S.count(sub[, start[, end]]) -> int"},
    {"expandtabs", m_expandtabs, METH_DEFAULT,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", m_find, METH_VARARGS, "S.find(sub[, start[, end]]) -> int"},
    {"partition", m_partition, METH_DEFAULT,
     "Partition the string into three parts using the given separator."},
    {"index", m_index, METH_VARARGS, "S.index(sub[, start[, end]]) -> int"},
    {"ljust", m_ljust, METH_DEFAULT, "Return a left-justified string of length width."},
    {"lower", str_m_lower, METH_DEFAULT, "Return a copy of the string converted to lowercase."},
    {"lstrip", m_lstrip, METH_DEFAULT,
     "Return a copy of the string with leading whitespace removed."},
    {"rfind", m_rfind, METH_VARARGS, "S.rfind(sub[, start[, end]]) -> int"},
    {"rindex", m_rindex, METH_VARARGS, "S.rindex(sub[, start[, end]]) -> int"},
    {"rjust", m_rjust, METH_DEFAULT, "Return a right-justified string of length width."},
    {"rstrip", m_rstrip, METH_DEFAULT,
     "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", m_rpartition, METH_DEFAULT,
     "Partition the string into three parts using the given separator."},
    {"splitlines", m_splitlines, METH_DEFAULT,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", m_strip, METH_DEFAULT,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", str_m_swapcase, METH_DEFAULT,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", m_translate, METH_DEFAULT,
     "Replace each character in the string using the given translation table."},
    {"upper", str_m_upper, METH_DEFAULT, "Return a copy of the string converted to uppercase."},
    {"startswith", m_startswith, METH_VARARGS, "S.startswith(prefix[, start[, end]]) -> bool"},
    {"endswith", m_endswith, METH_VARARGS, "S.endswith(suffix[, start[, end]]) -> bool"},
    {"removeprefix", m_removeprefix, METH_DEFAULT,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", m_removesuffix, METH_DEFAULT,
     "Return a str with the given suffix string removed if present."},
    {"isascii", str_m_isascii, METH_DEFAULT,
     "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", str_m_islower, METH_DEFAULT,
     "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", str_m_isupper, METH_DEFAULT,
     "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", str_m_istitle, METH_DEFAULT,
     "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", str_m_isspace, METH_DEFAULT,
     "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", str_m_isdecimal, METH_DEFAULT,
     "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", str_m_isdigit, METH_DEFAULT,
     "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", str_m_isnumeric, METH_DEFAULT,
     "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", str_m_isalpha, METH_DEFAULT,
     "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", str_m_isalnum, METH_DEFAULT,
     "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", str_m_isidentifier, METH_DEFAULT,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", str_m_isprintable, METH_DEFAULT,
     "Return True if the string is printable, False otherwise."},
    {"zfill", m_zfill, METH_DEFAULT,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", m_format, METH_VARARGS, "S.format(*args, **kwargs) -> str"},
    {"format_map", m_format_map, METH_DEFAULT, "S.format_map(mapping) -> str"},
    {"__format__", m_dunder_format, METH_DEFAULT,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", m_maketrans, METH_STATIC,
     "Return a translation table usable for str.translate()."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* str_join(Object* sep, Object* iterable) {
  Ref<> seq = steal(join_items(iterable));
  if (!seq) return nullptr;
  Object* s = seq.get();
  bool list = is_list(s);
  ssize n = list ? list_size(s) : tuple_size(s);
  auto item_at = [&](ssize i) { return list ? list_get(s, i) : tuple_get(s, i); };
  if (n == 0) return str_empty();
  if (n == 1 && is_str_exact(item_at(0))) return new_ref(item_at(0));
  // first pass: check the items and size the result
  ssize seplen = str_length(sep), total = 0;
  std::uint32_t maxchar = n > 1 ? str_max_char_bound(sep) : 0;
  for (ssize i = 0; i < n; ++i) {
    Object* item = item_at(i);
    if (!is_str(item)) {
      err_format(&ExcTypeError, "sequence item {}: expected str instance, {} found", i,
                 type_name(item->type));
      return nullptr;
    }
    total += str_length(item);
    maxchar = std::max(maxchar, str_max_char_bound(item));
  }
  total += seplen * (n - 1);
  return build_str(total, maxchar, [&](unsigned k, void* d) {
    ssize at = 0;
    for (ssize i = 0; i < n; ++i) {
      if (i) {
        copy_into(k, d, at, sep, 0, seplen);
        at += seplen;
      }
      Object* item = item_at(i);
      ssize len = str_length(item);
      copy_into(k, d, at, item, 0, len);
      at += len;
    }
  });
}

Object* str_format_spec(Object* op, Object* spec) {
  return format_str_spec(op, spec);
}

const MethodDef* str_methods_table() {
  return str_methods;
}

void str_iter_type_init() {
  for (TypeObject* t : {&StrIterType, &StrUnicodeIterType}) {
    t->basicsize = sizeof(StrIterObject);
    t->flags = TPFLAG_HAVE_GC;
    t->dealloc = striter_dealloc;
    t->traverse = striter_traverse;
    t->iter = striter_self;
    t->iternext = striter_next;
    t->methods = striter_methods;
  }
  StrIterType.name = "str_ascii_iterator";
  StrUnicodeIterType.name = "str_iterator";
}

}  // namespace mempy::runtime
