// runtime/int.h — int and bool: arbitrary precision with CPython 3.11's layout.
//
// An int is a VarObject whose `size` is the signed number of 30-bit digits (0 for zero) followed
// by the digits, least significant first. basicsize 24, itemsize 4, and __sizeof__ counts at least
// one digit, so getsizeof(0) == getsizeof(1) == 28, getsizeof(2**30) == 32 (memory-facts §1.3).
// -5..256 are preallocated (static, refcount starting at 999 999 999). bool is an int subclass
// whose two instances are static.
//
// The digits are exactly bigint.h's representation, so arithmetic hands IntRef views of the
// objects to the numeric layer without copying. Values of one digit ("medium", |v| < 2**30) take
// int64 fast paths everywhere; the VM inlines them through int_is_medium / int_medium_value.
//
// Files: int.cpp (storage, conversions, comparison, hash, text), int_ops.cpp (the number slots),
// int_methods.cpp (int(), methods and attributes, bool, the type objects).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/bigint.h"
#include "runtime/num_status.h"
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

inline constexpr int INT_DIGIT_BITS = DIGIT_BITS;
inline constexpr digit INT_DIGIT_MASK = DIGIT_MASK;

struct IntObject : VarObject {
  digit digits[1];
};

extern TypeObject IntType;
extern TypeObject BoolType;

inline constexpr int SMALL_INT_MIN = -5;
inline constexpr int SMALL_INT_MAX = 256;
extern IntObject g_small_ints[SMALL_INT_MAX - SMALL_INT_MIN + 1];
extern IntObject g_true_object;
extern IntObject g_false_object;

inline Object* True() {
  return &g_true_object;
}  // borrowed
inline Object* False() {
  return &g_false_object;
}
inline Object* bool_new_ref(bool b) {
  return new_ref<Object>(b ? True() : False());
}

inline bool is_int(const Object* op) {
  return type_has_flag(op->type, TPFLAG_INT_SUBCLASS);
}
inline bool is_int_exact(const Object* op) {
  return op->type == &IntType;
}
inline bool is_bool(const Object* op) {
  return op->type == &BoolType;
}

// A "medium" int has at most one digit: |value| < 2**30 (the VM's fast paths).
inline bool int_is_medium(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s >= -1 && s <= 1;
}
inline std::int64_t int_medium_value(const Object* op) {
  const IntObject* v = static_cast<const IntObject*>(op);
  return v->size * std::int64_t(v->digits[0]);  // size 0 keeps digit 0 == 0
}
inline Object* small_int(int v) {  // v in [-5, 256]; new reference
  return new_ref<Object>(&g_small_ints[v - SMALL_INT_MIN]);
}
// A borrowed view of an int's digits for the numeric layer.
inline IntRef int_ref(const Object* op) {
  const IntObject* v = static_cast<const IntObject*>(op);
  return {v->digits, v->size};
}

Object* int_from_i64_slow(std::int64_t v);
inline Object* int_from_i64(std::int64_t v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return small_int(int(v));
  return int_from_i64_slow(v);
}
Object* int_from_u64(std::uint64_t v);
// CPython's PyLong_FromSsize_t (len(), indices, counts, hashes): unlike PyLong_FromLong
// (int_from_i64, 32 bytes) a one-digit result is a 28-byte block, which tracemalloc shows.
Object* int_from_ssize_slow(ssize v);
inline Object* int_from_ssize(ssize v) {
  if (v >= SMALL_INT_MIN && v <= SMALL_INT_MAX) return small_int(int(v));
  return int_from_ssize_slow(v);
}
// Copies a numeric-layer value into a new exact int (small ints shared).
Object* int_from_ref(IntRef v);
Object* int_from_double(double v);  // truncates; OverflowError/ValueError for inf/nan
// int(text, base) for a str argument given as UTF-8 (also int literals of the compiler);
// ValueError with CPython's messages on bad input or past the digit limit.
Object* int_from_string(const char* s, std::size_t len, int base);
// int(str, base) for a str object (text that is not valid UTF-8 is an invalid literal).
Object* int_from_str_object(Object* str, int base);
// int(bytes, base) for bytes / bytearray contents (the message shows the bytes repr).
Object* int_from_bytes_text(std::string_view bytes, int base);
// Builds an int from a little-endian digit array (normalizes).
Object* int_from_digits(bool negative, const digit* digits, ssize ndigits);
// An uninitialised exact int with room for ndigits (size set to ndigits); MemoryError on failure.
IntObject* int_alloc(ssize ndigits);
// A new exact int equal to op (op itself when it is already exact).
Object* int_exact_copy(Object* op);

// Raises the exception a numeric-layer failure maps to; returns nullptr.
Object* num_error_raise(NumStatus s, const NumError& err);
// Runs a numeric-layer call, turning a C++ allocation failure inside it into memory_error.
template <class F>
NumStatus num_guard(F&& f) noexcept {
  try {
    return f();
  } catch (...) {  // std::bad_alloc / std::length_error from scratch vectors
    return NumStatus::memory_error;
  }
}

// Conversions. On overflow they raise OverflowError with CPython's messages.
std::int64_t int_as_i64(Object* op, bool* overflow);  // no exception; *overflow set
ssize int_as_ssize(Object* op);                       // -1 + OverflowError
double int_as_double(Object* op);                     // -1.0 + OverflowError
int int_sign(const Object* op);                       // -1, 0, 1
std::int64_t int_bit_length(Object* op);
// Compares two ints: -1, 0, 1.
int int_compare(Object* a, Object* b);
hash_t int_hash(Object* op);
// Decimal text (for repr/str); raises ValueError past sys.set_int_max_str_digits.
bool int_to_decimal(Object* op, std::string& out);
Object* int_repr(Object* op);
// Text in base 2, 8, 10 or 16 with the 0b/0o/0x prefix as bin()/oct()/hex().
Object* int_format_base(Object* op, int base);

// The number slots (new references; NotImplemented when an operand is not an int).
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floordiv(Object* a, Object* b);
Object* int_mod(Object* a, Object* b);
Object* int_divmod(Object* a, Object* b);
Object* int_true_divide(Object* a, Object* b);
Object* int_pow(Object* a, Object* b);
Object* int_pow_mod(Object* a, Object* b, Object* mod);
Object* int_lshift(Object* a, Object* b);
Object* int_rshift(Object* a, Object* b);
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
Object* int_neg(Object* a);
Object* int_pos(Object* a);
Object* int_abs(Object* a);
Object* int_invert(Object* a);
int int_bool(Object* a);
Object* int_float(Object* a);
Object* int_richcompare(Object* a, Object* b, int op);

void int_types_init();

}  // namespace mempy::runtime
