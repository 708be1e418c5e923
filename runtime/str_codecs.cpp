// runtime/str_codecs.cpp — encoders and decoders of the built-in codecs (see str_codecs.h).
//
// Each encoder walks the code points and appends bytes; a code point it cannot encode starts a
// run of such code points that goes to the error handler as one range [start, end), which is
// what CPython reports ("can't encode characters in position 1-2"). Each decoder walks the
// bytes; an invalid sequence is handed to the handler as the range CPython reports (for UTF-8
// the maximal invalid subpart: 'e2 82 28' fails on [0, 2) with "invalid continuation byte").
#include "runtime/str_codecs.h"

#include <cstring>
#include <string>

#include "runtime/bytes.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/numeric_text.h"
#include "runtime/str.h"
#include "runtime/str_args.h"
#include "runtime/unicode_db.h"
#include "runtime/unicode_error.h"

namespace mempy::runtime {

namespace {

enum class Codec { utf8, ascii, latin1, utf16, utf16le, utf16be, utf32, utf32le, utf32be };

enum class Handler {
  strict,
  ignore,
  replace,
  backslashreplace,
  surrogateescape,
  surrogatepass,
  xmlcharrefreplace,
  namereplace,
  unknown,
};

// CPython's normalisation of codec names: lower case, runs of other characters than letters,
// digits and '.' become one '_', no '_' at either end.
std::string normalize_name(std::string_view name) {
  std::string out;
  bool pending = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || c == '.') {
      if (pending && !out.empty()) out.push_back('_');
      pending = false;
      out.push_back(c);
    } else if (u >= 'A' && u <= 'Z') {
      if (pending && !out.empty()) out.push_back('_');
      pending = false;
      out.push_back(char(u + 32));
    } else {
      pending = true;
    }
  }
  return out;
}

struct CodecAlias {
  const char* name;
  Codec codec;
};

constexpr CodecAlias kAliases[] = {
    {"utf_8", Codec::utf8},
    {"utf8", Codec::utf8},
    {"u8", Codec::utf8},
    {"utf", Codec::utf8},
    {"utf8_ucs2", Codec::utf8},
    {"utf8_ucs4", Codec::utf8},
    {"cp65001", Codec::utf8},
    {"ascii", Codec::ascii},
    {"646", Codec::ascii},
    {"ansi_x3.4_1968", Codec::ascii},
    {"ansi_x3_4_1968", Codec::ascii},
    {"ansi_x3.4_1986", Codec::ascii},
    {"cp367", Codec::ascii},
    {"csascii", Codec::ascii},
    {"ibm367", Codec::ascii},
    {"iso646_us", Codec::ascii},
    {"iso_646.irv_1991", Codec::ascii},
    {"iso_ir_6", Codec::ascii},
    {"us", Codec::ascii},
    {"us_ascii", Codec::ascii},
    {"latin_1", Codec::latin1},
    {"latin1", Codec::latin1},
    {"latin", Codec::latin1},
    {"l1", Codec::latin1},
    {"8859", Codec::latin1},
    {"cp819", Codec::latin1},
    {"csisolatin1", Codec::latin1},
    {"ibm819", Codec::latin1},
    {"iso8859", Codec::latin1},
    {"iso8859_1", Codec::latin1},
    {"iso_8859_1", Codec::latin1},
    {"iso_8859_1_1987", Codec::latin1},
    {"iso_ir_100", Codec::latin1},
    {"utf_16", Codec::utf16},
    {"utf16", Codec::utf16},
    {"u16", Codec::utf16},
    {"utf_16_le", Codec::utf16le},
    {"utf_16le", Codec::utf16le},
    {"unicodelittleunmarked", Codec::utf16le},
    {"utf_16_be", Codec::utf16be},
    {"utf_16be", Codec::utf16be},
    {"unicodebigunmarked", Codec::utf16be},
    {"utf_32", Codec::utf32},
    {"utf32", Codec::utf32},
    {"u32", Codec::utf32},
    {"utf_32_le", Codec::utf32le},
    {"utf_32le", Codec::utf32le},
    {"utf_32_be", Codec::utf32be},
    {"utf_32be", Codec::utf32be},
};

