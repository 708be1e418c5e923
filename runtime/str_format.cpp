// runtime/str_format.cpp — str.format(): replacement fields {name.attr[key]!conv:spec} with
// nested fields in the spec, automatic and manual numbering, CPython's error messages.
#include <string>

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/str_internal.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

struct FormatState {
  Object* const* args;
  ssize nargs;
  Object* kwnames;
  int auto_index = 0;         // next automatic field number
  int mode = 0;               // 0 unknown, 1 automatic, 2 manual
  Object* mapping = nullptr;  // format_map(): names are looked up here, numbers are errors
};

bool positional_allowed(FormatState& st) {
  if (!st.mapping) return true;
  err_set_string(&ExcValueError, "Format string contains positional fields");
  return false;
}

// The value of an all-digit field name or index; -1 with ValueError when it is too large.
ssize decimal_value(Object* digits) {
  ssize v = 0;
  for (ssize k = 0; k < str_length(digits); ++k) {
    int d = int(str_char_at(digits, k) - '0');
    if (v > (PTRDIFF_MAX - d) / 10) {
      err_set_string(&ExcValueError, "Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + d;
  }
  return v;
}

Object* lookup_kw(FormatState& st, Object* name) {
  ssize nkw = st.kwnames ? tuple_size(st.kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    if (str_eq(tuple_get(st.kwnames, i), name)) return st.args[st.nargs + i];
  }
  return nullptr;
}

// Resolves a field name (the part before ! and :) to a new reference.
Object* get_field(FormatState& st, Object* field) {
  ssize n = str_length(field);
  ssize i = 0;
  while (i < n && str_char_at(field, i) != '.' && str_char_at(field, i) != '[') ++i;
  Object* first = str_substring(field, 0, i);
  if (!first) return nullptr;
  Object* obj;
  bool numeric = str_length(first) > 0;
  for (ssize k = 0; k < str_length(first) && numeric; ++k) {
    std::uint32_t c = str_char_at(first, k);
    numeric = c >= '0' && c <= '9';
  }
  if (str_length(first) == 0) {
    decref(first);
    if (st.mode == 2) {
      err_set_string(&ExcValueError,
                     "cannot switch from manual field specification to automatic field numbering");
      return nullptr;
    }
    st.mode = 1;
    if (!positional_allowed(st)) return nullptr;
    ssize idx = st.auto_index++;
    if (idx >= st.nargs) {
      err_format(&ExcIndexError, "Replacement index {} out of range for positional args tuple",
                 idx);
      return nullptr;
    }
    obj = new_ref(st.args[idx]);
  } else if (numeric) {
    if (st.mode == 1) {
      decref(first);
      err_set_string(&ExcValueError,
                     "cannot switch from automatic field numbering to manual field specification");
      return nullptr;
    }
    st.mode = 2;
    if (!positional_allowed(st)) {
      decref(first);
      return nullptr;
    }
    ssize idx = decimal_value(first);
    decref(first);
    if (idx < 0) return nullptr;
    if (idx >= st.nargs) {
      err_format(&ExcIndexError, "Replacement index {} out of range for positional args tuple",
                 idx);
      return nullptr;
    }
    obj = new_ref(st.args[idx]);
  } else if (st.mapping) {
    obj = get_item(st.mapping, first);
    decref(first);
    if (!obj) return nullptr;
  } else {
    Object* v = lookup_kw(st, first);
    if (!v) {
      err_set_object(&ExcKeyError, first);
      decref(first);
      return nullptr;
    }
    decref(first);
    obj = new_ref(v);
  }
  // .attr and [key] accessors
  while (i < n) {
    std::uint32_t c = str_char_at(field, i);
    if (c == '.') {
      ssize j = ++i;
      while (j < n && str_char_at(field, j) != '.' && str_char_at(field, j) != '[') ++j;
      Object* attr = str_substring(field, i, j);
      if (!attr) {
        decref(obj);
        return nullptr;
      }
      if (str_length(attr) == 0) {
        decref(attr);
        decref(obj);
        err_set_string(&ExcValueError, "Empty attribute in format string");
        return nullptr;
      }
      Object* next = get_attr(obj, attr);
      decref(attr);
      decref(obj);
      if (!next) return nullptr;
      obj = next;
      i = j;
    } else if (c == '[') {
      ssize j = ++i;
      while (j < n && str_char_at(field, j) != ']') ++j;
      if (j >= n) {
        decref(obj);
        err_set_string(&ExcValueError, "Missing ']' in format string");
        return nullptr;
      }
      Object* key = str_substring(field, i, j);
      if (!key) {
        decref(obj);
        return nullptr;
      }
      bool num = str_length(key) > 0;
      for (ssize k = 0; k < str_length(key) && num; ++k) {
        std::uint32_t d = str_char_at(key, k);
        num = d >= '0' && d <= '9';
      }
      Object* next;
      if (num) {
        ssize idx = decimal_value(key);
        Object* ik = idx < 0 ? nullptr : int_from_i64(idx);
        next = ik ? get_item(obj, ik) : nullptr;
        xdecref(ik);
      } else {
        next = get_item(obj, key);
      }
      decref(key);
      decref(obj);
      if (!next) return nullptr;
      obj = next;
      i = j + 1;
    } else {
      decref(obj);
      err_set_string(&ExcValueError, "Only '.' or '[' may follow ']' in format field specifier");
      return nullptr;
    }
  }
  return obj;
}

bool render(FormatState& st, Object* fmt, ssize start, ssize end, StrBuilder& out, int depth) {
  if (depth > 2) {
    err_set_string(&ExcValueError, "Max string recursion exceeded");
    return false;
  }
  ssize i = start;
  while (i < end) {
    std::uint32_t c = str_char_at(fmt, i);
    if (c == '}') {
      if (i + 1 < end && str_char_at(fmt, i + 1) == '}') {
        out.append_char('}');
        i += 2;
        continue;
      }
      err_set_string(&ExcValueError, "Single '}' encountered in format string");
      return false;
    }
    if (c != '{') {
      out.append_char(c);
      ++i;
      continue;
    }
    if (i + 1 < end && str_char_at(fmt, i + 1) == '{') {
      out.append_char('{');
      i += 2;
      continue;
    }
    // find the matching '}' (nested braces allowed in the spec)
    ssize j = i + 1;
    int level = 1;
    ssize field_end = -1, conv_at = -1, spec_at = -1;
    bool in_brackets = false;
    while (j < end) {
      std::uint32_t d = str_char_at(fmt, j);
      if (spec_at < 0 && d == '[') in_brackets = true;
      if (spec_at < 0 && d == ']') in_brackets = false;
      if (!in_brackets) {
        if (d == '{') ++level;
        if (d == '}') {
          if (--level == 0) break;
        }
        if (level == 1 && spec_at < 0 && d == ':') spec_at = j;
        if (level == 1 && spec_at < 0 && conv_at < 0 && d == '!') conv_at = j;
      }
      ++j;
    }
    if (j >= end) {
      err_set_string(&ExcValueError, level > 1 ? "expected '}' before end of string"
                                               : "Single '{' encountered in format string");
      return false;
    }
    field_end = conv_at >= 0 ? conv_at : spec_at >= 0 ? spec_at : j;
    Object* field = str_substring(fmt, i + 1, field_end);
    if (!field) return false;
    Object* value = get_field(st, field);
    decref(field);
    if (!value) return false;
    if (conv_at >= 0) {
      ssize conv_end = spec_at >= 0 ? spec_at : j;
      if (conv_end - conv_at != 2) {
        decref(value);
        err_set_string(&ExcValueError, conv_end - conv_at < 2
                                           ? "end of string while looking for conversion specifier"
                                           : "expected ':' after conversion specifier");
        return false;
      }
      std::uint32_t conv = str_char_at(fmt, conv_at + 1);
      Object* converted = conv == 'r'   ? object_repr(value)
                          : conv == 's' ? object_str(value)
                          : conv == 'a' ? object_ascii(value)
                                        : nullptr;
      if (!converted && !err_occurred()) {
        err_format(&ExcValueError, "Unknown conversion specifier {}", char(conv));
      }
      decref(value);
      if (!converted) return false;
      value = converted;
    }
    Object* spec;
    if (spec_at >= 0) {
      StrBuilder sb;
      if (!render(st, fmt, spec_at + 1, j, sb, depth + 1)) {
        decref(value);
        return false;
      }
      spec = sb.finish();
    } else {
      spec = str_empty();
    }
    Object* formatted = spec ? object_format(value, spec) : nullptr;
    xdecref(spec);
    decref(value);
    if (!formatted) return false;
    out.append_str(formatted);
    decref(formatted);
    i = j + 1;
  }
  return true;
}

// A format without braces is its own result (CPython's writer hands back the one string it was
// given, even a subclass instance).
bool has_no_fields(Object* fmt) {
  ssize n = str_length(fmt);
  return str_find_char(fmt, '{', 0, n) < 0 && str_find_char(fmt, '}', 0, n) < 0;
}

}  // namespace

Object* str_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (has_no_fields(self)) return new_ref(self);
  FormatState st{args, nargs, kwnames};
  StrBuilder out;
  if (!render(st, self, 0, str_length(self), out, 0)) return nullptr;
  return out.finish();
}

Object* str_format_map(Object* self, Object* mapping) {
  if (has_no_fields(self)) return new_ref(self);
  FormatState st{nullptr, 0, nullptr};
  st.mapping = mapping;
  StrBuilder out;
  if (!render(st, self, 0, str_length(self), out, 0)) return nullptr;
  return out.finish();
}

}  // namespace mempy::runtime
