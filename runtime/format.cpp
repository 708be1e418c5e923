// runtime/format.cpp — __format__ of int, float and str, and printf-style '%' formatting, on top
// of the format-spec layer (format_spec.h): this file only converts objects to the values the
// layer formats and turns its NumStatus results into Python exceptions.
#include "runtime/format.h"

#include "runtime/abstract.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

namespace {

Object* text_result(NumStatus s, const std::string& out, const NumError& err) {
  if (s != NumStatus::ok) return num_error_raise(s, err);
  return str_from_utf8(out);
}

bool raise_false(NumStatus s, const NumError& err) {
  num_error_raise(s, err);
  return false;
}

// PyNumber_Check: what '%d' accepts besides ints.
bool is_number_like(Object* v) {
  TypeObject* t = v->type;
  return t->as_number->nb_index || t->as_number->nb_int || t->as_number->nb_float;
}

bool percent_int(Object* arg, const PercentSpec& spec, std::string& out) {
  char32_t c = spec.conversion;
  bool index_only = c == 'o' || c == 'x' || c == 'X';
  Ref<> converted;
  if (!is_int(arg)) {
    if (is_number_like(arg)) {
      converted = steal(index_only ? number_index(arg) : number_long(arg));
      if (!converted && !err_matches(&ExcTypeError)) return false;
    }
    if (!converted) {
      err_clear();
      err_format(&ExcTypeError, "%{} format: {} is required, not {}", char(c),
                 index_only ? "an integer" : "a real number", type_name(arg->type));
      return false;
    }
    arg = converted.get();
  }
  NumError err;
  NumStatus s = num_guard([&] { return percent_format_int(int_ref(arg), spec, out, err); });
  return s == NumStatus::ok || raise_false(s, err);
}

bool percent_char(Object* arg, const PercentSpec& spec, std::string& out) {
  BigInt code;
  if (is_str(arg)) {
    if (str_length(arg) != 1) {
      err_set_string(&ExcTypeError, "%c requires int or char");
      return false;
    }
    code.set_int64(str_char_at(arg, 0));
  } else {
    Object* i = number_index(arg);
    if (!i) {
      if (err_matches(&ExcTypeError)) {
        err_clear();
        err_set_string(&ExcTypeError, "%c requires int or char");
      }
      return false;
    }
    bool ok = code.assign(int_ref(i));
    decref(i);
    if (!ok) {
      err_no_memory();
      return false;
    }
  }
  NumError err;
  NumStatus s = percent_format_char(code, spec, out, err);
  return s == NumStatus::ok || raise_false(s, err);
}

}  // namespace

// ---- __format__ ---------------------------------------------------------------------------------

namespace {

// format(value, spec) through one of the layer's formatters; an empty spec is str(value).
template <class F>
Object* format_with(Object* value, Object* spec, F&& format) {
  std::string_view sv = str_view(spec);
  if (err_occurred()) return nullptr;
  if (sv.empty()) return object_str(value);
  std::string out;
  NumError err;
  NumStatus s = num_guard([&] { return format(sv, out, err, type_name(value->type)); });
  return text_result(s, out, err);
}

// The __format__ method: one positional str argument.
Object* format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames,
                      Object* (*format)(Object*, Object*)) {
  if (!check_one_arg("__format__", nargs, kwnames)) return nullptr;
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "__format__() argument must be str, not {}",
               type_name(args[0]->type));
    return nullptr;
  }
  return format(self, args[0]);
}

}  // namespace

Object* int_format(Object* value, Object* spec) {
  return format_with(value, spec, [&](auto sv, auto& out, auto& err, auto tn) {
    return format_int(int_ref(value), sv, out, err, tn);
  });
}

Object* float_format(Object* value, Object* spec) {
  return format_with(value, spec, [&](auto sv, auto& out, auto& err, auto tn) {
    return format_float(float_value(value), sv, out, err, tn);
  });
}

Object* int_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return format_method(self, args, nargs, kwnames, int_format);
}

Object* float_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return format_method(self, args, nargs, kwnames, float_format);
}

