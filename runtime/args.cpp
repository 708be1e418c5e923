// runtime/args.cpp — argument binding for built-in functions with CPython's messages.
#include "runtime/args.h"

#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include "memory/tracer.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace mempy::runtime {

bool parse_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames,
                Object** out) {
  int n = int(spec.names.size());
  const char* const* names = spec.names.begin();
  for (int i = 0; i < n; ++i) out[i] = nullptr;
  int maxpos = spec.kwonly_from;
  std::string fname = spec.fname;
  ssize nkw_given = kwnames ? tuple_size(kwnames) : 0;
  // CPython's argument clinic checks the total first, then the positional count
  if (nargs + nkw_given > n) {
    err_format(&ExcTypeError, "{}() takes at most {} {}argument{} ({} given)", fname, n,
               nargs == 0 ? "keyword " : "", n == 1 ? "" : "s", nargs + nkw_given);
    return false;
  }
  int required_posonly = spec.required < spec.posonly ? spec.required : spec.posonly;
  if (nargs < required_posonly) {
    err_format(&ExcTypeError, "{}() takes {} {} positional argument{} ({} given)", fname,
               required_posonly < maxpos ? "at least" : "exactly", required_posonly,
               required_posonly == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > maxpos) {
    if (maxpos == 0) {
      err_format(&ExcTypeError, "{}() takes no positional arguments", fname);
    } else if (spec.required == maxpos) {
      err_format(&ExcTypeError, "{}() takes exactly {} positional argument{} ({} given)", fname,
                 maxpos, maxpos == 1 ? "" : "s", nargs);
    } else {
      err_format(&ExcTypeError, "{}() takes at most {} positional argument{} ({} given)", fname,
                 maxpos, maxpos == 1 ? "" : "s", nargs);
    }
    return false;
  }
  for (ssize i = 0; i < nargs; ++i) out[i] = args[i];
  // keywords fill their parameters; as in CPython's parsers, a missing required argument is
  // reported before a name given twice or an unknown name
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  int twice = -1;      // first parameter given by name and position
  ssize unknown = -1;  // first keyword naming no parameter
  for (ssize k = 0; k < nkw; ++k) {
    Object* key = tuple_get(kwnames, k);
    int idx = -1;
    for (int i = spec.posonly; i < n; ++i) {
      if (names[i][0] && str_eq_cstr(key, names[i])) {
        idx = i;
        break;
      }
    }
    if (idx < 0) {
      if (unknown < 0) unknown = k;
    } else if (idx < nargs) {
      if (twice < 0 || idx < twice) twice = idx;
    } else {
      out[idx] = args[nargs + k];
    }
  }
  for (int i = 0; i < spec.required; ++i) {
    if (!out[i]) {
      if (i < spec.posonly || !names[i][0]) {
        err_format(&ExcTypeError, "{}() missing required argument (pos {})", fname, i + 1);
      } else {
        err_format(&ExcTypeError, "{}() missing required argument '{}' (pos {})", fname, names[i],
                   i + 1);
      }
      return false;
    }
  }
  if (twice >= 0) {
    err_format(&ExcTypeError, "argument for {}() given by name ('{}') and position ({})", fname,
               names[twice], twice + 1);
    return false;
  }
  if (unknown >= 0) {
    // a positional-only name given as keyword, or an unknown name
    Object* key = tuple_get(kwnames, unknown);
    for (int i = 0; i < spec.posonly; ++i) {
      if (names[i][0] && str_eq_cstr(key, names[i])) {
        err_format(&ExcTypeError,
                   "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                   fname, names[i]);
        return false;
      }
    }
    err_format(&ExcTypeError, "'{}' is an invalid keyword argument for {}()", str_to_std(key),
               fname);
    return false;
  }
  return true;
}

Object* kwargs_to_dict(Object* const* kwvalues, Object* kwnames) {
  Object* d = dict_new();
  if (!d) return nullptr;
  ssize n = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < n; ++i) {
    if (dict_set_item(d, tuple_get(kwnames, i), kwvalues[i]) < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

namespace {
KeywordTuple* g_keyword_tuples = nullptr;
}

Object* keyword_tuple(KeywordTuple& k) {
  if (k.tuple) return k.tuple;
  Object* t = tuple_new(ssize(k.names.size()));
  if (!t) return nullptr;
  ssize i = 0;
  for (const char* name : k.names) {
    // CPython's keyword names are statically allocated strings, which tracemalloc never sees
    memory::tracer::Untraced untraced;
    Object* s = str_from_cstr(name);
    if (!s) {
      decref(t);
      return nullptr;
    }
    str_intern_in_place(&s);
    tuple_set_new(t, i++, s);
  }
  k.tuple = t;
  k.next = g_keyword_tuples;
  g_keyword_tuples = &k;
  return t;
}

void keyword_tuples_fini() {
  while (KeywordTuple* k = g_keyword_tuples) {
    g_keyword_tuples = k->next;
    k->next = nullptr;
    clear_ref(k->tuple);
  }
}

bool c_int_arg(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i) return false;
  bool overflow = false;
  std::int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C long");
    return false;
  }
  if (v > INT_MAX) {
    err_set_string(&ExcOverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (v < INT_MIN) {
    err_set_string(&ExcOverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = int(v);
  return true;
}

bool clinic_int_arg(Object* o, int* out) {
  Object* i = number_index(o);
  if (!i) return false;
  bool overflow = false;
  std::int64_t v = int_as_i64(i, &overflow);
  decref(i);
  if (overflow || v > INT_MAX || v < INT_MIN) {
    err_set_string(&ExcOverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(v);
  return true;
}

}  // namespace mempy::runtime
