// runtime/unicode_error.cpp — the three UnicodeError subclasses' constructors, __str__ and
// attributes (see unicode_error.h). The layout (UnicodeErrorObject) and the GC traversal of its
// fields belong to exceptions.cpp.
#include "runtime/unicode_error.h"

#include <fmt/format.h>

#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

inline UnicodeErrorObject* as_uerr(Object* op) {
  return static_cast<UnicodeErrorObject*>(op);
}

bool arg_count(ssize nargs, ssize want) {
  if (nargs == want) return true;
  err_format(&ExcTypeError, "function takes exactly {} arguments ({} given)", want, nargs);
  return false;
}

bool str_arg(Object* v, int pos) {
  if (is_str(v)) return true;
  err_format(&ExcTypeError, "argument {} must be str, not {}", pos, type_name(v->type));
  return false;
}

// Stores object / start / end / reason (and encoding when given) after checking their types.
int store(Object* self, Object* encoding, Object* object, Object* start, Object* end,
          Object* reason, int first_pos) {
  ssize s = number_as_ssize(start, &ExcOverflowError);
  if (s == -1 && err_occurred()) return -1;
  ssize e = number_as_ssize(end, &ExcOverflowError);
  if (e == -1 && err_occurred()) return -1;
  if (!str_arg(reason, first_pos + 3)) return -1;
  UnicodeErrorObject* u = as_uerr(self);
  if (encoding) set_ref(u->encoding, new_ref(encoding));
  set_ref(u->object, object);  // steals
  u->start = s;
  u->end = e;
  set_ref(u->reason, new_ref(reason));
  return 0;
}

int encode_error_init(Object* self, Object* const* args, std::size_t nargs, Object*) {
  if (!arg_count(ssize(nargs), 5) || !str_arg(args[0], 1) || !str_arg(args[1], 2)) return -1;
  return store(self, args[0], new_ref(args[1]), args[2], args[3], args[4], 2);
}

int decode_error_init(Object* self, Object* const* args, std::size_t nargs, Object*) {
  if (!arg_count(ssize(nargs), 5) || !str_arg(args[0], 1)) return -1;
  std::string_view data;
  if (!bytes_like_data(args[1], &data)) {
    err_format(&ExcTypeError, "a bytes-like object is required, not '{}'",
               type_name(args[1]->type));
    return -1;
  }
  Object* object =
      is_bytes_exact(args[1]) ? new_ref(args[1]) : bytes_from(data.data(), ssize(data.size()));
  if (!object) return -1;
  return store(self, args[0], object, args[2], args[3], args[4], 2);
}

int translate_error_init(Object* self, Object* const* args, std::size_t nargs, Object*) {
  if (!arg_count(ssize(nargs), 4) || !str_arg(args[0], 1)) return -1;
  return store(self, nullptr, new_ref(args[0]), args[1], args[2], args[3], 1);
}

// "\xe9", "\u20ac" or "\U0001f600" as CPython shows a character in these messages.
std::string char_escape(std::uint32_t c) {
  if (c <= 0xFF) return fmt::format("\\x{:02x}", c);
  if (c <= 0xFFFF) return fmt::format("\\u{:04x}", c);
  return fmt::format("\\U{:08x}", c);
}

// str() of a field for the message ("" when it cannot be made).
std::string field_text(Object* v) {
  std::string out;
  if (v && !str_utf8_of(v, out)) err_clear();
  return out;
}

Object* encode_error_str(Object* self) {
  UnicodeErrorObject* u = as_uerr(self);
  if (!u->object || !is_str(u->object)) return str_empty();
  std::string enc = field_text(u->encoding), reason = field_text(u->reason);
  std::string msg;
  if (u->start >= 0 && u->start < str_length(u->object) && u->end == u->start + 1) {
    msg = fmt::format("'{}' codec can't encode character '{}' in position {}: {}", enc,
                      char_escape(str_char_at(u->object, u->start)), u->start, reason);
  } else {
    msg = fmt::format("'{}' codec can't encode characters in position {}-{}: {}", enc, u->start,
                      u->end - 1, reason);
  }
  return str_from_utf8(msg);
}

