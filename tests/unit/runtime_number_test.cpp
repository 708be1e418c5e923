// Units for the layouts of int, bool and float and the float free list. int.cpp is being
// rewritten to arbitrary precision, so the int checks stay below 2**62 and to what the layout
// fixes: 30-bit digits after a 24-byte header, the sign in ob_size, one digit counted for 0,
// the small-int cache. float: 24 bytes, never GC-tracked, the 100-entry free list, repr and
// hash equal to python3's.
#include <cmath>
#include <limits>
#include <vector>

#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime_fixture.h"

using namespace rtest;

RUNTIME_TEST("int layout: 30-bit digits after the 24-byte header, sign in ob_size") {
  CHECK(offsetof(IntObject, digits) == 24);
  CHECK(sizeof(digit) == 4);
  // python3: sys.getsizeof(v)
  const std::pair<long long, ssize> sizes[] = {
      {0, 28},
      {1, 28},
      {-1, 28},
      {(1LL << 30) - 1, 28},
      {1LL << 30, 32},
      {-(1LL << 30), 32},
      {(1LL << 60) - 1, 32},
      {1LL << 60, 36},
      {-(1LL << 60), 36},
      {1LL << 61, 36},
      {(1LL << 62) - 1, 36},
      {-((1LL << 62) - 1), 36},
  };
  for (auto [v, size] : sizes) {
    INFO("value " << v);
    R o = num(v);
    CHECK(getsizeof(o.get()) == size);
    CHECK(as_ll(o.get()) == v);
  }
  R two30 = num(1LL << 30);
  auto* io = static_cast<IntObject*>(two30.get());
  CHECK(io->size == 2);  // two digits, least significant first
  CHECK(io->digits[0] == 0);
  CHECK(io->digits[1] == 1);
  R neg = num(-(1LL << 30));
  CHECK(var_size(neg.get()) == -2);  // the sign lives in ob_size
  CHECK(var_size(num(0).get()) == 0);
  CHECK(getsizeof(True()) == 28);  // sys.getsizeof(True)
  CHECK(!is_gc_type(&IntType));
}

RUNTIME_TEST("medium ints and the small-int cache") {
  CHECK(int_is_medium(num((1 << 30) - 1).get()));
  CHECK(!int_is_medium(num(1 << 30).get()));
  CHECK(int_medium_value(num(-12345).get()) == -12345);
  CHECK(int_medium_value(num(0).get()) == 0);
  R a = own(small_int(SMALL_INT_MAX));
  CHECK(a.get() == num(256).get());
  R b = own(small_int(SMALL_INT_MIN));
  CHECK(b.get() == num(-5).get());
  CHECK(b->refcnt > STATIC_REFCNT - 1000);  // python3: sys.getrefcount(-5) ~ 1 000 000 004
  CHECK(own(int_from_u64(7)).get() == num(7).get());
  CHECK(own(int_from_i64(257)).get()->refcnt == 1);
}

RUNTIME_TEST("float: 24 bytes, not tracked, repr and hash as python3") {
  CHECK(sizeof(FloatObject) == 24);
  R f = flt(1.5);
  CHECK(getsizeof(f.get()) == 24);  // sys.getsizeof(1.5)
  CHECK(!is_gc_type(&FloatType));
  CHECK(float_value(f.get()) == 1.5);
  // python3: repr(x)
  const std::pair<double, const char*> reprs[] = {
      {1.5, "1.5"},
      {0.1, "0.1"},
      {1e16, "1e+16"},
      {-0.0, "-0.0"},
      {123456789.0, "123456789.0"},
      {2.5e-310, "2.5e-310"},
      {std::numeric_limits<double>::infinity(), "inf"},
  };
  for (auto [v, text] : reprs) {
    INFO("value " << std::string(text));
    CHECK(repr(flt(v).get()) == text);
  }
  // python3: hash(x)
  const std::pair<double, hash_t> hashes[] = {
      {1.5, 1152921504606846977LL},
      {0.5, 1152921504606846976LL},
      {-1.0, -2},
      {2.0, 2},
      {-0.0, 0},
      {1e300, 1224995262755759164LL},
      {std::numeric_limits<double>::infinity(), 314159},
  };
  for (auto [v, h] : hashes) {
    INFO("value " << v);
    CHECK(object_hash(flt(v).get()) == h);
  }
  CHECK(object_hash(flt(2.0).get()) == object_hash(num(2).get()));  // hash(2.0) == hash(2)
}

RUNTIME_TEST("float free list: 100 objects kept, reuse does not touch the allocator") {
  CHECK(float_free_list_size() == 0);
  std::size_t blocks = mm::allocated_blocks();
  Object* f = float_from_double(3.25);
  CHECK(mm::allocated_blocks() == blocks + 1);
  decref(f);
  CHECK(float_free_list_size() == 1);
  CHECK(mm::allocated_blocks() == blocks + 1);
  R again = flt(6.5);
  CHECK(again.get() == f);
  CHECK(again->refcnt == 1);
  CHECK(float_value(again.get()) == 6.5);
  CHECK(mm::allocated_blocks() == blocks + 1);
  std::vector<Object*> many;
  for (int i = 0; i < 150; ++i) many.push_back(float_from_double(i));
  for (Object* o : many) decref(o);
  CHECK(float_free_list_size() == 100);
  float_clear_free_list();
  CHECK(mm::allocated_blocks() == blocks + 1);  // only `again` is left
}
