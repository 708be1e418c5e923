// runtime/str_case.cpp — str case mapping (lower, upper, casefold, swapcase, title, capitalize)
// and the character-class predicates (isalpha ... isprintable), answered by the Unicode 14
// database in runtime/unicode_db.h exactly as CPython 3.11 answers them.
//
// Mappings are the full ones (SpecialCasing included): 'ß'.upper() == 'SS', 'ﬁ'.title() == 'Fi',
// 'İ'.lower() == 'i̇'. Lowering the capital sigma U+03A3 depends on its neighbours (final sigma
// rule), wherever lowering happens: lower, swapcase, and the non-initial letters of title and
// capitalize. ASCII strings take a byte loop that never consults the tables.
#include <cstring>

#include "runtime/cfunction.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/str_internal.h"
#include "runtime/unicode_db.h"

namespace mempy::runtime {

namespace {

enum class CaseOp { lower, upper, casefold, swapcase, title, capitalize };

inline bool ascii_upper(std::uint8_t c) {
  return unsigned(c - 'A') < 26u;
}
inline bool ascii_lower(std::uint8_t c) {
  return unsigned(c - 'a') < 26u;
}
inline std::uint8_t ascii_to_lower(std::uint8_t c) {
  return ascii_upper(c) ? c + 32 : c;
}
inline std::uint8_t ascii_to_upper(std::uint8_t c) {
  return ascii_lower(c) ? c - 32 : c;
}

Object* ascii_case(Object* self, CaseOp op) {
  ssize n = str_length(self);
  Object* r = str_new(n, 127);
  if (!r || n == 0) return r;
  const std::uint8_t* s = static_cast<const std::uint8_t*>(str_data(self));
  std::uint8_t* d = static_cast<std::uint8_t*>(str_data(r));
  bool prev_cased = false;
  for (ssize i = 0; i < n; ++i) {
    std::uint8_t c = s[i];
    switch (op) {
      case CaseOp::lower:
      case CaseOp::casefold:
        d[i] = ascii_to_lower(c);
        break;
      case CaseOp::upper:
        d[i] = ascii_to_upper(c);
        break;
      case CaseOp::swapcase:
        d[i] = ascii_upper(c) ? c + 32 : ascii_lower(c) ? c - 32 : c;
        break;
      case CaseOp::title:
        d[i] = prev_cased ? ascii_to_lower(c) : ascii_to_upper(c);
        prev_cased = ascii_upper(c) || ascii_lower(c);
        break;
      case CaseOp::capitalize:
        d[i] = i == 0 ? ascii_to_upper(c) : ascii_to_lower(c);
        break;
    }
  }
  return r;
}

// Lowercases the character at i, applying the final-sigma rule to U+03A3.
int lower_at(unsigned kind, const void* data, ssize length, ssize i, std::uint32_t c,
             std::uint32_t out[3]) {
  if (c == 0x3A3) {
    auto at = [&](std::size_t k) { return str_read(kind, data, ssize(k)); };
    out[0] = uni_lower_sigma(at, std::size_t(length), std::size_t(i));
    return 1;
  }
  return uni_lower(c, out);
}

Object* case_map(Object* self, CaseOp op) {
  if (str_is_ascii(self)) return ascii_case(self, op);
  ssize n = str_length(self);
  unsigned kind = str_kind(self);
  const void* data = str_data(self);
  StrBuilder b;
  b.reserve(n);
  std::uint32_t buf[3];
  bool prev_cased = false;
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(kind, data, i);
    int k;
    switch (op) {
      case CaseOp::lower:
        k = lower_at(kind, data, n, i, c, buf);
        break;
      case CaseOp::upper:
        k = uni_upper(c, buf);
        break;
      case CaseOp::casefold:
        k = uni_casefold(c, buf);
        break;
      case CaseOp::swapcase:
        if (uni_isupper(c)) {
          k = lower_at(kind, data, n, i, c, buf);
        } else if (uni_islower(c)) {
          k = uni_upper(c, buf);
        } else {
          buf[0] = c;
          k = 1;
        }
        break;
      case CaseOp::title:
        k = prev_cased ? lower_at(kind, data, n, i, c, buf) : uni_title(c, buf);
        prev_cased = uni_is_cased(c);
        break;
      default:  // capitalize
        k = i == 0 ? uni_title(c, buf) : lower_at(kind, data, n, i, c, buf);
        break;
    }
    for (int j = 0; j < k; ++j) b.append_char(buf[j]);
  }
  return b.finish();
}

Object* case_method(Object* self, ssize nargs, Object* kwnames, const char* name, CaseOp op) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  return case_map(self, op);
}

