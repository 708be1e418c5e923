// Unit tests of runtime/unicode_db: every code point, every predicate and mapping, against what
// CPython 3.11 answers. All expectations come from tests/unit/data/unicode/expect.inc, written by
// scripts/gen_unicode_db.py from python3 (str methods, unicodedata, the unicode-escape codec).
#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/unicode_db.h"

namespace {

using namespace std::literals;

struct x_run {
  std::uint32_t first;
  std::uint32_t bits;
  std::uint32_t category;  // index in x_categories
};
struct x_number {
  std::uint32_t cp;
  int decimal;
  int digit;
  double numeric;
};
struct x_case {
  std::uint32_t cp;
  std::u32string_view lower, upper, title, fold;
};
struct x_sigma {
  std::u32string_view in, lowered;
};
struct x_name_block {
  std::uint32_t block;
  std::uint64_t hash;
};
struct x_lookup {
  std::string_view name;
  std::int32_t cp;
};

#include "data/unicode/expect.inc"

using namespace mempy::runtime;

constexpr std::uint32_t k_code_points = 0x110000;
constexpr int k_reported = 20;  // mismatches reported one by one; the rest only counted

std::string hex(std::uint32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", cp);
  return buf;
}

std::uint32_t actual_bits(std::uint32_t c) {
  std::uint32_t bits = 0;
  auto set = [&](bool on, std::uint32_t bit) {
    if (on) bits |= bit;
  };
  set(uni_isprintable(c), x_printable);
  set(uni_isalpha(c), x_alpha);
  set(uni_isdecimal(c), x_decimal);
  set(uni_isdigit(c), x_digit);
  set(uni_isnumeric(c), x_numeric);
  set(uni_isspace(c), x_space);
  set(uni_islower(c), x_lower);
  set(uni_isupper(c), x_upper);
  set(uni_istitle(c), x_title);
  set(uni_isalnum(c), x_alnum);
  // str.isidentifier() of chr(c) and of 'a' + chr(c)
  set(uni_is_xid_start(c) || c == '_', x_id_first);
  set(uni_is_xid_continue(c), x_id_rest);
  set(uni_is_linebreak(c), x_linebreak);
  set(uni_is_cased(c), x_cased);
  set(uni_is_case_ignorable(c), x_case_ignorable);
  return bits;
}

using mapper = int (*)(std::uint32_t, std::uint32_t*);

std::u32string apply(mapper f, std::uint32_t c) {
  std::uint32_t out[3] = {0, 0, 0};
  int n = f(c, out);
  std::u32string s;
  if (n < 1 || n > 3) return s;  // never a valid mapping: reported as a mismatch
  for (int i = 0; i < n; ++i) s += static_cast<char32_t>(out[i]);
  return s;
}

std::string show(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) out += hex(c) + " ";
  return out;
}

// str.lower() of a whole string, final-sigma rule included.
std::u32string py_lower(std::u32string_view s) {
  std::u32string out;
  auto at = [&](std::size_t k) { return static_cast<std::uint32_t>(s[k]); };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'\u03a3') {
      out += static_cast<char32_t>(uni_lower_sigma(at, s.size(), i));
    } else {
      out += apply(uni_lower, at(i));
    }
  }
  return out;
}

void fnv(std::uint64_t& h, std::uint32_t value) {
  for (int k = 0; k < 4; ++k) {
    h ^= (value >> (8 * k)) & 0xFF;
    h *= 0x100000001B3ull;
  }
}

}  // namespace

TEST_CASE("unicode_db: predicates and category of every code point match python3") {
  int mismatches = 0;
  std::size_t run = 0;
  constexpr std::size_t runs = sizeof x_runs / sizeof x_runs[0];
  REQUIRE(x_runs[0].first == 0);
  for (std::uint32_t c = 0; c < k_code_points; ++c) {
    if (run + 1 < runs && x_runs[run + 1].first == c) ++run;
    std::uint32_t got = actual_bits(c);
    std::string category(uni_category(c));
    bool ok = got == x_runs[run].bits && category == x_categories[x_runs[run].category];
    if (!ok && ++mismatches <= k_reported) {
      FAIL_CHECK(hex(c) << ": predicate bits " << got << " expected " << x_runs[run].bits
                        << ", category " << category << " expected "
                        << std::string(x_categories[x_runs[run].category]));
    }
  }
  CHECK(mismatches == 0);
}

TEST_CASE("unicode_db: decimal, digit and numeric values of every code point match python3") {
  int mismatches = 0;
  std::size_t next = 0;
  constexpr std::size_t count = sizeof x_numbers / sizeof x_numbers[0];
  for (std::uint32_t c = 0; c < k_code_points; ++c) {
    int decimal = -1, digit = -1;
    double numeric = std::nan("");
    if (next < count && x_numbers[next].cp == c) {
      decimal = x_numbers[next].decimal;
      digit = x_numbers[next].digit;
      numeric = x_numbers[next].numeric;
      ++next;
    }
    double got = uni_numeric_value(c);
    bool ok = uni_decimal_value(c) == decimal && uni_digit_value(c) == digit &&
              (std::isnan(numeric) ? std::isnan(got) : got == numeric);
    if (!ok && ++mismatches <= k_reported) {
      FAIL_CHECK(hex(c) << ": decimal " << uni_decimal_value(c) << " expected " << decimal
                        << ", digit " << uni_digit_value(c) << " expected " << digit << ", numeric "
                        << got << " expected " << numeric);
    }
  }
  CHECK(next == count);
  CHECK(mismatches == 0);
}

