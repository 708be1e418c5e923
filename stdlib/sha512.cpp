// stdlib/sha512.cpp — SHA-512 and the _sha512 module (sha512 objects: update, digest, hexdigest,
// copy, name, digest_size, block_size), as far as random.py and ordinary scripts use them.
//
// The round constants are the first 64 bits of the fractional parts of the cube roots of the
// first 80 primes, the initial hash the same of the square roots of the first 8 (FIPS 180-4,
// 4.2.3 and 5.3.5).
#include "stdlib/sha512.h"

#include <algorithm>
#include <cstring>

#include "memory/gc.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

namespace {

constexpr std::uint64_t K[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
    0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL, 0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
    0xd807aa98a3030242ULL, 0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
    0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL, 0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
    0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
    0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL, 0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
    0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
    0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL, 0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
    0xd192e819d6ef5218ULL, 0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
    0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL, 0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
    0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
    0xca273eceea26619cULL, 0xd186b8c721c0c207ULL, 0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
    0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
    0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL, 0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

inline std::uint64_t rotr(std::uint64_t x, int n) {
  return (x >> n) | (x << (64 - n));
}

void compress(std::uint64_t h[8], const std::uint8_t* p) {
  std::uint64_t w[80];
  for (int t = 0; t < 16; ++t) {
    std::uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | p[t * 8 + i];  // big-endian words
    w[t] = v;
  }
  for (int t = 16; t < 80; ++t) {
    std::uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
    std::uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
    w[t] = w[t - 16] + s0 + w[t - 7] + s1;
  }
  std::uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
  for (int t = 0; t < 80; ++t) {
    std::uint64_t t1 =
        k + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
    std::uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
    k = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
  h[5] += f;
  h[6] += g;
  h[7] += k;
}

}  // namespace

void sha512_init(Sha512* s) {
  static constexpr std::uint64_t H0[8] = {
      0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
      0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
  };
  std::memcpy(s->h, H0, sizeof H0);
  s->count_lo = s->count_hi = 0;
  s->local = 0;
  s->digestsize = 64;
}

void sha512_update(Sha512* s, const std::uint8_t* data, std::size_t n) {
  std::uint64_t bits = (std::uint64_t(s->count_hi) << 32 | s->count_lo) + std::uint64_t(n) * 8;
  s->count_lo = std::uint32_t(bits);
  s->count_hi = std::uint32_t(bits >> 32);
  while (n > 0) {
    std::size_t take = std::min<std::size_t>(n, 128 - std::size_t(s->local));
    std::memcpy(s->block + s->local, data, take);
    s->local += int(take);
    data += take;
    n -= take;
    if (s->local == 128) {
      compress(s->h, s->block);
      s->local = 0;
    }
  }
}

void sha512_digest(const Sha512* s, std::uint8_t out[64]) {
  Sha512 t = *s;
  std::uint64_t bits = std::uint64_t(t.count_hi) << 32 | t.count_lo;
  // padding: a 1 bit, zeros, then the length as a 128-bit big-endian number
  std::uint8_t pad[256] = {0x80};
  std::size_t padlen = (t.local < 112 ? 112 : 240) - std::size_t(t.local);
  for (int i = 0; i < 8; ++i) pad[padlen + 8 + i] = std::uint8_t(bits >> (56 - 8 * i));
  sha512_update(&t, pad, padlen + 16);
  for (int i = 0; i < 64; ++i) out[i] = std::uint8_t(t.h[i / 8] >> (56 - 8 * (i % 8)));
}

// ---- module _sha512 -----------------------------------------------------------------------------
using namespace runtime;

TypeObject Sha512Type;

namespace {

struct Sha512Object : Object {
  Sha512 state;
};
static_assert(sizeof(Sha512Object) == 224, "CPython 3.11's SHAobject");

Sha512Object* as_sha(Object* op) {
  return static_cast<Sha512Object*>(op);
}

// The bytes of a hash argument, with the texts of CPython's GET_BUFFER_VIEW_OR_ERROUT.
bool hash_data(Object* obj, std::string_view* out) {
  if (is_str(obj)) {
    err_set_string(&ExcTypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!bytes_like_data(obj, out)) {
    err_set_string(&ExcTypeError, "object supporting the buffer API required");
    return false;
  }
  return true;
}

Sha512Object* sha_alloc() {
  auto* o = static_cast<Sha512Object*>(type_generic_alloc(&Sha512Type, 0));
  if (o) memory::gc_track(o);
  return o;
}

Object* sha_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("update", nargs, kwnames)) return nullptr;
  std::string_view data;
  if (!hash_data(args[0], &data)) return nullptr;
  sha512_update(&as_sha(self)->state, reinterpret_cast<const std::uint8_t*>(data.data()),
                data.size());
  return none_new_ref();
}

Object* sha_digest(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("digest", nargs, kwnames)) return nullptr;
  std::uint8_t d[64];
  sha512_digest(&as_sha(self)->state, d);
  return bytes_from(reinterpret_cast<const char*>(d), 64);
}

Object* sha_hexdigest(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("hexdigest", nargs, kwnames)) return nullptr;
  std::uint8_t d[64];
  sha512_digest(&as_sha(self)->state, d);
  char hex[128];
  for (int i = 0; i < 64; ++i) {
    hex[2 * i] = "0123456789abcdef"[d[i] >> 4];
    hex[2 * i + 1] = "0123456789abcdef"[d[i] & 15];
  }
  return str_from_ascii(hex, 128);
}

