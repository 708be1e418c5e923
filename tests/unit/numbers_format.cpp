// Unit tests for runtime/format_spec.cpp and percent_format.cpp against CPython 3.11's results
// (tables from scripts/gen_numbers_expected.py: format.txt, percent.txt).
#include "numbers_data.h"
#include "runtime/format_spec.h"

using namespace numbers_test;

namespace {

std::string text_or_err(NumStatus s, const std::string& text, const NumError& e) {
  return s == NumStatus::ok ? escape(text) : err_text(e);
}

std::string run_format(const Case& c) {
  const std::string& op = c.f[0];
  std::string spec = unescape(c.f[2]), out;
  NumError e;
  if (op == "int") return text_or_err(format_int(from_hex(c.f[1]), spec, out, e), out, e);
  if (op == "float") return text_or_err(format_float(from_dbits(c.f[1]), spec, out, e), out, e);
  if (op == "str") return text_or_err(format_str(unescape(c.f[1]), spec, out, e), out, e);
  return "<unknown op " + op + ">";
}

bool supported(const PercentSpec& spec) {
  char32_t c = spec.conversion;
  return spec.literal_percent || percent_is_int_conversion(c) || percent_is_float_conversion(c) ||
         c == 's' || c == 'r' || c == 'a' || c == 'c';
}

std::string run_percent(const Case& c) {
  const std::string& op = c.f[0];
  std::string fmt = unescape(c.f[1]), out;
  NumError e;
  PercentSpec spec;
  std::size_t pos = 0;
  NumStatus s = parse_percent_spec(fmt, pos, spec, e);
  if (op == "parse") {
    if (s != NumStatus::ok) return err_text(e);
    if (!supported(spec)) return err_text((percent_unsupported(spec, e), e));
    return pos == fmt.size() ? "ok" : "<trailing text>";
  }
  if (s != NumStatus::ok) return err_text(e);
  if (op == "int" || op == "float") {
    // Star arguments, in order: width first, then precision.
    std::vector<std::int64_t> stars;
    std::string_view list = c.f[2];
    while (!list.empty()) {
      std::size_t comma = list.find(',');
      stars.push_back(std::stoll(std::string(list.substr(0, comma))));
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    std::size_t k = 0;
    if (spec.width_from_arg) percent_apply_star_width(spec, stars.at(k++));
    if (spec.precision_from_arg) percent_apply_star_precision(spec, stars.at(k++));
    s = op == "int" ? percent_format_int(from_hex(c.f[3]), spec, out, e)
                    : percent_format_float(from_dbits(c.f[3]), spec, out, e);
    return text_or_err(s, out, e);
  }
  if (op == "str") {
    percent_format_text(unescape(c.f[2]), spec, out);
    return escape(out);
  }
  if (op == "char") {
    BigInt cp(std::stoll(c.f[2]));
    return text_or_err(percent_format_char(cp, spec, out, e), out, e);
  }
  return "<unknown op " + op + ">";
}

}  // namespace

TEST_CASE("format() of int, float and str matches CPython 3.11") {
  Checker check("format.txt");
  for (const Case& c : load_cases("format.txt")) check.check(c, run_format(c));
}

TEST_CASE("printf-style % conversions match CPython 3.11") {
  Checker check("percent.txt");
  for (const Case& c : load_cases("percent.txt")) check.check(c, run_percent(c));
}
