// runtime/int_methods.cpp — int(): the constructor; int's methods and attributes (bit_length,
// to_bytes, from_bytes, __round__, __format__, ...); bool; and the two type objects.
//
// int(x) without a base is number_long (abstract.cpp: __int__, __index__, __trunc__, then text);
// with a base, x must be str, bytes or bytearray. Instances of int subclasses copy the digits of
// the exact result into an object of the subtype, as CPython's long_subtype_new.
#include <cstring>

#include "memory/allocator.h"
#include "memory/gc.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

constexpr std::size_t INT_HEADER = offsetof(IntObject, digits);
static_assert(sizeof(IntObject) == 32);

inline ssize ndigits(const Object* op) {
  ssize s = static_cast<const IntObject*>(op)->size;
  return s < 0 ? -s : s;
}

void int_dealloc(Object* op) {
  if (op->type == &IntType) {
    memory::free(op);
  } else {
    op->type->free_fn(op);
  }
}

hash_t int_hash_slot(Object* a) {
  return int_hash(a);
}

// ---- int() ------------------------------------------------------------------------------------
Object* int_subtype_new(TypeObject* type, Object* value) {
  ssize n = ndigits(value);
  IntObject* r = static_cast<IntObject*>(type_generic_alloc(type, n > 0 ? n : 1));
  if (!r) return nullptr;
  r->size = static_cast<IntObject*>(value)->size;
  std::memcpy(r->digits, static_cast<IntObject*>(value)->digits, sizeof(digit) * std::size_t(n));
  if (type->flags & TPFLAG_HAVE_GC) memory::gc_track(r);
  return r;
}

Object* int_with_base(Object* x, Object* obase) {
  ssize base = number_as_ssize(obase, nullptr);  // clipped, as PyNumber_AsSsize_t(o, NULL)
  if (base == -1 && err_occurred()) return nullptr;
  if ((base != 0 && base < 2) || base > 36) {
    err_set_string(&ExcValueError, "int() base must be >= 2 and <= 36, or 0");
    return nullptr;
  }
  if (is_str(x)) return int_from_str_object(x, int(base));
  if (is_bytes(x) || is_bytearray(x)) {
    std::string_view v;
    bytes_like_data(x, &v);
    return int_from_bytes_text(v, int(base));
  }
  err_set_string(&ExcTypeError, "int() can't convert non-string with explicit base");
  return nullptr;
}

Object* int_new(TypeObject* type, Object* const* args, std::size_t nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"int", {"", "base"}, 1, 2, 0};
  if (!parse_args(spec, args, ssize(nargs), kwnames, a)) return nullptr;
  Object* result;
  if (!a[0]) {
    if (a[1]) {
      err_set_string(&ExcTypeError, "int() missing string argument");
      return nullptr;
    }
    result = small_int(0);
  } else if (a[1]) {
    result = int_with_base(a[0], a[1]);
  } else {
    result = number_long(a[0]);
  }
  if (!result || type == &IntType) return result;
  Object* sub = int_subtype_new(type, result);
  decref(result);
  return sub;
}

// ---- methods ----------------------------------------------------------------------------------
// A Py_ssize_t argument as Argument Clinic converts it (__index__, OverflowError past 63 bits).
bool ssize_arg(Object* v, ssize* out) {
  Object* i = number_index(v);
  if (!i) return false;
  *out = int_as_ssize(i);
  decref(i);
  return !(*out == -1 && err_occurred());
}

// byteorder of to_bytes/from_bytes: 'little' -> true, 'big' -> false; -1 on error.
int little_endian_arg(const char* fname, Object* v) {
  if (!v) return 0;
  if (!is_str(v)) {
    err_format(&ExcTypeError, "{}() argument 'byteorder' must be str, not {}", fname,
               type_name(v->type));
    return -1;
  }
  std::string_view s = str_view(v);
  if (s == "little") return 1;
  if (s == "big") return 0;
  err_set_string(&ExcValueError, "byteorder must be either 'little' or 'big'");
  return -1;
}

Object* m_bit_length(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("bit_length", nargs, kwnames)) return nullptr;
  return int_from_i64(int_bit_length(self));
}

Object* m_bit_count(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("bit_count", nargs, kwnames)) return nullptr;
  return int_from_u64(int_bit_count(int_ref(self)));
}

