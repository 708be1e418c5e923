// runtime/format_spec.h — Python's format-spec mini-language (format(), f-strings, str.format)
// and the per-conversion half of printf-style '%' formatting.
//
//   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// Files: format_spec.cpp (parsing, layout, int / float / str formatting) and percent_format.cpp
// ('%' conversions). Text is UTF-8; widths and precisions count code points; the fill may be any
// code point. Errors follow num_status.h with CPython 3.11's messages; every message naming the
// object's type uses the `type_name` the caller passes ('int', 'bool', 'float', a subclass...).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/bigint.h"
#include "runtime/num_status.h"

namespace mempy::runtime {

struct FormatSpec {
  char32_t fill = ' ';
  char align = '>';         // '<', '>', '=', '^' (the default depends on the type)
  char sign = '\0';         // '+', '-', ' ' or '\0' when absent
  bool no_neg_0 = false;    // 'z' (3.11): negative zero after rounding prints as zero
  bool alternate = false;   // '#'
  std::int64_t width = -1;  // -1 when absent
  char grouping = '\0';     // ',' or '_' or '\0'
  std::int64_t precision = -1;
  char32_t type = '\0';  // presentation type; any code point ('\0' when absent)
};

// Parses a spec (CPython's parse_internal_render_format_spec): default_type is 'd' for ints,
// '\0' for floats, 's' for strings; default_align '>' for numbers, '<' for strings. Errors
// (value_error): "Invalid format specifier '<spec>' for object of type '<type_name>'", "Format
// specifier missing precision", "Too many decimal digits in format string", "Cannot specify both
// ',' and '_'.", "Cannot specify ',' with 's'.".
NumStatus parse_format_spec(std::string_view spec, char default_type, char default_align,
                            std::string_view type_name, FormatSpec& out, NumError& err);

// format(value, spec) for each kind of value; the empty spec gives str(value). Results are
// appended to `out`. An int with type e/E/f/F/g/G/% is converted to float first (overflow ->
// "int too large to convert to float"); decimal output obeys the int_max_str_digits limit.
NumStatus format_int(IntRef v, std::string_view spec, std::string& out, NumError& err,
                     std::string_view type_name = "int");
NumStatus format_float(double x, std::string_view spec, std::string& out, NumError& err,
                       std::string_view type_name = "float");
NumStatus format_str(std::string_view utf8, std::string_view spec, std::string& out, NumError& err,
                     std::string_view type_name = "str");

// The same with a spec parsed already (type_name only feeds error messages).
NumStatus format_int_spec(IntRef v, const FormatSpec& spec, std::string& out, NumError& err,
                          std::string_view type_name = "int");
NumStatus format_float_spec(double x, const FormatSpec& spec, std::string& out, NumError& err,
                            std::string_view type_name = "float");
NumStatus format_str_spec(std::string_view utf8, const FormatSpec& spec, std::string& out,
                          NumError& err);

// ---------------------------------------------------------------- printf-style '%'

// One conversion of a '%' format, as parsed from the format string.
struct PercentSpec {
  std::string_view key;  // "%(key)s": the mapping key (has_key tells it apart from "")
  bool has_key = false;
  bool left = false;       // '-'
  bool plus = false;       // '+'
  bool blank = false;      // ' '
  bool alternate = false;  // '#'
  bool zero = false;       // '0'
  std::int64_t width = -1;
  std::int64_t precision = -1;
  bool width_from_arg = false;       // '*': the caller fetches an int and calls apply_star_width
  bool precision_from_arg = false;   // '.*'
  bool literal_percent = false;      // "%%": the caller writes one '%' and consumes no argument
  char32_t conversion = 0;           // 'd', 's', ... (validated only when formatting)
  std::size_t conversion_index = 0;  // code-point index of the conversion char, for messages
};

// Parses the conversion starting at fmt[pos] == '%' (a byte offset); on success pos is just past
// it. value_error: "incomplete format", "incomplete format key", "width too big", "precision
// too big". "%%" parses with literal_percent set; a '%' after flags or a width ("%5%") is an
// unsupported conversion, as in CPython.
NumStatus parse_percent_spec(std::string_view fmt, std::size_t& pos, PercentSpec& spec,
                             NumError& err);
// '*' arguments: a negative width means left-justified; a negative precision means 0.
void percent_apply_star_width(PercentSpec& spec, std::int64_t width);
void percent_apply_star_precision(PercentSpec& spec, std::int64_t precision);
// value_error "unsupported format character 'z' (0x7a) at index 1" for spec's conversion.
NumStatus percent_unsupported(const PercentSpec& spec, NumError& err);
// Whether the conversion takes an int (d i u o x X), a float (e E f F g G), text (s r a), a
// character (c).
bool percent_is_int_conversion(char32_t c);
bool percent_is_float_conversion(char32_t c);

// Formatters; each appends to out. The caller has already turned the argument into the right
// kind (int(x) for %d of a float, str()/repr()/ascii() for %s/%r/%a, ...).
NumStatus percent_format_int(IntRef v, const PercentSpec& spec, std::string& out, NumError& err);
NumStatus percent_format_float(double x, const PercentSpec& spec, std::string& out, NumError& err);
void percent_format_text(std::string_view piece, const PercentSpec& spec, std::string& out);
// %c of an int (or of a one-character str's code point): outside range(0x110000) ->
// overflow_error "%c arg not in range(0x110000)".
NumStatus percent_format_char(IntRef code_point, const PercentSpec& spec, std::string& out,
                              NumError& err);

}  // namespace mempy::runtime
