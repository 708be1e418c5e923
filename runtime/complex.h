// runtime/complex.h — complex: two C doubles behind the 16-byte header (getsizeof 32).
//
// CPython 3.11 keeps no free list for complex (unlike float): every result is a fresh 32-byte
// block and every dealloc returns it to the allocator, so sys.getallocatedblocks() and
// tracemalloc see complex numbers come and go exactly as in CPython. The objects are atomic
// (never GC-tracked); subclass instances are allocated by the generic allocator.
//
// Files:
//   complex.cpp          storage, the number slots (+ - * / ** with int, float and complex in
//                        both directions), comparison, hash, repr, the type object;
//   complex_methods.cpp  complex(): the constructor's rules (strings, __complex__, __float__,
//                        __index__, two complex arguments), methods and attributes;
//   complex_ops.cpp      the numeric layer declared below: the arithmetic algorithms, parsing,
//                        the repr text and format specs. It knows nothing about objects and
//                        reports errors through NumStatus/NumError (num_status.h).
//
// Mixed arithmetic converts an int or float operand to a complex with a zero imaginary part
// first (int -> double may raise OverflowError "int too large to convert to float"), as CPython
// 3.11 does; 3.11 has no separate real-times-complex rules, so 2 * complex(inf, 0) is (inf+nanj).
// complex has no //, %, divmod, int() or float() (removed in 3.10): those raise the generic
// "unsupported operand" TypeErrors.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/num_status.h"
#include "runtime/object.h"
#include "runtime/type.h"

namespace mempy::runtime {

// CPython's Py_complex.
struct ComplexValue {
  double real = 0.0;
  double imag = 0.0;
};

struct ComplexObject : Object {
  ComplexValue value;
};
static_assert(sizeof(ComplexObject) == 32, "CPython 3.11's sizeof(PyComplexObject)");

extern TypeObject ComplexType;

inline bool is_complex(const Object* op) {
  return op->type == &ComplexType || type_is_subtype(op->type, &ComplexType);
}
inline bool is_complex_exact(const Object* op) {
  return op->type == &ComplexType;
}
inline ComplexValue complex_value(const Object* op) {
  return static_cast<const ComplexObject*>(op)->value;
}

// A new exact complex.
Object* complex_from_value(ComplexValue v);
inline Object* complex_from_doubles(double real, double imag) {
  return complex_from_value({real, imag});
}
// A new instance of `type` (complex or a subclass).
Object* complex_subtype_from_value(TypeObject* type, ComplexValue v);

// complex.__pow__ (a or b is a complex, int or float; else NotImplemented). float ** float hands
// a negative base with a fractional exponent here, as CPython's float_pow does.
Object* complex_power(Object* a, Object* b);

// complex_methods.cpp: tp_new and the tables complex_type_init installs.
Object* complex_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames);
extern const MethodDef g_complex_methods[];
extern const MemberDef g_complex_members[];

void complex_type_init();

// ---------------------------------------------------------------- the numeric layer

// Componentwise sum, difference and negation; the schoolbook product (no special cases for
// infinities: (inf+0j) * 2 is (inf+nanj) as in CPython 3.11).
ComplexValue complex_sum(ComplexValue a, ComplexValue b);
ComplexValue complex_diff(ComplexValue a, ComplexValue b);
ComplexValue complex_neg(ComplexValue a);
ComplexValue complex_prod(ComplexValue a, ComplexValue b);
// a / b by Smith's method (scaling by the larger component of b); a NaN in b gives nan+nanj.
// b == 0 -> zero_division_error "complex division by zero".
NumStatus complex_quot(ComplexValue a, ComplexValue b, ComplexValue* out, NumError& err);
// a ** b: exponents with an integral real part of magnitude <= 100 and no imaginary part use
// repeated squaring (and one division for negative exponents); the rest polar form. 0 to a
// negative or complex power -> zero_division_error "0.0 to a negative or complex power"; an
// infinite component in the result -> overflow_error "complex exponentiation".
NumStatus complex_pow(ComplexValue a, ComplexValue b, ComplexValue* out, NumError& err);
// abs(z): hypot, with infinities winning over NaN. Overflow -> overflow_error "absolute value
// too large".
NumStatus complex_abs(ComplexValue z, double* out, NumError& err);

// complex(text) after CPython's decimal/space transform: `ascii` holds one byte per code point
// (non-ASCII already mapped to ' ', a digit or a final '?'); it may contain NULs. Forms:
// [ws] ['('] [ws] (<float> | <float>j | <float><signed float>j | <float><sign>j | <sign>j | j)
// [ws] [')' [ws]], where <float> is what float() accepts (inf, infinity, nan in any case).
// Underscores only between digits, else value_error "could not convert string to complex:
// <original_repr>"; any other failure -> value_error "complex() arg is a malformed string".
NumStatus complex_from_text(std::string_view ascii, std::string_view original_repr,
                            ComplexValue* out, NumError& err);

// repr(z) == str(z): "1j", "(1+2j)", "(-0-1j)", "(nan+infj)", "1e+16j" — each part in its
// shortest repr without ".0"; the real part and the parentheses are left out only when the real
// part is +0.0.
std::string complex_repr_text(ComplexValue z);

// format(z, spec) for a non-empty spec: types '', e, E, f, F, g, G, n. No zero padding and no
// '=' alignment; '' is repr-like (parentheses unless the real part is +0.0, which is dropped)
// while any explicit type prints both parts without parentheses; the imaginary part always
// carries a sign after a real part. type_name feeds the error messages.
NumStatus format_complex(ComplexValue z, std::string_view spec, std::string& out, NumError& err,
                         std::string_view type_name = "complex");

}  // namespace mempy::runtime
