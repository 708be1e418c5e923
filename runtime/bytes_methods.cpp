// runtime/bytes_methods.cpp — the methods bytes and bytearray share (CPython's stringlib and
// bytes_methods.c): searching, splitting, stripping, padding, ASCII case mapping and character
// classes, hex / fromhex, translate / maketrans, join, decode. Every method works on a snapshot of
// the receiver's bytes and returns an object of the receiver's family: bytes for bytes and its
// subclasses, bytearray for bytearray and its subclasses. Character classes are ASCII's
// (b' \x1c'.strip() keeps the \x1c, which str.strip would remove).
#include <climits>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes_internal.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/str_args.h"
#include "runtime/str_codecs.h"
#include "runtime/str_search.h"
#include "runtime/str_split.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

// ---- ASCII character classes (Py_ISSPACE and friends) ------------------------------------------
inline bool b_space(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool b_lower(unsigned char c) {
  return c >= 'a' && c <= 'z';
}
inline bool b_upper(unsigned char c) {
  return c >= 'A' && c <= 'Z';
}
inline bool b_alpha(unsigned char c) {
  return b_lower(c) || b_upper(c);
}
inline bool b_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
inline bool b_alnum(unsigned char c) {
  return b_alpha(c) || b_digit(c);
}
inline char b_to_lower(unsigned char c) {
  return char(b_upper(c) ? c + 32 : c);
}
inline char b_to_upper(unsigned char c) {
  return char(b_lower(c) ? c - 32 : c);
}

inline unsigned char at(std::string_view v, ssize i) {
  return static_cast<unsigned char>(v[std::size_t(i)]);
}
inline const std::uint8_t* units(std::string_view v) {
  return reinterpret_cast<const std::uint8_t*>(v.data());
}

// ---- argument helpers --------------------------------------------------------------------------
bool no_kwargs(Object* self, const char* name, Object* kwnames) {
  if (!kwnames || tuple_size(kwnames) == 0) return true;
  return check_no_kwargs(bytes_qualname(self, name).c_str(), kwnames);
}
bool no_args(Object* self, const char* name, ssize nargs, Object* kwnames) {
  if (nargs == 0 && (!kwnames || tuple_size(kwnames) == 0)) return true;
  return check_no_args(bytes_qualname(self, name).c_str(), nargs, kwnames);
}
bool one_arg(Object* self, const char* name, ssize nargs, Object* kwnames) {
  if (nargs == 1 && (!kwnames || tuple_size(kwnames) == 0)) return true;
  return check_one_arg(bytes_qualname(self, name).c_str(), nargs, kwnames);
}

bool buffer_arg(Object* v, std::string_view* out) {
  if (bytes_like_data(v, out)) return true;
  err_format(&ExcTypeError, "a bytes-like object is required, not '{}'", type_name(v->type));
  return false;
}

// The sub argument of find/count/index: an int in range(256) or a bytes-like object. A byte is
// kept in *byte and *out views it.
bool sub_arg(Object* v, char* byte, std::string_view* out) {
  if (has_index(v)) {
    int c;
    if (!byte_value(v, &c)) return false;
    *byte = char(c);
    *out = std::string_view(byte, 1);
    return true;
  }
  if (bytes_like_data(v, out)) return true;
  err_format(&ExcTypeError, "argument should be integer or bytes-like object, not '{}'",
             type_name(v->type));
  return false;
}

Object* make(Object* self, std::string_view data) {
  return bytes_make_like(self, data);
}
// A piece of self: self itself when it is the whole of an exact bytes object.
Object* piece(Object* self, std::string_view v, ssize i, ssize j) {
  if (i == 0 && j == ssize(v.size()) && is_bytes_exact(self)) return new_ref(self);
  return make(self, v.substr(std::size_t(i), std::size_t(j - i)));
}

// ---- search ----------------------------------------------------------------------------------
enum class Find { find, rfind, index, rindex, count };

Object* find_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, Find kind) {
  static const char* const names[] = {"find", "rfind", "index", "rindex", "count"};
  const char* name = names[int(kind)];
  if (!no_kwargs(self, name, kwnames) || !check_arg_count(name, nargs, 1, 3)) return nullptr;
  char byte;
  std::string_view sub;
  if (!sub_arg(args[0], &byte, &sub)) return nullptr;
  std::string_view v = bytes_view(self);
  ssize start, end;
  if (!parse_start_end(args, nargs, 1, ssize(v.size()), &start, &end)) return nullptr;
  v = bytes_view(self);  // __index__ of start/end may have resized a bytearray
  if (end > ssize(v.size())) end = ssize(v.size());
  ssize m = ssize(sub.size()), r = -1;
  if (kind == Find::count) {
    if (start > end) return small_int(0);
    if (m == 0) return int_from_ssize(end - start + 1);
    return int_from_ssize(search::count(units(v) + start, end - start, units(sub), m, -1));
  }
  if (start <= end) {
    if (m == 0) {
      r = (kind == Find::rfind || kind == Find::rindex) ? end : start;
    } else if (kind == Find::rfind || kind == Find::rindex) {
      r = search::rfind(units(v) + start, end - start, units(sub), m);
      if (r >= 0) r += start;
    } else {
      r = search::find(units(v) + start, end - start, units(sub), m);
      if (r >= 0) r += start;
    }
  }
  if (r < 0 && (kind == Find::index || kind == Find::rindex)) {
    err_set_string(&ExcValueError, "subsection not found");
    return nullptr;
  }
  return int_from_ssize(r);
}
Object* m_find(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, Find::find);
}
Object* m_rfind(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, Find::rfind);
}
Object* m_index(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, Find::index);
}
Object* m_rindex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, Find::rindex);
}
Object* m_count(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return find_method(self, args, nargs, kwnames, Find::count);
}