Object* sha_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("copy", nargs, kwnames)) return nullptr;
  Sha512Object* c = sha_alloc();
  if (c) c->state = as_sha(self)->state;
  return c;
}

Object* sha_get_name(Object*, void*) {
  return str_from_cstr("sha512");
}
Object* sha_get_digest_size(Object* self, void*) {
  return int_from_i64(as_sha(self)->state.digestsize);
}
Object* sha_get_block_size(Object*, void*) {
  return int_from_i64(128);
}

int sha_traverse(Object*, VisitFn, void*) {
  return 0;
}

void sha_dealloc(Object* op) {
  memory::gc_untrack(op);
  object_free(op);
}

const MethodDef sha_methods[] = {
    {"copy", sha_copy, METH_DEFAULT, "Return a copy of the hash object."},
    {"digest", sha_digest, METH_DEFAULT, "Return the digest value as a bytes object."},
    {"hexdigest", sha_hexdigest, METH_DEFAULT,
     "Return the digest value as a string of hexadecimal digits."},
    {"update", sha_update, METH_DEFAULT,
     "Update this hash object's state with the provided string."},
    {nullptr, nullptr, 0, nullptr},
};

const GetSetDef sha_getset[] = {
    {"name", sha_get_name, nullptr, nullptr, nullptr},
    {"digest_size", sha_get_digest_size, nullptr, nullptr, nullptr},
    {"block_size", sha_get_block_size, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// sha512(string=b'', *, usedforsecurity=True)
Object* sha512_new(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgSpec spec{"sha512", {"string", "usedforsecurity"}, 0, 1, 0};
  Object* a[2];
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string_view data;
  if (a[0] && !hash_data(a[0], &data)) return nullptr;
  Sha512Object* o = sha_alloc();
  if (!o) return nullptr;
  sha512_init(&o->state);
  sha512_update(&o->state, reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  return o;
}

const MethodDef sha512_functions[] = {
    {"sha512", sha512_new, METH_DEFAULT,
     "Return a new SHA-512 hash object; optionally initialized with a string."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* sha512_module_create() {
  if (!type_has_flag(&Sha512Type, TPFLAG_READY)) {
    Sha512Type.name = "_sha512.sha512";
    Sha512Type.basicsize = sizeof(Sha512Object);
    Sha512Type.flags = TPFLAG_HAVE_GC;
    Sha512Type.dealloc = sha_dealloc;
    Sha512Type.traverse = sha_traverse;
    Sha512Type.methods = sha_methods;
    Sha512Type.getset = sha_getset;
    if (type_ready_static(&Sha512Type) < 0) return nullptr;
  }
  Object* m = module_new_cstr("_sha512");
  if (!m) return nullptr;
  if (module_add_functions(m, sha512_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
