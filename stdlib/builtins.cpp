// stdlib/builtins.cpp — the builtins module: functions, the built-in types and exceptions.
// Iterator types (enumerate, zip, map, filter, reversed) and super are in builtin_types.cpp.
#include <cmath>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/cfunction.h"
#include "runtime/code.h"
#include "runtime/complex.h"
#include "runtime/descr.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/eval.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/function.h"
#include "runtime/ids.h"
#include "runtime/instance.h"
#include "runtime/int.h"
#include "runtime/iter.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/range.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/sysstate.h"
#include "runtime/tpcall.h"
#include "runtime/tuple.h"
#include "stdlib/builtin_types.h"
#include "stdlib/modules.h"

namespace mempy::interp {
runtime::Object* run_class_body(runtime::FunctionObject* func, runtime::Object* ns);
}

namespace mempy::stdlib {

using namespace runtime;

namespace {

// ---- __build_class__ ----------------------------------------------------------------------------
Object* b_build_class(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 2) {
    err_set_string(&ExcTypeError, "__build_class__: not enough arguments");
    return nullptr;
  }
  Object* func = args[0];
  if (!is_function(func)) {
    err_set_string(&ExcTypeError, "__build_class__: func must be a function");
    return nullptr;
  }
  Object* name = args[1];
  if (!is_str(name)) {
    err_set_string(&ExcTypeError, "__build_class__: name is not a string");
    return nullptr;
  }
  Ref<Object> orig_bases = steal(tuple_from_array(args + 2, nargs - 2));
  if (!orig_bases) return nullptr;
  // PEP 560: __mro_entries__
  Ref<Object> bases = borrow(orig_bases.get());
  {
    std::vector<Object*> resolved;
    bool changed = false;
    for (ssize i = 0; i < tuple_size(orig_bases.get()); ++i) {
      Object* b = tuple_get(orig_bases.get(), i);
      if (is_type(b)) {
        resolved.push_back(new_ref(b));
        continue;
      }
      Object* meth = nullptr;
      if (lookup_attr(b, ids::mro_entries, &meth) < 0) {
        for (Object* o : resolved) decref(o);
        return nullptr;
      }
      if (!meth) {
        resolved.push_back(new_ref(b));
        continue;
      }
      Object* r = call_one_arg(meth, orig_bases.get());
      decref(meth);
      if (!r || !is_tuple(r)) {
        if (r) {
          decref(r);
          err_set_string(&ExcTypeError, "__mro_entries__ must return a tuple");
        }
        for (Object* o : resolved) decref(o);
        return nullptr;
      }
      for (ssize k = 0; k < tuple_size(r); ++k) resolved.push_back(new_ref(tuple_get(r, k)));
      decref(r);
      changed = true;
    }
    Object* t = tuple_from_array_steal(resolved.data(), ssize(resolved.size()));
    if (!t) return nullptr;
    if (changed) {
      bases = steal(t);
    } else {
      decref(t);
    }
  }
  // metaclass and class keywords
  Ref<Object> kwds;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* meta = nullptr;
  if (nkw) {
    kwds = steal(dict_new());
    if (!kwds) return nullptr;
    for (ssize i = 0; i < nkw; ++i) {
      Object* k = tuple_get(kwnames, i);
      Object* v = args[nargs + i];
      if (str_eq_cstr(k, "metaclass")) {
        meta = v;
      } else if (dict_set_item(kwds.get(), k, v) < 0) {
        return nullptr;
      }
    }
  }
  bool is_class = false;
  if (!meta) {
    meta = tuple_size(bases.get()) == 0 ? static_cast<Object*>(&TypeType)
                                        : static_cast<Object*>(tuple_get(bases.get(), 0)->type);
    is_class = true;
  } else {
    is_class = is_type(meta);
  }
  Ref<Object> meta_ref = borrow(meta);
  if (is_class) {
    // the most derived metaclass among meta and the bases' metaclasses
    TypeObject* winner = static_cast<TypeObject*>(meta);
    for (ssize i = 0; i < tuple_size(bases.get()); ++i) {
      TypeObject* bm = tuple_get(bases.get(), i)->type;
      if (type_is_subtype(winner, bm)) continue;
      if (type_is_subtype(bm, winner)) {
        winner = bm;
        continue;
      }
      err_set_string(&ExcTypeError,
                     "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                     "subclass of the metaclasses of all its bases");
      return nullptr;
    }
    meta_ref = borrow<Object>(winner);
  }
  // __prepare__
  Ref<Object> ns;
  Object* prepare = nullptr;
  if (lookup_attr(meta_ref.get(), ids::prepare, &prepare) < 0) return nullptr;
  if (prepare) {
    Object* pargs[2] = {name, bases.get()};
    ns = steal(call_with_kwdict(prepare, pargs, 2, kwds.get()));
    decref(prepare);
    if (!ns) return nullptr;
  } else {
    ns = steal(dict_new());
    if (!ns) return nullptr;
  }
  if (!is_dict(ns.get())) {
    err_format(&ExcTypeError, "{}.__prepare__() must return a mapping, not {}",
               is_type(meta_ref.get()) ? type_name(static_cast<TypeObject*>(meta_ref.get()))
                                       : "<metaclass>",
               type_name(ns->type));
    return nullptr;
  }
  Object* cell = interp::run_class_body(static_cast<FunctionObject*>(func), ns.get());
  if (!cell) return nullptr;
  Ref<Object> cell_ref = steal(cell);
  if (bases.get() != orig_bases.get()) {
    if (dict_set_item_cstr(ns.get(), "__orig_bases__", orig_bases.get()) < 0) return nullptr;
  }
  Object* margs[3] = {name, bases.get(), ns.get()};
  Object* cls = call_with_kwdict(meta_ref.get(), margs, 3, kwds.get());
  if (!cls) return nullptr;
  if (is_type(cls) && is_cell(cell)) {
    Object* cell_contents = static_cast<CellObject*>(cell)->ref;
    if (cell_contents != cls) {
      if (!cell_contents) {
        err_format(&ExcRuntimeError,
                   "__class__ not set defining {} as {}. Was __classcell__ propagated to "
                   "type.__new__?",
                   repr_for_message(name), repr_for_message(cls));
      } else {
        err_format(&ExcTypeError, "__class__ set to {} defining {} as {}",
                   repr_for_message(cell_contents), repr_for_message(name), repr_for_message(cls));
      }
      decref(cls);
      return nullptr;
    }
  }
  return cls;
}

// ---- printing and input -------------------------------------------------------------------------
// CPython 3.11's print is an Argument Clinic function taking *args: its first call builds the
// parser's keyword tuple (kept for good), and every call packs the positional arguments into a
// tuple (through the tuple free list) that lives until print returns. Each piece is then written
// with PyFile_WriteObject, which binds file.write anew (a bound-method object) every time. All of
// it shows in gc.get_count(), so mempy does the same.
KeywordTuple g_print_keywords{{"sep", "end", "file", "flush"}};

Object* b_print(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!keyword_tuple(g_print_keywords)) return nullptr;
  Ref<Object> values = steal(tuple_from_array(args, nargs));
  if (!values) return nullptr;
  Object* sep = nullptr;
  Object* end = nullptr;
  Object* file = nullptr;
  bool flush = false;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    Object* k = tuple_get(kwnames, i);
    Object* v = args[nargs + i];
    if (str_eq_cstr(k, "sep")) {
      sep = v;
    } else if (str_eq_cstr(k, "end")) {
      end = v;
    } else if (str_eq_cstr(k, "file")) {
      file = v;
    } else if (str_eq_cstr(k, "flush")) {
      int t = object_is_true(v);
      if (t < 0) return nullptr;
      flush = t > 0;
    } else {
      err_format(&ExcTypeError, "'{}' is an invalid keyword argument for print()", str_to_std(k));
      return nullptr;
    }
  }
  if (sep && is_none(sep)) sep = nullptr;
  if (end && is_none(end)) end = nullptr;
  if (sep && !is_str(sep)) {
    err_format(&ExcTypeError, "sep must be None or a string, not {}", type_name(sep->type));
    return nullptr;
  }
  if (end && !is_str(end)) {
    err_format(&ExcTypeError, "end must be None or a string, not {}", type_name(end->type));
    return nullptr;
  }
  if (!file || is_none(file)) {
    file = sys_get(ids::s_stdout);
    if (!file || is_none(file)) return none_new_ref();  // CPython: nothing happens
  }
  Ref<Object> file_ref = borrow(file);
  for (ssize i = 0; i < nargs; ++i) {
    if (i > 0 && file_write_object(file, sep ? sep : ids::s_space) < 0) return nullptr;
    if (file_write_object(file, tuple_get(values.get(), i)) < 0) return nullptr;
  }
  if (file_write_object(file, end ? end : ids::s_newline) < 0) return nullptr;
  if (flush) {
    Object* r = call_method(file, ids::s_flush, nullptr, 0);
    if (!r) return nullptr;
    decref(r);
  }
  return none_new_ref();
}