Object* affix_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool prefix) {
  const char* name = prefix ? "startswith" : "endswith";
  if (!no_kwargs(self, name, kwnames) || !check_arg_count(name, nargs, 1, 3)) return nullptr;
  ssize start, end;
  if (!parse_start_end(args, nargs, 1, ssize(bytes_view(self).size()), &start, &end)) {
    return nullptr;
  }
  std::string_view v = bytes_view(self);
  if (end > ssize(v.size())) end = ssize(v.size());
  auto match = [&](std::string_view sub) {
    ssize m = ssize(sub.size());
    if (start > ssize(v.size()) || end - start < m) return false;
    ssize pos = prefix ? start : end - m;
    return std::memcmp(v.data() + pos, sub.data(), std::size_t(m)) == 0;
  };
  Object* x = args[0];
  std::string_view sub;
  if (is_tuple(x)) {
    for (ssize i = 0; i < tuple_size(x); ++i) {
      if (!buffer_arg(tuple_get(x, i), &sub)) return nullptr;
      if (match(sub)) return bool_new_ref(true);
    }
    return bool_new_ref(false);
  }
  if (!bytes_like_data(x, &sub)) {
    err_format(&ExcTypeError, "{} first arg must be bytes or a tuple of bytes, not {}", name,
               type_name(x->type));
    return nullptr;
  }
  return bool_new_ref(match(sub));
}
Object* m_startswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_method(self, args, nargs, kwnames, true);
}
Object* m_endswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_method(self, args, nargs, kwnames, false);
}

// ---- replace, split, partition -----------------------------------------------------------------
Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kwargs(self, "replace", kwnames) || !check_nargs("replace", nargs, 2, 3)) return nullptr;
  std::string_view old, rep;
  if (!buffer_arg(args[0], &old) || !buffer_arg(args[1], &rep)) return nullptr;
  ssize maxcount = -1;
  if (nargs == 3 && !ssize_arg(args[2], &maxcount)) return nullptr;
  std::string_view v = bytes_view(self);
  std::string olds(old), reps(rep);  // the arguments may be self
  ssize n = ssize(v.size()), m = ssize(olds.size());
  if (maxcount < 0) maxcount = PTRDIFF_MAX;
  std::string out;
  ssize done = 0, i = 0;
  if (m == 0) {
    for (; i <= n && done < maxcount; ++done) {
      out += reps;
      if (i < n) out += v[std::size_t(i)];
      ++i;
    }
    if (i < n) out.append(v.substr(std::size_t(i)));
  } else {
    for (; done < maxcount; ++done) {
      ssize f = search::find(units(v) + i, n - i, units(olds), m);
      if (f < 0) break;
      out.append(v.substr(std::size_t(i), std::size_t(f)));
      out += reps;
      i += f + m;
    }
    out.append(v.substr(std::size_t(i)));
  }
  if (done == 0) return bytes_unchanged(self);
  return make(self, out);
}

