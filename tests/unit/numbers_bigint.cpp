// Unit tests for runtime/bigint*.cpp against CPython 3.11's results
// (tables from scripts/gen_numbers_expected.py: bigint_arith.txt, bigint_float.txt,
// bigint_text.txt).
#include <utility>

#include "numbers_data.h"
#include "runtime/bigint.h"

using namespace numbers_test;

namespace {

std::string int_or_err(NumStatus s, const BigInt& v, const NumError& e) {
  return s == NumStatus::ok ? to_hex(v) : err_text(e);
}

std::string run_arith(const Case& c) {
  const std::string& op = c.f[0];
  BigInt a = from_hex(c.f[1]);
  BigInt out, out2;
  NumError e;
  if (c.f.size() == 3) {  // unary
    if (op == "invert") return int_invert(a, out) == NumStatus::ok ? to_hex(out) : "oom";
    if (op == "neg") return int_negate(a, out) == NumStatus::ok ? to_hex(out) : "oom";
    if (op == "bitlen") return std::to_string(int_bit_length(a));
    if (op == "bitcount") return std::to_string(int_bit_count(a));
    if (op == "hash") return std::to_string(int_hash(a));
    if (op == "int64") {
      std::int64_t v;
      return int_to_int64(a, &v) ? std::to_string(v) : "overflow";
    }
    if (op == "uint64") {
      std::uint64_t v;
      return int_to_uint64(a, &v) ? std::to_string(v) : "overflow";
    }
  }
  BigInt b = from_hex(c.f[2]);
  if (op == "add") return int_add(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "sub") return int_sub(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "mul") return int_mul(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "cmp") return std::to_string(int_compare(a, b));
  if (op == "and") return int_and(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "or") return int_or(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "xor") return int_xor(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "gcd") return int_gcd(a, b, out) == NumStatus::ok ? to_hex(out) : "oom";
  if (op == "floordiv") return int_or_err(int_floordiv(a, b, out, e), out, e);
  if (op == "mod") return int_or_err(int_mod(a, b, out, e), out, e);
  if (op == "divmod") {
    NumStatus s = int_divmod(a, b, out, out2, e);
    return s == NumStatus::ok ? to_hex(out) + " " + to_hex(out2) : err_text(e);
  }
  if (op == "divrem_trunc") {
    NumStatus s = int_divrem_trunc(a, b, out, out2, e);
    return s == NumStatus::ok ? to_hex(out) + " " + to_hex(out2) : err_text(e);
  }
  if (op == "lshift") return int_or_err(int_lshift(a, b, out, e), out, e);
  if (op == "rshift") return int_or_err(int_rshift(a, b, out, e), out, e);
  if (op == "pow") {
    NumStatus s = int_pow(a, b, out, e);
    if (s == NumStatus::negative_exponent) return "negexp";
    return int_or_err(s, out, e);
  }
  if (op == "powmod") {
    BigInt m = from_hex(c.f[3]);
    return int_or_err(int_pow_mod(a, b, m, out, e), out, e);
  }
  return "<unknown op " + op + ">";
}

std::string run_float(const Case& c) {
  const std::string& op = c.f[0];
  NumError e;
  if (op == "tofloat") {
    double d;
    NumStatus s = int_to_double(from_hex(c.f[1]), &d, e);
    return s == NumStatus::ok ? dbits(d) : err_text(e);
  }
  if (op == "fromfloat") {
    BigInt out;
    return int_or_err(int_from_double(from_dbits(c.f[1]), out, e), out, e);
  }
  if (op == "frexp") {
    std::int64_t exp;
    double m = int_frexp(from_hex(c.f[1]), &exp);
    return dbits(m) + " " + std::to_string(exp);
  }
  if (op == "truediv") {
    double d;
    NumStatus s = int_true_divide(from_hex(c.f[1]), from_hex(c.f[2]), &d, e);
    return s == NumStatus::ok ? dbits(d) : err_text(e);
  }
  return "<unknown op " + op + ">";
}

std::string bytes_hex(const std::uint8_t* p, std::size_t n) {
  std::string out = "b:";
  for (std::size_t i = 0; i < n; ++i) {
    out.push_back("0123456789abcdef"[p[i] >> 4]);
    out.push_back("0123456789abcdef"[p[i] & 15]);
  }
  return out;
}

std::vector<std::uint8_t> parse_bytes_hex(std::string_view s) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < s.size(); i += 2) {
    out.push_back(std::uint8_t(hexval(s[i]) * 16 + hexval(s[i + 1])));
  }
  return out;
}