TEST_CASE("unicode_db: lower, upper, title and casefold of every code point match python3") {
  int mismatches = 0;
  std::size_t next = 0;
  constexpr std::size_t count = sizeof x_cases / sizeof x_cases[0];
  for (std::uint32_t c = 0; c < k_code_points; ++c) {
    std::u32string self(1, static_cast<char32_t>(c));
    std::u32string_view expected[4] = {self, self, self, self};
    if (next < count && x_cases[next].cp == c) {
      expected[0] = x_cases[next].lower;
      expected[1] = x_cases[next].upper;
      expected[2] = x_cases[next].title;
      expected[3] = x_cases[next].fold;
      ++next;
    }
    const mapper mappers[4] = {uni_lower, uni_upper, uni_title, uni_casefold};
    const std::string names[4] = {"lower", "upper", "title", "casefold"};
    for (int m = 0; m < 4; ++m) {
      std::u32string got = apply(mappers[m], c);
      if (got != expected[m] && ++mismatches <= k_reported) {
        FAIL_CHECK(hex(c) << "." << names[m] << "() = " << show(got) << " expected "
                          << show(expected[m]));
      }
    }
  }
  CHECK(next == count);
  CHECK(mismatches == 0);
}

TEST_CASE("unicode_db: str.lower() final sigma rule matches python3") {
  for (const x_sigma& s : x_sigmas) {
    INFO("lower of " << show(s.in));
    CHECK(show(py_lower(s.in)) == show(s.lowered));
  }
}

TEST_CASE("unicode_db: names of every code point and \\N{} of each name match python3") {
  // per block of 256 code points: FNV-1a over (cp, name bytes, \N{name}, \N{lowercased name})
  int mismatches = 0;
  std::size_t next = 0;
  constexpr std::size_t count = sizeof x_name_blocks / sizeof x_name_blocks[0];
  std::string name;
  for (std::uint32_t block = 0; block < (k_code_points >> 8); ++block) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    bool any = false;
    for (std::uint32_t c = block << 8; c < (block + 1) << 8; ++c) {
      if (!uni_name(c, name)) continue;
      any = true;
      fnv(h, c);
      for (char ch : name) fnv(h, static_cast<unsigned char>(ch));
      fnv(h, static_cast<std::uint32_t>(uni_lookup_name(name)));
      std::string lower = name;
      for (char& ch : lower) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
      }
      fnv(h, static_cast<std::uint32_t>(uni_lookup_name(lower)));
    }
    bool listed = next < count && x_name_blocks[next].block == block;
    bool ok = listed ? any && h == x_name_blocks[next].hash : !any;
    if (listed) ++next;
    if (!ok && ++mismatches <= k_reported) {
      FAIL_CHECK("names of block " << hex(block << 8) << " differ from python3's");
    }
  }
  CHECK(next == count);
  CHECK(mismatches == 0);
}

TEST_CASE("unicode_db: \\N{} lookups of aliases, named sequences and near misses match python3") {
  for (const x_lookup& q : x_lookups) {
    INFO("\\N{" << std::string(q.name) << "}");
    CHECK(uni_lookup_name(q.name) == q.cp);
  }
}

TEST_CASE("unicode_db: the inline ASCII path agrees with the tables") {
  for (std::uint32_t c = 0; c < 128; ++c) {
    INFO(hex(c));
    CHECK(mempy::runtime::unicode_detail::k_ascii_flags[c] ==
          mempy::runtime::unicode_detail::flags_slow(c));
    std::uint32_t fast[3], slow[3];
    CHECK(uni_lower(c, fast) == unicode_detail::lower_slow(c, slow));
    CHECK(fast[0] == slow[0]);
    CHECK(uni_upper(c, fast) == unicode_detail::upper_slow(c, slow));
    CHECK(fast[0] == slow[0]);
    CHECK(uni_title(c, fast) == unicode_detail::title_slow(c, slow));
    CHECK(fast[0] == slow[0]);
    CHECK(uni_casefold(c, fast) == unicode_detail::casefold_slow(c, slow));
    CHECK(fast[0] == slow[0]);
  }
}

TEST_CASE("unicode_db: code points beyond U+10FFFF answer like an unassigned one") {
  for (std::uint32_t c : {0x110000u, 0x7FFFFFFFu, 0xFFFFFFFFu}) {
    INFO(hex(c));
    CHECK(unicode_detail::flags_slow(c) == unicode_detail::flags_slow(0x10FFFF));
    CHECK(uni_category(c) == uni_category(0x10FFFF));
    CHECK(uni_decimal_value(c) == -1);
    CHECK(std::isnan(uni_numeric_value(c)));
    std::string name;
    CHECK_FALSE(uni_name(c, name));
  }
}