Object* split_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool right) {
  const char* name = right ? "rsplit" : "split";
  static const ArgSpec lspec{"split", {"sep", "maxsplit"}, 0, 2, 0};
  static const ArgSpec rspec{"rsplit", {"sep", "maxsplit"}, 0, 2, 0};
  Object* a[2];
  if (!parse_clinic_args(right ? rspec : lspec, args, nargs, kwnames, a)) return nullptr;
  ssize maxsplit = -1;
  if (a[1] && !ssize_arg(a[1], &maxsplit)) return nullptr;
  std::string sep_copy;
  bool whitespace = !a[0] || is_none(a[0]);
  if (!whitespace) {
    std::string_view sep;
    if (!buffer_arg(a[0], &sep)) return nullptr;
    if (sep.empty()) {
      err_set_string(&ExcValueError, "empty separator");
      return nullptr;
    }
    sep_copy.assign(sep);
  }
  std::string_view v = bytes_view(self);
  ssize n = ssize(v.size());
  auto make_piece = [&](ssize i, ssize j) { return piece(self, v, i, j); };
  if (whitespace) {
    return split_whitespace(
        n, maxsplit, right, [&](ssize i) { return b_space(at(v, i)); }, make_piece);
  }
  const std::uint8_t* sp = units(sep_copy);
  ssize m = ssize(sep_copy.size());
  auto find = [&](ssize i, ssize j) {
    ssize r = right ? search::rfind(units(v) + i, j - i, sp, m)
                    : search::find(units(v) + i, j - i, sp, m);
    return r < 0 ? r : r + i;
  };
  return split_separator(n, m, maxsplit, right, find, make_piece);
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
  std::string_view v = bytes_view(self);
  auto ch = [&](ssize i) { return at(v, i); };
  return split_lines(
      ssize(v.size()), keep != 0, [&](ssize i) { return ch(i) == '\n' || ch(i) == '\r'; }, ch,
      [&](ssize i, ssize j) { return piece(self, v, i, j); });
}

Object* partition_method(Object* self, Object* sep_arg, bool right) {
  std::string_view sep;
  if (!buffer_arg(sep_arg, &sep)) return nullptr;
  if (sep.empty()) {
    err_set_string(&ExcValueError, "empty separator");
    return nullptr;
  }
  std::string sepc(sep);
  std::string_view v = bytes_view(self);
  ssize n = ssize(v.size()), m = ssize(sepc.size());
  ssize f = right ? search::rfind(units(v), n, units(sepc), m)
                  : search::find(units(v), n, units(sepc), m);
  Ref<> parts[3];
  if (f < 0) {
    // bytes (and subclasses) give themselves back, bytearrays a copy
    int whole = right ? 2 : 0;
    for (int k = 0; k < 3; ++k) {
      parts[k] = steal(k != whole       ? make(self, {})
                       : is_bytes(self) ? new_ref(self)
                                        : make(self, v));
    }
  } else {
    parts[0] = steal(make(self, v.substr(0, std::size_t(f))));
    parts[1] =
        steal(is_bytes_exact(sep_arg) && is_bytes(self) ? new_ref(sep_arg) : make(self, sepc));
    parts[2] = steal(make(self, v.substr(std::size_t(f + m))));
  }
  if (!parts[0] || !parts[1] || !parts[2]) return nullptr;
  return tuple_pack({parts[0].get(), parts[1].get(), parts[2].get()});
}
Object* m_partition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "partition", nargs, kwnames)) return nullptr;
  return partition_method(self, args[0], false);
}
Object* m_rpartition(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "rpartition", nargs, kwnames)) return nullptr;
  return partition_method(self, args[0], true);
}