Object* b_input(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("input", kwnames) || !check_nargs("input", nargs, 0, 1)) return nullptr;
  Object* out = sys_get("stdout");
  if (nargs == 1 && out && !is_none(out) && file_write_object(out, args[0]) < 0) return nullptr;
  if (out && !is_none(out)) {
    Object* r = call_method(out, ids::s_flush, nullptr, 0);
    if (!r) return nullptr;
    decref(r);
  }
  Object* in = sys_get("stdin");
  if (!in || is_none(in)) {
    err_set_string(&ExcRuntimeError, "input(): lost sys.stdin");
    return nullptr;
  }
  Object* line = call_method(in, ids::s_readline, nullptr, 0);
  if (!line) return nullptr;
  if (!is_str(line)) {
    decref(line);
    err_set_string(&ExcTypeError, "object.readline() returned non-string");
    return nullptr;
  }
  ssize n = str_length(line);
  if (n == 0) {
    decref(line);
    err_set_string(&ExcEOFError, "EOF when reading a line");
    return nullptr;
  }
  if (str_char_at(line, n - 1) == '\n') {
    Object* t = str_substring(line, 0, n - 1);
    decref(line);
    return t;
  }
  return line;
}

// ---- simple functions
// ----------------------------------------------------------------------------
Object* b_len(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("len", nargs, kwnames)) return nullptr;
  ssize n = object_length(args[0]);
  if (n < 0) return nullptr;
  return int_from_ssize(n);
}

