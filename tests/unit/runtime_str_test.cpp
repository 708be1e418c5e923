// Units for runtime/str.h: PEP 393 compact layouts (48-byte ASCII header, 72-byte header for the
// Latin-1 / UCS-2 / UCS-4 kinds, a NUL of the kind's width) and getsizeof; the kind chosen by
// the largest code point, also for results of concatenation, slicing, repetition and join;
// equality and ordering by code points; SipHash-1-3 hashes under PYTHONHASHSEED=0; interning
// (identity, the table not owning references); repr escapes; UTF-8 decode/encode errors.
#include <cstring>
#include <string>

#include "runtime/bytes.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime_fixture.h"

using namespace rtest;

RUNTIME_TEST("str layout: 48-byte ASCII header, 72-byte header for the other kinds") {
  CHECK(sizeof(StrObject) == 48);
  CHECK(sizeof(CompactStrObject) == 72);
  struct Row {
    const char* utf8;
    ssize size;  // python3: sys.getsizeof(s)
  };
  const Row rows[] = {
      {"", 49},
      {"a", 50},
      {"hello", 54},
      {"\x7f", 50},
      {"\u00e9", 74},
      {"\u00e9\u00e9", 75},
      {"a\u00e9", 75},
      {"\u00ff", 74},
      {"\u0100", 76},
      {"\u20ac", 76},
      {"\u20ac\u20ac", 78},
      {"\uffff", 76},
      {"\U0001F600", 80},
      {"\U0001F600\U0001F600", 84},
      {"\U0010FFFF", 80},
  };
  for (const Row& r : rows) {
    INFO("string " << r.utf8);
    CHECK(getsizeof(str(r.utf8).get()) == r.size);
  }
  CHECK(getsizeof(str(std::string(100, 'x')).get()) == 149);  // sys.getsizeof('x' * 100)
  R lone = own(str_from_codepoint(0xD800));
  CHECK(getsizeof(lone.get()) == 76);  // sys.getsizeof('\ud800'): a lone surrogate is UCS-2
}

RUNTIME_TEST("the kind is the narrowest that holds the largest code point") {
  struct Row {
    std::uint32_t maxchar;
    unsigned kind;
    bool ascii;
  };
  const Row rows[] = {{0x41, STR_KIND_1, true},     {0x7F, STR_KIND_1, true},
                      {0x80, STR_KIND_1, false},    {0xFF, STR_KIND_1, false},
                      {0x100, STR_KIND_2, false},   {0xFFFF, STR_KIND_2, false},
                      {0x10000, STR_KIND_4, false}, {0x10FFFF, STR_KIND_4, false}};
  for (const Row& r : rows) {
    INFO("max char " << r.maxchar);
    R s = own(str_new(3, r.maxchar));
    CHECK(str_kind(s.get()) == r.kind);
    CHECK(str_is_ascii(s.get()) == r.ascii);
    CHECK(str_char_at(s.get(), 3) == 0);  // the NUL terminator of the kind's width
    R c = own(str_from_codepoint(r.maxchar));
    CHECK(str_kind(c.get()) == r.kind);
  }
  const std::uint32_t mixed[] = {'a', 0xE9, 0x20AC};
  R m = own(str_from_ucs4(mixed, 3));
  CHECK(str_kind(m.get()) == STR_KIND_2);
  CHECK(str_length(m.get()) == 3);
  CHECK(str_char_at(m.get(), 1) == 0xE9);
  const std::uint8_t latin[] = {'x', 0xFF};
  CHECK(str_kind(own(str_from_latin1(latin, 2)).get()) == STR_KIND_1);
  StrBuilder b;
  b.append_ascii("ab");
  b.append_char(0x1F600);
  R built = own(b.finish());
  CHECK(str_kind(built.get()) == STR_KIND_4);
  CHECK(getsizeof(built.get()) == 88);  // sys.getsizeof('ab😀')
}