// ---- strip, affixes, padding -------------------------------------------------------------------
Object* strip_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, int which) {
  static const char* const names[] = {"strip", "lstrip", "rstrip"};
  if (!no_kwargs(self, names[which], kwnames) || !check_nargs(names[which], nargs, 0, 1)) {
    return nullptr;
  }
  std::string_view chars;
  bool whitespace = nargs == 0 || is_none(args[0]);
  if (!whitespace && !buffer_arg(args[0], &chars)) return nullptr;
  std::string charset(chars);
  std::string_view v = bytes_view(self);
  auto strip_this = [&](ssize i) {
    unsigned char c = at(v, i);
    return whitespace ? b_space(c) : charset.find(char(c)) != std::string::npos;
  };
  ssize i = 0, j = ssize(v.size());
  if (which != 2) {
    while (i < j && strip_this(i)) ++i;
  }
  if (which != 1) {
    while (j > i && strip_this(j - 1)) --j;
  }
  return piece(self, v, i, j);
}
Object* m_strip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, 0);
}
Object* m_lstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, 1);
}
Object* m_rstrip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return strip_method(self, args, nargs, kwnames, 2);
}

Object* affix_remove(Object* self, Object* const* args, ssize nargs, Object* kwnames, bool prefix) {
  if (!one_arg(self, prefix ? "removeprefix" : "removesuffix", nargs, kwnames)) return nullptr;
  std::string_view affix;
  if (!buffer_arg(args[0], &affix)) return nullptr;
  std::string a(affix);
  std::string_view v = bytes_view(self);
  ssize n = ssize(v.size()), m = ssize(a.size());
  if (m > 0 && m <= n &&
      std::memcmp(v.data() + (prefix ? 0 : n - m), a.data(), std::size_t(m)) == 0) {
    return prefix ? make(self, v.substr(std::size_t(m)))
                  : make(self, v.substr(0, std::size_t(n - m)));
  }
  return bytes_unchanged(self);
}
Object* m_removeprefix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_remove(self, args, nargs, kwnames, true);
}
Object* m_removesuffix(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return affix_remove(self, args, nargs, kwnames, false);
}

Object* pad(Object* self, ssize left, ssize right, char fill) {
  std::string_view v = bytes_view(self);
  if (left <= 0 && right <= 0) return bytes_unchanged(self);
  std::string out;
  out.reserve(v.size() + std::size_t(left > 0 ? left : 0) + std::size_t(right > 0 ? right : 0));
  if (left > 0) out.append(std::size_t(left), fill);
  out.append(v);
  if (right > 0) out.append(std::size_t(right), fill);
  return make(self, out);
}

Object* justify_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, int mode) {
  static const char* const names[] = {"ljust", "rjust", "center"};
  const char* name = names[mode];
  if (!no_kwargs(self, name, kwnames) || !check_nargs(name, nargs, 1, 2)) return nullptr;
  ssize width;
  if (!ssize_arg(args[0], &width)) return nullptr;
  char fill = ' ';
  if (nargs == 2) {
    std::string_view f;
    if (!(is_bytes(args[1]) || is_bytearray(args[1])) || !bytes_like_data(args[1], &f) ||
        f.size() != 1) {
      err_format(&ExcTypeError, "{}() argument 2 must be a byte string of length 1, not {}", name,
                 clinic_type_name(args[1]));
      return nullptr;
    }
    fill = f[0];
  }
  ssize n = ssize(bytes_view(self).size());
  if (width <= n) return bytes_unchanged(self);
  ssize padn = width - n;
  if (mode == 0) return pad(self, 0, padn, fill);
  if (mode == 1) return pad(self, padn, 0, fill);
  ssize left = padn / 2 + (padn & width & 1);
  return pad(self, left, padn - left, fill);
}
Object* m_ljust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, 0);
}
Object* m_rjust(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, 1);
}
Object* m_center(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return justify_method(self, args, nargs, kwnames, 2);
}

