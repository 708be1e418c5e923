// runtime/abstract.cpp — the object protocols (CPython's abstract.c and object.c): binary
// operators with the reflected-operand and subclass-first rules, rich comparison with its
// fallbacks and messages, attribute, item and iteration protocols, calls and conversions.
#include "runtime/abstract.h"

#include <cstring>
#include <vector>

#include "memory/tracer.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "runtime/type_slots.h"

namespace mempy::runtime {

// ---- presentation -----------------------------------------------------------------------------
Object* object_repr(Object* op) {
  if (!op->type->repr) return ObjectType.repr(op);
  if (!enter_recursive_call(" while getting the repr of an object")) return nullptr;
  Object* r = op->type->repr(op);
  leave_recursive_call();
  if (r && !is_str(r)) {
    err_format(&ExcTypeError, "__repr__ returned non-string (type {})", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_str(Object* op) {
  if (is_str_exact(op)) return new_ref(op);
  UnaryFn f = op->type->str;
  if (!f) return object_repr(op);
  if (!enter_recursive_call(" while getting the str of an object")) return nullptr;
  Object* r = f(op);
  leave_recursive_call();
  if (r && !is_str(r)) {
    err_format(&ExcTypeError, "__str__ returned non-string (type {})", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_ascii(Object* op) {
  Object* r = object_repr(op);
  if (!r || str_is_ascii(r)) return r;
  StrBuilder b;
  static const char* hex = "0123456789abcdef";
  for (ssize i = 0; i < str_length(r); ++i) {
    std::uint32_t c = str_char_at(r, i);
    if (c < 128) {
      b.append_char(c);
    } else if (c <= 0xFF) {
      b.append_ascii("\\x");
      b.append_char(hex[c >> 4]);
      b.append_char(hex[c & 15]);
    } else if (c <= 0xFFFF) {
      b.append_ascii("\\u");
      for (int s = 12; s >= 0; s -= 4) b.append_char(hex[(c >> s) & 15]);
    } else {
      b.append_ascii("\\U");
      for (int s = 28; s >= 0; s -= 4) b.append_char(hex[(c >> s) & 15]);
    }
  }
  decref(r);
  return b.finish();
}

hash_t hash_not_implemented(Object* op) {
  err_format(&ExcTypeError, "unhashable type: '{}'", op->type->name);
  return -1;
}

hash_t object_hash(Object* op) {
  HashFn f = op->type->hash;
  if (!f) return hash_not_implemented(op);
  return f(op);
}

int object_is_true(Object* op) {
  if (op == True()) return 1;
  if (op == False() || op == None()) return 0;
  TypeObject* t = op->type;
  if (t->as_number->nb_bool) return t->as_number->nb_bool(op);
  if (LenFn len = t->as_mapping->length) {
    ssize n = len(op);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Object* object_format(Object* op, Object* spec) {
  if (!spec || (is_str(spec) && str_length(spec) == 0)) {
    if (is_str_exact(op)) return new_ref(op);
    if (is_int_exact(op)) return object_str(op);
  }
  Object* empty = nullptr;
  if (!spec) spec = empty = str_empty();
  Object* meth = lookup_special(op, ids::format);
  if (!meth) {
    xdecref(empty);
    if (!err_occurred()) {
      err_format(&ExcTypeError, "Type {} doesn't define __format__", type_name(op->type));
    }
    return nullptr;
  }
  Object* r = call_one_arg(meth, spec);
  decref(meth);
  xdecref(empty);
  if (r && !is_str(r)) {
    err_format(&ExcTypeError, "__format__ must return a str, not {}", type_name(r->type));
    decref(r);
    return nullptr;
  }
  return r;
}

// ---- comparison -----------------------------------------------------------------------------
namespace {

const int g_swapped_op[] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
const char* const g_op_symbol[] = {"<", "<=", "==", "!=", ">", ">="};

Object* do_richcompare(Object* v, Object* w, int op) {
  bool checked_reverse = false;
  RichCmpFn f;
  if (v->type != w->type && type_is_subtype(w->type, v->type) && (f = w->type->richcompare)) {
    checked_reverse = true;
    Object* r = f(w, v, g_swapped_op[op]);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if ((f = v->type->richcompare)) {
    Object* r = f(v, w, op);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (!checked_reverse && (f = w->type->richcompare)) {
    Object* r = f(w, v, g_swapped_op[op]);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  switch (op) {
    case CMP_EQ:
      return bool_new_ref(v == w);
    case CMP_NE:
      return bool_new_ref(v != w);
    default:
      err_format(&ExcTypeError, "'{}' not supported between instances of '{}' and '{}'",
                 g_op_symbol[op], type_name(v->type), type_name(w->type));
      return nullptr;
  }
}

}  // namespace

Object* rich_compare(Object* a, Object* b, int op) {
  if (!enter_recursive_call(" in comparison")) return nullptr;
  Object* r = do_richcompare(a, b, op);
  leave_recursive_call();
  return r;
}

int rich_compare_bool(Object* a, Object* b, int op) {
  if (a == b) {
    if (op == CMP_EQ) return 1;
    if (op == CMP_NE) return 0;
  }
  Object* r = rich_compare(a, b, op);
  if (!r) return -1;
  int t = r == True() ? 1 : r == False() ? 0 : object_is_true(r);
  decref(r);
  return t;
}

// ---- attributes -----------------------------------------------------------------------------
Object* get_attr(Object* op, Object* name) {
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return nullptr;
  }
  GetAttrFn f = op->type->getattro;
  if (!f) f = generic_getattr;
  return f(op, name);
}

Object* get_attr_cstr(Object* op, const char* name) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = get_attr(op, n);
  decref(n);
  return r;
}

int lookup_attr(Object* op, Object* name, Object** result) {
  GetAttrFn f = op->type->getattro;
  if (f == generic_getattr || !f) {
    *result = generic_getattr_impl(op, name, true);
    if (*result) return 1;
    return err_occurred() ? -1 : 0;
  }
  *result = f(op, name);
  if (*result) return 1;
  if (err_matches(&ExcAttributeError)) {
    err_clear();
    return 0;
  }
  return -1;
}

int set_attr(Object* op, Object* name, Object* value) {
  if (!is_str(name)) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(name->type));
    return -1;
  }
  SetAttrFn f = op->type->setattro;
  if (!f) {
    bool has_getattr = op->type->getattro != nullptr;
    if (has_getattr) {
      err_format(&ExcAttributeError, "'{}' object attribute '{}' is read-only", op->type->name,
                 str_to_std(name));
    } else {
      err_format(&ExcAttributeError, "'{}' object has no attribute '{}'", op->type->name,
                 str_to_std(name));
    }
    return -1;
  }
  return f(op, name, value);
}

int set_attr_cstr(Object* op, const char* name, Object* value) {
  Object* n = str_intern_cstr(name);
  if (!n) return -1;
  int r = set_attr(op, n, value);
  decref(n);
  return r;
}

int del_attr(Object* op, Object* name) {
  return set_attr(op, name, nullptr);
}

int has_attr(Object* op, Object* name) {
  Object* r;
  int found = lookup_attr(op, name, &r);
  xdecref(r);
  return found;
}

Object* lookup_special(Object* op, Object* name) {
  Object* res = type_lookup(op->type, name);
  if (!res) return nullptr;
  if (DescrGetFn f = res->type->descr_get) return f(res, op, op->type);
  return new_ref(res);
}

// ---- calls ------------------------------------------------------------------------------------
Object* call(Object* callable, Object* const* args, std::size_t nargsf, Object* kwnames) {
  VectorcallFn f = callable->type->call;
  if (!f) {
    err_format(&ExcTypeError, "'{}' object is not callable", callable->type->name);
    return nullptr;
  }
  Object* r = f(callable, args, nargsf, kwnames);
  if (!r && !err_occurred()) {
    err_format(&ExcSystemError, "{} returned NULL without setting an exception",
               repr_for_message(callable));
  }
  return r;
}

Object* call_no_args(Object* callable) {
  return call(callable, nullptr, 0, nullptr);
}
Object* call_one_arg(Object* callable, Object* arg) {
  return call(callable, &arg, 1, nullptr);
}

namespace {

// Calls callable(*args, **kwargs) for a caller that holds its keywords in a dict (CPython's
// _PyObject_FastCallDict and PyObject_Call). A tp_call callable gets that dict itself (and the
// caller's tuple, when `args_tuple` is given); a vectorcall one gets every argument copied with a
// new reference and the names in a new tuple, as _PyStack_UnpackDict does (runtime/tpcall.h).
Object* call_with_kwdict_impl(Object* callable, Object* const* args, ssize npos, Object* kwargs,
                              Object* args_tuple) {
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  bool packs = call_packs_arguments(callable);
  if (nkw == 0) {
    if (packs && args_tuple) {
      Prepacked offer(args_tuple, nullptr);
      return call(callable, args, std::size_t(npos), nullptr);
    }
    return call(callable, args, std::size_t(npos), nullptr);
  }
  std::vector<Object*> stack(std::size_t(npos + nkw));
  for (ssize i = 0; i < npos; ++i) stack[std::size_t(i)] = args[i];
  Object* kwnames = tuple_new(nkw);
  if (!kwnames) return nullptr;
  ssize pos = 0, i = 0;
  Object *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) {
      decref(kwnames);
      err_set_string(&ExcTypeError, "keywords must be strings");
      return nullptr;
    }
    tuple_set_new(kwnames, i, new_ref(k));
    stack[std::size_t(npos + i)] = v;
    ++i;
  }
  Object* r;
  if (packs) {
    Prepacked offer(args_tuple, kwargs);
    r = call(callable, stack.data(), std::size_t(npos), kwnames);
  } else {
    for (Object* o : stack) incref(o);
    r = call(callable, stack.data(), std::size_t(npos), kwnames);
    for (Object* o : stack) decref(o);
  }
  decref(kwnames);
  return r;
}

}  // namespace

Object* call_with_kwdict(Object* callable, Object* const* args, ssize npos, Object* kwargs) {
  return call_with_kwdict_impl(callable, args, npos, kwargs, nullptr);
}

Object* call_tuple(Object* callable, Object* args_tuple, Object* kwargs) {
  static Object* const no_args[1] = {nullptr};
  if (!args_tuple) return call_with_kwdict_impl(callable, no_args, 0, kwargs, nullptr);
  return call_with_kwdict_impl(callable, tuple_items(args_tuple), tuple_size(args_tuple), kwargs,
                               args_tuple);
}

Object* call_method(Object* obj, Object* name, Object* const* args, ssize nargs) {
  // an unbound method found on the type is called with obj prepended (no bound method)
  Object* descr = type_lookup(obj->type, name);
  if (descr && (descr->type->flags & TPFLAG_METHOD_DESCRIPTOR)) {
    if (!object_own_attr(obj, name)) {
      incref(descr);
      Object* stack[8];
      std::vector<Object*> big;
      Object** buf = stack;
      if (nargs + 1 > 8) {
        big.resize(std::size_t(nargs + 1));
        buf = big.data();
      }
      buf[0] = obj;
      for (ssize i = 0; i < nargs; ++i) buf[i + 1] = args[i];
      Object* r = call(descr, buf, std::size_t(nargs + 1), nullptr);
      decref(descr);
      return r;
    }
  }
  Object* meth = get_attr(obj, name);
  if (!meth) return nullptr;
  Object* r = call(meth, args, std::size_t(nargs), nullptr);
  decref(meth);
  return r;
}

Object* call_method_cstr(Object* obj, const char* name, Object* const* args, ssize nargs) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = call_method(obj, n, args, nargs);
  decref(n);
  return r;
}

bool is_callable(Object* op) {
  return op->type->call != nullptr;
}

// ---- containers -----------------------------------------------------------------------------
ssize object_length(Object* op) {
  if (LenFn f = op->type->as_mapping->length) return f(op);
  err_format(&ExcTypeError, "object of type '{}' has no len()", type_name(op->type));
  return -1;
}

ssize object_length_hint(Object* op, ssize default_value) {
  if (op->type->as_mapping->length) {
    ssize n = op->type->as_mapping->length(op);
    if (n >= 0) return n;
    if (!err_matches(&ExcTypeError)) return -1;
    err_clear();
  }
  Object* hint = lookup_special(op, ids::length_hint);
  if (!hint) {
    if (err_occurred()) return -1;
    return default_value;
  }
  Object* r = call_no_args(hint);
  decref(hint);
  if (!r) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      return default_value;
    }
    return -1;
  }
  if (r == NotImplemented()) {
    decref(r);
    return default_value;
  }
  if (!is_int(r)) {
    err_format(&ExcTypeError, "__length_hint__ must be an integer, not {}", type_name(r->type));
    decref(r);
    return -1;
  }
  ssize n = int_as_ssize(r);
  decref(r);
  if (n == -1 && err_occurred()) return -1;
  if (n < 0) {
    err_set_string(&ExcValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return n;
}

Object* get_item(Object* op, Object* key) {
  if (BinaryFn f = op->type->as_mapping->getitem) return f(op, key);
  if (is_type(op)) {
    // type[...]: __class_getitem__
    Object* meth = nullptr;
    if (lookup_attr(op, ids::class_getitem, &meth) < 0) return nullptr;
    if (meth) {
      Object* r = call_one_arg(meth, key);
      decref(meth);
      return r;
    }
    err_format(&ExcTypeError, "type '{}' is not subscriptable",
               type_name(static_cast<TypeObject*>(op)));
    return nullptr;
  }
  err_format(&ExcTypeError, "'{}' object is not subscriptable", type_name(op->type));
  return nullptr;
}

int set_item(Object* op, Object* key, Object* value) {
  if (ObjObjArgFn f = op->type->as_mapping->setitem) return f(op, key, value);
  err_format(&ExcTypeError, "'{}' object does not support item assignment", type_name(op->type));
  return -1;
}

int del_item(Object* op, Object* key) {
  if (ObjObjArgFn f = op->type->as_mapping->setitem) return f(op, key, nullptr);
  err_format(&ExcTypeError, "'{}' object doesn't support item deletion", type_name(op->type));
  return -1;
}

Object* get_item_index(Object* op, ssize i) {
  if (is_list_exact(op)) {
    if (i < 0) i += list_size(op);
    if (i >= 0 && i < list_size(op)) return new_ref(list_get(op, i));
  } else if (is_tuple_exact(op)) {
    if (i < 0) i += tuple_size(op);
    if (i >= 0 && i < tuple_size(op)) return new_ref(tuple_get(op, i));
  }
  Object* k = int_from_ssize(i);
  if (!k) return nullptr;
  Object* r = get_item(op, k);
  decref(k);
  return r;
}

int sequence_contains_by_iteration(Object* container, Object* item) {
  Object* it = get_iter(container);
  if (!it) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      err_format(&ExcTypeError, "argument of type '{}' is not iterable",
                 type_name(container->type));
    }
    return -1;
  }
  UnaryFn next = it->type->iternext;
  for (;;) {
    Object* x = next(it);
    if (!x) {
      decref(it);
      return iter_failed() ? -1 : 0;
    }
    int c = rich_compare_bool(x, item, CMP_EQ);
    decref(x);
    if (c != 0) {
      decref(it);
      return c;
    }
  }
}

int sequence_contains(Object* container, Object* item) {
  if (ObjObjFn f = container->type->as_sequence->contains) return f(container, item);
  return sequence_contains_by_iteration(container, item);
}

// ---- iteration ----------------------------------------------------------------------------------
Object* get_iter(Object* op) {
  TypeObject* t = op->type;
  if (UnaryFn f = t->iter) {
    Object* r = f(op);
    if (r && !r->type->iternext) {
      err_format(&ExcTypeError, "iter() returned non-iterator of type '{}'", type_name(r->type));
      decref(r);
      return nullptr;
    }
    return r;
  }
  if (t->as_mapping->getitem && !is_dict(op)) return seqiter_new(op);
  err_format(&ExcTypeError, "'{}' object is not iterable", type_name(t));
  return nullptr;
}

bool iter_failed() {
  if (!err_occurred()) return false;
  if (!err_matches(&ExcStopIteration)) return true;
  err_clear();
  return false;
}

Object* iter_next(Object* iter) {
  Object* r = iter->type->iternext(iter);
  if (!r) iter_failed();
  return r;
}

bool is_iterator(Object* op) {
  return op->type->iternext != nullptr;
}

Object* sequence_list(Object* iterable) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (list_extend(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

// CPython 3.11's PySequence_Tuple: a tuple sized by the length hint (10 when there is none),
// grown by 10 + 25% when the guess is short and cut back at the end.
Object* sequence_tuple(Object* iterable) {
  if (is_tuple_exact(iterable)) return new_ref(iterable);
  if (is_list_exact(iterable)) return list_as_tuple(iterable);
  Object* it = get_iter(iterable);
  if (!it) return nullptr;
  ssize n = object_length_hint(iterable, 10);
  Object* result = n < 0 ? nullptr : tuple_new(n);
  if (!result) {
    decref(it);
    return nullptr;
  }
  ssize j = 0;
  for (;; ++j) {
    Object* item = iter_next(it);
    if (!item) {
      if (err_occurred()) {
        decref(it);
        decref(result);
        return nullptr;
      }
      break;
    }
    if (j >= n) {
      n += 10;
      n += n >> 2;
      if (tuple_resize(&result, n) < 0) {
        decref(item);
        decref(it);
        return nullptr;
      }
    }
    tuple_set_new(result, j, item);
  }
  decref(it);
  if (j < n && tuple_resize(&result, j) < 0) return nullptr;
  return result;
}

// ---- numbers ------------------------------------------------------------------------------------
namespace {

const char* const g_binop_symbols[] = {"+", "&",  "//", "<<", "@", "*", "%",
                                       "|", "**", ">>", "-",  "/", "^"};

Object* binary_op1(Object* v, Object* w, int op) {
  BinaryFn slotv = v->type->as_number->nb[op];
  BinaryFn slotw = nullptr;
  if (w->type != v->type) {
    slotw = w->type->as_number->nb[op];
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && type_is_subtype(w->type, v->type)) {
      Object* x = slotw(v, w);
      if (x != NotImplemented()) return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  return not_implemented_new_ref();
}

Object* sequence_repeat(SsizeArgFn repeat, Object* seq, Object* n) {
  if (!has_index(n)) {
    err_format(&ExcTypeError, "can't multiply sequence by non-int of type '{}'",
               type_name(n->type));
    return nullptr;
  }
  ssize count = number_as_ssize(n, &ExcOverflowError);
  if (count == -1 && err_occurred()) return nullptr;
  return repeat(seq, count);
}

Object* binop_type_error(Object* v, Object* w, const char* symbol) {
  err_format(&ExcTypeError, "unsupported operand type(s) for {}: '{}' and '{}'", symbol,
             type_name(v->type), type_name(w->type));
  return nullptr;
}

}  // namespace

const char* binop_symbol(int op) {
  static const char* const inplace[] = {
      "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
  if (op >= BINOP_INPLACE) return inplace[op - BINOP_INPLACE];
  return g_binop_symbols[op];
}

Object* binary_op(Object* a, Object* b, int op) {
  Object* r = binary_op1(a, b, op);
  if (r != NotImplemented()) return r;
  decref(r);
  if (op == BINOP_ADD) {
    if (BinaryFn f = a->type->as_sequence->sq_concat) return f(a, b);
  } else if (op == BINOP_MULTIPLY) {
    if (a->type->as_sequence->sq_repeat)
      return sequence_repeat(a->type->as_sequence->sq_repeat, a, b);
    if (b->type->as_sequence->sq_repeat)
      return sequence_repeat(b->type->as_sequence->sq_repeat, b, a);
  }
  if (op == BINOP_POWER) return binop_type_error(a, b, "** or pow()");
  return binop_type_error(a, b, g_binop_symbols[op]);
}

Object* inplace_op(Object* a, Object* b, int op) {
  if (BinaryFn f = a->type->as_number->nb_inplace[op]) {
    Object* x = f(a, b);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  Object* r = binary_op1(a, b, op);
  if (r != NotImplemented()) return r;
  decref(r);
  if (op == BINOP_ADD) {
    if (BinaryFn f = a->type->as_sequence->sq_inplace_concat) return f(a, b);
    if (BinaryFn f = a->type->as_sequence->sq_concat) return f(a, b);
  } else if (op == BINOP_MULTIPLY) {
    if (a->type->as_sequence->sq_inplace_repeat)
      return sequence_repeat(a->type->as_sequence->sq_inplace_repeat, a, b);
    if (a->type->as_sequence->sq_repeat)
      return sequence_repeat(a->type->as_sequence->sq_repeat, a, b);
    if (b->type->as_sequence->sq_repeat)
      return sequence_repeat(b->type->as_sequence->sq_repeat, b, a);
  }
  return binop_type_error(a, b, binop_symbol(op + BINOP_INPLACE));
}

Object* number_power(Object* a, Object* b, Object* mod) {
  if (!mod || is_none(mod)) return binary_op(a, b, BINOP_POWER);
  TernaryFn slotv = a->type->as_number->nb_power_mod;
  TernaryFn slotw = b->type != a->type ? b->type->as_number->nb_power_mod : nullptr;
  if (slotw == slotv) slotw = nullptr;
  if (slotv) {
    Object* x = slotv(a, b, mod);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(a, b, mod);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  if (TernaryFn slotz = mod->type->as_number->nb_power_mod;
      slotz && slotz != slotv && slotz != slotw) {
    Object* x = slotz(a, b, mod);
    if (x != NotImplemented()) return x;
    decref(x);
  }
  err_format(&ExcTypeError, "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
             type_name(a->type), type_name(b->type), type_name(mod->type));
  return nullptr;
}

namespace {
Object* unary_op(Object* a, UnaryFn f, const char* symbol) {
  if (f) return f(a);
  err_format(&ExcTypeError, "bad operand type for {}: '{}'", symbol, type_name(a->type));
  return nullptr;
}
}  // namespace

Object* number_negative(Object* a) {
  return unary_op(a, a->type->as_number->nb_negative, "unary -");
}
Object* number_positive(Object* a) {
  return unary_op(a, a->type->as_number->nb_positive, "unary +");
}
Object* number_invert(Object* a) {
  return unary_op(a, a->type->as_number->nb_invert, "unary ~");
}
Object* number_absolute(Object* a) {
  return unary_op(a, a->type->as_number->nb_absolute, "abs()");
}

bool has_index(Object* a) {
  return is_int(a) || a->type->as_number->nb_index != nullptr;
}

Object* number_index(Object* a) {
  if (is_int_exact(a)) return new_ref(a);
  if (is_int(a)) return int_exact_copy(a);
  if (!a->type->as_number->nb_index) {
    err_format(&ExcTypeError, "'{}' object cannot be interpreted as an integer",
               type_name(a->type));
    return nullptr;
  }
  Object* r = a->type->as_number->nb_index(a);
  if (r && !is_int(r)) {
    err_format(&ExcTypeError, "__index__ returned non-int (type {})", type_name(r->type));
    decref(r);
    return nullptr;
  }
  if (r && !is_int_exact(r)) {  // PyNumber_Index: an int subclass result becomes a plain int
    Object* exact = int_exact_copy(r);
    decref(r);
    return exact;
  }
  return r;
}

ssize number_as_ssize(Object* a, TypeObject* err_type) {
  if (is_int(a) && int_is_medium(a)) return ssize(int_medium_value(a));
  Object* v = number_index(a);
  if (!v) return -1;
  bool overflow;
  std::int64_t r = int_as_i64(v, &overflow);
  int sign = int_sign(v);
  decref(v);
  if (!overflow) return ssize(r);
  if (!err_type) return sign < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  err_format(err_type, "cannot fit '{}' into an index-sized integer", type_name(a->type));
  return -1;
}

Object* number_long(Object* a) {
  if (is_int_exact(a)) return new_ref(a);
  TypeObject* t = a->type;
  if (t->as_number->nb_int) {
    Object* r = t->as_number->nb_int(a);
    if (!r || is_int_exact(r)) return r;
    if (!is_int(r)) {
      err_format(&ExcTypeError, "__int__ returned non-int (type {})", type_name(r->type));
      decref(r);
      return nullptr;
    }
    Object* exact = number_index(r);
    decref(r);
    return exact;
  }
  if (t->as_number->nb_index) return number_index(a);
  Object* trunc = lookup_special(a, ids::trunc);
  if (trunc) {
    Object* r = call_no_args(trunc);
    decref(trunc);
    if (!r || is_int(r)) {
      if (r && !is_int_exact(r)) {
        Object* exact = number_index(r);
        decref(r);
        return exact;
      }
      return r;
    }
    Object* i = number_index(r);
    decref(r);
    if (!i) {
      err_clear();
      err_format(&ExcTypeError, "__trunc__ returned non-Integral (type {})", type_name(r->type));
    }
    return i;
  }
  if (err_occurred()) return nullptr;
  if (is_str(a)) return int_from_str_object(a, 10);
  std::string_view data;
  if (bytes_like_data(a, &data)) return int_from_bytes_text(data, 10);
  err_format(&ExcTypeError,
             "int() argument must be a string, a bytes-like object or a real number, not '{}'",
             type_name(t));
  return nullptr;
}

Object* number_float(Object* a) {
  return float_from_object(a);
}

// ---- isinstance / issubclass -------------------------------------------------------------------
bool isinstance_exact_or_sub(Object* op, TypeObject* t) {
  return type_check(op, t);
}

namespace {

int abstract_get_bases_check(Object* cls) {
  if (is_type(cls)) return 1;
  Object* bases = nullptr;
  Object* name = str_intern_cstr("__bases__");
  int r = lookup_attr(cls, name, &bases);
  decref(name);
  if (r <= 0) return r;
  bool ok = is_tuple(bases);
  decref(bases);
  return ok;
}

int recursive_isinstance(Object* inst, Object* cls) {
  if (is_type(cls)) {
    if (type_check(inst, static_cast<TypeObject*>(cls))) return 1;
    Object* c = nullptr;
    if (lookup_attr(inst, ids::class_, &c) < 0) return -1;
    int r = 0;
    if (c && c != inst->type && is_type(c)) {
      r = type_is_subtype(static_cast<TypeObject*>(c), static_cast<TypeObject*>(cls));
    }
    xdecref(c);
    return r;
  }
  if (abstract_get_bases_check(cls) <= 0) {
    if (!err_occurred()) {
      err_set_string(&ExcTypeError,
                     "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }
    return -1;
  }
  return 0;
}

}  // namespace

int object_isinstance(Object* inst, Object* cls) {
  if (inst->type == cls) return 1;
  if (is_type(cls) && cls->type == &TypeType) {
    return recursive_isinstance(inst, cls);
  }
  if (is_tuple(cls)) {
    if (!enter_recursive_call(" in __instancecheck__")) return -1;
    int r = 0;
    for (ssize i = 0; i < tuple_size(cls) && r == 0; ++i)
      r = object_isinstance(inst, tuple_get(cls, i));
    leave_recursive_call();
    return r;
  }
  Object* checker = lookup_special(cls, ids::instancecheck);
  if (checker) {
    if (!enter_recursive_call(" in __instancecheck__")) {
      decref(checker);
      return -1;
    }
    Object* r = call_one_arg(checker, inst);
    leave_recursive_call();
    decref(checker);
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  if (err_occurred()) return -1;
  return recursive_isinstance(inst, cls);
}

int object_issubclass(Object* derived, Object* cls) {
  if (is_type(cls) && cls->type == &TypeType && is_type(derived)) {
    return type_is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
  }
  if (is_tuple(cls)) {
    int r = 0;
    for (ssize i = 0; i < tuple_size(cls) && r == 0; ++i)
      r = object_issubclass(derived, tuple_get(cls, i));
    return r;
  }
  Object* checker = lookup_special(cls, ids::subclasscheck);
  if (checker) {
    Object* r = call_one_arg(checker, derived);
    decref(checker);
    if (!r) return -1;
    int t = object_is_true(r);
    decref(r);
    return t;
  }
  if (err_occurred()) return -1;
  if (!is_type(derived)) {
    err_set_string(&ExcTypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type(cls)) {
    err_set_string(&ExcTypeError,
                   "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return type_is_subtype(static_cast<TypeObject*>(derived), static_cast<TypeObject*>(cls));
}

// ---- recursion guard for reprs ---------------------------------------------------------------
namespace {
Object* g_thread_dict = nullptr;  // CPython's PyThreadState_GetDict(), made on first use
Object* g_repr_list = nullptr;    // its "Py_Repr" entry (a reference of our own too)
}  // namespace

int repr_enter(Object* op) {
  if (!g_repr_list) {
    if (!g_thread_dict && !(g_thread_dict = dict_new())) return -1;
    Object* list = list_new(0);
    if (!list) return -1;
    Object* key;
    {
      memory::tracer::Untraced untraced;  // CPython's key is a static string (_Py_ID(Py_Repr))
      key = str_from_cstr("Py_Repr");
    }
    int r = key ? dict_set_item(g_thread_dict, key, list) : -1;
    xdecref(key);
    if (r < 0) {
      decref(list);
      return -1;
    }
    g_repr_list = list;
  }
  for (ssize i = list_size(g_repr_list); --i >= 0;) {
    if (list_get(g_repr_list, i) == op) return 1;
  }
  return list_append(g_repr_list, op) < 0 ? -1 : 0;
}

void repr_leave(Object* op) {
  if (!g_repr_list) return;
  Object* saved = err_fetch();
  for (ssize i = list_size(g_repr_list); --i >= 0;) {  // op is normally the last one
    if (list_get(g_repr_list, i) == op) {
      if (list_set_slice(g_repr_list, i, i + 1, nullptr) < 0) err_clear();
      break;
    }
  }
  err_restore(saved);
}

void repr_stack_fini() {
  clear_ref(g_repr_list);
  clear_ref(g_thread_dict);
}

bool str_utf8_of(Object* op, std::string& out) {
  Object* s = object_str(op);
  if (!s) return false;
  ssize n;
  const char* p = str_utf8(s, &n);
  if (!p) {
    decref(s);
    return false;
  }
  out.assign(p, std::size_t(n));
  decref(s);
  return true;
}

bool repr_utf8_of(Object* op, std::string& out) {
  Object* s = object_repr(op);
  if (!s) return false;
  out = str_to_std(s);
  decref(s);
  return true;
}

}  // namespace mempy::runtime
