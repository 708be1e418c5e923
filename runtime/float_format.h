// runtime/float_format.h — the algorithms behind Python's float: repr, the shared double-to-text
// core used by format() and %-formatting, float(str), float.hex/fromhex, round, as_integer_ratio,
// the %, //, divmod and ** rules, and hash.
//
// Files: float_format.cpp (text: repr, double_to_string, parsing, hex) and float_ops.cpp
// (rounding, ratios, arithmetic rules, hash). Errors follow num_status.h.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/bigint.h"
#include "runtime/num_status.h"

namespace mempy::runtime {

// ---------------------------------------------------------------- double -> text

// repr(x) == str(x): the shortest digits that round-trip, in scientific notation when the decimal
// exponent is < -4 or >= 16 ("1e+16", "1e-05", "0.0001", "1.0", "-0.0", "inf", "nan").
std::string float_repr(double x);
void float_repr_append(double x, std::string& out);

// Flags of double_to_string (CPython's Py_DTSF_*).
enum DoubleFormatFlags : unsigned {
  kDtsfSign = 1,       // always write a sign ('+' for non-negatives)
  kDtsfAddDot0 = 2,    // an integral result in fixed notation gets ".0"
  kDtsfAlt = 4,        // '#': keep the point and trailing zeros
  kDtsfNoNegZero = 8,  // 'z': a value that rounds to zero loses its minus sign
};

// CPython's PyOS_double_to_string. format_code: 'e' 'E' 'f' 'F' 'g' 'G' (precision as in
// format()) or 'r' (shortest repr digits; precision must be 0). Uppercase codes give "E", "INF",
// "NAN". NaN never carries a minus sign.
std::string double_to_string(double x, char format_code, int precision, unsigned flags);

// ---------------------------------------------------------------- text -> double

// float(text) for a str argument (UTF-8): surrounding whitespace, a sign, digits with single
// underscores between digits, an optional fraction and exponent, or inf / infinity / nan in any
// case; Unicode digits and spaces are accepted as CPython transforms them. Out-of-range values
// become +-inf or +-0.0 (no error, as CPython). Anything else -> value_error "could not convert
// string to float: 'x'" (the repr of the whole text).
NumStatus float_from_string(std::string_view text, double* out, NumError& err);
// float(bytes): the same syntax, ASCII only; the message shows the bytes repr.
NumStatus float_from_bytes_literal(std::string_view bytes, double* out, NumError& err);

// float.hex(): "0x1.8000000000000p+1", "-0x0.0p+0", "inf", "nan".
std::string float_hex(double x);
// float.fromhex(text): correctly rounded (half to even, subnormals included). Bad syntax ->
// value_error "invalid hexadecimal floating-point string"; too large -> overflow_error
// "hexadecimal value too large to represent as a float".
NumStatus float_fromhex(std::string_view text, double* out, NumError& err);

// ---------------------------------------------------------------- float methods (float_ops.cpp)

// round(x, ndigits) for ndigits already clipped to int64 (CPython clips with
// PyNumber_AsSsize_t): rounds the exact binary value half to even at 10**-ndigits. inf and nan
// round to themselves; overflow -> overflow_error "rounded value too large to represent".
NumStatus float_round(double x, std::int64_t ndigits, double* out, NumError& err);
// round(x) / round(x, None): the nearest integral double (half to even). The caller converts it
// with int_from_double. inf -> overflow_error "cannot convert float infinity to integer", nan ->
// value_error "cannot convert float NaN to integer".
NumStatus float_round_to_integral(double x, double* out, NumError& err);

// float.as_integer_ratio(): lowest terms, positive denominator. inf -> overflow_error "cannot
// convert Infinity to integer ratio"; nan -> value_error "cannot convert NaN to integer ratio".
NumStatus float_as_integer_ratio(double x, BigInt& numerator, BigInt& denominator, NumError& err);
bool float_is_integer(double x);

// x / y: y == 0 -> zero_division_error "float division by zero".
NumStatus float_div(double x, double y, double* out, NumError& err);
// x % y (the result takes y's sign; a zero result is +-0.0 by y's sign): y == 0 ->
// zero_division_error "float modulo".
NumStatus float_mod(double x, double y, double* out, NumError& err);
// x // y: y == 0 -> zero_division_error "float floor division by zero".
NumStatus float_floordiv(double x, double y, double* out, NumError& err);
// divmod(x, y): y == 0 -> zero_division_error "float divmod()".
NumStatus float_divmod(double x, double y, double* quotient, double* remainder, NumError& err);
// x ** y (float_pow's special cases, then the C library). 0.0 ** negative -> zero_division_error
// "0.0 cannot be raised to a negative power"; negative ** non-integer -> complex_result (the
// caller delegates to complex.__pow__); overflow -> overflow_error "(34, 'Numerical result out of
// range')" (CPython raises it from errno ERANGE).
NumStatus float_pow(double x, double y, double* out, NumError& err);

// hash(x) as CPython 3.11 (sys.hash_info: modulus 2**61 - 1, inf 314159). For NaN the hash is
// identity-based since 3.10: *use_identity is set and the caller hashes the object pointer.
std::int64_t float_hash(double x, bool* use_identity);
constexpr std::int64_t kHashInf = 314159;

}  // namespace mempy::runtime