Object* m_zfill(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "zfill", nargs, kwnames)) return nullptr;
  ssize width;
  if (!ssize_arg(args[0], &width)) return nullptr;
  std::string_view v = bytes_view(self);
  ssize n = ssize(v.size());
  if (width <= n) return bytes_unchanged(self);
  std::string out(std::size_t(width - n), '0');
  out.append(v);
  char c = out[std::size_t(width - n)];
  if (n > 0 && (c == '+' || c == '-')) {
    out[0] = c;
    out[std::size_t(width - n)] = '0';
  }
  return make(self, out);
}

Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[1];
  static const ArgSpec spec{"expandtabs", {"tabsize"}, 0, 1, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  int tab = 8;
  if (a[0] && !int_arg(a[0], &tab)) return nullptr;
  std::string_view v = bytes_view(self);
  std::string out;
  ssize col = 0;
  for (char c : v) {
    if (c == '\t') {
      if (tab > 0) {
        ssize spaces = tab - col % tab;
        out.append(std::size_t(spaces), ' ');
        col += spaces;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return make(self, out);
}

// ---- case mapping and character classes --------------------------------------------------------
enum class Case { lower, upper, swapcase, title, capitalize };

Object* case_method(Object* self, ssize nargs, Object* kwnames, const char* name, Case op) {
  if (!no_args(self, name, nargs, kwnames)) return nullptr;
  std::string out(bytes_view(self));
  bool prev_cased = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    switch (op) {
      case Case::lower:
        out[i] = b_to_lower(c);
        break;
      case Case::upper:
        out[i] = b_to_upper(c);
        break;
      case Case::swapcase:
        out[i] = b_upper(c) ? b_to_lower(c) : b_to_upper(c);
        break;
      case Case::title:
        out[i] = prev_cased ? b_to_lower(c) : b_to_upper(c);
        prev_cased = b_alpha(c);
        break;
      case Case::capitalize:
        out[i] = i == 0 ? b_to_upper(c) : b_to_lower(c);
        break;
    }
  }
  return make(self, out);
}
Object* m_lower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "lower", Case::lower);
}
Object* m_upper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "upper", Case::upper);
}
Object* m_swapcase(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "swapcase", Case::swapcase);
}
Object* m_title(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "title", Case::title);
}
Object* m_capitalize(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "capitalize", Case::capitalize);
}

template <bool (*Pred)(unsigned char)>
Object* all_bytes(Object* self, ssize nargs, Object* kwnames, const char* name) {
  if (!no_args(self, name, nargs, kwnames)) return nullptr;
  std::string_view v = bytes_view(self);
  if (v.empty()) return bool_new_ref(false);
  for (char c : v) {
    if (!Pred(static_cast<unsigned char>(c))) return bool_new_ref(false);
  }
  return bool_new_ref(true);
}
Object* m_isalnum(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_bytes<b_alnum>(self, nargs, kwnames, "isalnum");
}
Object* m_isalpha(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_bytes<b_alpha>(self, nargs, kwnames, "isalpha");
}
Object* m_isdigit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_bytes<b_digit>(self, nargs, kwnames, "isdigit");
}
Object* m_isspace(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_bytes<b_space>(self, nargs, kwnames, "isspace");
}
Object* m_isascii(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "isascii", nargs, kwnames)) return nullptr;
  for (char c : bytes_view(self)) {
    if (static_cast<unsigned char>(c) >= 128) return bool_new_ref(false);
  }
  return bool_new_ref(true);
}

