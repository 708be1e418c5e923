// runtime/str_printf.cpp — printf-style formatting: `str % args` and `bytes % args`.
//
// This file owns the Python side: how the arguments are taken (a tuple, one object, or a mapping
// for "%(key)s"), what each conversion accepts and the TypeErrors when it does not, and the
// "not enough arguments" / "not all arguments converted" checks. Parsing one conversion and
// rendering numbers belong to the numeric layer (parse_percent_spec, percent_format_int,
// percent_format_float, ... in format_spec.h).
//
// A str format is processed as UTF-8 text in which lone surrogates are encoded like other code
// points (so '\ud800%s' formats too); the result is decoded back the same way. A bytes format is
// processed as bytes: text conversions there pad and cut by bytes.
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/bigint.h"
#include "runtime/bytes.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/format_spec.h"
#include "runtime/ids.h"
#include "runtime/int.h"
#include "runtime/numeric_text.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/str_codecs.h"
#include "runtime/str_internal.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

// The UTF-8 of s with lone surrogates encoded as ordinary 3-byte sequences. Never caches UTF-8
// in the string (CPython's '%' does not either, and the cache would show in getsizeof).
void append_text(std::string& out, Object* s) {
  if (str_is_ascii(s)) {
    out.append(static_cast<const char*>(str_data(s)), std::size_t(str_length(s)));
    return;
  }
  unsigned k = str_kind(s);
  const void* d = str_data(s);
  for (ssize i = 0, n = str_length(s); i < n; ++i) utf8_append(out, str_read(k, d, i));
}

IntRef int_ref(Object* v) {
  const IntObject* i = static_cast<const IntObject*>(v);
  return IntRef{i->digits, i->size};
}

bool raise_num_error(const NumError& err) {
  TypeObject* type = err.status == NumStatus::overflow_error ? &ExcOverflowError
                     : err.status == NumStatus::memory_error ? &ExcMemoryError
                                                             : &ExcValueError;
  err_set_string(type, err.message);
  return false;
}

// PyNumber_Check: the object can act as a number.
bool looks_numeric(Object* v) {
  TypeObject* t = v->type;
  return t->as_number->nb_index || t->as_number->nb_int || t->as_number->nb_float || is_int(v) ||
         is_float(v);
}

// The int an integer conversion formats: %d %i %u take int(v), %o %x %X only __index__.
Object* integer_for(Object* v, char32_t conv) {
  if (is_int(v)) return new_ref(v);
  Object* r = nullptr;
  if (looks_numeric(v)) {
    r = (conv == 'o' || conv == 'x' || conv == 'X') ? number_index(v) : number_long(v);
    if (r || !err_matches(&ExcTypeError)) return r;
    err_clear();
  }
  const char* need = (conv == 'o' || conv == 'x' || conv == 'X') ? "an integer" : "a real number";
  err_format(&ExcTypeError, "%{} format: {} is required, not {}", char(conv), need,
             type_name(v->type));
  return nullptr;
}

bool format_integer(Object* v, const PercentSpec& spec, std::string& out) {
  Ref<> iv = steal(integer_for(v, spec.conversion));
  if (!iv) return false;
  NumError err;
  if (percent_format_int(int_ref(iv.get()), spec, out, err) != NumStatus::ok) {
    return raise_num_error(err);
  }
  return true;
}

bool format_floating(Object* v, const PercentSpec& spec, std::string& out, bool bytes_format) {
  double x = float_as_double(v);
  if (x == -1.0 && err_occurred()) {
    if (bytes_format) {  // bytes % replaces whatever went wrong with its own message
      err_clear();
      err_format(&ExcTypeError, "float argument required, not {}", type_name(v->type));
    }
    return false;
  }
  NumError err;
  if (percent_format_float(x, spec, out, err) != NumStatus::ok) return raise_num_error(err);
  return true;
}

