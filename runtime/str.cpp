// runtime/str.cpp — the str object core: creation in the narrowest PEP 393 kind, UTF-8
// encoding/decoding, hashing, interning, comparison, repr and concatenation. The str methods
// (split, join, replace, format, ...) live in str_methods.cpp.
//
// Hashing is CPython 3.11's: SipHash-1-3 over the string's kind-width data, keyed with 16 bytes
// derived from PYTHONHASHSEED (0 = all-zero key; N > 0 = CPython's LCG expansion of N; unset =
// random), so sets and dicts of strings iterate in CPython's order under the same seed.
#include "runtime/str.h"

#include <sys/random.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/numeric_text.h"
#include "runtime/singletons.h"
#include "runtime/str_codecs.h"
#include "runtime/str_internal.h"
#include "runtime/str_search.h"
#include "runtime/tuple.h"
#include "runtime/unicode_db.h"
#include "runtime/unicode_error.h"

namespace mempy::runtime {

TypeObject StrType;

namespace {

// ---- static strings: '' and the 256 Latin-1 one-character strings ------------------------------
StrObject* g_empty = nullptr;
StrObject* g_latin1[256];

std::size_t str_alloc_size(ssize length, std::uint32_t maxchar, bool* ascii, unsigned* kind) {
  *ascii = maxchar < 128;
  *kind = maxchar < 256 ? STR_KIND_1 : maxchar < 65536 ? STR_KIND_2 : STR_KIND_4;
  std::size_t header = *ascii ? sizeof(StrObject) : sizeof(CompactStrObject);
  return header + std::size_t(length + 1) * *kind;
}

StrObject* str_alloc_raw(ssize length, std::uint32_t maxchar, bool static_storage) {
  bool ascii;
  unsigned kind;
  std::size_t size = str_alloc_size(length, maxchar, &ascii, &kind);
  void* mem = static_storage ? std::malloc(size) : memory::alloc(size);
  if (!mem) return nullptr;
  StrObject* s = static_cast<StrObject*>(mem);
  s->refcnt = 1;
  s->type = &StrType;
  s->length = length;
  s->hash = -1;
  std::memset(&s->state, 0, sizeof(s->state));
  s->state.kind = kind;
  s->state.compact = 1;
  s->state.ascii = ascii;
  s->state.ready = 1;
  s->wstr = nullptr;
  if (!ascii) {
    CompactStrObject* c = static_cast<CompactStrObject*>(s);
    c->utf8_length = 0;
    c->utf8 = nullptr;
    c->wstr_length = 0;
  }
  str_write(kind, str_data(s), length, 0);  // NUL terminator of the kind's width
  return s;
}

// ---- interning: a set of borrowed pointers keyed by content ------------------------------------
struct InternHash {
  std::size_t operator()(Object* s) const { return std::size_t(str_hash(s)); }
};
struct InternEq {
  bool operator()(Object* a, Object* b) const { return a == b || str_eq(a, b); }
};
std::unordered_set<Object*, InternHash, InternEq>* g_interned = nullptr;

// ---- hashing -----------------------------------------------------------------------------------
std::uint64_t g_k0 = 0, g_k1 = 0;

inline std::uint64_t rotl(std::uint64_t x, int b) {
  return (x << b) | (x >> (64 - b));
}

std::uint64_t siphash13(std::uint64_t k0, std::uint64_t k1, const void* src, std::size_t len) {
  std::uint64_t b = std::uint64_t(len) << 56;
  std::uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  std::uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  std::uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  std::uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  auto round = [&]() {
    v0 += v1;
    v1 = rotl(v1, 13);
    v1 ^= v0;
    v0 = rotl(v0, 32);
    v2 += v3;
    v3 = rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = rotl(v1, 17);
    v1 ^= v2;
    v2 = rotl(v2, 32);
  };
  const std::uint8_t* in = static_cast<const std::uint8_t*>(src);
  while (len >= 8) {
    std::uint64_t mi;
    std::memcpy(&mi, in, 8);
    in += 8;
    len -= 8;
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  std::uint64_t t = 0;
  for (std::size_t i = 0; i < len; ++i) t |= std::uint64_t(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

}  // namespace

void hash_secret_init() {
  unsigned char secret[24] = {0};  // CPython's _Py_HashSecret_t is 24 bytes; siphash uses 16
  const char* seed = std::getenv("PYTHONHASHSEED");
  if (seed && std::strcmp(seed, "random") != 0) {
    unsigned long x = std::strtoul(seed, nullptr, 10);
    if (x != 0) {
      // CPython's lcg_urandom
      std::uint32_t state = std::uint32_t(x);
      for (unsigned char& c : secret) {
        state *= 214013u;
        state += 2531011u;
        c = (state >> 16) & 0xff;
      }
    }
  } else {
    if (getrandom(secret, sizeof secret, 0) != ssize(sizeof secret)) {
      for (std::size_t i = 0; i < sizeof secret; ++i)
        secret[i] = static_cast<unsigned char>(std::rand());
    }
  }
  std::memcpy(&g_k0, secret, 8);
  std::memcpy(&g_k1, secret + 8, 8);
}

hash_t hash_bytes(const void* data, ssize len) {
  if (len == 0) return 0;
  hash_t h = hash_t(siphash13(g_k0, g_k1, data, std::size_t(len)));
  return h == -1 ? -2 : h;
}

hash_t str_hash(Object* op) {
  StrObject* s = as_str(op);
  if (s->hash != -1) return s->hash;
  s->hash = hash_bytes(str_data(op), s->length * ssize(s->state.kind));
  return s->hash;
}

// ---- creation --------------------------------------------------------------------------------
Object* str_new(ssize length, std::uint32_t maxchar) {
  if (length == 0) return str_empty();
  if (length < 0 || std::size_t(length) > (std::size_t(1) << 60)) return err_no_memory();
  StrObject* s = str_alloc_raw(length, maxchar, false);
  if (!s) return err_no_memory();
  return s;
}

Object* str_empty() {
  return new_ref<Object>(g_empty);
}

Object* str_from_latin1(const std::uint8_t* s, std::size_t n) {
  if (n == 1) return new_ref<Object>(g_latin1[s[0]]);
  std::uint32_t maxchar = 0;
  for (std::size_t i = 0; i < n; ++i) maxchar |= s[i];
  Object* r = str_new(ssize(n), maxchar);
  if (!r || n == 0) return r;
  std::memcpy(str_data(r), s, n);
  return r;
}

Object* str_from_ascii(const char* s, std::size_t n) {
  return str_from_latin1(reinterpret_cast<const std::uint8_t*>(s), n);
}

namespace {

// Copies n units into a fresh string whose kind is the narrowest for `maxchar` (which needs to be
// exact only up to its class: below 128, below 256, below 65536, or more).
template <class S>
Object* str_from_units(const S* src, ssize n, std::uint32_t maxchar) {
  if (n == 1 && src[0] < 256) return new_ref<Object>(g_latin1[src[0]]);
  Object* r = str_new(n, maxchar);
  if (!r || n == 0) return r;
  unsigned kind = str_kind(r);
  void* data = str_data(r);
  if (kind == sizeof(S)) {
    std::memcpy(data, src, std::size_t(n) * sizeof(S));
  } else if (kind == STR_KIND_1) {
    auto* d = static_cast<std::uint8_t*>(data);
    for (ssize i = 0; i < n; ++i) d[i] = std::uint8_t(src[i]);
  } else if (kind == STR_KIND_2) {
    auto* d = static_cast<std::uint16_t*>(data);
    for (ssize i = 0; i < n; ++i) d[i] = std::uint16_t(src[i]);
  } else {
    auto* d = static_cast<std::uint32_t*>(data);
    for (ssize i = 0; i < n; ++i) d[i] = src[i];
  }
  return r;
}

template <class S>
std::uint32_t units_max(const S* src, ssize n) {
  S m = 0;
  for (ssize i = 0; i < n; ++i) m = src[i] > m ? src[i] : m;
  return m;
}

}  // namespace

Object* str_from_ucs4(const std::uint32_t* s, std::size_t n) {
  return str_from_units(s, ssize(n), units_max(s, ssize(n)));
}

Object* str_from_kind(unsigned kind, const void* data, ssize n) {
  switch (kind) {
    case STR_KIND_1: {
      auto* p = static_cast<const std::uint8_t*>(data);
      return str_from_units(p, n, units_max(p, n));
    }
    case STR_KIND_2: {
      auto* p = static_cast<const std::uint16_t*>(data);
      return str_from_units(p, n, units_max(p, n));
    }
    default: {
      auto* p = static_cast<const std::uint32_t*>(data);
      return str_from_units(p, n, units_max(p, n));
    }
  }
}

Object* str_from_codepoint(std::uint32_t ch) {
  if (ch > 0x10FFFF) {
    err_set_string(&ExcValueError, "chr() arg not in range(0x110000)");
    return nullptr;
  }
  return str_from_ucs4(&ch, 1);
}

Object* str_from_utf8(const char* s, std::size_t n) {
  return utf8_decode({s, n}, "strict");
}
Object* str_from_utf8_replace(const char* s, std::size_t n) {
  return utf8_decode({s, n}, "replace");
}
Object* str_from_utf8_surrogateescape(const char* s, std::size_t n) {
  return utf8_decode({s, n}, "surrogateescape");
}
Object* str_from_cstr(const char* s) {
  return str_from_utf8(s, std::strlen(s));
}

// ---- UTF-8 access ------------------------------------------------------------------------------

const char* str_utf8(Object* op, ssize* size) {
  StrObject* s = as_str(op);
  if (s->state.ascii) {
    if (size) *size = s->length;
    return static_cast<const char*>(str_data(op));
  }
  CompactStrObject* c = static_cast<CompactStrObject*>(s);
  if (!c->utf8) {
    std::string out;
    unsigned kind = s->state.kind;
    const void* data = str_data(op);
    for (ssize i = 0; i < s->length; ++i) {
      std::uint32_t cp = str_read(kind, data, i);
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        ssize end = i + 1;  // CPython reports the whole run of surrogates
        while (end < s->length && str_read(kind, data, end) >= 0xD800 &&
               str_read(kind, data, end) <= 0xDFFF) {
          ++end;
        }
        raise_unicode_encode_error("utf-8", op, i, end, "surrogates not allowed");
        return nullptr;
      }
      utf8_append(out, cp);
    }
    char* buf = static_cast<char*>(memory::alloc(out.size() + 1));
    if (!buf) {
      err_no_memory();
      return nullptr;
    }
    std::memcpy(buf, out.data(), out.size());
    buf[out.size()] = 0;
    c->utf8 = buf;
    c->utf8_length = ssize(out.size());
  }
  if (size) *size = c->utf8_length;
  return c->utf8;
}

std::string_view str_view(Object* op) {
  ssize n;
  const char* p = str_utf8(op, &n);
  if (!p) return {};
  return {p, std::size_t(n)};
}

std::string str_to_std(Object* op) {
  StrObject* s = as_str(op);
  if (s->state.ascii)
    return std::string(static_cast<const char*>(str_data(op)), std::size_t(s->length));
  std::string out;
  unsigned kind = s->state.kind;
  const void* data = str_data(op);
  for (ssize i = 0; i < s->length; ++i) {
    std::uint32_t cp = str_read(kind, data, i);
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = '?';
    utf8_append(out, cp);
  }
  return out;
}

// ---- comparison --------------------------------------------------------------------------------
bool str_eq(Object* a, Object* b) {
  if (a == b) return true;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (x->length != y->length || x->state.kind != y->state.kind) return false;
  return std::memcmp(str_data(a), str_data(b), std::size_t(x->length) * x->state.kind) == 0;
}

bool str_eq_cstr(Object* s, const char* ascii) {
  std::size_t n = std::strlen(ascii);
  if (!str_is_ascii(s) || std::size_t(str_length(s)) != n) return false;
  return std::memcmp(str_data(s), ascii, n) == 0;
}

int str_compare(Object* a, Object* b) {
  ssize la = str_length(a), lb = str_length(b);
  unsigned ka = str_kind(a), kb = str_kind(b);
  const void* da = str_data(a);
  const void* db = str_data(b);
  ssize n = la < lb ? la : lb;
  if (ka == STR_KIND_1 && kb == STR_KIND_1) {
    int c = std::memcmp(da, db, std::size_t(n));
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (ssize i = 0; i < n; ++i) {
      std::uint32_t ca = str_read(ka, da, i), cb = str_read(kb, db, i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  }
  return la < lb ? -1 : la > lb ? 1 : 0;
}

// ---- interning ---------------------------------------------------------------------------------
bool str_is_interned(const Object* op) {
  return static_cast<const StrObject*>(op)->state.interned != STR_NOT_INTERNED;
}

void str_intern_in_place(Object** p) {
  Object* s = *p;
  if (!is_str_exact(s) || str_is_interned(s)) return;
  if (!g_interned) g_interned = new std::unordered_set<Object*, InternHash, InternEq>();
  auto it = g_interned->find(s);
  if (it != g_interned->end()) {
    incref(*it);
    *p = *it;
    decref(s);
    return;
  }
  g_interned->insert(s);
  as_str(s)->state.interned = STR_INTERNED;
}

Object* str_intern_view(std::string_view v) {
  Object* s = str_from_utf8(v.data(), v.size());
  if (!s) return nullptr;
  str_intern_in_place(&s);
  return s;
}

Object* str_intern_cstr(const char* c) {
  return str_intern_view(c);
}

std::size_t str_interned_count() {
  return g_interned ? g_interned->size() : 0;
}

void str_intern_fini() {
  delete g_interned;
  g_interned = nullptr;
}

// ---- operations --------------------------------------------------------------------------------
std::uint32_t str_max_char_bound(const Object* op) {
  const StrObject* s = static_cast<const StrObject*>(op);
  if (s->state.ascii) return 127;
  if (s->state.kind == STR_KIND_1) return 255;
  if (s->state.kind == STR_KIND_2) return 0xFFFF;
  return 0x10FFFF;
}

Object* str_exact(Object* op) {
  if (is_str_exact(op)) return new_ref(op);
  return str_from_kind(str_kind(op), str_data(op), str_length(op));
}

namespace {

// copy `n` chars of src starting at `start` into dst at `at`, converting kinds
void copy_chars(Object* dst, ssize at, Object* src, ssize start, ssize n) {
  unsigned dk = str_kind(dst), sk = str_kind(src);
  void* dd = str_data(dst);
  const void* sd = str_data(src);
  if (dk == sk) {
    std::memcpy(static_cast<char*>(dd) + at * dk, static_cast<const char*>(sd) + start * sk,
                std::size_t(n) * dk);
    return;
  }
  for (ssize i = 0; i < n; ++i) str_write(dk, dd, at + i, str_read(sk, sd, start + i));
}

}  // namespace

Object* str_concat(Object* a, Object* b) {
  ssize la = str_length(a), lb = str_length(b);
  if (lb == 0) return str_exact(a);
  if (la == 0) return str_exact(b);
  if (la > PTRDIFF_MAX / 4 - lb) {
    err_set_string(&ExcOverflowError, "strings are too large to concat");
    return nullptr;
  }
  std::uint32_t ma = str_max_char_bound(a), mb = str_max_char_bound(b);
  Object* r = str_new(la + lb, ma > mb ? ma : mb);
  if (!r) return nullptr;
  copy_chars(r, 0, a, 0, la);
  copy_chars(r, la, b, 0, lb);
  return r;
}

Object* str_substring(Object* op, ssize start, ssize end) {
  if (start < 0) start = 0;
  if (end > str_length(op)) end = str_length(op);
  if (start >= end) return str_empty();
  if (start == 0 && end == str_length(op)) return str_exact(op);
  unsigned k = str_kind(op);
  if (str_is_ascii(op)) {  // no scan for the narrowest kind needed
    const std::uint8_t* d = static_cast<const std::uint8_t*>(str_data(op)) + start;
    if (end - start == 1) return new_ref<Object>(g_latin1[d[0]]);
    Object* r = str_new(end - start, 127);
    if (r) std::memcpy(str_data(r), d, std::size_t(end - start));
    return r;
  }
  return str_from_kind(k, static_cast<const char*>(str_data(op)) + start * k, end - start);
}

Object* str_repeat(Object* op, ssize n) {
  ssize len = str_length(op);
  if (n <= 0 || len == 0) return str_empty();
  if (n == 1) return str_exact(op);
  if (len > PTRDIFF_MAX / n) {
    err_set_string(&ExcOverflowError, "repeated string is too long");
    return nullptr;
  }
  Object* r = str_new(len * n, str_max_char_bound(op));
  if (!r) return nullptr;
  unsigned k = str_kind(r);
  char* d = static_cast<char*>(str_data(r));
  if (len == 1 && k == STR_KIND_1) {
    std::memset(d, int(str_char_at(op, 0)), std::size_t(n));
    return r;
  }
  copy_chars(r, 0, op, 0, len);
  // doubling copy
  ssize total = len * n, done = len;
  while (done < total) {
    ssize chunk = done < total - done ? done : total - done;
    std::memcpy(d + done * k, d, std::size_t(chunk) * k);
    done += chunk;
  }
  return r;
}

Object* str_repr(Object* op) {
  // quote choice as CPython: single quotes unless the text has ' and no "
  ssize n = str_length(op);
  unsigned k = str_kind(op);
  const void* d = str_data(op);
  bool has_single = false, has_double = false;
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(k, d, i);
    if (c == '\'') has_single = true;
    if (c == '"') has_double = true;
  }
  std::uint32_t quote = has_single && !has_double ? '"' : '\'';
  StrBuilder b;
  b.reserve(n + 2);
  b.append_char(quote);
  static const char* hex = "0123456789abcdef";
  for (ssize i = 0; i < n; ++i) {
    std::uint32_t c = str_read(k, d, i);
    if (c == quote || c == '\\') {
      b.append_char('\\');
      b.append_char(c);
    } else if (c == '\t') {
      b.append_ascii("\\t");
    } else if (c == '\n') {
      b.append_ascii("\\n");
    } else if (c == '\r') {
      b.append_ascii("\\r");
    } else if (c >= ' ' && c < 0x7F) {
      b.append_char(c);
    } else if (c >= 0x7F && uni_isprintable(c)) {
      b.append_char(c);
    } else if (c <= 0xFF) {
      b.append_ascii("\\x");
      b.append_char(hex[(c >> 4) & 0xF]);
      b.append_char(hex[c & 0xF]);
    } else if (c <= 0xFFFF) {
      b.append_ascii("\\u");
      for (int sh = 12; sh >= 0; sh -= 4) b.append_char(hex[(c >> sh) & 0xF]);
    } else {
      b.append_ascii("\\U");
      for (int sh = 28; sh >= 0; sh -= 4) b.append_char(hex[(c >> sh) & 0xF]);
    }
  }
  b.append_char(quote);
  return b.finish();
}

// ---- searching ---------------------------------------------------------------------------------
namespace {

enum class SearchOp { find, rfind, count };

template <class T>
ssize search_units(SearchOp op, const T* s, ssize n, const T* p, ssize m, ssize maxcount) {
  switch (op) {
    case SearchOp::find:
      return search::find(s, n, p, m);
    case SearchOp::rfind:
      return search::rfind(s, n, p, m);
    default:
      return search::count(s, n, p, m, maxcount);
  }
}

// Searches needle (m >= 1 code points) in op[start:end]; find/rfind answer an index relative to
// `start`. A needle of a wider kind than the haystack cannot occur in it; a narrower one is
// widened to the haystack's kind first.
ssize search_str(SearchOp op, Object* hay, ssize start, ssize end, Object* needle, ssize maxcount) {
  ssize n = end - start, m = str_length(needle);
  unsigned hk = str_kind(hay), nk = str_kind(needle);
  if (nk > hk || m > n) return op == SearchOp::count ? 0 : -1;
  const char* h = static_cast<const char*>(str_data(hay)) + start * hk;
  const void* nd = str_data(needle);
  if (hk == STR_KIND_1) {
    return search_units(op, reinterpret_cast<const std::uint8_t*>(h), n,
                        static_cast<const std::uint8_t*>(nd), m, maxcount);
  }
  if (hk == STR_KIND_2) {
    std::u16string wide;
    if (nk != hk) {
      wide.resize(std::size_t(m));
      for (ssize i = 0; i < m; ++i) wide[std::size_t(i)] = char16_t(str_read(nk, nd, i));
      nd = wide.data();
    }
    return search_units(op, reinterpret_cast<const std::uint16_t*>(h), n,
                        static_cast<const std::uint16_t*>(nd), m, maxcount);
  }
  std::u32string wide;
  if (nk != hk) {
    wide.resize(std::size_t(m));
    for (ssize i = 0; i < m; ++i) wide[std::size_t(i)] = str_read(nk, nd, i);
    nd = wide.data();
  }
  return search_units(op, reinterpret_cast<const std::uint32_t*>(h), n,
                      static_cast<const std::uint32_t*>(nd), m, maxcount);
}

void clamp_range(Object* op, ssize* start, ssize* end) {
  if (*start < 0) *start = 0;
  if (*end > str_length(op)) *end = str_length(op);
}

}  // namespace

ssize str_find_char(Object* op, std::uint32_t ch, ssize start, ssize end) {
  clamp_range(op, &start, &end);
  if (start >= end || ch > str_max_char_bound(op)) return -1;
  const void* d = str_data(op);
  ssize r;
  switch (str_kind(op)) {
    case STR_KIND_1:
      r = search::find_unit(static_cast<const std::uint8_t*>(d) + start, end - start,
                            std::uint8_t(ch));
      break;
    case STR_KIND_2:
      r = search::find_unit(static_cast<const std::uint16_t*>(d) + start, end - start,
                            std::uint16_t(ch));
      break;
    default:
      r = search::find_unit(static_cast<const std::uint32_t*>(d) + start, end - start, ch);
      break;
  }
  return r < 0 ? -1 : start + r;
}

ssize str_find(Object* op, Object* needle, ssize start, ssize end) {
  clamp_range(op, &start, &end);
  if (start > end) return -1;
  if (str_length(needle) == 0) return start;
  ssize r = search_str(SearchOp::find, op, start, end, needle, -1);
  return r < 0 ? -1 : start + r;
}

ssize str_rfind(Object* op, Object* needle, ssize start, ssize end) {
  clamp_range(op, &start, &end);
  if (start > end) return -1;
  if (str_length(needle) == 0) return end;
  ssize r = search_str(SearchOp::rfind, op, start, end, needle, -1);
  return r < 0 ? -1 : start + r;
}

ssize str_count(Object* op, Object* needle, ssize start, ssize end, ssize maxcount) {
  clamp_range(op, &start, &end);
  if (start > end) return 0;
  if (str_length(needle) == 0) {
    ssize n = end - start + 1;
    return maxcount >= 0 && maxcount < n ? maxcount : n;
  }
  return search_str(SearchOp::count, op, start, end, needle, maxcount);
}

bool str_contains(Object* op, Object* needle) {
  return str_find(op, needle, 0, str_length(op)) >= 0;
}

bool str_is_identifier(Object* s) {
  ssize n = str_length(s);
  if (n == 0) return false;
  unsigned k = str_kind(s);
  const void* d = str_data(s);
  std::uint32_t first = str_read(k, d, 0);
  if (first != '_' && !uni_is_xid_start(first)) return false;
  for (ssize i = 1; i < n; ++i) {
    if (!uni_is_xid_continue(str_read(k, d, i))) return false;
  }
  return true;
}

// ---- builder -----------------------------------------------------------------------------------
StrBuilder::~StrBuilder() = default;

void StrBuilder::reserve(ssize n) {
  if (wide_mode_) {
    wide_.reserve(std::size_t(n));
  } else {
    narrow_.reserve(std::size_t(n));
  }
}

void StrBuilder::widen() {
  wide_.reserve(narrow_.size() * 2 + 16);
  for (char c : narrow_) wide_.push_back(static_cast<unsigned char>(c));
  narrow_.clear();
  narrow_.shrink_to_fit();
  wide_mode_ = true;
}

void StrBuilder::append_wide(std::uint32_t ch) {
  if (!wide_mode_) widen();
  wide_.push_back(ch);
  if (ch > maxchar_) maxchar_ = ch;
}

void StrBuilder::append_ascii(std::string_view s) {
  if (wide_mode_) {
    for (char c : s) wide_.push_back(static_cast<unsigned char>(c));
  } else {
    narrow_.append(s);
  }
  if (maxchar_ < 128) {
    for (char c : s) maxchar_ = std::max<std::uint32_t>(maxchar_, static_cast<unsigned char>(c));
  }
}

void StrBuilder::append_repeated(std::uint32_t ch, ssize n) {
  if (n <= 0) return;
  if (ch < 256 && !wide_mode_) {
    narrow_.append(std::size_t(n), char(ch));
    if (ch > maxchar_) maxchar_ = ch;
    return;
  }
  if (!wide_mode_) widen();
  wide_.append(std::size_t(n), ch);
  if (ch > maxchar_) maxchar_ = ch;
}

void StrBuilder::append_utf8(std::string_view s) {
  std::size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp;
    int extra;
    if (c < 0x80) {
      cp = c;
      extra = 0;
    } else if (c < 0xE0) {
      cp = c & 0x1F;
      extra = 1;
    } else if (c < 0xF0) {
      cp = c & 0x0F;
      extra = 2;
    } else {
      cp = c & 0x07;
      extra = 3;
    }
    ++i;
    for (int k = 0; k < extra && i < n; ++k, ++i) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    }
    append_char(cp);
  }
}

bool StrBuilder::append_str(Object* s) {
  append_str_range(s, 0, str_length(s));
  return true;
}

void StrBuilder::append_str_range(Object* s, ssize start, ssize end) {
  if (start >= end) return;
  unsigned k = str_kind(s);
  const void* d = str_data(s);
  if (k == STR_KIND_1 && !wide_mode_) {
    const char* p = static_cast<const char*>(d) + start;
    narrow_.append(p, std::size_t(end - start));
    // ASCII text cannot change the class of maxchar_; Latin-1 text may
    if (!str_is_ascii(s) && maxchar_ < 128) {
      maxchar_ =
          std::max(maxchar_, units_max(reinterpret_cast<const std::uint8_t*>(p), end - start));
    }
    return;
  }
  for (ssize i = start; i < end; ++i) append_char(str_read(k, d, i));
}

Object* StrBuilder::finish() {
  Object* r;
  if (!wide_mode_) {
    r = str_from_units(reinterpret_cast<const std::uint8_t*>(narrow_.data()), ssize(narrow_.size()),
                       maxchar_);
  } else {
    r = str_from_units(reinterpret_cast<const std::uint32_t*>(wide_.data()), ssize(wide_.size()),
                       maxchar_);
  }
  // give the buffers back now: the VM's computed-goto dispatch may leave a builder's scope
  // without running its destructor
  std::string().swap(narrow_);
  std::u32string().swap(wide_);
  wide_mode_ = false;
  maxchar_ = 0;
  return r;
}

// ---- the type ----------------------------------------------------------------------------------
namespace {

void str_dealloc(Object* op) {
  StrObject* s = as_str(op);
  if (s->state.statically_allocated) {
    op->refcnt = STATIC_REFCNT;  // never freed
    return;
  }
  if (s->state.interned && g_interned) g_interned->erase(op);
  if (!s->state.ascii) {
    CompactStrObject* c = static_cast<CompactStrObject*>(s);
    if (c->utf8) memory::free(c->utf8);
  }
  if (!s->state.compact) memory::free(static_cast<StrSubObject*>(s)->data);
  if (op->type == &StrType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

hash_t str_hash_slot(Object* op) {
  return str_hash(op);
}

Object* str_str(Object* op) {
  return str_exact(op);
}

Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(a) || !is_str(b)) return not_implemented_new_ref();
  bool r;
  if (op == CMP_EQ || op == CMP_NE) {
    bool eq = str_eq(a, b);
    r = op == CMP_EQ ? eq : !eq;
  } else {
    int c = str_compare(a, b);
    r = op == CMP_LT ? c < 0 : op == CMP_LE ? c <= 0 : op == CMP_GT ? c > 0 : c >= 0;
  }
  return bool_new_ref(r);
}

ssize str_len(Object* op) {
  return str_length(op);
}

int str_contains_slot(Object* op, Object* needle) {
  if (!is_str(needle)) {
    err_format(&ExcTypeError, "'in <string>' requires string as left operand, not {}",
               type_name(needle->type));
    return -1;
  }
  return str_contains(op, needle);
}

Object* str_add(Object* a, Object* b) {
  if (!is_str(b)) {
    err_format(&ExcTypeError, "can only concatenate str (not \"{}\") to str", type_name(b->type));
    return nullptr;
  }
  return str_concat(a, b);
}

Object* str_mul(Object* s, ssize count) {
  return str_repeat(s, count);
}

// repr() of UTF-8 text for the numeric layer's messages ("could not convert string to float:
// '...'"), so their escaping is str.__repr__'s exactly.
std::string repr_of_utf8(std::string_view utf8) {
  Ref<> s = steal(utf8_decode(utf8, "surrogateescape"));
  Ref<> r = steal(s ? str_repr(s.get()) : nullptr);
  if (!r) {
    err_clear();
    return "'" + std::string(utf8) + "'";
  }
  return str_to_std(r.get());
}

StrObject* make_static(std::uint32_t ch) {
  StrObject* s = str_alloc_raw(ch == 0x110000 ? 0 : 1, ch == 0x110000 ? 0 : ch, true);
  s->refcnt = STATIC_REFCNT;
  s->state.statically_allocated = 1;
  if (ch != 0x110000) str_write(s->state.kind, str_data(s), 0, ch);
  return s;
}

}  // namespace

Object* str_subtype_new(TypeObject* type, Object* value) {
  ssize len = str_length(value);
  unsigned kind = str_kind(value);
  StrSubObject* s = static_cast<StrSubObject*>(type_generic_alloc(type, 0));
  if (!s) return nullptr;
  void* data = memory::alloc(std::size_t(len + 1) * kind);
  if (!data) {
    decref(s);  // the zeroed header deallocates cleanly (compact=0, data=null)
    return err_no_memory();
  }
  std::memcpy(data, str_data(value), std::size_t(len + 1) * kind);
  s->length = len;
  s->hash = as_str(value)->hash;
  s->state.kind = kind;
  s->state.ascii = str_is_ascii(value);
  s->state.ready = 1;
  s->data = data;
  if (s->state.ascii) {  // CPython shares the data as the UTF-8 of an ASCII string
    s->utf8 = static_cast<char*>(data);
    s->utf8_length = len;
  }
  if (is_gc_type(type)) memory::gc_track(s);
  return s;
}

void str_type_init() {
  StrType.name = "str";
  StrType.basicsize = sizeof(CompactStrObject) + 8;  // CPython reports 80 for str
  StrType.flags = TPFLAG_BASETYPE | TPFLAG_STR_SUBCLASS;
  StrType.doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str";
  StrType.dealloc = str_dealloc;
  StrType.repr = str_repr;
  StrType.str = str_str;
  StrType.hash = str_hash_slot;
  StrType.richcompare = str_richcompare;
  mapping_methods(StrType).length = str_len;
  sequence_methods(StrType).contains = str_contains_slot;
  sequence_methods(StrType).sq_concat = str_add;
  sequence_methods(StrType).sq_repeat = str_mul;
  number_methods(StrType).nb[BINOP_REMAINDER] = str_mod_format;
  mapping_methods(StrType).getitem = str_getitem;
  StrType.iter = str_iter;
  StrType.new_ = str_new_slot;
  StrType.methods = str_methods_table();

  set_str_repr_hook(repr_of_utf8);

  g_empty = make_static(0x110000);
  for (int c = 0; c < 256; ++c) g_latin1[c] = make_static(std::uint32_t(c));
}

void str_statics_fini() {
  // the static strings are outside the heap (like CPython's static objects); free them last
  if (g_empty) std::free(g_empty);
  g_empty = nullptr;
  for (auto& s : g_latin1) {
    if (s) {
      if (!s->state.ascii && static_cast<CompactStrObject*>(s)->utf8) {
        memory::free(static_cast<CompactStrObject*>(s)->utf8);
      }
      std::free(s);
      s = nullptr;
    }
  }
}

}  // namespace mempy::runtime