Object* cased_predicate(Object* self, ssize nargs, Object* kwnames, bool lower) {
  if (!no_args(self, lower ? "islower" : "isupper", nargs, kwnames)) return nullptr;
  bool cased = false;
  for (char ch : bytes_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (lower ? b_upper(c) : b_lower(c)) return bool_new_ref(false);
    if (lower ? b_lower(c) : b_upper(c)) cased = true;
  }
  return bool_new_ref(cased);
}
Object* m_islower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return cased_predicate(self, nargs, kwnames, true);
}
Object* m_isupper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return cased_predicate(self, nargs, kwnames, false);
}
Object* m_istitle(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "istitle", nargs, kwnames)) return nullptr;
  bool cased = false, prev_cased = false;
  for (char ch : bytes_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (b_upper(c)) {
      if (prev_cased) return bool_new_ref(false);
      prev_cased = cased = true;
    } else if (b_lower(c)) {
      if (!prev_cased) return bool_new_ref(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_new_ref(cased);
}

// ---- hex, fromhex, translate, maketrans, join, decode -------------------------------------------
Object* m_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"hex", {"sep", "bytes_per_sep"}, 0, 2, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  char sep = 0;
  if (a[0]) {
    ssize len = object_length(a[0]);
    if (len < 0) return nullptr;
    if (len != 1) {
      err_set_string(&ExcValueError, "sep must be length 1.");
      return nullptr;
    }
    std::uint32_t c;
    if (is_str(a[0])) {
      c = str_char_at(a[0], 0);
    } else if (is_bytes(a[0])) {
      c = static_cast<unsigned char>(bytes_data(a[0])[0]);
    } else {
      err_set_string(&ExcTypeError, "sep must be str or bytes.");
      return nullptr;
    }
    if (c > 127) {
      err_set_string(&ExcValueError, "sep must be ASCII.");
      return nullptr;
    }
    sep = char(c);
  }
  int per = 1;
  if (a[1] && !int_arg(a[1], &per)) return nullptr;
  std::string_view v = bytes_view(self);
  static const char* hex = "0123456789abcdef";
  std::string out;
  ssize n = ssize(v.size());
  ssize group = per < 0 ? -ssize(per) : ssize(per);
  for (ssize i = 0; i < n; ++i) {
    // positive bytes_per_sep counts groups from the right, negative from the left
    if (sep && group > 0 && i > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) {
      out += sep;
    }
    out += hex[at(v, i) >> 4];
    out += hex[at(v, i) & 15];
  }
  return str_from_ascii(out.data(), out.size());
}

int hex_digit(std::uint32_t c) {
  if (c >= '0' && c <= '9') return int(c - '0');
  if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
  return -1;
}

Object* m_fromhex(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  TypeObject* type = static_cast<TypeObject*>(cls);
  const char* qual = type_is_subtype(type, &ByteArrayType) ? "bytearray.fromhex" : "bytes.fromhex";
  if (!check_one_arg(qual, nargs, kwnames)) return nullptr;
  Object* s = args[0];
  if (!is_str(s)) {
    err_format(&ExcTypeError, "fromhex() argument must be str, not {}", clinic_type_name(s));
    return nullptr;
  }
  std::string out;
  ssize n = str_length(s), i = 0;
  while (i < n) {
    std::uint32_t c = str_char_at(s, i);
    if (c < 128 && b_space(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    int hi = hex_digit(c);
    int lo = i + 1 < n ? hex_digit(str_char_at(s, i + 1)) : -1;
    if (hi < 0 || lo < 0) {
      err_format(&ExcValueError, "non-hexadecimal number found in fromhex() arg at position {}",
                 hi < 0 ? i : i + 1);
      return nullptr;
    }
    out += char(hi * 16 + lo);
    i += 2;
  }
  bool bytearray = type_is_subtype(type, &ByteArrayType);
  Ref<> r = steal(bytearray ? bytearray_from(out.data(), ssize(out.size()))
                            : bytes_from(out.data(), ssize(out.size())));
  if (!r || type == &BytesType || type == &ByteArrayType) return r.release();
  return call_one_arg(cls, r.get());
}

Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"translate", {"", "delete"}, 1, 2, 1};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string_view table, del;
  if (!is_none(a[0])) {
    if (!buffer_arg(a[0], &table)) return nullptr;
    if (table.size() != 256) {
      err_set_string(&ExcValueError, "translation table must be 256 characters long");
      return nullptr;
    }
  }
  if (a[1] && !buffer_arg(a[1], &del)) return nullptr;
  bool deleted[256] = {};
  for (char c : del) deleted[static_cast<unsigned char>(c)] = true;
  std::string_view v = bytes_view(self);
  std::string out;
  out.reserve(v.size());
  bool changed = false;
  for (char ch : v) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (deleted[c]) {
      changed = true;
      continue;
    }
    char t = table.empty() ? ch : table[c];
    changed = changed || t != ch;
    out += t;
  }
  if (!changed) return bytes_unchanged(self);
  return make(self, out);
}

Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("maketrans", kwnames) || !check_nargs("maketrans", nargs, 2, 2)) {
    return nullptr;
  }
  std::string_view from, to;
  if (!buffer_arg(args[0], &from) || !buffer_arg(args[1], &to)) return nullptr;
  if (from.size() != to.size()) {
    err_set_string(&ExcValueError, "maketrans arguments must have same length");
    return nullptr;
  }
  char table[256];
  for (int c = 0; c < 256; ++c) table[c] = char(c);
  for (std::size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_from(table, 256);
}