Object* b_abs(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("abs", nargs, kwnames)) return nullptr;
  return number_absolute(args[0]);
}

Object* b_repr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("repr", nargs, kwnames)) return nullptr;
  return object_repr(args[0]);
}

Object* b_ascii(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("ascii", nargs, kwnames)) return nullptr;
  return object_ascii(args[0]);
}

Object* b_hash(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("hash", nargs, kwnames)) return nullptr;
  hash_t h = object_hash(args[0]);
  if (h == -1 && err_occurred()) return nullptr;
  return int_from_ssize(h);  // PyLong_FromSsize_t
}

Object* b_id(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("id", nargs, kwnames)) return nullptr;
  return int_from_u64(reinterpret_cast<std::uintptr_t>(args[0]));
}

Object* b_callable(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("callable", nargs, kwnames)) return nullptr;
  return bool_new_ref(is_callable(args[0]));
}

Object* b_chr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("chr", nargs, kwnames)) return nullptr;
  if (!has_index(args[0])) {
    err_format(&ExcTypeError, "'{}' object cannot be interpreted as an integer",
               type_name(args[0]->type));
    return nullptr;
  }
  Object* i = number_index(args[0]);
  if (!i) return nullptr;
  bool ov;
  std::int64_t v = int_as_i64(i, &ov);
  decref(i);
  if (ov) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C int");
    return nullptr;
  }
  if (v < 0 || v > 0x10FFFF) {
    err_set_string(&ExcValueError, "chr() arg not in range(0x110000)");
    return nullptr;
  }
  return str_from_codepoint(std::uint32_t(v));
}

Object* b_ord(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("ord", nargs, kwnames)) return nullptr;
  Object* c = args[0];
  if (is_str(c)) {
    if (str_length(c) == 1) return int_from_i64(str_char_at(c, 0));
    err_format(&ExcTypeError, "ord() expected a character, but string of length {} found",
               str_length(c));
    return nullptr;
  }
  std::string_view b;
  if (bytes_like_data(c, &b)) {
    if (b.size() == 1) return int_from_i64(static_cast<unsigned char>(b[0]));
    err_format(&ExcTypeError, "ord() expected a character, but string of length {} found",
               b.size());
    return nullptr;
  }
  err_format(&ExcTypeError, "ord() expected string of length 1, but {} found", type_name(c->type));
  return nullptr;
}

Object* base_format(Object* const* args, ssize nargs, Object* kwnames, const char* name, int base) {
  if (!check_one_arg(name, nargs, kwnames)) return nullptr;
  Object* i = number_index(args[0]);
  if (!i) return nullptr;
  Object* r = int_format_base(i, base);
  decref(i);
  return r;
}
Object* b_hex(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return base_format(args, nargs, kwnames, "hex", 16);
}
Object* b_oct(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return base_format(args, nargs, kwnames, "oct", 8);
}
Object* b_bin(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return base_format(args, nargs, kwnames, "bin", 2);
}

Object* b_format(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("format", kwnames) || !check_nargs("format", nargs, 1, 2)) return nullptr;
  Object* spec = nargs == 2 ? args[1] : nullptr;
  if (spec && !is_str(spec)) {
    err_format(&ExcTypeError, "format() argument 2 must be str, not {}", type_name(spec->type));
    return nullptr;
  }
  return object_format(args[0], spec);
}

