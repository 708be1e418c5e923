// runtime/unicode_db.cpp — lookups over the generated Unicode tables (see unicode_db.h).
//
// A code point's record (flags, category, case mappings, numeric values) is found through three
// small index arrays, as CPython's unicodectype.c finds its _PyUnicode_TypeRecord. Case mappings
// are stored as deltas (ch + delta) unless the mapping has 2 or 3 code points (SpecialCasing,
// full case folding), which live in k_ext_case. Names reproduce Modules/unicodedata.c: table
// names and aliases match ASCII case-insensitively; Hangul syllables and CJK unified ideographs
// are computed.
#include "runtime/unicode_db.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>

namespace mempy::runtime {
namespace unicode_detail {

namespace {

struct char_record {
  std::int32_t lower;  // delta to the mapping, or (offset in k_ext_case << 2 | length)
  std::int32_t upper;
  std::int32_t title;
  std::int32_t fold;
  std::uint32_t flags;
  std::uint8_t category;  // index in k_category_names
  std::int8_t decimal;    // -1: none
  std::int8_t digit;      // -1: none
  std::uint8_t numeric;   // index in k_numeric_values; 0: none
};

struct name_run {
  std::uint32_t first_cp;
  std::uint32_t first_index;
};

}  // namespace

#include "runtime/unicode_db_data.inc"

namespace {

#include "runtime/unicode_db_names.inc"

constexpr std::uint32_t k_max_cp = 0x10FFFF;

const char_record& record_of(std::uint32_t ch) {
  if (ch > k_max_cp) return k_records[0];
  constexpr std::uint32_t mask1 = (1u << k_shift1) - 1;
  constexpr std::uint32_t mask2 = (1u << k_shift2) - 1;
  std::uint32_t top = k_top[ch >> (k_shift1 + k_shift2)];
  std::uint32_t mid = k_mid[(top << k_shift1) | ((ch >> k_shift2) & mask1)];
  return k_records[k_leaf[(mid << k_shift2) | (ch & mask2)]];
}

int mapping(std::uint32_t ch, std::int32_t field, bool extended, std::uint32_t out[3]) {
  if (!extended) {
    out[0] = static_cast<std::uint32_t>(static_cast<std::int32_t>(ch) + field);
    return 1;
  }
  auto offset = static_cast<std::uint32_t>(field) >> 2;
  int n = field & 3;
  for (int i = 0; i < n; ++i) out[i] = k_ext_case[offset + i];
  return n;
}

}  // namespace

std::uint32_t flags_slow(std::uint32_t ch) {
  return record_of(ch).flags;
}

int lower_slow(std::uint32_t ch, std::uint32_t out[3]) {
  const char_record& r = record_of(ch);
  return mapping(ch, r.lower, r.flags & k_flag_ext_lower, out);
}
int upper_slow(std::uint32_t ch, std::uint32_t out[3]) {
  const char_record& r = record_of(ch);
  return mapping(ch, r.upper, r.flags & k_flag_ext_upper, out);
}
int title_slow(std::uint32_t ch, std::uint32_t out[3]) {
  const char_record& r = record_of(ch);
  return mapping(ch, r.title, r.flags & k_flag_ext_title, out);
}
int casefold_slow(std::uint32_t ch, std::uint32_t out[3]) {
  const char_record& r = record_of(ch);
  return mapping(ch, r.fold, r.flags & k_flag_ext_fold, out);
}

// ---------------------------------------------------------------- names

namespace {

constexpr std::size_t k_name_max = 128;  // longer than any name (88) or alias

// prefix character -> shared prefix length; -1 for name characters
constexpr std::array<std::int8_t, 128> k_prefix_length = [] {
  std::array<std::int8_t, 128> t{};
  t.fill(-1);
  for (std::size_t i = 0; i < k_name_prefix_alphabet.size(); ++i) {
    t[static_cast<unsigned char>(k_name_prefix_alphabet[i])] = static_cast<std::int8_t>(i);
  }
  return t;
}();

constexpr std::array<std::uint8_t, 128> k_b64_value = [] {
  std::array<std::uint8_t, 128> t{};
  for (std::size_t i = 0; i < k_b64_alphabet.size(); ++i) {
    t[static_cast<unsigned char>(k_b64_alphabet[i])] = static_cast<std::uint8_t>(i);
  }
  return t;
}();

constexpr std::uint32_t k_entry_count = k_name_count + k_alias_count;

constexpr std::size_t byte(char c) {
  return static_cast<unsigned char>(c);
}

// The name of entry `index` (table names in code point order, then aliases).
std::string_view entry_name(std::uint32_t index, char (&buf)[k_name_max]) {
  std::size_t pos = k_name_offsets[index / k_name_restart];
  std::size_t len = 0;
  for (std::uint32_t i = index - index % k_name_restart;; ++i) {
    std::size_t shared = static_cast<std::size_t>(k_prefix_length[byte(k_name_text[pos++])]);
    len = shared;
    while (pos < sizeof k_name_text - 1 && k_prefix_length[byte(k_name_text[pos])] < 0) {
      buf[len++] = k_name_text[pos++];
    }
    if (i == index) return {buf, len};
  }
}

std::uint32_t sorted_entry(std::uint32_t k) {
  const char* p = k_name_order + 3 * k;
  return (std::uint32_t{k_b64_value[byte(p[0])]} << 12) |
         (std::uint32_t{k_b64_value[byte(p[1])]} << 6) | k_b64_value[byte(p[2])];
}

// The code point entry `index` names.
std::uint32_t entry_cp(std::uint32_t index) {
  if (index >= k_name_count) return k_alias_cps[index - k_name_count];
  const name_run* run =
      std::upper_bound(std::begin(k_name_runs), std::end(k_name_runs), index,
                       [](std::uint32_t i, const name_run& r) { return i < r.first_index; });
  --run;  // k_name_runs[0].first_index == 0
  return run->first_cp + (index - run->first_index);
}

constexpr std::uint32_t k_hangul_base = 0xAC00;
constexpr std::uint32_t k_hangul_v = 21, k_hangul_t = 28;
constexpr std::uint32_t k_hangul_count = 19 * k_hangul_v * k_hangul_t;
constexpr std::string_view k_hangul_prefix = "HANGUL SYLLABLE ";
constexpr std::string_view k_cjk_prefix = "CJK UNIFIED IDEOGRAPH-";

bool is_cjk_unified(std::uint32_t ch) {
  for (const auto& range : k_cjk_ranges) {
    if (range[0] <= ch && ch <= range[1]) return true;
  }
  return false;
}

// The longest of `jamo` that `name` starts with (an empty short name matches anything).
template <std::size_t N>
int longest_jamo(std::string_view name, const std::string_view (&jamo)[N], std::size_t& len) {
  int found = -1;
  std::size_t found_len = 0;
  for (std::size_t i = 0; i < N; ++i) {
    if ((found < 0 || jamo[i].size() > found_len) && name.starts_with(jamo[i])) {
      found = static_cast<int>(i);
      found_len = jamo[i].size();
    }
  }
  len = found_len;
  return found;
}

std::int32_t lookup_hangul(std::string_view rest) {
  std::size_t len = 0;
  int l = longest_jamo(rest, k_jamo_l, len);
  rest.remove_prefix(len);
  int v = longest_jamo(rest, k_jamo_v, len);
  rest.remove_prefix(len);
  int t = longest_jamo(rest, k_jamo_t, len);
  rest.remove_prefix(len);
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return -1;
  return static_cast<std::int32_t>(k_hangul_base + (l * k_hangul_v + v) * k_hangul_t + t);
}

std::int32_t lookup_cjk(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return -1;
  std::uint32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9') {
      v = v * 16 + static_cast<std::uint32_t>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      v = v * 16 + static_cast<std::uint32_t>(c - 'A' + 10);
    } else {
      return -1;
    }
  }
  return is_cjk_unified(v) ? static_cast<std::int32_t>(v) : -1;
}

// Compares name (ASCII-uppercased on the fly) with an entry name, as unsigned bytes.
int compare_upper(std::string_view name, std::string_view entry) {
  std::size_t n = std::min(name.size(), entry.size());
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char a = static_cast<unsigned char>(name[i]);
    if (a >= 'a' && a <= 'z') a = static_cast<unsigned char>(a - 32);
    unsigned char b = static_cast<unsigned char>(entry[i]);
    if (a != b) return a < b ? -1 : 1;
  }
  if (name.size() == entry.size()) return 0;
  return name.size() < entry.size() ? -1 : 1;
}

}  // namespace
}  // namespace unicode_detail