// The state shared by both kinds of format: the arguments and the position in them.
class ArgCursor {
 public:
  ArgCursor(Object* args, bool bytes_format) : args_(args) {
    if (is_tuple(args)) {
      count_ = tuple_size(args);
      index_ = 0;
    } else {
      count_ = -1;  // one object, used once
      index_ = -2;
    }
    bool excluded =
        is_tuple(args) || is_str(args) || (bytes_format && (is_bytes(args) || is_bytearray(args)));
    if (args->type->as_mapping->getitem && !excluded) mapping_ = args;
  }

  // The next positional argument (borrowed), or nullptr with TypeError.
  Object* next() {
    if (index_ < count_) {
      ssize i = index_++;
      return count_ < 0 ? args_ : tuple_get(args_, i);
    }
    err_set_string(&ExcTypeError, "not enough arguments for format string");
    return nullptr;
  }

  // "%(key)": the mapping's value for key becomes the only argument left, as in CPython
  // (so "%(a)*d" takes its width from it and leaves nothing for the conversion).
  bool use_key(Object* key) {
    if (!mapping_) {
      err_set_string(&ExcTypeError, "format requires a mapping");
      return false;
    }
    Object* value = get_item(mapping_, key);
    if (!value) return false;
    owned_.reset(value);
    args_ = value;
    count_ = -1;
    index_ = -2;
    return true;
  }

  // A '*' width or precision: an int that fits ssize.
  bool star(std::int64_t* out) {
    Object* v = next();
    if (!v) return false;
    if (!is_int(v)) {
      err_set_string(&ExcTypeError, "* wants int");
      return false;
    }
    *out = int_as_ssize(v);
    return !(*out == -1 && err_occurred());
  }

  bool check_all_used(const char* what) {
    if (index_ < count_ && !mapping_) {
      err_format(&ExcTypeError, "not all arguments converted during {} formatting", what);
      return false;
    }
    return true;
  }

 private:
  Object* args_;
  Ref<> owned_;  // the value of the last "%(key)"
  Object* mapping_ = nullptr;
  ssize count_;
  ssize index_;
};

// Parses the conversion at fmt[pos] == '%', takes its '*' values and its argument (borrowed
// in *value; none for "%%"). `key_object` makes the mapping key from its text.
template <class KeyObject>
bool next_conversion(std::string_view fmt, std::size_t& pos, ArgCursor& args, PercentSpec& spec,
                     Object** value, KeyObject key_object) {
  NumError err;
  if (parse_percent_spec(fmt, pos, spec, err) != NumStatus::ok) return raise_num_error(err);
  if (spec.literal_percent) return true;
  if (spec.has_key) {
    Ref<> key = steal(key_object(spec.key));
    if (!key || !args.use_key(key.get())) return false;
  }
  std::int64_t n;
  if (spec.width_from_arg) {
    if (!args.star(&n)) return false;
    percent_apply_star_width(spec, n);
  }
  if (spec.precision_from_arg) {
    if (!args.star(&n)) return false;
    percent_apply_star_precision(spec, n);
  }
  *value = args.next();
  return *value != nullptr;
}

