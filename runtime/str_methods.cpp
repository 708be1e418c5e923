// runtime/str_methods.cpp — str indexing, iteration, construction and methods.
#include <cstring>
#include <string>
#include <vector>

#include "memory/gc.h"
#include <algorithm>
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_internal.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

TypeObject StrIterType;

namespace {

// ---- indexing and iteration --------------------------------------------------------------------
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
Object* striter_self(Object* op) { return new_ref(op); }
Object* striter_length_hint(Object* self, Object* const*, ssize, Object*) {
  StrIterObject* it = static_cast<StrIterObject*>(self);
  return int_from_ssize(it->str ? str_length(it->str) - it->index : 0);
}
MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- helpers ---------------------------------------------------------------------------------------
inline bool is_ascii_space(std::uint32_t c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

bool arg_is_str(Object* o, const char* method, int argno = 1) {
  if (is_str(o)) return true;
  err_format(&ExcTypeError, "{}() argument {} must be str, not {}", method, argno,
             type_name(o->type));
  return false;
}

// start/end arguments as in str.find(sub[, start[, end]])
bool parse_range(Object* const* args, ssize nargs, ssize first, ssize len, ssize* start,
                 ssize* end) {
  *start = 0;
  *end = len;
  if (nargs > first && !slice_index_arg(args[first], start)) return false;
  if (nargs > first + 1 && !slice_index_arg(args[first + 1], end)) return false;
  if (*end > len) *end = len;
  if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  return true;
}

ssize rfind_impl(Object* s, Object* sub, ssize start, ssize end) {
  ssize m = str_length(sub);
  if (end - start < m) return -1;
  for (ssize i = end - m; i >= start; --i) {
    ssize j = 0;
    while (j < m && str_char_at(s, i + j) == str_char_at(sub, j)) ++j;
    if (j == m) return i;
  }
  return -1;
}

ssize count_impl(Object* s, Object* sub, ssize start, ssize end) {
  ssize m = str_length(sub);
  if (m == 0) return start <= end ? end - start + 1 : 0;
  ssize count = 0;
  for (ssize i = start; i + m <= end;) {
    ssize f = str_find(s, sub, i, end);
    if (f < 0) break;
    ++count;
    i = f + m;
  }
  return count;
}

}  // namespace

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
    std::vector<std::uint32_t> buf(std::size_t(len > 0 ? len : 0));
    for (ssize i = 0, cur = start; i < len; ++i, cur += step) buf[std::size_t(i)] = str_char_at(op, cur);
    return str_from_ucs4(buf.data(), buf.size());
  }
  err_format(&ExcTypeError, "string indices must be integers, not '{}'", type_name(key->type));
  return nullptr;
}

Object* str_iter(Object* op) {
  StrIterObject* it = static_cast<StrIterObject*>(type_generic_alloc(&StrIterType, 0));
  if (!it) return nullptr;
  it->str = new_ref(op);
  it->index = 0;
  memory::gc_track(it);
  return it;
}

Object* str_new_slot(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"str", {"object", "encoding", "errors"}, 0, 3, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Object* r;
  if (!a[0]) {
    r = str_empty();
  } else if (a[1] || a[2]) {
    std::string_view v;
    if (!bytes_like_data(a[0], &v)) {
      if (is_str(a[0])) {
        err_set_string(&ExcTypeError, "decoding str is not supported");
      } else {
        err_format(&ExcTypeError, "decoding to str: need a bytes-like object, {} found",
                   type_name(a[0]->type));
      }
      return nullptr;
    }
    Object* dargs[2] = {a[1] ? a[1] : nullptr, a[2] ? a[2] : nullptr};
    ssize n = dargs[1] ? 2 : 1;
    if (!dargs[0]) dargs[0] = ids::s_empty;  // not reached: encoding required above
    r = call_method_cstr(a[0], "decode", dargs, a[1] ? n : 0);
  } else {
    r = object_str(a[0]);
  }
  if (!r || type == &StrType) return r;
  // a str subclass instance holding a copy of the text
  ssize len = str_length(r);
  unsigned kind = str_kind(r);
  bool ascii = str_is_ascii(r);
  std::size_t header = ascii ? sizeof(StrObject) : sizeof(CompactStrObject);
  (void)header;
  Object* sub = str_subtype_new(type, r);
  decref(r);
  (void)len;
  (void)kind;
  return sub;
}