Object* b_divmod(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("divmod", kwnames) || !check_nargs("divmod", nargs, 2, 2)) return nullptr;
  Object* a = args[0];
  Object* b = args[1];
  BinaryFn fa = a->type->as_number->nb_divmod;
  BinaryFn fb = b->type != a->type ? b->type->as_number->nb_divmod : nullptr;
  if (fa) {
    if (fb && type_is_subtype(b->type, a->type)) {
      Object* r = fb(a, b);
      if (r != NotImplemented()) return r;
      decref(r);
      fb = nullptr;
    }
    Object* r = fa(a, b);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  if (fb) {
    Object* r = fb(a, b);
    if (r != NotImplemented()) return r;
    decref(r);
  }
  err_format(&ExcTypeError, "unsupported operand type(s) for divmod(): '{}' and '{}'",
             type_name(a->type), type_name(b->type));
  return nullptr;
}

Object* b_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[3];
  static const ArgSpec spec{"pow", {"base", "exp", "mod"}, 0, 3, 2};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  return number_power(a[0], a[1], a[2] ? a[2] : None());
}

Object* b_round(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"round", {"number", "ndigits"}, 0, 2, 1};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  Object* meth = lookup_special(a[0], ids::round);
  if (!meth) {
    if (!err_occurred()) {
      err_format(&ExcTypeError, "type {} doesn't define __round__ method", type_name(a[0]->type));
    }
    return nullptr;
  }
  Object* r = (a[1] && !is_none(a[1])) ? call_one_arg(meth, a[1]) : call_no_args(meth);
  decref(meth);
  return r;
}

Object* b_isinstance(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("isinstance", kwnames) || !check_nargs("isinstance", nargs, 2, 2)) {
    return nullptr;
  }
  int r = object_isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

Object* b_issubclass(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("issubclass", kwnames) || !check_nargs("issubclass", nargs, 2, 2)) {
    return nullptr;
  }
  int r = object_issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

// ---- attribute functions
// --------------------------------------------------------------------------
Object* b_getattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("getattr", kwnames) || !check_nargs("getattr", nargs, 2, 3)) return nullptr;
  if (!is_str(args[1])) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(args[1]->type));
    return nullptr;
  }
  if (nargs == 3) {
    Object* r = nullptr;
    int found = lookup_attr(args[0], args[1], &r);
    if (found < 0) return nullptr;
    return found ? r : new_ref(args[2]);
  }
  return get_attr(args[0], args[1]);
}

Object* b_setattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("setattr", kwnames) || !check_nargs("setattr", nargs, 3, 3)) return nullptr;
  if (set_attr(args[0], args[1], args[2]) < 0) return nullptr;
  return none_new_ref();
}

Object* b_delattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("delattr", kwnames) || !check_nargs("delattr", nargs, 2, 2)) return nullptr;
  if (set_attr(args[0], args[1], nullptr) < 0) return nullptr;
  return none_new_ref();
}

Object* b_hasattr(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("hasattr", kwnames) || !check_nargs("hasattr", nargs, 2, 2)) return nullptr;
  if (!is_str(args[1])) {
    err_format(&ExcTypeError, "attribute name must be string, not '{}'", type_name(args[1]->type));
    return nullptr;
  }
  int r = has_attr(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_new_ref(r);
}

Object* b_vars(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("vars", kwnames) || !check_nargs("vars", nargs, 0, 1)) return nullptr;
  if (nargs == 0) {
    Frame* f = current_frame();
    if (!f) return dict_new();
    Object* d = frame_fast_to_locals(f);
    return d ? new_ref(d) : nullptr;
  }
  Object* d = nullptr;
  if (lookup_attr(args[0], ids::dict, &d) < 0) return nullptr;
  if (!d) {
    err_set_string(&ExcTypeError, "vars() argument must have __dict__ attribute");
    return nullptr;
  }
  return d;
}

Object* b_dir(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("dir", kwnames) || !check_nargs("dir", nargs, 0, 1)) return nullptr;
  Object* names;
  if (nargs == 0) {
    Frame* f = current_frame();
    Object* locals = f ? xnew_ref(frame_fast_to_locals(f)) : dict_new();
    if (!locals) return nullptr;
    names = is_dict(locals) ? dict_keys_list(locals) : sequence_list(locals);
    decref(locals);
  } else {
    Object* meth = lookup_special(args[0], ids::dir);
    if (!meth) {
      if (!err_occurred()) err_set_string(&ExcTypeError, "object does not provide __dir__");
      return nullptr;
    }
    Object* r = call_no_args(meth);
    decref(meth);
    if (!r) return nullptr;
    names = sequence_list(r);
    decref(r);
  }
  if (!names) return nullptr;
  if (list_sort(names, nullptr, false) < 0) {
    decref(names);
    return nullptr;
  }
  return names;
}

