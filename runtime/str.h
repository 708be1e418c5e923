// runtime/str.h — str: PEP 393 compact strings with CPython 3.11's exact headers.
//
// Layout (memory-facts §1.3): an ASCII string is a 48-byte header (refcnt, type, length, hash,
// state, padding, the deprecated wstr pointer) followed by the characters and a NUL, so ''
// is 49 bytes and 'hello' 54. Any other string has the 72-byte compact header (adds utf8_length,
// a cached UTF-8 pointer and wstr_length) followed by 1-, 2- or 4-byte units (kind) and a NUL of
// the same width: 'é' 74, '€' 76, '😀' 80. The kind is the narrowest that fits the largest code
// point (Latin-1 / UCS-2 / UCS-4); strings are immutable once shared. Every operation keeps that
// canonical kind (str_eq compares kinds first). Instances of str subclasses are the exception to
// the compact layout: a header plus a separate character block (StrSubObject below).
//
// Files: str.cpp (core: creation, UTF-8, hashing, interning, search, builder), str_methods.cpp,
// str_case.cpp (case mapping and predicates over unicode_db.h), str_format.cpp (str.format),
// str_printf.cpp (str % args), str_codecs.cpp (encode / decode), str_args / str_search /
// str_split (pieces shared with bytes).
//
// Interning (§7): identifiers and identifier-like constants are interned at compile time,
// sys.intern() at run time; the intern table does not own references (CPython 3.11: the interned
// dict's references are not counted), a dying interned string removes itself.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

enum StrKind : unsigned { STR_KIND_1 = 1, STR_KIND_2 = 2, STR_KIND_4 = 4 };
enum StrInterned : unsigned { STR_NOT_INTERNED = 0, STR_INTERNED = 1 };

struct StrState {
  unsigned interned : 2;
  unsigned kind : 3;
  unsigned compact : 1;
  unsigned ascii : 1;
  unsigned ready : 1;
  unsigned statically_allocated : 1;  // '' and the Latin-1 singletons: never freed
  unsigned : 23;
};

struct StrObject : Object {  // PyASCIIObject
  ssize length;              // in code points
  hash_t hash;               // -1: not computed yet
  StrState state;
  void* wstr;  // unused (kept for CPython's layout)
};
static_assert(sizeof(StrObject) == 48);

struct CompactStrObject : StrObject {  // PyCompactUnicodeObject
  ssize utf8_length;
  char* utf8;  // cached UTF-8, allocated on first request
  ssize wstr_length;
};
static_assert(sizeof(CompactStrObject) == 72);

// An instance of a str subclass (PyUnicodeObject, state.compact == 0): the header comes from the
// subclass's allocator (with its GC head, managed-dict pre-header and __weakref__ slot after this
// struct) and the characters live in a separate block, so S('hello') is 80 + 6 + 8 + 32 bytes
// as in CPython. An ASCII instance's utf8 pointer is its data (as in CPython).
struct StrSubObject : CompactStrObject {
  void* data;
};
static_assert(sizeof(StrSubObject) == 80);

extern TypeObject StrType;

inline bool is_str(const Object* op) {
  return type_has_flag(op->type, TPFLAG_STR_SUBCLASS);
}
inline bool is_str_exact(const Object* op) {
  return op->type == &StrType;
}

inline StrObject* as_str(Object* op) {
  return static_cast<StrObject*>(op);
}
inline ssize str_length(const Object* op) {
  return static_cast<const StrObject*>(op)->length;
}
inline unsigned str_kind(const Object* op) {
  return static_cast<const StrObject*>(op)->state.kind;
}
inline bool str_is_ascii(const Object* op) {
  return static_cast<const StrObject*>(op)->state.ascii;
}
inline void* str_data(Object* op) {
  StrObject* s = static_cast<StrObject*>(op);
  if (!s->state.compact) return static_cast<StrSubObject*>(s)->data;
  return s->state.ascii ? static_cast<void*>(s + 1)
                        : static_cast<void*>(static_cast<CompactStrObject*>(s) + 1);
}
inline const void* str_data(const Object* op) {
  return str_data(const_cast<Object*>(op));
}
inline std::uint32_t str_read(unsigned kind, const void* data, ssize i) {
  switch (kind) {
    case STR_KIND_1:
      return static_cast<const std::uint8_t*>(data)[i];
    case STR_KIND_2:
      return static_cast<const std::uint16_t*>(data)[i];
    default:
      return static_cast<const std::uint32_t*>(data)[i];
  }
}
inline void str_write(unsigned kind, void* data, ssize i, std::uint32_t ch) {
  switch (kind) {
    case STR_KIND_1:
      static_cast<std::uint8_t*>(data)[i] = std::uint8_t(ch);
      break;
    case STR_KIND_2:
      static_cast<std::uint16_t*>(data)[i] = std::uint16_t(ch);
      break;
    default:
      static_cast<std::uint32_t*>(data)[i] = ch;
      break;
  }
}
inline std::uint32_t str_char_at(const Object* op, ssize i) {
  return str_read(str_kind(op), str_data(op), i);
}

