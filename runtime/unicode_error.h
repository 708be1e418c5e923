// runtime/unicode_error.h — UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError as
// CPython 3.11 builds them: five (three for translate) constructor arguments kept in
// encoding / object / start / end / reason, and a __str__ computed from them ("'utf-8' codec
// can't decode byte 0xff in position 0: invalid start byte"). The codecs raise them through the
// helpers below, so e.args, e.start and e.reason are what CPython gives.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace mempy::runtime {

// Installs __init__, __str__ and the attributes; exceptions_init calls it before readying.
void unicode_error_types_setup();

// Raise UnicodeEncodeError(encoding, str, start, end, reason).
void raise_unicode_encode_error(const char* encoding, Object* str, ssize start, ssize end,
                                const char* reason);
// Raise UnicodeDecodeError(encoding, bytes(data), start, end, reason).
void raise_unicode_decode_error(const char* encoding, std::string_view data, ssize start, ssize end,
                                const char* reason);

}  // namespace mempy::runtime