std::string run_text(const Case& c) {
  const std::string& op = c.f[0];
  NumError e;
  std::string text;
  if (op == "str") {
    NumStatus s = int_to_decimal_string(from_hex(c.f[1]), text, e);
    return s == NumStatus::ok ? escape(text) : err_text(e);
  }
  if (op == "bin" || op == "oct" || op == "hex" || op == "base") {
    int base = op == "bin" ? 2 : op == "oct" ? 8 : op == "hex" ? 16 : std::stoi(c.f[2]);
    NumStatus s = int_to_base_string(from_hex(c.f[1]), base, op != "base", text, e);
    return s == NumStatus::ok ? escape(text) : err_text(e);
  }
  if (op == "parse") {
    BigInt out;
    return int_or_err(int_from_string(unescape(c.f[1]), std::stoi(c.f[2]), out, e), out, e);
  }
  if (op == "parse_bytes") {
    auto raw = parse_bytes_hex(c.f[1]);
    std::string bytes(raw.begin(), raw.end());
    BigInt out;
    return int_or_err(int_from_bytes_literal(bytes, std::stoi(c.f[2]), out, e), out, e);
  }
  if (op == "maxdigits") {
    NumStatus s = set_int_max_str_digits(std::stoll(c.f[1]), e);
    return s == NumStatus::ok ? "ok" : err_text(e);
  }
  if (op == "to_bytes") {
    std::size_t n = std::stoul(c.f[2]);
    std::vector<std::uint8_t> buf(n + 1);
    NumStatus s =
        int_to_bytes(from_hex(c.f[1]), n, c.f[3] == "little", c.f[4] == "1", buf.data(), e);
    return s == NumStatus::ok ? bytes_hex(buf.data(), n) : err_text(e);
  }
  if (op == "from_bytes") {
    auto raw = parse_bytes_hex(std::string_view(c.f[1]).substr(2));
    BigInt out;
    NumStatus s = int_from_bytes(raw.data(), raw.size(), c.f[2] == "little", c.f[3] == "1", out);
    return s == NumStatus::ok ? to_hex(out) : "oom";
  }
  return "<unknown op " + op + ">";
}

}  // namespace

TEST_CASE("bigint arithmetic matches CPython 3.11") {
  Checker check("bigint_arith.txt");
  for (const Case& c : load_cases("bigint_arith.txt")) check.check(c, run_arith(c));
}

TEST_CASE("bigint <-> double matches CPython 3.11") {
  Checker check("bigint_float.txt");
  for (const Case& c : load_cases("bigint_float.txt")) check.check(c, run_float(c));
}

TEST_CASE("bigint text and bytes conversions match CPython 3.11") {
  Checker check("bigint_text.txt");
  for (const Case& c : load_cases("bigint_text.txt")) check.check(c, run_text(c));
  NumError e;
  REQUIRE(set_int_max_str_digits(kIntMaxStrDigitsDefault, e) == NumStatus::ok);
}

TEST_CASE("BigInt keeps small values inline and moves heap storage") {
  BigInt a(std::int64_t(-123456789012345));
  CHECK(a.capacity() == BigInt::kInline);
  BigInt big;
  REQUIRE(big.reserve(100));
  const digit* heap = big.digits();
  BigInt moved(std::move(big));
  CHECK(moved.digits() == heap);  // stolen, not copied
  CHECK(big.capacity() == BigInt::kInline);
  BigInt sum;
  REQUIRE(int_add(a, a, sum) == NumStatus::ok);
  CHECK(sum.capacity() == BigInt::kInline);  // the one/two-digit fast path stays inline
  BigInt copy = a;
  CHECK(int_compare(copy, a) == 0);
}