Object* b_globals(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("globals", nargs, kwnames)) return nullptr;
  Object* g = current_globals();
  return g ? new_ref(g) : dict_new();
}

Object* b_locals(Object*, Object* const*, ssize nargs, Object* kwnames) {
  if (!check_no_args("locals", nargs, kwnames)) return nullptr;
  Frame* f = current_frame();
  if (!f) return dict_new();
  Object* d = frame_fast_to_locals(f);  // a function's locals: its f_locals dict, refreshed
  return d ? new_ref(d) : nullptr;
}

// ---- iteration
// ------------------------------------------------------------------------------------
Object* b_iter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("iter", kwnames) || !check_nargs("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) {
    err_set_string(&ExcTypeError, "iter(v, w): v must be callable");
    return nullptr;
  }
  return calliter_new(args[0], args[1]);
}

Object* b_next(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("next", kwnames) || !check_nargs("next", nargs, 1, 2)) return nullptr;
  Object* it = args[0];
  if (!it->type->iternext) {
    err_format(&ExcTypeError, "'{}' object is not an iterator", type_name(it->type));
    return nullptr;
  }
  Object* r = it->type->iternext(it);  // a generator's return value arrives as StopIteration(value)
  if (r) return r;
  if (err_occurred()) {
    if (nargs == 2 && err_matches(&ExcStopIteration)) {
      err_clear();
      return new_ref(args[1]);
    }
    return nullptr;
  }
  if (nargs == 2) return new_ref(args[1]);
  err_set_none(&ExcStopIteration);
  return nullptr;
}

Object* minmax(Object* const* args, ssize nargs, Object* kwnames, int op, const char* name) {
  Object* key = nullptr;
  Object* deflt = nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    Object* k = tuple_get(kwnames, i);
    if (str_eq_cstr(k, "key")) {
      key = args[nargs + i];
    } else if (str_eq_cstr(k, "default")) {
      deflt = args[nargs + i];
    } else {
      err_format(&ExcTypeError, "{}() got an unexpected keyword argument '{}'", name,
                 str_to_std(k));
      return nullptr;
    }
  }
  if (key && is_none(key)) key = nullptr;
  if (nargs == 0) {
    err_format(&ExcTypeError, "{} expected at least 1 argument, got 0", name);
    return nullptr;
  }
  Ref<Object> it;
  if (nargs == 1) {
    it = steal(get_iter(args[0]));
  } else {
    if (deflt) {
      err_format(&ExcTypeError,
                 "Cannot specify a default for {}() with multiple positional arguments", name);
      return nullptr;
    }
    Ref<Object> t = steal(packed_args_tuple(args, nargs));  // iterates its own argument tuple
    if (!t) return nullptr;
    it = steal(get_iter(t.get()));
  }
  if (!it) return nullptr;
  Object* best = nullptr;
  Object* best_key = nullptr;
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) break;
    Object* k = key ? call_one_arg(key, item) : new_ref(item);
    if (!k) {
      decref(item);
      xdecref(best);
      xdecref(best_key);
      return nullptr;
    }
    if (!best) {
      best = item;
      best_key = k;
      continue;
    }
    int c = rich_compare_bool(k, best_key, op);
    if (c < 0) {
      decref(item);
      decref(k);
      decref(best);
      decref(best_key);
      return nullptr;
    }
    if (c) {
      decref(best);
      decref(best_key);
      best = item;
      best_key = k;
    } else {
      decref(item);
      decref(k);
    }
  }
  if (err_occurred()) {
    xdecref(best);
    xdecref(best_key);
    return nullptr;
  }
  xdecref(best_key);
  if (!best) {
    if (deflt) return new_ref(deflt);
    err_format(&ExcValueError, "{}() arg is an empty sequence", name);
    return nullptr;
  }
  return best;
}

Object* b_min(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return minmax(args, nargs, kwnames, CMP_LT, "min");
}
Object* b_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return minmax(args, nargs, kwnames, CMP_GT, "max");
}

