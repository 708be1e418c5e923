// runtime/str_search.h — substring search over arrays of code units, shared by str (1-, 2- and
// 4-byte kinds) and bytes/bytearray (1 byte).
//
// The 1-byte case leans on the C library (memchr, memrchr, memmem: glibc's memmem is a two-way
// search, linear in the worst case). Wider kinds scan for the needle's first unit and compare
// the rest with memcmp. Callers handle the empty needle themselves (its answers depend on the
// method: find gives start, rfind gives end, count gives n + 1).
#pragma once
#include <cstdint>
#include <cstring>

#include "runtime/object.h"

namespace mempy::runtime::search {

template <class T>
inline ssize find_unit(const T* s, ssize n, T c) {
  if constexpr (sizeof(T) == 1) {
    const void* p = std::memchr(s, c, std::size_t(n));
    return p ? static_cast<const T*>(p) - s : -1;
  } else {
    for (ssize i = 0; i < n; ++i) {
      if (s[i] == c) return i;
    }
    return -1;
  }
}

template <class T>
inline ssize rfind_unit(const T* s, ssize n, T c) {
  if constexpr (sizeof(T) == 1) {
    const void* p = memrchr(s, c, std::size_t(n));
    return p ? static_cast<const T*>(p) - s : -1;
  } else {
    for (ssize i = n - 1; i >= 0; --i) {
      if (s[i] == c) return i;
    }
    return -1;
  }
}

// First index of p[0:m] in s[0:n] (m >= 1), or -1.
template <class T>
inline ssize find(const T* s, ssize n, const T* p, ssize m) {
  if (m > n) return -1;
  if (m == 1) return find_unit(s, n, p[0]);
  if constexpr (sizeof(T) == 1) {
    const void* r = memmem(s, std::size_t(n), p, std::size_t(m));
    return r ? static_cast<const T*>(r) - s : -1;
  } else {
    const T first = p[0];
    const std::size_t rest = std::size_t(m - 1) * sizeof(T);
    for (ssize i = 0, last = n - m; i <= last; ++i) {
      if (s[i] == first && std::memcmp(s + i + 1, p + 1, rest) == 0) return i;
    }
    return -1;
  }
}

// Last index of p[0:m] in s[0:n] (m >= 1), or -1.
template <class T>
inline ssize rfind(const T* s, ssize n, const T* p, ssize m) {
  if (m > n) return -1;
  if (m == 1) return rfind_unit(s, n, p[0]);
  const T first = p[0];
  const std::size_t rest = std::size_t(m - 1) * sizeof(T);
  for (ssize i = n - m; i >= 0; --i) {
    if (s[i] == first && std::memcmp(s + i + 1, p + 1, rest) == 0) return i;
  }
  return -1;
}

// Non-overlapping occurrences of p[0:m] (m >= 1) in s[0:n], stopping at maxcount (< 0: all).
template <class T>
inline ssize count(const T* s, ssize n, const T* p, ssize m, ssize maxcount) {
  ssize found = 0;
  ssize i = 0;
  while (maxcount < 0 || found < maxcount) {
    ssize k = find(s + i, n - i, p, m);
    if (k < 0) break;
    ++found;
    i += k + m;
  }
  return found;
}

}  // namespace mempy::runtime::search