RUNTIME_TEST("results of concatenation, slicing, repetition and join get the right kind") {
  R ab = str("ab"), c = str("c"), a = str("a"), e = str("\u00e9"), euro = str("\u20ac");
  R emoji = str("\U0001F600"), empty = own(str_empty()), abc = str("abc");
  // python3: sys.getsizeof of 'ab'+'c', 'a'+'é', 'é'+'€', '€'+'😀', '😀'+'a'
  CHECK(getsizeof(own(str_concat(ab.get(), c.get())).get()) == 52);
  CHECK(getsizeof(own(str_concat(a.get(), e.get())).get()) == 75);
  CHECK(getsizeof(own(str_concat(e.get(), euro.get())).get()) == 78);
  CHECK(getsizeof(own(str_concat(euro.get(), emoji.get())).get()) == 84);
  CHECK(getsizeof(own(str_concat(emoji.get(), a.get())).get()) == 84);
  // python3: x = 'abc'; (x + '') is x and ('' + x) is x
  CHECK(own(str_concat(abc.get(), empty.get())).get() == abc.get());
  CHECK(own(str_concat(empty.get(), abc.get())).get() == abc.get());
  R aee = str("a\u00e9\u20ac");
  R sub = own(str_substring(aee.get(), 0, 2));
  CHECK(str_kind(sub.get()) == STR_KIND_1);  // 'aé€'[0:2] narrows to Latin-1
  CHECK(getsizeof(sub.get()) == 75);
  R a_emoji = str("a\U0001F600");
  CHECK(getsizeof(own(str_substring(a_emoji.get(), 0, 1)).get()) == 50);  // 'a😀'[:1]
  CHECK(getsizeof(own(str_substring(abc.get(), 1, 3)).get()) == 51);      // 'abcdef'[1:3]
  CHECK(getsizeof(own(str_repeat(ab.get(), 3)).get()) == 55);             // 'ab' * 3
  CHECK(getsizeof(own(str_repeat(e.get(), 10)).get()) == 83);             // 'é' * 10
  CHECK(getsizeof(own(str_repeat(euro.get(), 3)).get()) == 80);           // '€' * 3
  R dash = str("-"), b = str("b");
  R parts = lst({a.get(), b.get(), c.get()});
  R joined = own(str_join(dash.get(), parts.get()));
  CHECK(text(joined.get()) == "a-b-c");
  CHECK(getsizeof(joined.get()) == 54);  // '-'.join(['a', 'b', 'c'])
}

RUNTIME_TEST("str_eq and str_compare work by code points across kinds") {
  R x1 = own(str_from_utf8("same text"));
  R x2 = own(str_from_utf8("same text"));
  CHECK(x1.get() != x2.get());
  CHECK(str_eq(x1.get(), x2.get()));
  CHECK(str_eq_fast(x1.get(), x2.get()));
  CHECK(str_eq_cstr(x1.get(), "same text"));
  CHECK(!str_eq_cstr(x1.get(), "same tex"));
  R e = str("\u00e9"), euro = str("\u20ac"), emoji = str("\U0001F600");
  R a = str("a"), ab = str("ab"), b = str("b"), abc = str("abc"), abd = str("abd");
  CHECK(str_compare(abc.get(), abd.get()) < 0);  // 'abc' < 'abd'
  CHECK(str_compare(e.get(), euro.get()) < 0);   // 'é' < '€'
  CHECK(str_compare(euro.get(), emoji.get()) < 0);
  CHECK(str_compare(ab.get(), a.get()) > 0);  // a prefix sorts first
  CHECK(str_compare(abc.get(), abc.get()) == 0);
  R b_emoji = str("a\U0001F600");
  CHECK(str_compare(b.get(), b_emoji.get()) > 0);  // 'b' > 'a😀'
  CHECK(!str_eq(e.get(), euro.get()));
  // python3: sorted(['b', 'é', 'a', '€', '😀', 'ab'])
  R l = lst({b.get(), e.get(), a.get(), euro.get(), emoji.get(), ab.get()});
  MUST(list_sort(l.get(), nullptr, false) == 0);
  CHECK(repr(l.get()) == "['a', 'ab', 'b', 'é', '€', '😀']");
  CHECK(rich_compare_bool(a.get(), ab.get(), CMP_LT) == 1);
}

RUNTIME_TEST("str hashes equal CPython's under PYTHONHASHSEED=0") {
  // python3 with PYTHONHASHSEED=0: hash(s)
  struct Row {
    const char* utf8;
    hash_t hash;
  };
  const Row rows[] = {
      {"abc", -4594863902769663758LL},
      {"", 0},
      {"a", 4644417185603328019LL},
      {"\u00e9", 6047309291227476195LL},
      {"\u20ac", -5529981157763016009LL},
      {"\U0001F600", -3536540696076613844LL},
      {"hello world", -5642461784034726774LL},
      {"abcdefghijklmnopqrstuvwxyz", 3619993805786647007LL},
  };
  for (const Row& r : rows) {
    INFO("string " << r.utf8);
    R s = str(r.utf8);
    CHECK(str_hash(s.get()) == r.hash);
    CHECK(object_hash(s.get()) == r.hash);
    CHECK(as_str(s.get())->hash == r.hash);  // cached in the object
  }
  CHECK(str_hash(str(std::string(100, 'a')).get()) == -2643860352045292050LL);  // hash('a'*100)
  // bytes hash like the ASCII str with the same data
  CHECK(hash_bytes("abc", 3) == -4594863902769663758LL);  // hash(b'abc')
  CHECK(hash_bytes("", 0) == 0);
  R bytes = own(bytes_from("a", 1));
  CHECK(object_hash(bytes.get()) == 4644417185603328019LL);  // hash(b'a')
}