Object* b_sum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[2];
  static const ArgSpec spec{"sum", {"", "start"}, 1, 2, 1};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  Object* start = a[1];
  if (start) {
    if (is_str(start)) {
      err_set_string(&ExcTypeError, "sum() can't sum strings [use ''.join(seq) instead]");
      return nullptr;
    }
    if (is_bytes(start)) {
      err_set_string(&ExcTypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
      return nullptr;
    }
    if (is_bytearray(start)) {
      err_set_string(&ExcTypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
      return nullptr;
    }
  }
  Ref<Object> it = steal(get_iter(a[0]));
  if (!it) return nullptr;
  Object* result = start ? new_ref(start) : small_int(0);
  // int fast path
  if (result->type == &IntType && int_is_medium(result)) {
    std::int64_t acc = int_medium_value(result);
    for (;;) {
      Object* item = iter_next(it.get());
      if (!item) {
        if (err_occurred()) {
          decref(result);
          return nullptr;
        }
        decref(result);
        return int_from_i64(acc);
      }
      if (item->type == &IntType && int_is_medium(item)) {
        acc += int_medium_value(item);
        decref(item);
        if (acc < -(std::int64_t(1) << 62) || acc > (std::int64_t(1) << 62)) {
          decref(result);
          result = int_from_i64(acc);
          goto generic;
        }
        continue;
      }
      decref(result);
      result = int_from_i64(acc);
      if (!result) {
        decref(item);
        return nullptr;
      }
      Object* r = binary_op(result, item, BINOP_ADD);
      decref(result);
      decref(item);
      if (!r) return nullptr;
      result = r;
      break;
    }
  }
  if (result->type == &FloatType) {
    double acc = float_value(result);
    for (;;) {
      Object* item = iter_next(it.get());
      if (!item) {
        decref(result);
        if (err_occurred()) return nullptr;
        return float_from_double(acc);
      }
      if (item->type == &FloatType) {
        acc += float_value(item);
        decref(item);
        continue;
      }
      if (item->type == &IntType && int_is_medium(item)) {
        acc += double(int_medium_value(item));
        decref(item);
        continue;
      }
      decref(result);
      result = float_from_double(acc);
      Object* r = result ? binary_op(result, item, BINOP_ADD) : nullptr;
      xdecref(result);
      decref(item);
      if (!r) return nullptr;
      result = r;
      break;
    }
  }
generic:
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) break;
    Object* r = binary_op(result, item, BINOP_ADD);
    decref(result);
    decref(item);
    if (!r) return nullptr;
    result = r;
  }
  if (err_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* b_any(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("any", nargs, kwnames)) return nullptr;
  Ref<Object> it = steal(get_iter(args[0]));
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) break;
    int t = object_is_true(item);
    decref(item);
    if (t < 0) return nullptr;
    if (t) return bool_new_ref(true);
  }
  if (err_occurred()) return nullptr;
  return bool_new_ref(false);
}

Object* b_all(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("all", nargs, kwnames)) return nullptr;
  Ref<Object> it = steal(get_iter(args[0]));
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) break;
    int t = object_is_true(item);
    decref(item);
    if (t < 0) return nullptr;
    if (!t) return bool_new_ref(false);
  }
  if (err_occurred()) return nullptr;
  return bool_new_ref(true);
}