const char* codec_display_name(Codec c) {
  switch (c) {
    case Codec::utf8:
      return "utf-8";
    case Codec::ascii:
      return "ascii";
    case Codec::latin1:
      return "latin-1";
    case Codec::utf16:
      return "utf-16";
    case Codec::utf16le:
      return "utf-16-le";
    case Codec::utf16be:
      return "utf-16-be";
    case Codec::utf32:
      return "utf-32";
    case Codec::utf32le:
      return "utf-32-le";
    default:
      return "utf-32-be";
  }
}

bool lookup_codec(std::string_view name, Codec* out) {
  std::string norm = normalize_name(name);
  for (const CodecAlias& a : kAliases) {
    if (norm == a.name) {
      *out = a.codec;
      return true;
    }
  }
  err_format(&ExcLookupError, "unknown encoding: {}", name);
  return false;
}

Handler lookup_handler(std::string_view name) {
  static constexpr std::pair<const char*, Handler> kHandlers[] = {
      {"strict", Handler::strict},
      {"ignore", Handler::ignore},
      {"replace", Handler::replace},
      {"backslashreplace", Handler::backslashreplace},
      {"surrogateescape", Handler::surrogateescape},
      {"surrogatepass", Handler::surrogatepass},
      {"xmlcharrefreplace", Handler::xmlcharrefreplace},
      {"namereplace", Handler::namereplace},
  };
  for (auto& [n, h] : kHandlers) {
    if (name == n) return h;
  }
  return Handler::unknown;
}

void unknown_handler(std::string_view name) {
  err_format(&ExcLookupError, "unknown error handler name '{}'", name);
}

inline bool is_surrogate(std::uint32_t c) {
  return c >= 0xD800 && c <= 0xDFFF;
}

// An optional str argument as UTF-8 text (encoding / errors names).
bool text_arg(Object* v, const char* fname, const char* argname, std::string_view dflt,
              std::string_view* out) {
  if (!v) {
    *out = dflt;
    return true;
  }
  if (!is_str(v)) {
    err_format(&ExcTypeError, "{}() argument '{}' must be str, not {}", fname, argname,
               clinic_type_name(v));
    return false;
  }
  ssize n;
  const char* p = str_utf8(v, &n);
  if (!p) return false;
  if (std::memchr(p, 0, std::size_t(n))) {
    err_set_string(&ExcValueError, "embedded null character");
    return false;
  }
  *out = std::string_view(p, std::size_t(n));
  return true;
}

// ---- encoding --------------------------------------------------------------------------------
void append_hex(std::string& out, std::uint32_t v, int digits) {
  static const char* hex = "0123456789abcdef";
  for (int sh = (digits - 1) * 4; sh >= 0; sh -= 4) out.push_back(hex[(v >> sh) & 0xF]);
}

// "\xe9", "\u20ac", "\U0001f600" as in the messages and backslashreplace
void append_escape(std::string& out, std::uint32_t c) {
  if (c <= 0xFF) {
    out += "\\x";
    append_hex(out, c, 2);
  } else if (c <= 0xFFFF) {
    out += "\\u";
    append_hex(out, c, 4);
  } else {
    out += "\\U";
    append_hex(out, c, 8);
  }
}

class Encoder {
 public:
  Encoder(Object* str, Codec codec, std::string_view errors)
      : str_(str),
        kind_(str_kind(str)),
        data_(str_data(str)),
        len_(str_length(str)),
        codec_(codec),
        errors_name_(errors),
        handler_(lookup_handler(errors)) {}

  Object* run() {
    if (codec_ == Codec::utf16) put_unit(0xFEFF);
    if (codec_ == Codec::utf32) put_unit(0xFEFF);
    for (ssize i = 0; i < len_;) {
      std::uint32_t c = at(i);
      if (encodable(c)) {
        put_char(c);
        ++i;
        continue;
      }
      ssize end = i + 1;
      while (end < len_ && !encodable(at(end))) ++end;
      if (!handle(i, end)) return nullptr;
      i = end;
    }
    return bytes_from(out_.data(), ssize(out_.size()));
  }

 private:
  std::uint32_t at(ssize i) const { return str_read(kind_, data_, i); }

  bool utf16ish() const {
    return codec_ == Codec::utf16 || codec_ == Codec::utf16le || codec_ == Codec::utf16be;
  }
  bool big_endian() const { return codec_ == Codec::utf16be || codec_ == Codec::utf32be; }

  bool encodable(std::uint32_t c) const {
    switch (codec_) {
      case Codec::ascii:
        return c < 128;
      case Codec::latin1:
        return c < 256;
      default:
        return !is_surrogate(c);
    }
  }

