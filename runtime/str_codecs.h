// runtime/str_codecs.h — the built-in text codecs: str.encode, bytes.decode, str(b, encoding),
// bytes(s, encoding).
//
// Codecs: utf-8, ascii, latin-1, utf-16 / utf-16-le / utf-16-be and utf-32 / -le / -be, under
// CPython's normalised names and aliases ('UTF8', 'latin_1', 'iso8859-1', 'us-ascii', 'u16'...).
// Plain utf-16/utf-32 write a little-endian BOM when encoding and honour (and strip) a BOM when
// decoding. Error handlers: strict, ignore, replace, backslashreplace, surrogateescape,
// surrogatepass, and for encoding xmlcharrefreplace and namereplace. As in CPython an unknown
// handler name is only an error (LookupError) once a character needs handling, and the
// UnicodeEncodeError / UnicodeDecodeError messages name the same position ranges: a run of
// unencodable characters, or the maximal invalid UTF-8 subsequence.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace mempy::runtime {

// str.encode(encoding='utf-8', errors='strict'): `encoding`/`errors` may be null (defaults).
// `fname` names the caller in "fname() argument 'encoding' must be str, not int".
Object* str_encode(Object* str, Object* encoding, Object* errors, const char* fname);
// bytes.decode(encoding='utf-8', errors='strict') over raw data; same conventions.
Object* bytes_decode(std::string_view data, Object* encoding, Object* errors, const char* fname);

// UTF-8 bytes to str with the named error handler (str_from_utf8 and friends use it).
Object* utf8_decode(std::string_view data, std::string_view errors);

}  // namespace mempy::runtime