// all(pred(c) for c in s) and s != ''
template <bool (*Pred)(std::uint32_t)>
Object* all_chars(Object* self, ssize nargs, Object* kwnames, const char* name) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  ssize n = str_length(self);
  if (n == 0) return bool_new_ref(false);
  unsigned kind = str_kind(self);
  const void* data = str_data(self);
  for (ssize i = 0; i < n; ++i) {
    if (!Pred(str_read(kind, data, i))) return bool_new_ref(false);
  }
  return bool_new_ref(true);
}

// islower / isupper: no character of the opposite case or titlecase, and at least one cased.
Object* case_predicate(Object* self, ssize nargs, Object* kwnames, const char* name, bool lower) {
  if (!check_no_args(name, nargs, kwnames)) return nullptr;
  ssize n = str_length(self);
  unsigned kind = str_kind(self);
  const void* data = str_data(self);
  bool cased = false;
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(kind, data, i);
    bool is_lower = uni_islower(c), is_upper = uni_isupper(c);
    if ((lower ? is_upper : is_lower) || uni_istitle(c)) return bool_new_ref(false);
    if (lower ? is_lower : is_upper) cased = true;
  }
  return bool_new_ref(cased);
}

}  // namespace

Object* str_m_lower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.lower", CaseOp::lower);
}
Object* str_m_upper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.upper", CaseOp::upper);
}
Object* str_m_casefold(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.casefold", CaseOp::casefold);
}
Object* str_m_swapcase(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.swapcase", CaseOp::swapcase);
}
Object* str_m_title(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.title", CaseOp::title);
}
Object* str_m_capitalize(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_method(self, nargs, kwnames, "str.capitalize", CaseOp::capitalize);
}

Object* str_m_isalpha(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isalpha>(self, nargs, kwnames, "str.isalpha");
}
Object* str_m_isalnum(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isalnum>(self, nargs, kwnames, "str.isalnum");
}
Object* str_m_isdecimal(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isdecimal>(self, nargs, kwnames, "str.isdecimal");
}
Object* str_m_isdigit(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isdigit>(self, nargs, kwnames, "str.isdigit");
}
Object* str_m_isnumeric(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isnumeric>(self, nargs, kwnames, "str.isnumeric");
}
Object* str_m_isspace(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return all_chars<uni_isspace>(self, nargs, kwnames, "str.isspace");
}
Object* str_m_islower(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_predicate(self, nargs, kwnames, "str.islower", true);
}
Object* str_m_isupper(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  return case_predicate(self, nargs, kwnames, "str.isupper", false);
}

Object* str_m_istitle(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.istitle", nargs, kwnames)) return nullptr;
  // uppercase/titlecase letters only after uncased characters, lowercase only after cased ones
  ssize n = str_length(self);
  unsigned kind = str_kind(self);
  const void* data = str_data(self);
  bool cased = false, prev_cased = false;
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(kind, data, i);
    if (uni_isupper(c) || uni_istitle(c)) {
      if (prev_cased) return bool_new_ref(false);
      prev_cased = cased = true;
    } else if (uni_islower(c)) {
      if (!prev_cased) return bool_new_ref(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_new_ref(cased);
}

Object* str_m_isprintable(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.isprintable", nargs, kwnames)) return nullptr;
  ssize n = str_length(self);
  unsigned kind = str_kind(self);
  const void* data = str_data(self);
  for (ssize i = 0; i < n; ++i) {
    if (!uni_isprintable(str_read(kind, data, i))) return bool_new_ref(false);
  }
  return bool_new_ref(true);
}

Object* str_m_isascii(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.isascii", nargs, kwnames)) return nullptr;
  return bool_new_ref(str_is_ascii(self));
}

Object* str_m_isidentifier(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("str.isidentifier", nargs, kwnames)) return nullptr;
  return bool_new_ref(str_is_identifier(self));
}

}  // namespace mempy::runtime