RUNTIME_TEST("interned strings are one object; the table holds no reference") {
  std::size_t count = str_interned_count();
  R a = own(str_intern_cstr("unit_test_interned_name"));
  R b = own(str_intern_cstr("unit_test_interned_name"));
  CHECK(a.get() == b.get());
  CHECK(str_is_interned(a.get()));
  CHECK(a->refcnt == 2);  // ours only: the intern table does not count
  CHECK(str_interned_count() == count + 1);
  Object* plain = str_from_utf8("unit_test_interned_name");
  CHECK(plain != a.get());
  CHECK(!str_is_interned(plain));
  str_intern_in_place(&plain);  // replaced by the canonical object
  CHECK(plain == a.get());
  CHECK(a->refcnt == 3);
  decref(plain);
  a.reset();
  b.reset();  // the last reference: the string dies and leaves the table
  CHECK(str_interned_count() == count);
  R fresh = own(str_intern_view("unit_test_interned_name"));
  CHECK(fresh->refcnt == 1);
  // statically allocated strings: '' and one Latin-1 character
  CHECK(own(str_empty())->refcnt > STATIC_REFCNT - 1000);
  CHECK(own(str_from_utf8("\u00e9")).get() == own(str_from_codepoint(0xE9)).get());
}

RUNTIME_TEST("str repr escapes like CPython") {
  // python3: repr(s) for each
  struct Row {
    const char* utf8;
    const char* expected;
  };
  const Row rows[] = {
      {"abc", "'abc'"},
      {"a\\b", "'a\\\\b'"},
      {"a'b\"", "'a\\'b\"'"},
      {"it's", "\"it's\""},
      {"\n\t\r\x1f", "'\\n\\t\\r\\x1f'"},
      {"\u00e9\u20ac\U0001F600", "'\u00e9\u20ac\U0001F600'"},
      {"\x7f\u0080", "'\\x7f\\x80'"},
      {"\u2028", "'\\u2028'"},
      {"\u00ad", "'\\xad'"},
      {"\u0100", "'\u0100'"},
  };
  for (const Row& r : rows) {
    INFO("string " << r.utf8);
    CHECK(repr(str(r.utf8).get()) == r.expected);
  }
  R nul = own(str_from_utf8(std::string_view("\0", 1)));
  CHECK(repr(nul.get()) == "'\\x00'");
  R lone = own(str_from_codepoint(0xD800));
  CHECK(repr(lone.get()) == "'\\ud800'");
}

RUNTIME_TEST("UTF-8 errors carry CPython's messages") {
  CHECK(str_from_utf8("\xff", 1) == nullptr);
  CHECK(take_error() ==
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start "
        "byte");  // b'\xff'.decode()
  CHECK(str_from_utf8("a\xc3", 2) == nullptr);
  CHECK(take_error() ==
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 1: unexpected end "
        "of data");  // b'a\xc3'.decode()
  R lone = own(str_from_codepoint(0xD800));
  CHECK(str_utf8(lone.get()) == nullptr);
  CHECK(take_error() ==
        "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: "
        "surrogates not allowed");       // '\ud800'.encode()
  CHECK(str_to_std(lone.get()) == "?");  // the lossy copy does not raise
  R abc = str("abc");
  R five = num(5);
  CHECK(get_item(abc.get(), five.get()) == nullptr);
  CHECK(take_error() == "IndexError: string index out of range");
  CHECK(str_from_codepoint(0x110000) == nullptr);
  CHECK(take_error() == "ValueError: chr() arg not in range(0x110000)");
}

RUNTIME_TEST("the cached UTF-8 of a non-ASCII string is freed with it") {
  std::size_t blocks = mm::allocated_blocks();
  Object* s = str_from_utf8("caf\u00e9 cr\u00e8me");
  CHECK(mm::allocated_blocks() == blocks + 1);
  CHECK(getsizeof(s) == 83);  // python3: sys.getsizeof('café crème'), 72 + 10 + 1
  ssize n = 0;
  const char* utf8 = str_utf8(s, &n);
  CHECK(std::string(utf8, std::size_t(n)) == "caf\u00e9 cr\u00e8me");
  CHECK(mm::allocated_blocks() == blocks + 2);  // the cache is a second block
  decref(s);
  CHECK(mm::allocated_blocks() == blocks);
  R ascii = str("plain");
  std::size_t with_ascii = mm::allocated_blocks();
  CHECK(str_utf8(ascii.get()) == static_cast<const char*>(str_data(ascii.get())));  // no copy
  CHECK(mm::allocated_blocks() == with_ascii);
}