// ---- str % args --------------------------------------------------------------------------------
bool str_conversion(const PercentSpec& spec, Object* v, std::string& out) {
  char32_t conv = spec.conversion;
  if (conv == 's' || conv == 'r' || conv == 'a') {
    Ref<> text = steal(conv == 's'   ? object_str(v)
                       : conv == 'r' ? object_repr(v)
                                     : object_ascii(v));
    if (!text) return false;
    if (spec.width < 0 && spec.precision < 0) {
      append_text(out, text.get());
    } else {
      std::string piece;
      append_text(piece, text.get());
      percent_format_text(piece, spec, out);
    }
    return true;
  }
  if (percent_is_int_conversion(conv)) return format_integer(v, spec, out);
  if (percent_is_float_conversion(conv)) return format_floating(v, spec, out, false);
  NumError err;
  if (conv == 'c') {
    BigInt cp;
    if (is_str(v)) {
      if (str_length(v) != 1) {
        err_set_string(&ExcTypeError, "%c requires int or char");
        return false;
      }
      cp = BigInt(std::int64_t(str_char_at(v, 0)));
    } else {
      Ref<> iv = steal(has_index(v) ? number_index(v) : nullptr);
      if (!iv) {
        if (!err_occurred() || err_matches(&ExcTypeError)) {
          err_clear();
          err_set_string(&ExcTypeError, "%c requires int or char");
        }
        return false;
      }
      if (!cp.assign(int_ref(iv.get()))) {
        err_no_memory();
        return false;
      }
    }
    if (percent_format_char(cp, spec, out, err) != NumStatus::ok) return raise_num_error(err);
    return true;
  }
  percent_unsupported(spec, err);
  return raise_num_error(err);
}

// The walk shared by both kinds of format: literal text is copied to out, each conversion is
// parsed, given its argument and handed to convert(spec, value, end), where end is the offset
// just past the conversion character.
template <class KeyObject, class Convert>
bool percent_walk(std::string_view fmt, ArgCursor& cursor, std::string& out, KeyObject key_object,
                  Convert convert) {
  out.reserve(fmt.size() + 16);
  std::size_t i = 0;
  while (i < fmt.size()) {
    const char* pct = static_cast<const char*>(std::memchr(fmt.data() + i, '%', fmt.size() - i));
    std::size_t at = pct ? std::size_t(pct - fmt.data()) : fmt.size();
    out.append(fmt, i, at - i);
    i = at;
    if (i == fmt.size()) break;
    PercentSpec spec;
    Object* value = nullptr;
    if (!next_conversion(fmt, i, cursor, spec, &value, key_object)) return false;
    if (spec.literal_percent) {
      out.push_back('%');
    } else if (!convert(spec, value, i)) {
      return false;
    }
  }
  return true;
}

Object* str_percent(Object* format, Object* args) {
  std::string fmt, out;
  append_text(fmt, format);
  ArgCursor cursor(args, false);
  auto key_object = [](std::string_view key) { return utf8_decode(key, "surrogatepass"); };
  auto convert = [&](const PercentSpec& spec, Object* value, std::size_t) {
    return str_conversion(spec, value, out);
  };
  if (!percent_walk(fmt, cursor, out, key_object, convert)) return nullptr;
  if (!cursor.check_all_used("string")) return nullptr;
  return utf8_decode(out, "surrogatepass");
}

// ---- bytes % args
// --------------------------------------------------------------------------------- Width and
// precision for the text conversions of bytes count bytes.
void pad_bytes(std::string_view piece, const PercentSpec& spec, std::string& out) {
  if (spec.precision >= 0 && std::int64_t(piece.size()) > spec.precision) {
    piece = piece.substr(0, std::size_t(spec.precision));
  }
  std::int64_t fill = spec.width - std::int64_t(piece.size());
  if (fill > 0 && !spec.left) out.append(std::size_t(fill), ' ');
  out.append(piece);
  if (fill > 0 && spec.left) out.append(std::size_t(fill), ' ');
}

// The byte offset of the conversion character that parse_percent_spec read as `cp` and stepped
// over (a bytes format may hold non-UTF-8 bytes, read one at a time).
std::size_t conversion_start(std::string_view fmt, std::size_t end, char32_t cp) {
  std::string enc;
  utf8_append(enc, cp);
  if (cp >= 0x80 && end >= enc.size() && fmt.substr(end - enc.size(), enc.size()) == enc) {
    return end - enc.size();
  }
  return end - 1;
}