namespace {

// ---- methods -----------------------------------------------------------------------------------
Object* m_join(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("join", nargs, kwnames)) return nullptr;
  return str_join(self, args[0]);
}

Object* split_whitespace(Object* s, ssize maxsplit, bool right) {
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize n = str_length(s);
  std::vector<std::pair<ssize, ssize>> parts;
  if (!right) {
    ssize i = 0;
    while (i < n) {
      while (i < n && str_is_space_char(str_char_at(s, i))) ++i;
      if (i >= n) break;
      if (maxsplit >= 0 && ssize(parts.size()) == maxsplit) {
        ssize e = n;
        while (e > i && str_is_space_char(str_char_at(s, e - 1))) --e;
        parts.push_back({i, e});
        break;
      }
      ssize j = i;
      while (j < n && !str_is_space_char(str_char_at(s, j))) ++j;
      parts.push_back({i, j});
      i = j;
    }
  } else {
    ssize i = n;
    while (i > 0) {
      while (i > 0 && str_is_space_char(str_char_at(s, i - 1))) --i;
      if (i <= 0) break;
      if (maxsplit >= 0 && ssize(parts.size()) == maxsplit) {
        ssize b = 0;
        while (b < i && str_is_space_char(str_char_at(s, b))) ++b;
        parts.push_back({b, i});
        break;
      }
      ssize j = i;
      while (j > 0 && !str_is_space_char(str_char_at(s, j - 1))) --j;
      parts.push_back({j, i});
      i = j;
    }
    std::reverse(parts.begin(), parts.end());
  }
  for (auto& p : parts) {
    Object* piece = str_substring(s, p.first, p.second);
    if (!piece || list_append_steal(list, piece) < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

Object* split_impl(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  Object* a[2];
  static const ArgSpec lspec{"split", {"sep", "maxsplit"}, 0, 2, 0};
  static const ArgSpec rspec{"rsplit", {"sep", "maxsplit"}, 0, 2, 0};
  if (!parse_args(right ? rspec : lspec, args, nargs, kwnames, a)) return nullptr;
  ssize maxsplit = -1;
  if (a[1]) {
    maxsplit = number_as_ssize(a[1], &ExcOverflowError);
    if (maxsplit == -1 && err_occurred()) return nullptr;
  }
  if (!a[0] || is_none(a[0])) return split_whitespace(self, maxsplit, right);
  if (!is_str(a[0])) {
    err_format(&ExcTypeError, "must be str or None, not {}", type_name(a[0]->type));
    return nullptr;
  }
  Object* sep = a[0];
  ssize m = str_length(sep);
  if (m == 0) {
    err_set_string(&ExcValueError, "empty separator");
    return nullptr;
  }
  ssize n = str_length(self);
  std::vector<std::pair<ssize, ssize>> parts;
  if (!right) {
    ssize i = 0;
    while (maxsplit < 0 || ssize(parts.size()) < maxsplit) {
      ssize f = str_find(self, sep, i, n);
      if (f < 0) break;
      parts.push_back({i, f});
      i = f + m;
    }
    parts.push_back({i, n});
  } else {
    ssize end = n;
    while (maxsplit < 0 || ssize(parts.size()) < maxsplit) {
      ssize f = rfind_impl(self, sep, 0, end);
      if (f < 0) break;
      parts.push_back({f + m, end});
      end = f;
    }
    parts.push_back({0, end});
    std::reverse(parts.begin(), parts.end());
  }
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (auto& p : parts) {
    Object* piece = str_substring(self, p.first, p.second);
    if (!piece || list_append_steal(list, piece) < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}
Object* m_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_impl(self, args, nargs, kwnames, false);
}
Object* m_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_impl(self, args, nargs, kwnames, true);
}

Object* strip_impl(Object* self, Object* const* args, ssize nargs, Object* kwnames, int which,
                   const char* name) {
  if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 0, 1)) return nullptr;
  Object* chars = nargs && !is_none(args[0]) ? args[0] : nullptr;
  if (chars && !is_str(chars)) {
    err_format(&ExcTypeError, "{} arg must be None or str", name);
    return nullptr;
  }
  auto strip_this = [&](std::uint32_t c) {
    if (!chars) return str_is_space_char(c);
    return str_find_char(chars, c, 0, str_length(chars)) >= 0;
  };
  ssize i = 0, j = str_length(self);
  if (which != 2) {
    while (i < j && strip_this(str_char_at(self, i))) ++i;
  }
  if (which != 1) {
    while (j > i && strip_this(str_char_at(self, j - 1))) --j;
  }
  return str_substring(self, i, j);
}
Object* m_strip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_impl(self, args, nargs, kwnames, 0, "strip");
}
Object* m_lstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_impl(self, args, nargs, kwnames, 1, "lstrip");
}
Object* m_rstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_impl(self, args, nargs, kwnames, 2, "rstrip");
}