Object* m_to_bytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"to_bytes", {"length", "byteorder", "signed"}, 0, 2, 0};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  ssize length = 1;
  if (a[0] && !ssize_arg(a[0], &length)) return nullptr;
  int little = little_endian_arg("to_bytes", a[1]);
  if (little < 0) return nullptr;
  int is_signed = a[2] ? object_is_true(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  if (length < 0) {
    err_set_string(&ExcValueError, "length argument must be non-negative");
    return nullptr;
  }
  Object* bytes = bytes_new_uninit(length);
  if (!bytes) return nullptr;
  NumError err;
  NumStatus s = int_to_bytes(int_ref(self), std::size_t(length), little != 0, is_signed != 0,
                             reinterpret_cast<std::uint8_t*>(bytes_data(bytes)), err);
  if (s != NumStatus::ok) {
    decref(bytes);
    return num_error_raise(s, err);
  }
  return bytes;
}

// PyObject_Bytes for from_bytes: bytes-like objects as they are, other iterables of ints through
// bytes(); str and non-iterables are refused with CPython's message.
Object* bytes_of(Object* v) {
  if (is_bytes(v) && v->type == &BytesType) return new_ref(v);
  std::string_view view;
  if (bytes_like_data(v, &view)) return bytes_from(view.data(), ssize(view.size()));
  if (!is_str(v) && !is_int(v)) {
    Object* it = get_iter(v);
    if (it) {
      decref(it);
      return call_one_arg(&BytesType, v);
    }
    if (!err_matches(&ExcTypeError)) return nullptr;
    err_clear();
  }
  err_format(&ExcTypeError, "cannot convert '{}' object to bytes", type_name(v->type));
  return nullptr;
}

Object* m_from_bytes(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"from_bytes", {"bytes", "byteorder", "signed"}, 0, 2, 1};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int little = little_endian_arg("from_bytes", a[1]);
  if (little < 0) return nullptr;
  int is_signed = a[2] ? object_is_true(a[2]) : 0;
  if (is_signed < 0) return nullptr;
  Object* bytes = bytes_of(a[0]);
  if (!bytes) return nullptr;
  BigInt out;
  NumStatus s = num_guard([&] {
    return int_from_bytes(reinterpret_cast<const std::uint8_t*>(bytes_data(bytes)),
                          std::size_t(bytes_size(bytes)), little != 0, is_signed != 0, out);
  });
  decref(bytes);
  if (s != NumStatus::ok) return num_error_raise(s, NumError{});
  Object* r = int_from_ref(out);
  if (!r || cls == &IntType) return r;
  Object* sub = call_one_arg(cls, r);
  decref(r);
  return sub;
}

Object* m_as_integer_ratio(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("as_integer_ratio", nargs, kwnames)) return nullptr;
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* one = small_int(1);
  Object* t = tuple_pack({n, one});
  decref(n);
  decref(one);
  return t;
}

Object* m_conjugate(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("conjugate", nargs, kwnames)) return nullptr;
  return int_exact_copy(self);
}

Object* m_sizeof(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__sizeof__", nargs, kwnames)) return nullptr;
  // 3.11.7 counts at least one digit (getsizeof(0) == 28) and uses the digit offset, not the
  // type's basicsize (bool reports __basicsize__ 32 but getsizeof(True) == 28)
  ssize n = ndigits(self);
  return int_from_ssize(ssize(INT_HEADER) + (n > 0 ? n : 1) * ssize(sizeof(digit)));
}

Object* m_getnewargs(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__getnewargs__", nargs, kwnames)) return nullptr;
  Ref<> v = steal(int_exact_copy(self));
  return v ? tuple_pack({v.get()}) : nullptr;
}