Object* decode_error_str(Object* self) {
  UnicodeErrorObject* u = as_uerr(self);
  if (!u->object || !is_bytes(u->object)) return str_empty();
  std::string enc = field_text(u->encoding), reason = field_text(u->reason);
  std::string msg;
  if (u->start >= 0 && u->start < bytes_size(u->object) && u->end == u->start + 1) {
    unsigned char byte = static_cast<unsigned char>(bytes_data(u->object)[u->start]);
    msg = fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", enc, byte,
                      u->start, reason);
  } else {
    msg = fmt::format("'{}' codec can't decode bytes in position {}-{}: {}", enc, u->start,
                      u->end - 1, reason);
  }
  return str_from_utf8(msg);
}

Object* translate_error_str(Object* self) {
  UnicodeErrorObject* u = as_uerr(self);
  if (!u->object || !is_str(u->object)) return str_empty();
  std::string reason = field_text(u->reason);
  std::string msg;
  if (u->start >= 0 && u->start < str_length(u->object) && u->end == u->start + 1) {
    msg = fmt::format("can't translate character '{}' in position {}: {}",
                      char_escape(str_char_at(u->object, u->start)), u->start, reason);
  } else {
    msg = fmt::format("can't translate characters in position {}-{}: {}", u->start, u->end - 1,
                      reason);
  }
  return str_from_utf8(msg);
}

MemberDef unicode_error_members[] = {
    {"encoding", MemberKind::OBJECT, offsetof(UnicodeErrorObject, encoding), false,
     "exception encoding"},
    {"object", MemberKind::OBJECT, offsetof(UnicodeErrorObject, object), false, "exception object"},
    {"start", MemberKind::SSIZE, offsetof(UnicodeErrorObject, start), false, "exception start"},
    {"end", MemberKind::SSIZE, offsetof(UnicodeErrorObject, end), false, "exception end"},
    {"reason", MemberKind::OBJECT, offsetof(UnicodeErrorObject, reason), false, "exception reason"},
    {nullptr, MemberKind::OBJECT, 0, false, nullptr},
};

void raise_with(TypeObject* type, Object* const* args, ssize n) {
  for (ssize i = 0; i < n; ++i) {
    if (!args[i]) return;  // building an argument failed: that error stands
  }
  Object* exc = call(type, args, std::size_t(n), nullptr);
  if (exc) err_raise(exc);
}

}  // namespace

void unicode_error_types_setup() {
  ExcUnicodeEncodeError.init = encode_error_init;
  ExcUnicodeEncodeError.str = encode_error_str;
  ExcUnicodeEncodeError.members = unicode_error_members;
  ExcUnicodeDecodeError.init = decode_error_init;
  ExcUnicodeDecodeError.str = decode_error_str;
  ExcUnicodeDecodeError.members = unicode_error_members;
  ExcUnicodeTranslateError.init = translate_error_init;
  ExcUnicodeTranslateError.str = translate_error_str;
  ExcUnicodeTranslateError.members = unicode_error_members;
}

void raise_unicode_encode_error(const char* encoding, Object* str, ssize start, ssize end,
                                const char* reason) {
  Ref<> e = steal(str_from_cstr(encoding)), s = steal(int_from_ssize(start)),
        f = steal(int_from_ssize(end)), r = steal(str_from_cstr(reason));
  Object* args[5] = {e.get(), str, s.get(), f.get(), r.get()};
  raise_with(&ExcUnicodeEncodeError, args, 5);
}

void raise_unicode_decode_error(const char* encoding, std::string_view data, ssize start, ssize end,
                                const char* reason) {
  Ref<> e = steal(str_from_cstr(encoding)), b = steal(bytes_from(data.data(), ssize(data.size()))),
        s = steal(int_from_ssize(start)), f = steal(int_from_ssize(end)),
        r = steal(str_from_cstr(reason));
  Object* args[5] = {e.get(), b.get(), s.get(), f.get(), r.get()};
  raise_with(&ExcUnicodeDecodeError, args, 5);
}

}  // namespace mempy::runtime