Object* affix_impl(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool prefix) {
  const char* name = prefix ? "startswith" : "endswith";
  if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  ssize start, end;
  if (!parse_range(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
  auto test = [&](Object* sub) -> int {
    ssize m = str_length(sub);
    if (end - start < m || start > str_length(self)) return 0;
    ssize at = prefix ? start : end - m;
    for (ssize k = 0; k < m; ++k) {
      if (str_char_at(self, at + k) != str_char_at(sub, k)) return 0;
    }
    return 1;
  };
  Object* x = args[0];
  if (is_tuple(x)) {
    for (ssize i = 0; i < tuple_size(x); ++i) {
      Object* sub = tuple_get(x, i);
      if (!is_str(sub)) {
        err_format(&ExcTypeError, "tuple for {} must only contain str, not {}", name,
                   type_name(sub->type));
        return nullptr;
      }
      if (test(sub)) return bool_new_ref(true);
    }
    return bool_new_ref(false);
  }
  if (!is_str(x)) {
    err_format(&ExcTypeError, "{} first arg must be str or a tuple of str, not {}", name,
               type_name(x->type));
    return nullptr;
  }
  return bool_new_ref(test(x));
}
Object* m_startswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_impl(self, args, nargs, kwnames, true);
}
Object* m_endswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_impl(self, args, nargs, kwnames, false);
}

Object* find_impl(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                  const char* name, bool right, bool raise) {
  if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "must be str, not {}", type_name(args[0]->type));
    return nullptr;
  }
  ssize start, end;
  if (!parse_range(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
  ssize r = -1;
  if (start <= end) r = right ? rfind_impl(self, args[0], start, end) : str_find(self, args[0], start, end);
  if (r < 0 && raise) {
    err_set_string(&ExcValueError, "substring not found");
    return nullptr;
  }
  return int_from_ssize(r);
}
Object* m_find(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, "find", false, false);
}
Object* m_rfind(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, "rfind", true, false);
}
Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, "index", false, true);
}
Object* m_rindex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_impl(self, args, nargs, kwnames, "rindex", true, true);
}

Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("count", kwnames) || !check_nargs("count", nargs, 1, 3)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "must be str, not {}", type_name(args[0]->type));
    return nullptr;
  }
  ssize start, end;
  if (!parse_range(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
  if (start > str_length(self)) return small_int(0);
  return int_from_ssize(count_impl(self, args[0], start, end));
}

Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("replace", kwnames) || !check_nargs("replace", nargs, 2, 3)) return nullptr;
  if (!arg_is_str(args[0], "replace", 1) || !arg_is_str(args[1], "replace", 2)) return nullptr;
  ssize maxcount = -1;
  if (nargs == 3) {
    maxcount = number_as_ssize(args[2], &ExcOverflowError);
    if (maxcount == -1 && err_occurred()) return nullptr;
  }
  Object* old = args[0];
  Object* rep = args[1];
  ssize n = str_length(self), m = str_length(old);
  StrBuilder b;
  ssize i = 0, done = 0;
  if (m == 0) {
    // insert rep before every character and at the end
    for (; i <= n; ++i) {
      if (maxcount < 0 || done < maxcount) {
        b.append_str(rep);
        ++done;
      }
      if (i < n) b.append_char(str_char_at(self, i));
    }
    return b.finish();
  }
  while (maxcount < 0 || done < maxcount) {
    ssize f = str_find(self, old, i, n);
    if (f < 0) break;
    b.append_str_range(self, i, f);
    b.append_str(rep);
    i = f + m;
    ++done;
  }
  if (done == 0 && is_str_exact(self)) return new_ref(self);
  b.append_str_range(self, i, n);
  return b.finish();
}

