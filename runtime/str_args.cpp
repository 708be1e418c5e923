// runtime/str_args.cpp — argument checks shared by str, bytes and bytearray methods.
#include "runtime/str_args.h"

#include <climits>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/slice.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

bool check_arg_count(const char* fname, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  ssize bound = nargs < min ? min : max;
  const char* how = min == max ? "exactly" : nargs < min ? "at least" : "at most";
  err_format(&ExcTypeError, "{}() takes {} {} argument{} ({} given)", fname, how, bound,
             bound == 1 ? "" : "s", nargs);
  return false;
}

bool check_total_args(const char* fname, ssize nargs, Object* kwnames, ssize maxargs) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw <= maxargs) return true;
  err_format(&ExcTypeError, "{}() takes at most {} {}argument{} ({} given)", fname, maxargs,
             nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
  return false;
}

const char* clinic_type_name(Object* v) {
  return is_none(v) ? "None" : type_name(v->type);
}

bool parse_clinic_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                       Object** out) {
  ssize n = ssize(spec.names.size());
  if (!check_total_args(spec.fname, nargs, kwnames, n)) return false;
  if ((!kwnames || tuple_size(kwnames) == 0) && nargs >= spec.required &&
      nargs <= spec.kwonly_from) {
    for (ssize i = 0; i < n; ++i) out[i] = i < nargs ? args[i] : nullptr;
    return true;
  }
  return parse_args(spec, args, nargs, kwnames, out);
}

bool ssize_arg(Object* v, ssize* out) {
  if (is_int(v) && int_is_medium(v)) {
    *out = ssize(int_medium_value(v));
    return true;
  }
  Object* i = number_index(v);
  if (!i) return false;
  *out = int_as_ssize(i);
  decref(i);
  return !(*out == -1 && err_occurred());
}

bool int_arg(Object* v, int* out) {
  Ref<> i = steal(number_index(v));
  if (!i) return false;
  bool overflow;
  std::int64_t x = int_as_i64(i.get(), &overflow);
  if (overflow || x > INT_MAX || x < INT_MIN) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(x);
  return true;
}

bool parse_start_end(Object* const* args, ssize nargs, ssize first, ssize len, ssize* start,
                     ssize* end) {
  *start = 0;
  *end = len;
  if (nargs > first && !slice_index_arg(args[first], start)) return false;
  if (nargs > first + 1 && !slice_index_arg(args[first + 1], end)) return false;
  if (*end > len) {
    *end = len;
  } else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  return true;
}

Object* join_items(Object* iterable) {
  if (is_list(iterable) || is_tuple(iterable)) return new_ref(iterable);
  Ref<> it = steal(get_iter(iterable));
  if (!it) {
    if (err_matches(&ExcTypeError)) {
      err_clear();
      err_set_string(&ExcTypeError, "can only join an iterable");
    }
    return nullptr;
  }
  return sequence_list(it.get());
}

}  // namespace mempy::runtime