  const char* reason() const {
    switch (codec_) {
      case Codec::ascii:
        return "ordinal not in range(128)";
      case Codec::latin1:
        return "ordinal not in range(256)";
      default:
        return "surrogates not allowed";
    }
  }

  // One code unit of a UTF-16/32 codec in its byte order.
  void put_unit(std::uint32_t u) {
    int width = utf16ish() ? 2 : 4;
    for (int k = 0; k < width; ++k) {
      int shift = big_endian() ? 8 * (width - 1 - k) : 8 * k;
      out_.push_back(char((u >> shift) & 0xFF));
    }
  }

  // An encodable code point (or, for surrogatepass, a surrogate).
  void put_char(std::uint32_t c) {
    switch (codec_) {
      case Codec::ascii:
      case Codec::latin1:
        out_.push_back(char(c));
        return;
      case Codec::utf8:
        utf8_append(out_, c);
        return;
      default:
        if (utf16ish() && c >= 0x10000) {
          put_unit(0xD800 | ((c - 0x10000) >> 10));
          put_unit(0xDC00 | ((c - 0x10000) & 0x3FF));
        } else {
          put_unit(c);
        }
        return;
    }
  }

  // ASCII replacement text, encoded in the target codec.
  void put_ascii(std::string_view s) {
    for (char c : s) put_char(static_cast<unsigned char>(c));
  }

  void raise(ssize start, ssize end) {
    raise_unicode_encode_error(codec_display_name(codec_), str_, start, end, reason());
  }

  bool handle(ssize start, ssize end) {
    std::string rep;
    switch (handler_) {
      case Handler::strict:
        raise(start, end);
        return false;
      case Handler::unknown:
        unknown_handler(errors_name_);
        return false;
      case Handler::ignore:
        return true;
      case Handler::replace:
        for (ssize i = start; i < end; ++i) put_char('?');
        return true;
      case Handler::backslashreplace:
        for (ssize i = start; i < end; ++i) append_escape(rep, at(i));
        put_ascii(rep);
        return true;
      case Handler::xmlcharrefreplace:
        for (ssize i = start; i < end; ++i) rep += fmt::format("&#{};", at(i));
        put_ascii(rep);
        return true;
      case Handler::namereplace:
        for (ssize i = start; i < end; ++i) {
          std::string name;
          if (uni_name(at(i), name)) {
            rep += "\\N{" + name + "}";
          } else {
            append_escape(rep, at(i));
          }
        }
        put_ascii(rep);
        return true;
      case Handler::surrogateescape:
        // U+DC80..U+DCFF stand for the bytes 0x80..0xFF; anything else is still an error
        if (codec_ == Codec::utf8 || codec_ == Codec::ascii || codec_ == Codec::latin1) {
          for (ssize i = start; i < end; ++i) {
            std::uint32_t c = at(i);
            if (c < 0xDC80 || c > 0xDCFF) {
              raise(i, i + 1);
              return false;
            }
          }
          for (ssize i = start; i < end; ++i) out_.push_back(char(at(i) - 0xDC00));
          return true;
        }
        raise(start, end);
        return false;
      case Handler::surrogatepass:
        if (codec_ == Codec::ascii || codec_ == Codec::latin1) {
          raise(start, end);
          return false;
        }
        for (ssize i = start; i < end; ++i) {
          if (!is_surrogate(at(i))) {
            raise(i, i + 1);
            return false;
          }
          put_char(at(i));
        }
        return true;
    }
    return false;
  }

  Object* str_;
  unsigned kind_;
  const void* data_;
  ssize len_;
  Codec codec_;
  std::string_view errors_name_;
  Handler handler_;
  std::string out_;
};

// ---- decoding --------------------------------------------------------------------------------
class Decoder {
 public:
  Decoder(std::string_view data, Codec codec, std::string_view errors)
      : s_(reinterpret_cast<const std::uint8_t*>(data.data())),
        n_(ssize(data.size())),
        codec_(codec),
        errors_name_(errors),
        handler_(lookup_handler(errors)) {}

  Object* run() {
    switch (codec_) {
      case Codec::utf8:
        return utf8();
      case Codec::ascii:
        return ascii();
      case Codec::latin1:
        return str_from_latin1(s_, std::size_t(n_));
      case Codec::utf16:
      case Codec::utf16le:
      case Codec::utf16be:
        return utf16();
      default:
        return utf32();
    }
  }