Object* b_sorted(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs != 1) {
    err_format(&ExcTypeError, "sorted expected 1 argument, got {}", nargs);
    return nullptr;
  }
  Object* list = sequence_list(args[0]);
  if (!list) return nullptr;
  Object* a[2];
  static const ArgSpec spec{"sort", {"key", "reverse"}, 0, 0, 0};
  if (!parse_args(spec, args + 1, 0, kwnames, a)) {
    decref(list);
    return nullptr;
  }
  bool reverse = false;
  if (a[1]) {
    int t = object_is_true(a[1]);
    if (t < 0) {
      decref(list);
      return nullptr;
    }
    reverse = t;
  }
  if (list_sort(list, a[0], reverse) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

// ---- compile / exec / eval / __import__
// -------------------------------------------------------------
bool source_text(Object* src, std::string& out, const char* fname) {
  if (is_str(src)) {
    out = str_to_std(src);
    return true;
  }
  std::string_view b;
  if (bytes_like_data(src, &b)) {
    out.assign(b);
    return true;
  }
  err_format(&ExcTypeError, "{}() arg 1 must be a string, bytes or code object", fname);
  return false;
}

Object* b_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[6];
  static const ArgSpec spec{
      "compile", {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 0, 6, 3};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  std::string source;
  if (!source_text(a[0], source, "compile")) return nullptr;
  if (!is_str(a[2])) {
    err_set_string(&ExcTypeError, "compile() mode must be str");
    return nullptr;
  }
  std::string mode = str_to_std(a[2]);
  if (mode != "exec" && mode != "eval" && mode != "single") {
    err_set_string(&ExcValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    return nullptr;
  }
  return compile_source(source, a[1], mode.c_str());
}

Object* exec_or_eval(Object* const* args, ssize nargs, Object* kwnames, const char* name,
                     const char* mode) {
  // exec(source, globals=None, locals=None, /, *, closure=None); eval checks only the count
  Object* a[4];
  if (std::string_view(mode) == "eval") {
    if (!check_no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 3)) return nullptr;
    for (int i = 0; i < 3; ++i) a[i] = i < nargs ? args[i] : nullptr;
  } else {
    const ArgSpec spec{name, {"", "", "", "closure"}, 3, 3, 1};
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  }
  Object* globals = a[1] && !is_none(a[1]) ? a[1] : nullptr;
  Object* locals = a[2] && !is_none(a[2]) ? a[2] : nullptr;
  if (globals && !is_dict(globals)) {
    err_format(&ExcTypeError, "{}() globals must be a dict, not {}", name,
               type_name(globals->type));
    return nullptr;
  }
  if (!globals) {
    globals = current_globals();
    if (!locals) {
      Frame* f = current_frame();
      if (f) {
        locals = frame_fast_to_locals(f);  // as locals(): writes do not reach the fast locals
        if (!locals) return nullptr;
      }
    }
  }
  if (!locals) locals = globals;
  if (!dict_get_item_str(globals, ids::builtins) && builtins_module()) {
    if (dict_set_item(globals, ids::builtins, builtins_module()) < 0) return nullptr;
  }
  Ref<Object> code;
  Ref<Object> literals;  // alive while the string's code runs, as CPython's AST arena
  if (is_code(a[0])) {
    code = borrow(a[0]);
  } else {
    std::string source;
    if (!source_text(a[0], source, name)) return nullptr;
    if (std::string_view(mode) == "eval") {
      // eval strips leading spaces and tabs
      std::size_t b = source.find_first_not_of(" \t");
      source = b == std::string::npos ? "" : source.substr(b);
    }
    Object* fn = str_from_cstr("<string>");
    if (!fn) return nullptr;
    Object* lits = nullptr;
    code = steal(compile_source(source, fn, mode, &lits));
    literals = steal(lits);
    decref(fn);
    if (!code) return nullptr;
  }
  Object* r = eval_code(code.get(), globals, locals);
  if (!r) return nullptr;
  if (std::string_view(mode) == "exec") {
    decref(r);
    return none_new_ref();
  }
  return r;
}

Object* b_exec(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return exec_or_eval(args, nargs, kwnames, "exec", "exec");
}
Object* b_eval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return exec_or_eval(args, nargs, kwnames, "eval", "eval");
}

Object* b_import(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object* a[5];
  static const ArgSpec spec{
      "__import__", {"name", "globals", "locals", "fromlist", "level"}, 0, 5, 1};
  if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
  int level = 0;
  if (a[4]) {
    ssize l = number_as_ssize(a[4], &ExcOverflowError);
    if (l == -1 && err_occurred()) return nullptr;
    level = int(l);
  }
  Object* globals = a[1] && is_dict(a[1]) ? a[1] : nullptr;
  return import_module_level(a[0], globals, a[3], level);
}