// round(x, n) for negative n: x rounded half to even to a multiple of 10**-n.
Object* round_to_power_of_ten(Object* self, Object* ndigits) {
  BigInt p, q, r, twice, out;
  NumError err;
  IntRef x = int_ref(self);
  IntRef k = int_ref(ndigits).negated();  // > 0
  // 10**k > 2|x| rounds to 0; (bits + 1) * log10(2) + 1 digits is a safe bound
  std::int64_t kv;
  if (!int_to_int64(k, &kv) || double(kv) > (double(int_bit_length(x)) + 1) * 0.30103 + 1) {
    return small_int(0);
  }
  BigInt ten(10);
  NumStatus s = num_guard([&] {
    NumStatus st = int_pow(ten, k, p, err);
    if (st == NumStatus::ok) st = int_divmod(x, p, q, r, err);
    if (st == NumStatus::ok) st = int_add(r, r, twice);
    if (st != NumStatus::ok) return st;
    int c = int_compare(twice, p);
    if (c > 0 || (c == 0 && q.ndigits() > 0 && (q.digits()[0] & 1))) {
      BigInt one(1), t;
      st = int_add(q, one, t);
      if (st != NumStatus::ok) return st;
      q = std::move(t);
    }
    return int_mul(q, p, out);
  });
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return int_from_ref(out);
}

Object* m_round(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("__round__", kwnames) || !check_nargs("__round__", nargs, 0, 1)) {
    return nullptr;
  }
  if (nargs == 0 || is_none(args[0])) return int_exact_copy(self);
  Object* nd = number_index(args[0]);
  if (!nd) return nullptr;
  Object* r = int_sign(nd) >= 0 ? int_exact_copy(self) : round_to_power_of_ten(self, nd);
  decref(nd);
  return r;
}

Object* m_int_copy(Object* self, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("__trunc__", nargs, kwnames)) return nullptr;
  return int_exact_copy(self);
}

Object* g_self(Object* self, void*) {
  return int_exact_copy(self);
}
Object* g_zero(Object*, void*) {
  return small_int(0);
}
Object* g_one(Object*, void*) {
  return small_int(1);
}

