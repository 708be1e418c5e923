// runtime/int.h — int and bool: arbitrary precision with CPython 3.11's layout.
//
// An int is a VarObject whose `size` is the signed number of 30-bit digits (0 for zero) followed
// by the digits, least significant first. basicsize 24, itemsize 4, and __sizeof__ counts at least
// one digit, so getsizeof(0) == getsizeof(1) == 28, getsizeof(2**30) == 32 (memory-facts §1.3).
// -5..256 are preallocated (static, refcount starting at 999 999 999). bool is an int subclass
// whose two instances are static.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

using digit = std::uint32_t;
inline constexpr int INT_DIGIT_BITS = 30;
inline constexpr digit INT_DIGIT_MASK = (digit(1) << INT_DIGIT_BITS) - 1;

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

inline Object* True() { return &g_true_object; }  // borrowed
inline Object* False() { return &g_false_object; }
inline Object* bool_new_ref(bool b) { return new_ref<Object>(b ? True() : False()); }

inline bool is_int(const Object* op) { return type_has_flag(op->type, TPFLAG_INT_SUBCLASS); }
inline bool is_int_exact(const Object* op) { return op->type == &IntType; }
inline bool is_bool(const Object* op) { return op->type == &BoolType; }

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

Object* int_from_i64(std::int64_t v);
Object* int_from_u64(std::uint64_t v);
inline Object* int_from_ssize(ssize v) { return int_from_i64(v); }
Object* int_from_double(double v);  // truncates; OverflowError/ValueError for inf/nan
// Parses an int literal or int(str, base) text; ValueError on bad input (message as int()).
Object* int_from_string(const char* s, std::size_t len, int base);
// Builds an int from a little-endian digit array (normalizes).
Object* int_from_digits(bool negative, const digit* digits, ssize ndigits);
// An uninitialised int with room for ndigits (size set to ndigits).
IntObject* int_alloc(ssize ndigits);
// Drops leading zero digits, adjusting size keeping the sign; returns op.
IntObject* int_normalize(IntObject* op);

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

// Arithmetic used by the VM fast paths and other types (new references).
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floordiv(Object* a, Object* b);
Object* int_mod(Object* a, Object* b);
Object* int_true_divide(Object* a, Object* b);
Object* int_neg(Object* a);
Object* int_lshift(Object* a, Object* b);

void int_types_init();

}  // namespace mempy::runtime