 private:
  Object* ascii() {
    ssize i = 0;
    while (i < n_ && s_[i] < 0x80) ++i;
    if (i == n_) return str_from_ascii(reinterpret_cast<const char*>(s_), std::size_t(n_));
    out_.append_ascii(std::string_view(reinterpret_cast<const char*>(s_), std::size_t(i)));
    for (; i < n_; ++i) {
      if (s_[i] < 0x80) {
        out_.append_char(s_[i]);
      } else if (!handle(i, i + 1, "ordinal not in range(128)", nullptr)) {
        return nullptr;
      }
    }
    return out_.finish();
  }

  Object* utf8() {
    ssize i = 0;
    while (i < n_ && s_[i] < 0x80) ++i;
    if (i == n_) return str_from_ascii(reinterpret_cast<const char*>(s_), std::size_t(n_));
    out_.append_ascii(std::string_view(reinterpret_cast<const char*>(s_), std::size_t(i)));
    while (i < n_) {
      std::uint8_t c = s_[i];
      if (c < 0x80) {
        out_.append_char(c);
        ++i;
        continue;
      }
      int need;
      std::uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
      std::uint32_t cp;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;  // no surrogates
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
      } else {
        if (!handle(i, i + 1, "invalid start byte", nullptr)) return nullptr;
        ++i;
        continue;
      }
      int k = 1;
      const char* reason = nullptr;
      for (; k <= need; ++k) {
        if (i + k >= n_) {
          reason = "unexpected end of data";
          break;
        }
        std::uint8_t b = s_[i + k];
        if (k == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80) {
          reason = "invalid continuation byte";
          break;
        }
        cp = (cp << 6) | (b & 0x3F);
      }
      if (!reason) {
        out_.append_char(cp);
        i += need + 1;
        continue;
      }
      ssize end = reason[0] == 'u' ? n_ : i + k;
      ssize resume = end;
      if (!handle(i, end, reason, &resume)) return nullptr;
      i = resume;
    }
    return out_.finish();
  }

  // Byte order of a UTF-16/32 decode: the codec's, or the BOM's for plain utf-16/utf-32 (which
  // is then skipped); little-endian by default as on the machines CPython is measured on.
  bool detect_big_endian(ssize* pos, int width) {
    *pos = 0;
    if (codec_ == Codec::utf16be || codec_ == Codec::utf32be) return true;
    if (codec_ != Codec::utf16 && codec_ != Codec::utf32) return false;
    if (n_ >= width) {
      std::uint32_t bom_le = unit(0, width, false);
      std::uint32_t bom_be = unit(0, width, true);
      if (bom_le == 0xFEFF) {
        *pos = width;
        return false;
      }
      if (bom_be == 0xFEFF) {
        *pos = width;
        return true;
      }
    }
    return false;
  }

  std::uint32_t unit(ssize at, int width, bool be) const {
    std::uint32_t u = 0;
    for (int k = 0; k < width; ++k) {
      int shift = be ? 8 * (width - 1 - k) : 8 * k;
      u |= std::uint32_t(s_[at + k]) << shift;
    }
    return u;
  }

  Object* utf16() {
    ssize i;
    be_ = detect_big_endian(&i, 2);
    name_ = be_ ? "utf-16-be" : "utf-16-le";
    while (i < n_) {
      if (n_ - i < 2) {
        if (!handle(i, n_, "truncated data", nullptr)) return nullptr;
        break;
      }
      std::uint32_t u = unit(i, 2, be_);
      if (u < 0xD800 || u > 0xDFFF) {
        out_.append_char(u);
        i += 2;
        continue;
      }
      const char* reason;
      if (u >= 0xDC00) {
        reason = "illegal encoding";
      } else if (n_ - i < 4) {
        reason = "unexpected end of data";
      } else {
        std::uint32_t u2 = unit(i + 2, 2, be_);
        if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
          out_.append_char(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
          i += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
      }
      if (handler_ == Handler::surrogatepass) {
        out_.append_char(u);
        i += 2;
        continue;
      }
      ssize end = reason[0] == 'u' ? n_ : i + 2;
      if (!handle(i, end, reason, nullptr)) return nullptr;
      i = end;
    }
    return out_.finish();
  }

  Object* utf32() {
    ssize i;
    be_ = detect_big_endian(&i, 4);
    name_ = be_ ? "utf-32-be" : "utf-32-le";
    while (i < n_) {
      if (n_ - i < 4) {
        if (!handle(i, n_, "truncated data", nullptr)) return nullptr;
        break;
      }
      std::uint32_t u = unit(i, 4, be_);
      if (u > 0x10FFFF) {
        if (!handle(i, i + 4, "code point not in range(0x110000)", nullptr)) return nullptr;
      } else if (is_surrogate(u) && handler_ != Handler::surrogatepass) {
        if (!handle(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)",
                    nullptr)) {
          return nullptr;
        }
      } else {
        out_.append_char(u);
      }
      i += 4;
    }
    return out_.finish();
  }

  const char* name() const { return name_ ? name_ : codec_display_name(codec_); }

  void raise(ssize start, ssize end, const char* reason) {
    raise_unicode_decode_error(name(),
                               std::string_view(reinterpret_cast<const char*>(s_), std::size_t(n_)),
                               start, end, reason);
  }

  // Applies the error handler to the bytes [start, end). `resume`, when given, may be moved by
  // surrogatepass (which consumes a whole encoded surrogate).
  bool handle(ssize start, ssize end, const char* reason, ssize* resume) {
    switch (handler_) {
      case Handler::strict:
        raise(start, end, reason);
        return false;
      case Handler::unknown:
        unknown_handler(errors_name_);
        return false;
      case Handler::ignore:
        return true;
      case Handler::replace:
        out_.append_char(0xFFFD);
        return true;
      case Handler::backslashreplace:
        for (ssize i = start; i < end; ++i) {
          std::string esc;
          append_escape(esc, s_[i]);
          out_.append_ascii(esc);
        }
        return true;
      case Handler::surrogateescape:
        for (ssize i = start; i < end; ++i) {
          if (s_[i] < 0x80) {
            raise(start, end, reason);
            return false;
          }
        }
        for (ssize i = start; i < end; ++i) out_.append_char(0xDC00 + s_[i]);
        return true;
      case Handler::surrogatepass:
        // UTF-8: ED A0..BF 80..BF encodes a surrogate
        if (codec_ == Codec::utf8 && resume && n_ - start >= 3 && s_[start] == 0xED &&
            s_[start + 1] >= 0xA0 && s_[start + 1] <= 0xBF && (s_[start + 2] & 0xC0) == 0x80) {
          out_.append_char(0xD000 | ((s_[start + 1] & 0x3F) << 6) | (s_[start + 2] & 0x3F));
          *resume = start + 3;
          return true;
        }
        raise(start, end, reason);
        return false;
      default:
        err_set_string(&ExcTypeError,
                       "don't know how to handle UnicodeDecodeError in error callback");
        return false;
    }
  }

  const std::uint8_t* s_;
  ssize n_;
  Codec codec_;
  std::string_view errors_name_;
  Handler handler_;
  bool be_ = false;
  const char* name_ = nullptr;
  StrBuilder out_;
};

}  // namespace