MethodDef builtin_functions[] = {
    {"__build_class__", b_build_class, METH_DEFAULT,
     "Internal helper function used by the class statement."},
    {"__import__", b_import, METH_DEFAULT, "Import a module."},
    {"abs", b_abs, METH_DEFAULT, "Return the absolute value of the argument."},
    {"all", b_all, METH_DEFAULT,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", b_any, METH_DEFAULT, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", b_ascii, METH_DEFAULT, nullptr},
    {"bin", b_bin, METH_DEFAULT, "Return the binary representation of an integer."},
    {"callable", b_callable, METH_DEFAULT, "Return whether the object is callable."},
    {"chr", b_chr, METH_DEFAULT, "Return a Unicode string of one character with ordinal i."},
    {"compile", b_compile, METH_DEFAULT, "Compile source into a code object."},
    {"delattr", b_delattr, METH_DEFAULT, "Deletes the named attribute from the given object."},
    {"dir", b_dir, METH_VARARGS, "Show attributes of an object."},
    {"divmod", b_divmod, METH_DEFAULT, "Return the tuple (x//y, x%y)."},
    {"eval", b_eval, METH_DEFAULT, "Evaluate the given source."},
    {"exec", b_exec, METH_DEFAULT, "Execute the given source."},
    {"format", b_format, METH_DEFAULT, "Return value.__format__(format_spec)"},
    {"getattr", b_getattr, METH_DEFAULT, "Get a named attribute from an object."},
    {"globals", b_globals, METH_DEFAULT,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", b_hasattr, METH_DEFAULT,
     "Return whether the object has an attribute with the given name."},
    {"hash", b_hash, METH_DEFAULT, "Return the hash value for the given object."},
    {"hex", b_hex, METH_DEFAULT, "Return the hexadecimal representation of an integer."},
    {"id", b_id, METH_DEFAULT, "Return the identity of an object."},
    {"input", b_input, METH_DEFAULT, "Read a string from standard input."},
    {"isinstance", b_isinstance, METH_DEFAULT,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, METH_DEFAULT,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", b_iter, METH_DEFAULT, "Get an iterator from an object."},
    {"len", b_len, METH_DEFAULT, "Return the number of items in a container."},
    {"locals", b_locals, METH_DEFAULT,
     "Return a dictionary containing the current scope's local variables."},
    {"max", b_max, METH_VARARGS, "With a single iterable argument, return its biggest item."},
    {"min", b_min, METH_VARARGS, "With a single iterable argument, return its smallest item."},
    {"next", b_next, METH_DEFAULT, "Return the next item from the iterator."},
    {"oct", b_oct, METH_DEFAULT, "Return the octal representation of an integer."},
    {"ord", b_ord, METH_DEFAULT, "Return the Unicode code point for a one-character string."},
    {"pow", b_pow, METH_DEFAULT,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", b_print, METH_DEFAULT, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", b_repr, METH_DEFAULT, "Return the canonical string representation of the object."},
    {"round", b_round, METH_DEFAULT, "Round a number to a given precision in decimal digits."},
    {"setattr", b_setattr, METH_DEFAULT,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", b_sorted, METH_DEFAULT,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", b_sum, METH_DEFAULT,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", b_vars, METH_VARARGS, "Show vars."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

bool builtin_import_is_default(Object* func) {
  return is_cfunction(func) && static_cast<CFunctionObject*>(func)->def->fn == b_import;
}

Object* builtins_module_create() {
  if (builtin_types_ready() < 0) return nullptr;
  Object* m = module_new_cstr("builtins");
  if (!m) return nullptr;
  Ref<Object> mref = steal(m);
  if (module_add_string(m, "__doc__", "Built-in functions, exceptions, and other objects.") < 0 ||
      module_add_functions(m, builtin_functions) < 0) {
    return nullptr;
  }
  struct Entry {
    const char* name;
    Object* value;
  };
  Entry entries[] = {
      {"None", None()},
      {"Ellipsis", Ellipsis()},
      {"NotImplemented", NotImplemented()},
      {"False", False()},
      {"True", True()},
      {"bool", &BoolType},
      {"memoryview", nullptr},
      {"bytearray", &ByteArrayType},
      {"bytes", &BytesType},
      {"classmethod", &ClassMethodType},
      {"complex", &ComplexType},
      {"dict", &DictType},
      {"enumerate", &EnumerateType},
      {"filter", &FilterType},
      {"float", &FloatType},
      {"frozenset", &FrozenSetType},
      {"property", &PropertyType},
      {"int", &IntType},
      {"list", &ListType},
      {"map", &MapType},
      {"object", &ObjectType},
      {"range", &RangeType},
      {"reversed", &ReversedType},
      {"set", &SetType},
      {"slice", &SliceType},
      {"staticmethod", &StaticMethodType},
      {"str", &StrType},
      {"super", &SuperType},
      {"tuple", &TupleType},
      {"type", &TypeType},
      {"zip", &ZipType},
  };
  for (const Entry& e : entries) {
    if (!e.value) continue;
    if (module_add_object(m, e.name, e.value) < 0) return nullptr;
  }
  if (module_add_object(m, "__debug__", True()) < 0) return nullptr;
#define MEMPY_ADD_EXC(cname, pyname, base, layout) \
  if (module_add_object(m, pyname, &Exc##cname) < 0) return nullptr;
  MEMPY_EXCEPTION_TYPES(MEMPY_ADD_EXC)
#undef MEMPY_ADD_EXC
  if (module_add_object(m, "EnvironmentError", &ExcOSError) < 0 ||
      module_add_object(m, "IOError", &ExcOSError) < 0) {
    return nullptr;
  }
  for (const char* name : {"exit", "quit"}) {
    Object* q = quitter_new(name);
    if (!q) return nullptr;
    int r = module_add_object(m, name, q);
    decref(q);
    if (r < 0) return nullptr;
  }
  // open() comes from io
  Object* io = import_module("io");
  if (!io) return nullptr;
  Object* open = get_attr_cstr(io, "open");
  decref(io);
  if (!open) return nullptr;
  int r = module_add_object(m, "open", open);
  decref(open);
  if (r < 0) return nullptr;
  set_builtins_dict(module_dict(m));
  set_builtins_module(m);
  return mref.release();
}

}  // namespace mempy::stdlib