Object* case_impl(Object* self, int mode) {  // 0 lower, 1 upper, 2 swapcase
  ssize n = str_length(self);
  StrBuilder b;
  std::uint32_t buf[3];
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_char_at(self, i);
    int k;
    if (mode == 0) {
      k = str_lower_char(c, buf);
    } else if (mode == 1) {
      k = str_upper_char(c, buf);
    } else {
      k = str_is_upper_char(c) ? str_lower_char(c, buf)
          : str_is_lower_char(c) ? str_upper_char(c, buf)
                                 : (buf[0] = c, 1);
    }
    for (int j = 0; j < k; ++j) b.append_char(buf[j]);
  }
  return b.finish();
}
Object* m_lower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("lower", nargs, kwnames)) return nullptr;
  return case_impl(self, 0);
}
Object* m_upper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("upper", nargs, kwnames)) return nullptr;
  return case_impl(self, 1);
}
Object* m_swapcase(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("swapcase", nargs, kwnames)) return nullptr;
  return case_impl(self, 2);
}

template <bool (*Pred)(std::uint32_t)>
Object* predicate(Object* self, ssize nargs, Object* kwnames, const char* name) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  ssize n = str_length(self);
  if (n == 0) return bool_new_ref(false);
  for (ssize i = 0; i < n; ++i) {
    if (!Pred(str_char_at(self, i))) return bool_new_ref(false);
  }
  return bool_new_ref(true);
}
Object* m_isdigit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_digit_char>(self, nargs, kwnames, "isdigit");
}
Object* m_isdecimal(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_decimal_char>(self, nargs, kwnames, "isdecimal");
}
Object* m_isnumeric(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_numeric_char>(self, nargs, kwnames, "isnumeric");
}
Object* m_isalpha(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_alpha_char>(self, nargs, kwnames, "isalpha");
}
Object* m_isalnum(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_alnum_char>(self, nargs, kwnames, "isalnum");
}
Object* m_isspace(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return predicate<str_is_space_char>(self, nargs, kwnames, "isspace");
}
Object* m_isascii(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("isascii", nargs, kwnames)) return nullptr;
  return bool_new_ref(str_is_ascii(self));
}
Object* m_islower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("islower", nargs, kwnames)) return nullptr;
  bool cased = false;
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    if (str_is_upper_char(c) || str_is_title_char(c)) return bool_new_ref(false);
    if (str_is_lower_char(c)) cased = true;
  }
  return bool_new_ref(cased);
}
Object* m_isupper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("isupper", nargs, kwnames)) return nullptr;
  bool cased = false;
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    if (str_is_lower_char(c) || str_is_title_char(c)) return bool_new_ref(false);
    if (str_is_upper_char(c)) cased = true;
  }
  return bool_new_ref(cased);
}
Object* m_isidentifier(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("isidentifier", nargs, kwnames)) return nullptr;
  return bool_new_ref(str_is_identifier(self));
}

