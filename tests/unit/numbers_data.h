// tests/unit/numbers_data.h — reads the expectation tables that scripts/gen_numbers_expected.py
// generates from CPython 3.11 (tests/unit/data/numbers/*.txt) and compares results.
//
// The helpers here are deliberately independent of the code under test: integers travel as
// Python hex() text and are read and written by the small routines below, not by bigint_str.cpp.
#pragma once
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/bigint.h"
#include "runtime/num_status.h"

namespace numbers_test {

using namespace mempy::runtime;

struct Case {
  std::vector<std::string> f;  // op, args..., expected
  int line = 0;
  const std::string& expected() const { return f.back(); }
};

inline std::string data_dir() {
  if (const char* env = std::getenv("MEMPY_NUMBERS_DATA")) return env;
  std::string here = __FILE__;
  return here.substr(0, here.find_last_of('/')) + "/data/numbers/";
}

inline std::vector<Case> load_cases(const char* name) {
  std::vector<Case> cases;
  std::ifstream in(data_dir() + name);
  REQUIRE_MESSAGE(in.good(), "missing table " << name << " (run scripts/gen_numbers_expected.py)");
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    Case c;
    c.line = lineno;
    std::size_t start = 0;
    for (;;) {
      std::size_t tab = line.find('\t', start);
      c.f.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

// Undoes the generator's escaping (\\, \t, \n, \r, \xHH).
inline std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out.push_back(s[i]);
      continue;
    }
    char c = s[++i];
    if (c == 't')
      out.push_back('\t');
    else if (c == 'n')
      out.push_back('\n');
    else if (c == 'r')
      out.push_back('\r');
    else if (c == 'x') {
      out.push_back(char(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else
      out.push_back(c);
  }
  return out;
}

// The generator's escaping, for comparing text results.
inline std::string escape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\\')
      out += "\\\\";
    else if (c == '\t')
      out += "\\t";
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else
      out.push_back(ch);
  }
  return out;
}

inline int hexval(char c) {
  return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

// Python hex() text -> BigInt, independently of bigint_str.cpp.
inline BigInt from_hex(std::string_view s) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg) s.remove_prefix(1);
  REQUIRE((s.size() >= 2 && s[0] == '0' && s[1] == 'x'));
  s.remove_prefix(2);
  BigInt v;
  REQUIRE(v.reserve(s.size() * 4 / DIGIT_BITS + 2));
  digit* d = v.mutable_digits();
  std::size_t n = 0;
  std::uint64_t acc = 0;
  int bits = 0;
  for (std::size_t i = s.size(); i-- > 0;) {
    acc |= std::uint64_t(hexval(s[i])) << bits;
    bits += 4;
    if (bits >= DIGIT_BITS) {
      d[n++] = digit(acc & DIGIT_MASK);
      acc >>= DIGIT_BITS;
      bits -= DIGIT_BITS;
    }
  }
  if (bits) d[n++] = digit(acc);
  v.set_normalized(n, neg);
  return v;
}

// BigInt -> Python hex() text; also checks the normalization invariant.
inline std::string to_hex(IntRef v) {
  std::size_t n = v.ndigits();
  if (n > 0 && v.digits[n - 1] == 0) return "<not normalized>";
  for (std::size_t i = 0; i < n; ++i) {
    if (v.digits[i] > DIGIT_MASK) return "<digit overflow>";
  }
  std::string rev;
  std::uint64_t acc = 0;
  int bits = 0;
  for (std::size_t i = 0; i < n; ++i) {
    acc |= std::uint64_t(v.digits[i]) << bits;
    bits += DIGIT_BITS;
    while (bits >= 4) {
      rev.push_back("0123456789abcdef"[acc & 15]);
      acc >>= 4;
      bits -= 4;
    }
  }
  if (bits) rev.push_back("0123456789abcdef"[acc & 15]);
  while (rev.size() > 1 && rev.back() == '0') rev.pop_back();
  if (rev.empty()) rev = "0";
  std::string out = v.is_negative() ? "-0x" : "0x";
  out.append(rev.rbegin(), rev.rend());
  return out;
}

inline double from_dbits(std::string_view s) {
  REQUIRE(s.substr(0, 2) == "d:");
  return std::bit_cast<double>(std::uint64_t(std::stoull(std::string(s.substr(2)), nullptr, 16)));
}

inline std::string dbits(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "d:%016llx",
                static_cast<unsigned long long>(std::bit_cast<std::uint64_t>(x)));
  return buf;
}

// A double in the tables' encoding, with NaN written as "nan".
inline std::string denc(double x) {
  return x != x ? "nan" : dbits(x);
}

inline std::string err_text(const NumError& e) {
  return std::string("!") + num_status_exception_name(e.status) + ": " + e.message;
}

// Compares results, printing the first few mismatches in full and counting the rest.
class Checker {
 public:
  explicit Checker(const char* table) : table_(table) {}
  void check(const Case& c, const std::string& actual) {
    ++cases_;
    bool ok = actual == c.expected();
    if (ok) {
      CHECK(ok);
      return;
    }
    if (++failures_ <= 25) {
      std::string args;
      for (std::size_t i = 0; i + 1 < c.f.size(); ++i) {
        std::string a = c.f[i].size() > 200 ? c.f[i].substr(0, 200) + "..." : c.f[i];
        args += (i ? " | " : "") + a;
      }
      FAIL_CHECK(table_ << ":" << c.line << ": " << args
                        << "\n  expected: " << c.expected().substr(0, 400)
                        << "\n  actual:   " << actual.substr(0, 400));
    }
  }
  ~Checker() {
    CHECK_MESSAGE(failures_ == 0,
                  table_ << ": " << failures_ << " of " << cases_ << " cases failed");
  }
  int cases() const { return cases_; }

 private:
  std::string table_;
  int cases_ = 0;
  int failures_ = 0;
};

}  // namespace numbers_test