using namespace unicode_detail;

int uni_decimal_value(std::uint32_t ch) {
  return record_of(ch).decimal;
}
int uni_digit_value(std::uint32_t ch) {
  return record_of(ch).digit;
}
double uni_numeric_value(std::uint32_t ch) {
  return k_numeric_values[record_of(ch).numeric];
}

std::string_view uni_category(std::uint32_t ch) {
  return k_category_names[record_of(ch).category];
}

bool uni_name(std::uint32_t ch, std::string& out) {
  char buf[k_name_max];
  if (ch - k_hangul_base < k_hangul_count) {
    std::uint32_t s = ch - k_hangul_base;
    out = k_hangul_prefix;
    out += k_jamo_l[s / (k_hangul_v * k_hangul_t)];
    out += k_jamo_v[s / k_hangul_t % k_hangul_v];
    out += k_jamo_t[s % k_hangul_t];
    return true;
  }
  if (is_cjk_unified(ch)) {
    int n = std::snprintf(buf, sizeof buf, "%X", static_cast<unsigned>(ch));
    out = k_cjk_prefix;
    out.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  // the last run starting at or before ch
  const name_run* run =
      std::upper_bound(std::begin(k_name_runs), std::end(k_name_runs), ch,
                       [](std::uint32_t c, const name_run& r) { return c < r.first_cp; });
  if (run == std::begin(k_name_runs)) return false;
  --run;
  std::uint32_t index = run->first_index + (ch - run->first_cp);
  std::uint32_t end = run + 1 == std::end(k_name_runs) ? k_name_count : run[1].first_index;
  if (index >= end) return false;
  out = entry_name(index, buf);
  return true;
}

std::int32_t uni_lookup_name(std::string_view name) {
  if (name.starts_with(k_hangul_prefix)) return lookup_hangul(name.substr(k_hangul_prefix.size()));
  if (name.starts_with(k_cjk_prefix)) return lookup_cjk(name.substr(k_cjk_prefix.size()));
  if (name.size() >= k_name_max) return -1;
  char buf[k_name_max];
  std::uint32_t lo = 0, hi = k_entry_count;  // binary search over entries sorted by name
  while (lo < hi) {
    std::uint32_t mid = lo + (hi - lo) / 2;
    std::uint32_t index = sorted_entry(mid);
    int cmp = compare_upper(name, entry_name(index, buf));
    if (cmp == 0) return static_cast<std::int32_t>(entry_cp(index));
    if (cmp < 0) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return -1;
}

}  // namespace mempy::runtime