namespace {

// The codec and handler name of an encode/decode call.
bool codec_args(Object* encoding, Object* errors, const char* fname, Codec* codec,
                std::string_view* errs) {
  std::string_view enc;
  if (!text_arg(encoding, fname, "encoding", "utf-8", &enc)) return false;
  if (!text_arg(errors, fname, "errors", "strict", errs)) return false;
  return lookup_codec(enc, codec);
}

}  // namespace

Object* str_encode(Object* str, Object* encoding, Object* errors, const char* fname) {
  std::string_view errs;
  Codec codec;
  if (!codec_args(encoding, errors, fname, &codec, &errs)) return nullptr;
  // fast paths: ASCII text is the same bytes in the three 8-bit codecs
  bool eight_bit = codec == Codec::utf8 || codec == Codec::ascii || codec == Codec::latin1;
  if (eight_bit && str_is_ascii(str)) {
    return bytes_from(static_cast<const char*>(str_data(str)), str_length(str));
  }
  if (codec == Codec::latin1 && str_kind(str) == STR_KIND_1) {
    return bytes_from(static_cast<const char*>(str_data(str)), str_length(str));
  }
  return Encoder(str, codec, errs).run();
}

Object* bytes_decode(std::string_view data, Object* encoding, Object* errors, const char* fname) {
  std::string_view errs;
  Codec codec;
  if (!codec_args(encoding, errors, fname, &codec, &errs)) return nullptr;
  return Decoder(data, codec, errs).run();
}

Object* utf8_decode(std::string_view data, std::string_view errors) {
  return Decoder(data, Codec::utf8, errors).run();
}

}  // namespace mempy::runtime