Object* m_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return str_format_method(self, args, nargs, kwnames);
}
Object* m_dunder_format(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}",
               type_name(args[0]->type));
    return nullptr;
  }
  return format_str_spec(self, args[0]);
}
Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  StrObject* s = as_str(self);
  ssize size;
  if (s->state.ascii) {
    size = ssize(sizeof(StrObject)) + s->length + 1;
  } else {
    size = ssize(sizeof(CompactStrObject)) + (s->length + 1) * ssize(s->state.kind);
    CompactStrObject* c = static_cast<CompactStrObject*>(s);
    if (c->utf8) size += c->utf8_length + 1;
  }
  return int_from_ssize(size);
}
Object* m_encode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"encode", {"encoding", "errors"}, 0, 2, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string enc = a[0] ? str_to_std(a[0]) : "utf-8";
  for (char& c : enc) c = char(std::tolower(static_cast<unsigned char>(c)));
  if (enc == "utf-8" || enc == "utf8" || enc == "utf_8") {
    ssize n;
    const char* p = str_utf8(self, &n);
    if (!p) return nullptr;
    return bytes_from(p, n);
  }
  if (enc == "ascii" || enc == "latin-1" || enc == "latin1" || enc == "iso-8859-1") {
    std::uint32_t limit = enc == "ascii" ? 128 : 256;
    std::string out;
    for (ssize i = 0; i < str_length(self); ++i) {
      std::uint32_t c = str_char_at(self, i);
      if (c >= limit) {
        err_format(&ExcUnicodeEncodeError,
                   "'{}' codec can't encode character '\\x{:02x}' in position {}: ordinal not in "
                   "range({})",
                   enc == "ascii" ? "ascii" : "latin-1", c, i, limit);
        return nullptr;
      }
      out += char(c);
    }
    return bytes_from(out.data(), ssize(out.size()));
  }
  err_format(&ExcLookupError, "unknown encoding: {}", a[0] ? str_to_std(a[0]) : enc);
  return nullptr;
}

Object* m_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  static const ArgSpec spec{"splitlines", {"keepends"}, 0, 1, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  bool keep = false;
  if (a[0]) {
    int t = object_is_true(a[0]);
    if (t < 0) return nullptr;
    keep = t;
  }
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize n = str_length(self), i = 0;
  while (i < n) {
    ssize j = i;
    while (j < n && !str_is_linebreak_char(str_char_at(self, j))) ++j;
    ssize eol = j;
    if (j < n) {
      if (str_char_at(self, j) == '\r' && j + 1 < n && str_char_at(self, j + 1) == '\n') j += 2;
      else j += 1;
      if (keep) eol = j;
    }
    Object* piece = str_substring(self, i, eol);
    if (!piece || list_append_steal(list, piece) < 0) {
      decref(list);
      return nullptr;
    }
    i = j;
  }
  return list;
}

Object* partition_impl(Object* self, Object* sep, bool right) {
  if (!is_str(sep)) {
    err_format(&ExcTypeError, "must be str, not {}", type_name(sep->type));
    return nullptr;
  }
  if (str_length(sep) == 0) {
    err_set_string(&ExcValueError, "empty separator");
    return nullptr;
  }
  ssize n = str_length(self);
  ssize f = right ? rfind_impl(self, sep, 0, n) : str_find(self, sep, 0, n);
  Object* e = str_empty();
  Object* r;
  if (f < 0) {
    r = right ? tuple_pack({e, e, self}) : tuple_pack({self, e, e});
  } else {
    Object* a = str_substring(self, 0, f);
    Object* c = str_substring(self, f + str_length(sep), n);
    r = (a && c) ? tuple_pack({a, sep, c}) : nullptr;
    xdecref(a);
    xdecref(c);
  }
  decref(e);
  return r;
}
Object* m_partition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("partition", nargs, kwnames)) return nullptr;
  return partition_impl(self, args[0], false);
}
Object* m_rpartition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("rpartition", nargs, kwnames)) return nullptr;
  return partition_impl(self, args[0], true);
}