// Allocates a string able to hold `length` code points up to `maxchar`; the caller fills the
// data with str_write (the NUL terminator is already set). Returns nullptr + MemoryError.
Object* str_new(ssize length, std::uint32_t maxchar);
// Creation from text. UTF-8 input is validated (UnicodeDecodeError on bad bytes).
Object* str_from_utf8(const char* s, std::size_t n);
inline Object* str_from_utf8(std::string_view s) {
  return str_from_utf8(s.data(), s.size());
}
Object* str_from_utf8_replace(const char* s, std::size_t n);  // errors='replace'
// Like str_from_utf8 but bytes that are not valid UTF-8 become lone surrogates U+DC80..U+DCFF
// (errors='surrogateescape', as CPython decodes argv and file names).
Object* str_from_utf8_surrogateescape(const char* s, std::size_t n);
Object* str_from_ascii(const char* s, std::size_t n);  // caller guarantees ASCII
Object* str_from_cstr(const char* s);                  // UTF-8, NUL-terminated
Object* str_from_latin1(const std::uint8_t* s, std::size_t n);
Object* str_from_ucs4(const std::uint32_t* s, std::size_t n);
// From n units of the given kind (1, 2 or 4 bytes each); the result gets the narrowest kind.
Object* str_from_kind(unsigned kind, const void* data, ssize n);
Object* str_from_codepoint(std::uint32_t ch);  // chr(ch); ValueError outside 0..0x10FFFF
Object* str_empty();                           // new reference to ''

// The largest code point the string's representation admits (127, 255, 0xFFFF, 0x10FFFF).
std::uint32_t str_max_char_bound(const Object* op);
// An exact str with op's text: op itself for an exact str, a copy for a subclass instance.
Object* str_exact(Object* op);

// The UTF-8 text (borrowed; valid while op lives). Non-ASCII strings cache it; lone surrogates
// raise UnicodeEncodeError (returns nullptr).
const char* str_utf8(Object* op, ssize* size = nullptr);
std::string_view str_view(Object* op);  // UTF-8 view; empty view + exception on error
std::string str_to_std(Object* op);     // UTF-8 copy (lone surrogates: replaced by '?')

// Hashing (siphash13 over the kind-width data, keyed by PYTHONHASHSEED as CPython 3.11).
hash_t str_hash(Object* op);
void hash_secret_init();                         // reads PYTHONHASHSEED
hash_t hash_bytes(const void* data, ssize len);  // _Py_HashBytes

bool str_eq(Object* a, Object* b);  // both str; content equality
inline bool str_eq_fast(Object* a, Object* b) {
  if (a == b) return true;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (x->length != y->length || x->state.kind != y->state.kind) return false;
  if (x->state.interned && y->state.interned) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return str_eq(a, b);
}
bool str_eq_cstr(Object* s, const char* ascii);
int str_compare(Object* a, Object* b);  // <0, 0, >0 by code points

// Interning. str_intern replaces *p with the canonical string (stealing/returning references).
void str_intern_in_place(Object** p);
Object* str_intern_cstr(const char* s);  // new reference to the interned string
Object* str_intern_view(std::string_view s);
bool str_is_interned(const Object* op);
std::size_t str_interned_count();
void str_intern_fini();  // interpreter exit: release static-lifetime interned strings

// Common operations (new references; results are exact str even for subclass operands).
Object* str_concat(Object* a, Object* b);
Object* str_substring(Object* op, ssize start, ssize end);  // [start, end) in code points
Object* str_repeat(Object* op, ssize n);
Object* str_repr(Object* op);  // repr(): quotes and escapes as CPython
Object* str_join(Object* sep, Object* iterable);
Object* str_format_spec(Object* op, Object* spec);  // str.__format__

// Searching op[start:end] (indices are clamped to the string). The needle is a str.
ssize str_find_char(Object* op, std::uint32_t ch, ssize start, ssize end);
ssize str_find(Object* op, Object* needle, ssize start, ssize end);   // first index or -1
ssize str_rfind(Object* op, Object* needle, ssize start, ssize end);  // last index or -1
// Non-overlapping occurrences, at most maxcount (maxcount < 0: no limit).
ssize str_count(Object* op, Object* needle, ssize start, ssize end, ssize maxcount = -1);
bool str_contains(Object* op, Object* needle);
// True if `s` is a valid identifier (str.isidentifier()).
bool str_is_identifier(Object* s);

// A writer that accumulates code points and produces a compact string of the narrowest kind.
// It keeps one byte per character until a character above U+00FF arrives.
class StrBuilder {
 public:
  StrBuilder() = default;
  ~StrBuilder();
  StrBuilder(const StrBuilder&) = delete;
  StrBuilder& operator=(const StrBuilder&) = delete;
  void reserve(ssize n);
  void append_ascii(std::string_view s);
  void append_utf8(std::string_view s);  // valid UTF-8 assumed
  void append_char(std::uint32_t ch) {
    if (ch < 256 && !wide_mode_) {
      narrow_.push_back(char(ch));
      if (ch > maxchar_) maxchar_ = ch;
    } else {
      append_wide(ch);
    }
  }
  void append_repeated(std::uint32_t ch, ssize n);
  bool append_str(Object* s);  // false on error (lone surrogates are fine: copied as code points)
  void append_str_range(Object* s, ssize start, ssize end);
  ssize length() const { return wide_mode_ ? ssize(wide_.size()) : ssize(narrow_.size()); }
  Object* finish();  // new reference
 private:
  void append_wide(std::uint32_t ch);
  void widen();
  std::string narrow_;   // Latin-1 units while no character exceeds U+00FF
  std::u32string wide_;  // every character, once one exceeded U+00FF
  bool wide_mode_ = false;
  std::uint32_t maxchar_ = 0;
};

void str_type_init();
void str_statics_fini();

}  // namespace mempy::runtime