// %b / %s: a bytes-like object or one with __bytes__.
bool bytes_of(Object* v, std::string& out) {
  std::string_view data;
  if (bytes_like_data(v, &data)) {
    out.assign(data);
    return true;
  }
  Ref<> meth = steal(lookup_special(v, ids::bytes_));
  if (meth) {
    Ref<> r = steal(call_no_args(meth.get()));
    if (!r) return false;
    if (!is_bytes(r.get())) {
      err_format(&ExcTypeError, "__bytes__ returned non-bytes (type {})", type_name(r->type));
      return false;
    }
    out.assign(bytes_data(r.get()), std::size_t(bytes_size(r.get())));
    return true;
  }
  if (err_occurred()) return false;
  err_format(&ExcTypeError,
             "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
             type_name(v->type));
  return false;
}

bool bytes_conversion(const PercentSpec& spec, unsigned char conv, std::size_t index, Object* v,
                      std::string& out) {
  std::string piece;
  switch (conv) {
    case 'b':
    case 's':
      if (!bytes_of(v, piece)) return false;
      pad_bytes(piece, spec, out);
      return true;
    case 'r':
    case 'a': {
      Ref<> text = steal(object_ascii(v));
      if (!text) return false;
      pad_bytes(std::string_view(static_cast<const char*>(str_data(text.get())),
                                 std::size_t(str_length(text.get()))),
                spec, out);
      return true;
    }
    case 'c': {
      PercentSpec uncut = spec;  // a precision does not cut %c
      uncut.precision = -1;
      std::string_view data;
      if (bytes_like_data(v, &data) && data.size() == 1) {
        pad_bytes(data, uncut, out);
        return true;
      }
      if (has_index(v) && !is_bytes(v) && !is_bytearray(v)) {
        ssize c = number_as_ssize(v, nullptr);
        if (c == -1 && err_occurred()) return false;
        if (c < 0 || c > 255) {
          err_set_string(&ExcOverflowError, "%c arg not in range(256)");
          return false;
        }
        char ch = char(c);
        pad_bytes(std::string_view(&ch, 1), uncut, out);
        return true;
      }
      err_set_string(&ExcTypeError, "%c requires an integer in range(256) or a single byte");
      return false;
    }
    default:
      break;
  }
  if (percent_is_int_conversion(conv)) {
    PercentSpec as_d = spec;  // bytes formatting reads %i as %d, messages included
    if (conv == 'i') as_d.conversion = 'd';
    return format_integer(v, as_d, out);
  }
  if (percent_is_float_conversion(conv)) return format_floating(v, spec, out, true);
  if (conv >= 0x80) {
    // CPython formats this message with the byte as a negative C char, which fails in turn
    err_set_string(&ExcOverflowError, "character argument not in range(0x110000)");
    return false;
  }
  err_format(&ExcValueError, "unsupported format character '{}' (0x{:x}) at index {}",
             (conv >= 32 && conv <= 126) ? char(conv) : '?', unsigned(conv), index);
  return false;
}

}  // namespace

Object* bytes_percent_format(std::string_view fmt, Object* args, bool bytearray) {
  std::string out;
  ArgCursor cursor(args, true);
  auto key_object = [](std::string_view key) { return bytes_from(key.data(), ssize(key.size())); };
  auto convert = [&](PercentSpec& spec, Object* value, std::size_t end) {
    // the conversion is one byte here, whatever UTF-8 decoding made of it
    std::size_t at = conversion_start(fmt, end, spec.conversion);
    unsigned char conv = static_cast<unsigned char>(fmt[at]);
    spec.conversion = conv;
    return bytes_conversion(spec, conv, at, value, out);
  };
  if (!percent_walk(fmt, cursor, out, key_object, convert)) return nullptr;
  if (!cursor.check_all_used("bytes")) return nullptr;
  return bytearray ? bytearray_from(out.data(), ssize(out.size()))
                   : bytes_from(out.data(), ssize(out.size()));
}

Object* str_mod_format(Object* a, Object* b) {
  if (!is_str(a)) return not_implemented_new_ref();
  return str_percent(a, b);
}

}  // namespace mempy::runtime
