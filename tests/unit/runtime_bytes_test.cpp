// Units for runtime/bytes.h: the bytes layout (24-byte var header, cached hash, data with a NUL:
// basicsize 33), getsizeof, hashing shared with str, repr, and the bytearray object size.
// bytearray's buffer growth differs from CPython's and is reported, not tested (see the report).
#include <cstring>

#include "runtime/bytes.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime_fixture.h"

using namespace rtest;

RUNTIME_TEST("bytes layout: data after a cached hash, NUL-terminated") {
  CHECK(offsetof(BytesObject, hash) == 24);
  CHECK(offsetof(BytesObject, data) == 32);
  R empty = own(bytes_from("", 0));
  CHECK(getsizeof(empty.get()) == 33);  // sys.getsizeof(b'')
  R abc = own(bytes_from("abc", 3));
  CHECK(getsizeof(abc.get()) == 36);  // sys.getsizeof(b'abc')
  CHECK(bytes_size(abc.get()) == 3);
  CHECK(bytes_data(abc.get())[3] == 0);
  CHECK(std::memcmp(bytes_data(abc.get()), "abc", 3) == 0);
  R twice = own(binary_op(abc.get(), abc.get(), BINOP_ADD));
  CHECK(getsizeof(twice.get()) == 39);  // sys.getsizeof(b'abc' * 2)
  R raw = own(bytes_new_uninit(5));
  CHECK(bytes_data(raw.get())[5] == 0);
  CHECK(!is_gc_type(&BytesType));
  CHECK(sizeof(ByteArrayObject) == 56);
  R ba = own(bytearray_from("abc", 3));
  CHECK(getsizeof(ba.get()) >= 56);
  std::string_view view;
  CHECK(bytes_like_data(ba.get(), &view));
  CHECK(view == "abc");
  CHECK(bytes_like_data(abc.get(), &view));
  CHECK(view == "abc");
  CHECK(!bytes_like_data(None(), &view));
}

RUNTIME_TEST("bytes hash is the str hash of the same data; repr escapes like CPython") {
  R abc = own(bytes_from("abc", 3));
  R sabc = str("abc");
  CHECK(object_hash(abc.get()) == str_hash(sabc.get()));    // hash(b'abc') == hash('abc')
  CHECK(object_hash(abc.get()) == -4594863902769663758LL);  // PYTHONHASHSEED=0
  CHECK(object_hash(own(bytes_from("", 0)).get()) == 0);    // hash(b'')
  // python3: repr(b'abc'), repr(b'\x00\xff\'"'), repr(b"'"), repr(bytearray(b'a\n'))
  CHECK(repr(abc.get()) == "b'abc'");
  CHECK(repr(own(bytes_from("\x00\xff'\"", 4)).get()) == "b'\\x00\\xff\\'\"'");
  CHECK(repr(own(bytes_from("'", 1)).get()) == "b\"'\"");
  CHECK(repr(own(bytearray_from("a\n", 2)).get()) == "bytearray(b'a\\n')");
  R five = num(5);
  CHECK(get_item(abc.get(), five.get()) == nullptr);
  CHECK(take_error() == "IndexError: index out of range");  // b'abc'[5]
  R one = num(1);
  R b = own(get_item(abc.get(), one.get()));
  CHECK(as_ll(b.get()) == 'b');
}
