// stdlib/random.cpp — module _random: the Mersenne Twister (MT19937) behind random.Random, with
// CPython 3.11's seeding so that the same seed gives the same numbers bit for bit.
//
// A Random object is CPython's RandomObject: the object header, the index of the next state word,
// then the 624 state words (2520 bytes; not a GC type, like CPython's). seed(n) feeds init_by_array
// with the 32-bit words of abs(n), least significant first (at least one word); other hashable
// seeds use hash(n) as an unsigned number; seed(None) takes 624 words from the system's
// randomness source, or falls back on the time and the process id. random() builds a double
// from 27 + 26 bits of two outputs; getrandbits(k) fills an int 32 bits at a time from the least
// significant word, dropping the low bits of the last one. stdlib/py/random.py builds the rest.
#include <sys/random.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#include <vector>

#include "memory/gc.h"
#include "runtime/args.h"
#include "runtime/bigint.h"
#include "runtime/cfunction.h"
#include "runtime/float.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject RandomType;

namespace {

constexpr int N = 624;
constexpr int M = 397;

struct RandomObject : Object {
  int index;
  std::uint32_t state[N];
};
static_assert(sizeof(RandomObject) == 2520, "CPython 3.11's RandomObject");

RandomObject* as_random(Object* op) {
  return static_cast<RandomObject*>(op);
}

std::uint32_t genrand_uint32(RandomObject* self) {
  std::uint32_t* mt = self->state;
  if (self->index >= N) {  // regenerate all N words at once
    auto twist = [](std::uint32_t hi, std::uint32_t lo, std::uint32_t far) {
      std::uint32_t y = (hi & 0x80000000U) | (lo & 0x7fffffffU);
      return far ^ (y >> 1) ^ ((y & 1U) ? 0x9908b0dfU : 0U);
    };
    int k = 0;
    for (; k < N - M; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + M]);
    for (; k < N - 1; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + M - N]);
    mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
    self->index = 0;
  }
  std::uint32_t y = mt[self->index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= y >> 18;
  return y;
}

void init_genrand(RandomObject* self, std::uint32_t s) {
  std::uint32_t* mt = self->state;
  mt[0] = s;
  for (int i = 1; i < N; ++i)
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + std::uint32_t(i);
  self->index = N;
}

void init_by_array(RandomObject* self, const std::uint32_t* key, std::size_t len) {
  std::uint32_t* mt = self->state;
  init_genrand(self, 19650218U);
  std::size_t i = 1, j = 0;
  for (std::size_t k = N > len ? N : len; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + std::uint32_t(j);
    ++i;
    ++j;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (std::size_t k = N - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - std::uint32_t(i);
    ++i;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // a non-zero initial array
}

// seed(None): N words from the system's randomness source; without one, the time and pid.
void seed_from_system(RandomObject* self) {
  std::uint32_t key[N];
  char* p = reinterpret_cast<char*>(key);
  std::size_t left = sizeof key;
  while (left > 0) {
    ssize_t got = ::getrandom(p, left, GRND_NONBLOCK);
    if (got < 0) {
      if (errno == EINTR) continue;
      break;
    }
    p += got;
    left -= std::size_t(got);
  }
  if (left == 0) {
    init_by_array(self, key, N);
    return;
  }
  timespec real, mono;
  clock_gettime(CLOCK_REALTIME, &real);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  std::uint64_t now = std::uint64_t(real.tv_sec) * 1000000000U + std::uint64_t(real.tv_nsec);
  std::uint64_t tick = std::uint64_t(mono.tv_sec) * 1000000000U + std::uint64_t(mono.tv_nsec);
  std::uint32_t fallback[5] = {std::uint32_t(now), std::uint32_t(now >> 32),
                               std::uint32_t(::getpid()), std::uint32_t(tick),
                               std::uint32_t(tick >> 32)};
  init_by_array(self, fallback, 5);
}

int random_seed(RandomObject* self, Object* arg) {
  if (!arg || arg == None()) {
    seed_from_system(self);
    return 0;
  }
  Ref<Object> n;
  if (is_int(arg)) {
    n = steal(int_abs(arg));  // int.__abs__ even for subclasses, as CPython (issue #31478)
  } else {
    hash_t h = object_hash(arg);
    if (h == -1) return -1;
    n = steal(int_from_u64(std::uint64_t(h)));
  }
  if (!n) return -1;
  IntRef v = int_ref(n.get());
  std::uint64_t bits = int_bit_length(v);
  std::size_t keyused = bits == 0 ? 1 : std::size_t((bits - 1) / 32 + 1);
  std::vector<std::uint32_t> key(keyused);
  std::vector<std::uint8_t> bytes(keyused * 4);
  NumError err;
  if (int_to_bytes(v, bytes.size(), true, false, bytes.data(), err) != NumStatus::ok) {
    err_no_memory();
    return -1;
  }
  for (std::size_t i = 0; i < keyused; ++i) {
    key[i] = std::uint32_t(bytes[4 * i]) | std::uint32_t(bytes[4 * i + 1]) << 8 |
             std::uint32_t(bytes[4 * i + 2]) << 16 | std::uint32_t(bytes[4 * i + 3]) << 24;
  }
  init_by_array(self, key.data(), keyused);
  return 0;
}

// ---- methods ------------------------------------------------------------------------------------
Object* random_random(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("random", nargs, kwnames)) return nullptr;
  RandomObject* r = as_random(self);
  std::uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return float_from_double((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Object* random_seed_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("seed", kwnames) || !check_nargs("seed", nargs, 0, 1)) return nullptr;
  if (random_seed(as_random(self), nargs ? args[0] : nullptr) < 0) return nullptr;
  return none_new_ref();
}

Object* random_getstate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("getstate", nargs, kwnames)) return nullptr;
  RandomObject* r = as_random(self);
  Object* items[N + 1];
  for (int i = 0; i <= N; ++i) {
    items[i] = i < N ? int_from_u64(r->state[i]) : int_from_i64(r->index);
    if (!items[i]) {
      for (int j = 0; j < i; ++j) decref(items[j]);
      return nullptr;
    }
  }
  return tuple_from_array_steal(items, N + 1);
}