MethodDef int_methods[] = {
    {"conjugate", m_conjugate, METH_DEFAULT, "Returns self, the complex conjugate of any int."},
    {"bit_length", m_bit_length, METH_DEFAULT,
     "Number of bits necessary to represent self in binary."},
    {"bit_count", m_bit_count, METH_DEFAULT,
     "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", m_to_bytes, METH_DEFAULT, "Return an array of bytes representing an integer."},
    {"from_bytes", m_from_bytes, METH_CLASS,
     "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", m_as_integer_ratio, METH_DEFAULT, "Return integer ratio."},
    {"__trunc__", m_int_copy, METH_DEFAULT, "Truncating an Integral returns itself."},
    {"__floor__", m_int_copy, METH_DEFAULT, "Flooring an Integral returns itself."},
    {"__ceil__", m_int_copy, METH_DEFAULT, "Ceiling of an Integral returns itself."},
    {"__round__", m_round, METH_DEFAULT,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an "
     "integer."},
    {"__getnewargs__", m_getnewargs, METH_DEFAULT, nullptr},
    {"__format__", int_format_method, METH_DEFAULT,
     "Convert to a string according to format_spec."},
    {"__sizeof__", m_sizeof, METH_DEFAULT, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef int_getset[] = {
    {"real", g_self, nullptr, "the real part of a complex number", nullptr},
    {"imag", g_zero, nullptr, "the imaginary part of a complex number", nullptr},
    {"numerator", g_self, nullptr, "the numerator of a rational number in lowest terms", nullptr},
    {"denominator", g_one, nullptr, "the denominator of a rational number in lowest terms",
     nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- bool ---------------------------------------------------------------------------------------
Object* bool_repr(Object* self) {
  return self == True() ? str_from_ascii("True", 4) : str_from_ascii("False", 5);
}

Object* bool_new(TypeObject*, Object* const* args, std::size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames)) {
    err_set_string(&ExcTypeError, "bool() takes no keyword arguments");
    return nullptr;
  }
  if (nargs > 1) {
    err_format(&ExcTypeError, "bool expected at most 1 argument, got {}", nargs);
    return nullptr;
  }
  if (nargs == 0) return bool_new_ref(false);
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  return bool_new_ref(t);
}

// & | ^ of two bools stay bools; anything else is int arithmetic.
Object* bool_logic(Object* a, Object* b, int op, BinaryFn int_op) {
  if (!is_bool(a) || !is_bool(b)) return int_op(a, b);
  bool x = a == True(), y = b == True();
  return bool_new_ref(op == BINOP_AND ? (x && y) : op == BINOP_OR ? (x || y) : (x != y));
}
Object* bool_and(Object* a, Object* b) {
  return bool_logic(a, b, BINOP_AND, int_and);
}
Object* bool_or(Object* a, Object* b) {
  return bool_logic(a, b, BINOP_OR, int_or);
}
Object* bool_xor(Object* a, Object* b) {
  return bool_logic(a, b, BINOP_XOR, int_xor);
}
void bool_dealloc(Object* op) {
  op->refcnt = 1;
}  // static: never freed

void init_static_int(IntObject& o, TypeObject* type, int v, ssize refcnt) {
  o.refcnt = refcnt;
  o.type = type;
  o.size = v < 0 ? -1 : v > 0 ? 1 : 0;
  o.digits[0] = digit(v < 0 ? -v : v);
}

}  // namespace

void int_types_init() {
  IntType.name = "int";
  IntType.basicsize = INT_HEADER;
  IntType.itemsize = sizeof(digit);
  IntType.flags = TPFLAG_BASETYPE | TPFLAG_INT_SUBCLASS;
  IntType.doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an "
      "integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  "
      "For floating point\nnumbers, this truncates towards zero.";
  IntType.dealloc = int_dealloc;
  IntType.repr = int_repr;
  IntType.hash = int_hash_slot;
  IntType.richcompare = int_richcompare;
  number_methods(IntType).nb[BINOP_ADD] = int_add;
  number_methods(IntType).nb[BINOP_SUBTRACT] = int_sub;
  number_methods(IntType).nb[BINOP_MULTIPLY] = int_mul;
  number_methods(IntType).nb[BINOP_FLOOR_DIVIDE] = int_floordiv;
  number_methods(IntType).nb[BINOP_REMAINDER] = int_mod;
  number_methods(IntType).nb[BINOP_TRUE_DIVIDE] = int_true_divide;
  number_methods(IntType).nb[BINOP_POWER] = int_pow;
  number_methods(IntType).nb[BINOP_AND] = int_and;
  number_methods(IntType).nb[BINOP_OR] = int_or;
  number_methods(IntType).nb[BINOP_XOR] = int_xor;
  number_methods(IntType).nb[BINOP_LSHIFT] = int_lshift;
  number_methods(IntType).nb[BINOP_RSHIFT] = int_rshift;
  number_methods(IntType).nb_divmod = int_divmod;
  number_methods(IntType).nb_power_mod = int_pow_mod;
  number_methods(IntType).nb_negative = int_neg;
  number_methods(IntType).nb_positive = int_pos;
  number_methods(IntType).nb_absolute = int_abs;
  number_methods(IntType).nb_invert = int_invert;
  number_methods(IntType).nb_bool = int_bool;
  number_methods(IntType).nb_int = int_pos;
  number_methods(IntType).nb_float = int_float;
  number_methods(IntType).nb_index = int_pos;
  IntType.new_ = int_new;
  IntType.methods = int_methods;
  IntType.getset = int_getset;

  BoolType.name = "bool";
  BoolType.base = &IntType;
  BoolType.basicsize = sizeof(IntObject);  // CPython's sizeof(struct _longobject): 32, not 24
  BoolType.itemsize = sizeof(digit);
  BoolType.flags = TPFLAG_INT_SUBCLASS | TPFLAG_VECTORCALL;
  BoolType.doc =
      "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe "
      "builtins True and False are the only two instances of the class bool.\nThe class bool is "
      "a subclass of the class int, and cannot be subclassed.";
  BoolType.dealloc = bool_dealloc;
  BoolType.repr = bool_repr;
  BoolType.new_ = bool_new;
  number_methods(BoolType).nb[BINOP_AND] = bool_and;
  number_methods(BoolType).nb[BINOP_OR] = bool_or;
  number_methods(BoolType).nb[BINOP_XOR] = bool_xor;

  for (int v = SMALL_INT_MIN; v <= SMALL_INT_MAX; ++v) {
    init_static_int(g_small_ints[v - SMALL_INT_MIN], &IntType, v, STATIC_REFCNT);
  }
  init_static_int(g_true_object, &BoolType, 1, 1);
  init_static_int(g_false_object, &BoolType, 0, 1);
}

}  // namespace mempy::runtime