Object* m_join(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!one_arg(self, "join", nargs, kwnames)) return nullptr;
  Object* iterable = args[0];
  Ref<> seq = steal(join_items(iterable));
  if (!seq) return nullptr;
  Object* s = seq.get();
  bool list = is_list(s);
  ssize n = list ? list_size(s) : tuple_size(s);
  if (n == 1 && is_bytes_exact(self)) {
    Object* only = list ? list_get(s, 0) : tuple_get(s, 0);
    if (is_bytes_exact(only)) return new_ref(only);
  }
  std::string sep(bytes_view(self));
  std::string out;
  for (ssize i = 0; i < n; ++i) {
    Object* item = list ? list_get(s, i) : tuple_get(s, i);
    std::string_view data;
    if (!bytes_like_data(item, &data)) {
      err_format(&ExcTypeError, "sequence item {}: expected a bytes-like object, {} found", i,
                 type_name(item->type));
      return nullptr;
    }
    if (i) out += sep;
    out.append(data);
  }
  return make(self, out);
}

Object* m_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"decode", {"encoding", "errors"}, 0, 2, 0};
  if (!parse_clinic_args(spec, args, nargs, kwnames, a)) return nullptr;
  return bytes_decode(bytes_view(self), a[0], a[1], "decode");
}

// ---- bytes only --------------------------------------------------------------------------------
Object* m_bytes_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "__sizeof__", nargs, kwnames)) return nullptr;
  return int_from_ssize(self->type->basicsize + bytes_size(self));
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "__getnewargs__", nargs, kwnames)) return nullptr;
  Ref<> copy = steal(bytes_unchanged(self));
  if (!copy) return nullptr;
  return tuple_pack({copy.get()});
}

Object* m_dunder_bytes(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!no_args(self, "__bytes__", nargs, kwnames)) return nullptr;
  return bytes_unchanged(self);
}

// The methods of both types, in CPython's order.
#define MEMPY_BYTES_SHARED_METHODS                                                                 \
  {"capitalize", m_capitalize, METH_DEFAULT, "B.capitalize() -> copy of B"},                       \
      {"center", m_center, METH_DEFAULT, "Return a centered string of length width."},             \
      {"count", m_count, METH_VARARGS, "B.count(sub[, start[, end]]) -> int"},                     \
      {"decode", m_decode, METH_DEFAULT,                                                           \
       "Decode the bytes using the codec registered for encoding."},                               \
      {"endswith", m_endswith, METH_VARARGS, "B.endswith(suffix[, start[, end]]) -> bool"},        \
      {"expandtabs", m_expandtabs, METH_DEFAULT,                                                   \
       "Return a copy where all tab characters are expanded using spaces."},                       \
      {"find", m_find, METH_VARARGS, "B.find(sub[, start[, end]]) -> int"},                        \
      {"fromhex", m_fromhex, METH_CLASS,                                                           \
       "Create a bytes object from a string of hexadecimal numbers."},                             \
      {"hex", m_hex, METH_DEFAULT, "Create a string of hexadecimal numbers from a bytes object."}, \
      {"index", m_index, METH_VARARGS, "B.index(sub[, start[, end]]) -> int"},                     \
      {"isalnum", m_isalnum, METH_DEFAULT, "B.isalnum() -> bool"},                                 \
      {"isalpha", m_isalpha, METH_DEFAULT, "B.isalpha() -> bool"},                                 \
      {"isascii", m_isascii, METH_DEFAULT, "B.isascii() -> bool"},                                 \
      {"isdigit", m_isdigit, METH_DEFAULT, "B.isdigit() -> bool"},                                 \
      {"islower", m_islower, METH_DEFAULT, "B.islower() -> bool"},                                 \
      {"isspace", m_isspace, METH_DEFAULT, "B.isspace() -> bool"},                                 \
      {"istitle", m_istitle, METH_DEFAULT, "B.istitle() -> bool"},                                 \
      {"isupper", m_isupper, METH_DEFAULT, "B.isupper() -> bool"},                                 \
      {"join", m_join, METH_DEFAULT, "Concatenate any number of bytes objects."},                  \
      {"ljust", m_ljust, METH_DEFAULT, "Return a left-justified string of length width."},         \
      {"lower", m_lower, METH_DEFAULT, "B.lower() -> copy of B"},                                  \
      {"lstrip", m_lstrip, METH_DEFAULT, "Strip leading bytes contained in the argument."},        \
      {"maketrans", m_maketrans, METH_STATIC,                                                      \
       "Return a translation table usable for the bytes or bytearray translate method."},          \
      {"partition", m_partition, METH_DEFAULT,                                                     \
       "Partition the bytes into three parts using the given separator."},                         \
      {"replace", m_replace, METH_DEFAULT,                                                         \
       "Return a copy with all occurrences of substring old replaced by new."},                    \
      {"removeprefix", m_removeprefix, METH_DEFAULT,                                               \
       "Return a bytes object with the given prefix string removed if present."},                  \
      {"removesuffix", m_removesuffix, METH_DEFAULT,                                               \
       "Return a bytes object with the given suffix string removed if present."},                  \
      {"rfind", m_rfind, METH_VARARGS, "B.rfind(sub[, start[, end]]) -> int"},                     \
      {"rindex", m_rindex, METH_VARARGS, "B.rindex(sub[, start[, end]]) -> int"},                  \
      {"rjust", m_rjust, METH_DEFAULT, "Return a right-justified string of length width."},        \
      {"rpartition", m_rpartition, METH_DEFAULT,                                                   \
       "Partition the bytes into three parts using the given separator."},                         \
      {"rsplit", m_rsplit, METH_DEFAULT,                                                           \
       "Return a list of the sections in the bytes, using sep as the delimiter."},                 \
      {"rstrip", m_rstrip, METH_DEFAULT, "Strip trailing bytes contained in the argument."},       \
      {"split", m_split, METH_DEFAULT,                                                             \
       "Return a list of the sections in the bytes, using sep as the delimiter."},                 \
      {"splitlines", m_splitlines, METH_DEFAULT,                                                   \
       "Return a list of the lines in the bytes, breaking at line boundaries."},                   \
      {"startswith", m_startswith, METH_VARARGS, "B.startswith(prefix[, start[, end]]) -> bool"},  \
      {"strip", m_strip, METH_DEFAULT,                                                             \
       "Strip leading and trailing bytes contained in the argument."},                             \
      {"swapcase", m_swapcase, METH_DEFAULT, "B.swapcase() -> copy of B"},                         \
      {"title", m_title, METH_DEFAULT, "B.title() -> copy of B"},                                  \
      {"translate", m_translate, METH_DEFAULT,                                                     \
       "Return a copy with each character mapped by the given translation table."},                \
      {"upper", m_upper, METH_DEFAULT, "B.upper() -> copy of B"}, {                                \
    "zfill", m_zfill, METH_DEFAULT,                                                                \
        "Pad a numeric string with zeros on the left, to fill a field of the given width."         \
  }

