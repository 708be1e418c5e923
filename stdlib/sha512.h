// stdlib/sha512.h — SHA-512 (FIPS 180-4), for random.seed's version-2 seeding of str/bytes
// (CPython's random.py appends sha512(a).digest() to the seed bytes) and the _sha512 module.
//
// The state has the field layout of CPython 3.11's SHAobject after its object header (digest
// words, a 64-bit bit count in two halves, the pending block, its fill, the digest size), so a
// _sha512.sha512 object is 224 bytes as in CPython.
#pragma once
#include <cstddef>
#include <cstdint>

namespace mempy::stdlib {

struct Sha512 {
  std::uint64_t h[8];
  std::uint32_t count_lo, count_hi;  // message length in bits
  std::uint8_t block[128];           // bytes not yet compressed
  int local;                         // how many of block[] are filled
  int digestsize;                    // 64
};

void sha512_init(Sha512* s);
void sha512_update(Sha512* s, const std::uint8_t* data, std::size_t n);
// Writes the 64-byte digest of everything hashed so far; `s` is unchanged (more may follow).
void sha512_digest(const Sha512* s, std::uint8_t out[64]);

}  // namespace mempy::stdlib