// PyLong_AsUnsignedLong: ints only (no __index__), CPython's texts.
bool state_word(Object* o, std::uint64_t* out) {
  if (!is_int(o)) {
    err_set_string(&ExcTypeError, "an integer is required");
    return false;
  }
  if (int_sign(o) < 0) {
    err_set_string(&ExcOverflowError, "can't convert negative value to unsigned int");
    return false;
  }
  if (int_bit_length(int_ref(o)) > 64) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C unsigned long");
    return false;
  }
  bool overflow = false;
  std::int64_t v = int_as_i64(o, &overflow);
  if (!overflow) {
    *out = std::uint64_t(v);
    return true;
  }
  std::uint8_t b[8];
  NumError err;
  int_to_bytes(int_ref(o), 8, true, false, b, err);
  *out = 0;
  for (int i = 7; i >= 0; --i) *out = *out << 8 | b[i];
  return true;
}

Object* random_setstate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("setstate", nargs, kwnames)) return nullptr;
  Object* state = args[0];
  if (!is_tuple(state)) {
    err_set_string(&ExcTypeError, "state vector must be a tuple");
    return nullptr;
  }
  if (tuple_size(state) != N + 1) {
    err_set_string(&ExcValueError, "state vector is the wrong size");
    return nullptr;
  }
  std::uint32_t words[N];
  for (int i = 0; i < N; ++i) {
    std::uint64_t w;
    if (!state_word(tuple_get(state, i), &w)) return nullptr;
    words[i] = std::uint32_t(w);  // truncated, as CPython's (uint32_t) cast
  }
  Object* last = tuple_get(state, N);
  Ref<Object> index_obj = steal(number_index(last));
  if (!index_obj) return nullptr;
  bool overflow = false;
  std::int64_t index = int_as_i64(index_obj.get(), &overflow);
  if (overflow) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C long");
    return nullptr;
  }
  if (index < 0 || index > N) {
    err_set_string(&ExcValueError, "invalid state");
    return nullptr;
  }
  RandomObject* r = as_random(self);
  r->index = int(index);
  for (int i = 0; i < N; ++i) r->state[i] = words[i];
  return none_new_ref();
}

Object* random_getrandbits(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("getrandbits", nargs, kwnames)) return nullptr;
  int k;
  if (!clinic_int_arg(args[0], &k)) return nullptr;
  if (k < 0) {
    err_set_string(&ExcValueError, "number of bits must be non-negative");
    return nullptr;
  }
  RandomObject* r = as_random(self);
  if (k == 0) return int_from_i64(0);
  if (k <= 32) return int_from_u64(genrand_uint32(r) >> (32 - k));
  std::size_t words = std::size_t(k - 1) / 32 + 1;
  std::vector<std::uint8_t> bytes(words * 4);
  for (std::size_t i = 0; i < words; ++i, k -= 32) {
    std::uint32_t w = genrand_uint32(r);
    if (k < 32) w >>= 32 - k;  // the most significant word keeps its high bits
    for (int b = 0; b < 4; ++b) bytes[4 * i + b] = std::uint8_t(w >> (8 * b));
  }
  BigInt v;
  if (int_from_bytes(bytes.data(), bytes.size(), true, false, v) != NumStatus::ok) {
    return err_no_memory();
  }
  return int_from_ref(v.ref());
}

const MethodDef random_methods[] = {
    {"random", random_random, METH_DEFAULT, "random() -> x in the interval [0, 1)."},
    {"seed", random_seed_method, METH_DEFAULT,
     "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the "
     "current time and the process identifier."},
    {"getstate", random_getstate, METH_DEFAULT,
     "getstate() -> tuple containing the current state."},
    {"setstate", random_setstate, METH_DEFAULT,
     "setstate(state) -> None.  Restores generator state."},
    {"getrandbits", random_getrandbits, METH_DEFAULT,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {nullptr, nullptr, 0, nullptr},
};

Object* random_new(TypeObject* type, Object* const*, std::size_t, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (o && type_has_flag(type, TPFLAG_HAVE_GC)) memory::gc_track(o);
  return o;
}

int random_init(Object* self, Object* const* args, std::size_t nargs, Object* kwnames) {
  if ((self->type == &RandomType || self->type->init == RandomType.init) && kwnames &&
      tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "Random() takes no keyword arguments");
    return -1;
  }
  if (nargs > 1) {
    err_set_string(&ExcTypeError, "Random() requires 0 or 1 argument");
    return -1;
  }
  return random_seed(as_random(self), nargs ? args[0] : nullptr);
}

}  // namespace

Object* random_module_create() {
  if (!type_has_flag(&RandomType, TPFLAG_READY)) {
    RandomType.name = "_random.Random";
    RandomType.basicsize = sizeof(RandomObject);
    RandomType.flags = TPFLAG_BASETYPE;
    RandomType.doc = "Random() -> create a random number generator with its own internal state.";
    RandomType.dealloc = object_free;
    RandomType.new_ = random_new;
    RandomType.init = random_init;
    RandomType.methods = random_methods;
    if (type_ready_static(&RandomType) < 0) return nullptr;
  }
  Object* m = module_new_cstr("_random");
  if (!m) return nullptr;
  if (module_add_object(m, "Random", &RandomType) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