Object* justify(Object* self, Object* const* args, ssize nargs, Object* kwnames, int mode,
                const char* name) {
  if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 2)) return nullptr;
  ssize width = number_as_ssize(args[0], &ExcOverflowError);
  if (width == -1 && err_occurred()) return nullptr;
  std::uint32_t fill = ' ';
  if (nargs == 2) {
    if (!is_str(args[1]) || str_length(args[1]) != 1) {
      err_format(&ExcTypeError, "The fill character must be exactly one character long");
      return nullptr;
    }
    fill = str_char_at(args[1], 0);
  }
  ssize n = str_length(self);
  if (width <= n) return is_str_exact(self) ? new_ref(self) : str_substring(self, 0, n);
  ssize padn = width - n, left;
  if (mode == 0) {
    left = 0;
  } else if (mode == 1) {
    left = padn;
  } else {
    left = padn / 2 + (padn & width & 1);  // CPython's centring rule
  }
  StrBuilder b;
  for (ssize i = 0; i < left; ++i) b.append_char(fill);
  b.append_str(self);
  for (ssize i = 0; i < padn - left; ++i) b.append_char(fill);
  return b.finish();
}
Object* m_ljust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify(self, args, nargs, kwnames, 0, "ljust");
}
Object* m_rjust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify(self, args, nargs, kwnames, 1, "rjust");
}
Object* m_center(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify(self, args, nargs, kwnames, 2, "center");
}
Object* m_zfill(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("zfill", nargs, kwnames)) return nullptr;
  ssize width = number_as_ssize(args[0], &ExcOverflowError);
  if (width == -1 && err_occurred()) return nullptr;
  ssize n = str_length(self);
  if (width <= n) return str_substring(self, 0, n);
  StrBuilder b;
  ssize start = 0;
  if (n && (str_char_at(self, 0) == '+' || str_char_at(self, 0) == '-')) {
    b.append_char(str_char_at(self, 0));
    start = 1;
  }
  for (ssize i = 0; i < width - n; ++i) b.append_char('0');
  b.append_str_range(self, start, n);
  return b.finish();
}
Object* m_title(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("title", nargs, kwnames)) return nullptr;
  StrBuilder b;
  bool prev_cased = false;
  std::uint32_t buf[3];
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    int k = prev_cased ? str_lower_char(c, buf) : str_title_char(c, buf);
    for (int j = 0; j < k; ++j) b.append_char(buf[j]);
    prev_cased = str_is_cased_char(c);
  }
  return b.finish();
}
Object* m_capitalize(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("capitalize", nargs, kwnames)) return nullptr;
  StrBuilder b;
  std::uint32_t buf[3];
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    int k = i == 0 ? str_title_char(c, buf) : str_lower_char(c, buf);
    for (int j = 0; j < k; ++j) b.append_char(buf[j]);
  }
  return b.finish();
}
Object* m_removeprefix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("removeprefix", nargs, kwnames)) return nullptr;
  if (!arg_is_str(args[0], "removeprefix")) return nullptr;
  ssize m = str_length(args[0]);
  if (m <= str_length(self) && str_find(self, args[0], 0, m) == 0) {
    return str_substring(self, m, str_length(self));
  }
  return str_substring(self, 0, str_length(self));
}
Object* m_removesuffix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("removesuffix", nargs, kwnames)) return nullptr;
  if (!arg_is_str(args[0], "removesuffix")) return nullptr;
  ssize n = str_length(self), m = str_length(args[0]);
  if (m && m <= n && str_find(self, args[0], n - m, n) == n - m) return str_substring(self, 0, n - m);
  return str_substring(self, 0, n);
}
Object* m_getnewargs(Object* self, Object* const*, ssize, Object*) {
  Object* c = str_substring(self, 0, str_length(self));
  if (!c) return nullptr;
  Object* t = tuple_pack({c});
  decref(c);
  return t;
}
Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("maketrans", kwnames) || !check_nargs("maketrans", nargs, 1, 3)) return nullptr;
  Object* d = dict_new();
  if (!d) return nullptr;
  if (nargs == 1) {
    if (!is_dict(args[0])) {
      decref(d);
      err_set_string(&ExcTypeError, "if you give only one argument to maketrans it must be a dict");
      return nullptr;
    }
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(args[0], &pos, &k, &v)) {
      Object* key = k;
      Object* owned = nullptr;
      if (is_str(k)) {
        if (str_length(k) != 1) {
          decref(d);
          err_set_string(&ExcValueError, "string keys in translate table must be of length 1");
          return nullptr;
        }
        key = owned = int_from_i64(str_char_at(k, 0));
      }
      int r = dict_set_item(d, key, v);
      xdecref(owned);
      if (r < 0) {
        decref(d);
        return nullptr;
      }
    }
    return d;
  }
  if (!is_str(args[0]) || !is_str(args[1]) || str_length(args[0]) != str_length(args[1])) {
    decref(d);
    err_set_string(&ExcValueError, "the first two maketrans arguments must have equal length");
    return nullptr;
  }
  for (ssize i = 0; i < str_length(args[0]); ++i) {
    Object* k = int_from_i64(str_char_at(args[0], i));
    Object* v = int_from_i64(str_char_at(args[1], i));
    int r = dict_set_item(d, k, v);
    decref(k);
    decref(v);
    if (r < 0) {
      decref(d);
      return nullptr;
    }
  }
  if (nargs == 3) {
    for (ssize i = 0; i < str_length(args[2]); ++i) {
      Object* k = int_from_i64(str_char_at(args[2], i));
      int r = dict_set_item(d, k, None());
      decref(k);
      if (r < 0) {
        decref(d);
        return nullptr;
      }
    }
  }
  return d;
}
Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("translate", nargs, kwnames)) return nullptr;
  StrBuilder b;
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    Object* k = int_from_i64(c);
    if (!k) return nullptr;
    Object* v = get_item(args[0], k);
    decref(k);
    if (!v) {
      if (err_matches(&ExcLookupError)) {
        err_clear();
        b.append_char(c);
        continue;
      }
      return nullptr;
    }
    if (is_none(v)) {
    } else if (is_int(v)) {
      b.append_char(std::uint32_t(int_medium_value(v)));
    } else if (is_str(v)) {
      b.append_str(v);
    } else {
      decref(v);
      err_set_string(&ExcTypeError, "character mapping must return integer, None or str");
      return nullptr;
    }
    decref(v);
  }
  return b.finish();
}
Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  static const ArgSpec spec{"expandtabs", {"tabsize"}, 0, 1, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  ssize tab = 8;
  if (a[0]) {
    tab = number_as_ssize(a[0], &ExcOverflowError);
    if (tab == -1 && err_occurred()) return nullptr;
  }
  StrBuilder b;
  ssize col = 0;
  for (ssize i = 0; i < str_length(self); ++i) {
    std::uint32_t c = str_char_at(self, i);
    if (c == '\t') {
      if (tab > 0) {
        ssize spaces = tab - col % tab;
        for (ssize k = 0; k < spaces; ++k) b.append_char(' ');
        col += spaces;
      }
    } else {
      b.append_char(c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return b.finish();
}

MethodDef str_methods[] = {
    {"join", m_join, METH_DEFAULT, "Concatenate any number of strings."},
    {"split", m_split, METH_DEFAULT, "Return a list of the substrings in the string."},
    {"rsplit", m_rsplit, METH_DEFAULT, "Return a list of the substrings in the string."},
    {"strip", m_strip, METH_DEFAULT, nullptr},
    {"lstrip", m_lstrip, METH_DEFAULT, nullptr},
    {"rstrip", m_rstrip, METH_DEFAULT, nullptr},
    {"startswith", m_startswith, METH_DEFAULT, nullptr},
    {"endswith", m_endswith, METH_DEFAULT, nullptr},
    {"find", m_find, METH_DEFAULT, nullptr},
    {"rfind", m_rfind, METH_DEFAULT, nullptr},
    {"index", m_index, METH_DEFAULT, nullptr},
    {"rindex", m_rindex, METH_DEFAULT, nullptr},
    {"count", m_count, METH_DEFAULT, nullptr},
    {"replace", m_replace, METH_DEFAULT, nullptr},
    {"lower", m_lower, METH_DEFAULT, nullptr},
    {"upper", m_upper, METH_DEFAULT, nullptr},
    {"swapcase", m_swapcase, METH_DEFAULT, nullptr},
    {"title", m_title, METH_DEFAULT, nullptr},
    {"capitalize", m_capitalize, METH_DEFAULT, nullptr},
    {"isdigit", m_isdigit, METH_DEFAULT, nullptr},
    {"isdecimal", m_isdecimal, METH_DEFAULT, nullptr},
    {"isnumeric", m_isnumeric, METH_DEFAULT, nullptr},
    {"isalpha", m_isalpha, METH_DEFAULT, nullptr},
    {"isalnum", m_isalnum, METH_DEFAULT, nullptr},
    {"isspace", m_isspace, METH_DEFAULT, nullptr},
    {"isascii", m_isascii, METH_DEFAULT, nullptr},
    {"islower", m_islower, METH_DEFAULT, nullptr},
    {"isupper", m_isupper, METH_DEFAULT, nullptr},
    {"isidentifier", m_isidentifier, METH_DEFAULT, nullptr},
    {"format", m_format, METH_DEFAULT, nullptr},
    {"__format__", m_dunder_format, METH_DEFAULT, nullptr},
    {"__sizeof__", m_sizeof, METH_DEFAULT, nullptr},
    {"encode", m_encode, METH_DEFAULT, nullptr},
    {"splitlines", m_splitlines, METH_DEFAULT, nullptr},
    {"partition", m_partition, METH_DEFAULT, nullptr},
    {"rpartition", m_rpartition, METH_DEFAULT, nullptr},
    {"ljust", m_ljust, METH_DEFAULT, nullptr},
    {"rjust", m_rjust, METH_DEFAULT, nullptr},
    {"center", m_center, METH_DEFAULT, nullptr},
    {"zfill", m_zfill, METH_DEFAULT, nullptr},
    {"removeprefix", m_removeprefix, METH_DEFAULT, nullptr},
    {"removesuffix", m_removesuffix, METH_DEFAULT, nullptr},
    {"maketrans", m_maketrans, METH_STATIC, nullptr},
    {"translate", m_translate, METH_DEFAULT, nullptr},
    {"expandtabs", m_expandtabs, METH_DEFAULT, nullptr},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* str_join(Object* sep, Object* iterable) {
  Object* seq = sequence_tuple(iterable);
  if (!seq) return nullptr;
  ssize n = tuple_size(seq);
  if (n == 1 && is_str_exact(tuple_get(seq, 0))) {
    Object* r = new_ref(tuple_get(seq, 0));
    decref(seq);
    return r;
  }
  StrBuilder b;
  for (ssize i = 0; i < n; ++i) {
    Object* item = tuple_get(seq, i);
    if (!is_str(item)) {
      err_format(&ExcTypeError, "sequence item {}: expected str instance, {} found", i,
                 type_name(item->type));
      decref(seq);
      return nullptr;
    }
    if (i) b.append_str(sep);
    b.append_str(item);
  }
  decref(seq);
  return b.finish();
}

Object* str_format_spec(Object* op, Object* spec) { return format_str_spec(op, spec); }

Object* str_mod_format(Object* a, Object* b) {
  if (!is_str(a)) return not_implemented_new_ref();
  return str_percent_format(a, b);
}

const MethodDef* str_methods_table() { return str_methods; }

void str_iter_type_init() {
  StrIterType.name = "str_ascii_iterator";
  StrIterType.basicsize = sizeof(StrIterObject);
  StrIterType.flags = TPFLAG_HAVE_GC;
  StrIterType.dealloc = striter_dealloc;
  StrIterType.traverse = striter_traverse;
  StrIterType.iter = striter_self;
  StrIterType.iternext = striter_next;
  StrIterType.methods = striter_methods;
}

}  // namespace mempy::runtime