Object* format_str_spec(Object* value, Object* spec) {
  std::string_view sv = str_view(spec);
  if (err_occurred()) return nullptr;
  if (sv.empty()) return is_str_exact(value) ? new_ref(value) : object_str(value);
  std::string_view text = str_view(value);
  if (err_occurred()) return nullptr;
  std::string out;
  NumError err;
  NumStatus s = num_guard([&] { return format_str(text, sv, out, err, type_name(value->type)); });
  return text_result(s, out, err);
}

// ---- '%' ----------------------------------------------------------------------------------------

bool percent_format_number(Object* arg, const PercentSpec& spec, std::string& out) {
  char32_t c = spec.conversion;
  if (percent_is_int_conversion(c)) return percent_int(arg, spec, out);
  if (c == 'c') return percent_char(arg, spec, out);
  NumError err;
  NumStatus s;
  if (percent_is_float_conversion(c)) {
    double x = float_as_double(arg);
    if (x == -1.0 && err_occurred()) return false;
    s = num_guard([&] { return percent_format_float(x, spec, out, err); });
  } else {
    s = percent_unsupported(spec, err);
  }
  return s == NumStatus::ok || raise_false(s, err);
}

Object* str_percent_format(Object* fmt, Object* args) {
  std::string_view f = str_view(fmt);
  if (err_occurred()) return nullptr;
  bool tuple_args = is_tuple(args);
  // CPython's argument cursor: a lone argument is "argument -2 of -1" until consumed
  ssize arglen = tuple_args ? tuple_size(args) : -1;
  ssize argidx = tuple_args ? 0 : -2;
  Object* dict = !tuple_args && !is_str(args) && args->type->as_mapping->getitem ? args : nullptr;
  auto next_arg = [&]() -> Object* {  // borrowed
    if (argidx < arglen) {
      if (arglen < 0) {
        argidx = -1;
        return args;
      }
      return tuple_get(args, argidx++);
    }
    err_set_string(&ExcTypeError, "not enough arguments for format string");
    return nullptr;
  };
  auto star_value = [&](std::int64_t* v) {
    Object* a = next_arg();
    if (!a) return false;
    if (!is_int(a)) {
      err_set_string(&ExcTypeError, "* wants int");
      return false;
    }
    *v = int_as_ssize(a);
    return !(*v == -1 && err_occurred());
  };
  std::string out;
  std::size_t pos = 0;
  while (pos < f.size()) {
    std::size_t pct = f.find('%', pos);
    if (pct == std::string_view::npos) {
      out.append(f.substr(pos));
      break;
    }
    out.append(f.substr(pos, pct - pos));
    pos = pct;
    PercentSpec spec;
    NumError err;
    NumStatus s = parse_percent_spec(f, pos, spec, err);
    if (s != NumStatus::ok) return num_error_raise(s, err);
    if (spec.literal_percent) {
      out.push_back('%');
      continue;
    }
    Ref<> keyed;
    if (spec.has_key) {
      if (!dict) {
        err_set_string(&ExcTypeError, "format requires a mapping");
        return nullptr;
      }
      Ref<> key = steal(str_from_utf8(spec.key));
      if (!key) return nullptr;
      keyed = steal(get_item(dict, key.get()));
      if (!keyed) return nullptr;
      arglen = -1;
      argidx = -2;
    }
    std::int64_t v;
    if (spec.width_from_arg) {
      if (!star_value(&v)) return nullptr;
      percent_apply_star_width(spec, v);
    }
    if (spec.precision_from_arg) {
      if (!star_value(&v)) return nullptr;
      percent_apply_star_precision(spec, v);
    }
    Object* arg = keyed ? keyed.get() : next_arg();
    if (!arg) return nullptr;
    char32_t c = spec.conversion;
    if (c == 's' || c == 'r' || c == 'a') {
      Ref<> text = steal(c == 's'   ? object_str(arg)
                         : c == 'r' ? object_repr(arg)
                                    : object_ascii(arg));
      if (!text) return nullptr;
      std::string_view piece = str_view(text.get());
      if (err_occurred()) return nullptr;
      percent_format_text(piece, spec, out);
    } else if (!percent_format_number(arg, spec, out)) {
      return nullptr;
    }
  }
  if (argidx < arglen && !dict) {
    err_set_string(&ExcTypeError, "not all arguments converted during string formatting");
    return nullptr;
  }
  return str_from_utf8(out);
}

}  // namespace mempy::runtime