MethodDef bytes_methods[] = {
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__bytes__", m_dunder_bytes, METH_DEFAULT, "Convert this value to exact type bytes."},
    {"__sizeof__", m_bytes_sizeof, METH_DEFAULT,
     "Returns the size of the bytes in memory, in bytes."},
    MEMPY_BYTES_SHARED_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

MethodDef bytearray_methods[] = {
    {"__alloc__", bytearray_m_alloc, METH_DEFAULT, "B.__alloc__() -> int"},
    {"__sizeof__", bytearray_m_sizeof, METH_DEFAULT,
     "Returns the size of the bytearray object in memory, in bytes."},
    {"append", bytearray_m_append, METH_DEFAULT,
     "Append a single item to the end of the bytearray."},
    {"clear", bytearray_m_clear, METH_DEFAULT, "Remove all items from the bytearray."},
    {"copy", bytearray_m_copy, METH_DEFAULT, "Return a copy of B."},
    {"extend", bytearray_m_extend, METH_DEFAULT,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"insert", bytearray_m_insert, METH_DEFAULT,
     "Insert a single item into the bytearray before the given index."},
    {"pop", bytearray_m_pop, METH_DEFAULT, "Remove and return a single item from B."},
    {"remove", bytearray_m_remove, METH_DEFAULT,
     "Remove the first occurrence of a value in the bytearray."},
    {"reverse", bytearray_m_reverse, METH_DEFAULT,
     "Reverse the order of the values in B in place."},
    MEMPY_BYTES_SHARED_METHODS,
    {nullptr, nullptr, 0, nullptr},
};

#undef MEMPY_BYTES_SHARED_METHODS

}  // namespace

const MethodDef* bytes_method_table() {
  return bytes_methods;
}
const MethodDef* bytearray_method_table() {
  return bytearray_methods;
}

}  // namespace mempy::runtime
