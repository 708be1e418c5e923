// stdlib/time.cpp — the time module: clocks, sleep, and broken-down time (time.struct_time).
//
// Clocks map to POSIX clock_gettime: time → CLOCK_REALTIME, perf_counter and monotonic →
// CLOCK_MONOTONIC (as CPython on Linux), process_time → CLOCK_PROCESS_CPUTIME_ID. struct_time
// is a struct sequence of 9 visible items plus tm_zone and tm_gmtoff, reachable by name only.
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/cfunction.h"
#include "runtime/errors.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/structseq.h"
#include "runtime/tuple.h"
#include "stdlib/modules.h"

namespace mempy::stdlib {

using namespace runtime;

TypeObject StructTimeType;

namespace {

const StructSeqField struct_time_fields[] = {
    {"tm_year", "year, for example, 1993"},
    {"tm_mon", "month of year, range [1, 12]"},
    {"tm_mday", "day of month, range [1, 31]"},
    {"tm_hour", "hours, range [0, 23]"},
    {"tm_min", "minutes, range [0, 59]"},
    {"tm_sec", "seconds, range [0, 61])"},
    {"tm_wday", "day of week, range [0, 6], Monday is 0"},
    {"tm_yday", "day of year, range [1, 366]"},
    {"tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown"},
    {"tm_zone", "abbreviation of timezone name"},
    {"tm_gmtoff", "offset from UTC in seconds"},
    {nullptr, nullptr},
};

const StructSeqDesc struct_time_desc{
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.",
    struct_time_fields, 9, true};

double clock_seconds(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

Object* clock_ns(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return int_from_i64(std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec);
}

#define TIME_CLOCK(pyname, clock)                                                     \
  Object* time_##pyname(Object*, Object* const*, ssize nargs, Object* kwnames) {      \
    if (!check_no_args(#pyname, nargs, kwnames)) return nullptr;                      \
    return float_from_double(clock_seconds(clock));                                   \
  }                                                                                   \
  Object* time_##pyname##_ns(Object*, Object* const*, ssize nargs, Object* kwnames) { \
    if (!check_no_args(#pyname "_ns", nargs, kwnames)) return nullptr;                \
    return clock_ns(clock);                                                           \
  }
TIME_CLOCK(time, CLOCK_REALTIME)
TIME_CLOCK(perf_counter, CLOCK_MONOTONIC)
TIME_CLOCK(monotonic, CLOCK_MONOTONIC)
TIME_CLOCK(process_time, CLOCK_PROCESS_CPUTIME_ID)
#undef TIME_CLOCK

// A number of seconds (int or float) as a double; `what` names the caller for messages.
bool seconds_arg(Object* op, double* out) {
  if (is_float(op)) {
    *out = float_value(op);
    return true;
  }
  if (is_int(op)) {
    *out = int_as_double(op);
    return !(*out == -1.0 && err_occurred());
  }
  if (op->type->as_number->nb_float) {
    *out = float_as_double(op);
    return !(*out == -1.0 && err_occurred());
  }
  err_format(&ExcTypeError, "'{}' object cannot be interpreted as an integer", type_name(op->type));
  return false;
}

Object* time_sleep(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("sleep", nargs, kwnames)) return nullptr;
  double secs;
  if (!seconds_arg(args[0], &secs)) return nullptr;
  if (std::isnan(secs)) {
    err_set_string(&ExcValueError, "Invalid value NaN (not a number)");
    return nullptr;
  }
  if (secs < 0) {
    err_set_string(&ExcValueError, "sleep length must be non-negative");
    return nullptr;
  }
  if (secs > 9.2e9) {
    err_set_string(&ExcOverflowError, "timestamp too large to convert to C _PyTime_t");
    return nullptr;
  }
  timespec req;
  req.tv_sec = time_t(secs);
  req.tv_nsec = long((secs - double(req.tv_sec)) * 1e9);
  while (nanosleep(&req, &req) != 0 && errno == EINTR) {
  }
  return none_new_ref();
}

// ---- struct_time
// ----------------------------------------------------------------------------------
Object* struct_time_from_tm(const std::tm& t) {
  Object* st = structseq_new(&StructTimeType);
  if (!st) return nullptr;
  const long vals[9] = {t.tm_year + 1900L,    t.tm_mon + 1L,  long(t.tm_mday),
                        long(t.tm_hour),      long(t.tm_min), long(t.tm_sec),
                        (t.tm_wday + 6L) % 7, t.tm_yday + 1L, long(t.tm_isdst)};
  for (int i = 0; i < 9; ++i) {
    Object* v = int_from_i64(vals[i]);
    if (!v) {
      decref(st);
      return nullptr;
    }
    structseq_set(st, i, v);
  }
  Object* zone = str_from_cstr(t.tm_zone ? t.tm_zone : "");
  Object* off = int_from_i64(t.tm_gmtoff);
  if (!zone || !off) {
    xdecref(zone);
    xdecref(off);
    decref(st);
    return nullptr;
  }
  structseq_set(st, 9, zone);
  structseq_set(st, 10, off);
  return st;
}

// The optional seconds argument of gmtime/localtime/ctime (None or absent: now).
bool time_t_arg(Object* const* args, ssize nargs, std::time_t* out) {
  if (nargs == 0 || args[0] == None()) {
    *out = std::time(nullptr);
    return true;
  }
  double secs;
  if (!seconds_arg(args[0], &secs)) return false;
  if (std::isnan(secs)) {
    err_set_string(&ExcValueError, "Invalid value NaN (not a number)");
    return false;
  }
  if (!(secs > -9.2e18 && secs < 9.2e18)) {
    err_set_string(&ExcOverflowError, "timestamp out of range for platform time_t");
    return false;
  }
  *out = std::time_t(std::floor(secs));
  if (is_float(args[0])) *out = std::time_t(std::trunc(secs));
  return true;
}

Object* broken_down(const char* fname, Object* const* args, ssize nargs, Object* kwnames,
                    bool local) {
  if (!check_no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 0, 1)) return nullptr;
  std::time_t t;
  if (!time_t_arg(args, nargs, &t)) return nullptr;
  std::tm tm{};
  if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
    err_set_string(&ExcOverflowError, "timestamp out of range for platform time_t");
    return nullptr;
  }
  return struct_time_from_tm(tm);
}

Object* time_gmtime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return broken_down("gmtime", args, nargs, kwnames, false);
}
Object* time_localtime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return broken_down("localtime", args, nargs, kwnames, true);
}

// A struct_time or 9-tuple as a struct tm (fields unchecked except their count and types).
bool tm_from_tuple(const char* fname, Object* op, std::tm* out) {
  if (!is_tuple(op)) {
    err_set_string(&ExcTypeError, "Tuple or struct_time argument required");
    return false;
  }
  ssize n = tuple_size(op);
  if (n != 9) {
    err_format(&ExcTypeError, "{}(): illegal time tuple argument", fname);
    return false;
  }
  long v[9];
  for (int i = 0; i < 9; ++i) {
    Object* item = tuple_get(op, i);
    if (is_float(item)) {
      err_set_string(&ExcTypeError, "'float' object cannot be interpreted as an integer");
      return false;
    }
    ssize x = ssize_arg(item, "long");
    if (x == -1 && err_occurred()) return false;
    v[i] = long(x);
  }
  std::memset(out, 0, sizeof *out);
  out->tm_year = int(v[0] - 1900);
  out->tm_mon = int(v[1] - 1);
  out->tm_mday = int(v[2]);
  out->tm_hour = int(v[3]);
  out->tm_min = int(v[4]);
  out->tm_sec = int(v[5]);
  out->tm_wday = int((v[6] + 1) % 7);
  out->tm_yday = int(v[7] - 1);
  out->tm_isdst = int(v[8]);
  if (op->type == &StructTimeType) {
    // the hidden fields carry the zone of a localtime() result
    Object* off = get_attr_cstr(op, "tm_gmtoff");
    if (off && is_int(off)) out->tm_gmtoff = long(int_as_ssize(off));
    xdecref(off);
    err_clear();
  }
  return true;
}

// strftime/asctime accept out-of-range fields only within CPython's checks.
bool check_tm(std::tm* t) {
  if (t->tm_mon == -1)
    t->tm_mon = 0;
  else if (t->tm_mon < 0 || t->tm_mon > 11) {
    err_set_string(&ExcValueError, "month out of range");
    return false;
  }
  if (t->tm_mday == 0)
    t->tm_mday = 1;
  else if (t->tm_mday < 0 || t->tm_mday > 31) {
    err_set_string(&ExcValueError, "day of month out of range");
    return false;
  }
  if (t->tm_hour < 0 || t->tm_hour > 23) {
    err_set_string(&ExcValueError, "hour out of range");
    return false;
  }
  if (t->tm_min < 0 || t->tm_min > 59) {
    err_set_string(&ExcValueError, "minute out of range");
    return false;
  }
  if (t->tm_sec < 0 || t->tm_sec > 61) {
    err_set_string(&ExcValueError, "seconds out of range");
    return false;
  }
  if (t->tm_wday < 0) {
    err_set_string(&ExcValueError, "day of week out of range");
    return false;
  }
  if (t->tm_yday == -1)
    t->tm_yday = 0;
  else if (t->tm_yday < 0 || t->tm_yday > 365) {
    err_set_string(&ExcValueError, "day of year out of range");
    return false;
  }
  return true;
}

Object* time_mktime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_one_arg("mktime", nargs, kwnames)) return nullptr;
  std::tm t;
  if (!tm_from_tuple("mktime", args[0], &t)) return nullptr;
  t.tm_wday = -1;  // sentinel: mktime() sets it on success
  std::time_t r = std::mktime(&t);
  if (r == std::time_t(-1) && t.tm_wday == -1) {
    err_set_string(&ExcOverflowError, "mktime argument out of range");
    return nullptr;
  }
  return float_from_double(double(r));
}

// The time tuple argument of strftime/asctime (absent or None: localtime()).
bool tm_arg(const char* fname, Object* const* args, ssize nargs, ssize index, std::tm* t) {
  if (nargs > index) return tm_from_tuple(fname, args[index], t);
  std::time_t now = std::time(nullptr);
  localtime_r(&now, t);
  return true;
}

Object* time_strftime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("strftime", kwnames) || !check_nargs("strftime", nargs, 1, 2)) {
    return nullptr;
  }
  if (!is_str(args[0])) {
    err_format(&ExcTypeError, "strftime() argument 1 must be str, not {}",
               type_name(args[0]->type));
    return nullptr;
  }
  std::tm t;
  if (!tm_arg("strftime", args, nargs, 1, &t) || !check_tm(&t)) return nullptr;
  const char* fmt = str_utf8(args[0]);
  if (!fmt) return nullptr;
  if (!*fmt) return str_empty();
  // grow the buffer until the result fits (strftime returns 0 when it does not)
  for (std::size_t size = 256; size < 256 * std::strlen(fmt) + 4096; size *= 2) {
    std::string buf(size, '\0');
    std::size_t n = std::strftime(buf.data(), size, fmt, &t);
    if (n > 0) return str_from_utf8(buf.data(), n);
  }
  return str_empty();
}

const char* const wday_names[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char* const mon_names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Object* format_asctime(const std::tm& t) {
  return str_from_utf8(fmt::format("{} {}{:3d} {:02d}:{:02d}:{:02d} {}", wday_names[t.tm_wday % 7],
                                   mon_names[t.tm_mon % 12], t.tm_mday, t.tm_hour, t.tm_min,
                                   t.tm_sec, 1900 + t.tm_year));
}

Object* time_asctime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("asctime", kwnames) || !check_nargs("asctime", nargs, 0, 1)) {
    return nullptr;
  }
  std::tm t;
  if (!tm_arg("asctime", args, nargs, 0, &t) || !check_tm(&t)) return nullptr;
  return format_asctime(t);
}

Object* time_ctime(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_no_kwargs("ctime", kwnames) || !check_nargs("ctime", nargs, 0, 1)) return nullptr;
  std::time_t tt;
  if (!time_t_arg(args, nargs, &tt)) return nullptr;
  std::tm t;
  if (!localtime_r(&tt, &t)) {
    err_set_string(&ExcOverflowError, "timestamp out of range for platform time_t");
    return nullptr;
  }
  return format_asctime(t);
}

const MethodDef time_functions[] = {
    {"time", time_time, METH_DEFAULT, "Return the current time in seconds since the Epoch."},
    {"time_ns", time_time_ns, METH_DEFAULT,
     "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", time_perf_counter, METH_DEFAULT, "Performance counter for benchmarking."},
    {"perf_counter_ns", time_perf_counter_ns, METH_DEFAULT,
     "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", time_monotonic, METH_DEFAULT, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", time_monotonic_ns, METH_DEFAULT,
     "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", time_process_time, METH_DEFAULT,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", time_process_time_ns, METH_DEFAULT,
     "Process time for profiling as nanoseconds."},
    {"sleep", time_sleep, METH_DEFAULT, "Delay execution for a given number of seconds."},
    {"gmtime", time_gmtime, METH_DEFAULT,
     "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", time_localtime, METH_DEFAULT,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", time_mktime, METH_DEFAULT,
     "Convert a time tuple in local time to seconds since the Epoch."},
    {"strftime", time_strftime, METH_DEFAULT,
     "Convert a time tuple to a string according to a format specification."},
    {"asctime", time_asctime, METH_DEFAULT,
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", time_ctime, METH_DEFAULT,
     "Convert a time in seconds since the Epoch to a string in local time."},
    {nullptr, nullptr, 0, nullptr},
};

// timezone/altzone/daylight/tzname as CPython computes them: from the zones in effect in
// January and July of the current year.
int add_zone_info(Object* m) {
  tzset();
  std::time_t now = std::time(nullptr);
  std::tm jan{}, jul{};
  localtime_r(&now, &jan);
  int year = jan.tm_year;
  std::tm probe{};
  probe.tm_year = year;
  probe.tm_mday = 1;
  probe.tm_isdst = -1;
  std::time_t tj = std::mktime(&probe);
  localtime_r(&tj, &jan);
  probe = std::tm{};
  probe.tm_year = year;
  probe.tm_mon = 6;
  probe.tm_mday = 1;
  probe.tm_isdst = -1;
  std::time_t tl = std::mktime(&probe);
  localtime_r(&tl, &jul);
  long janoff = -jan.tm_gmtoff, juloff = -jul.tm_gmtoff;
  std::string janname = jan.tm_zone ? jan.tm_zone : "";
  std::string julname = jul.tm_zone ? jul.tm_zone : "";
  long tz, alt;
  std::string std_name, dst_name;
  if (janoff < juloff) {  // southern hemisphere: DST in January
    tz = juloff;
    alt = janoff;
    std_name = julname;
    dst_name = janname;
  } else {
    tz = janoff;
    alt = juloff;
    std_name = janname;
    dst_name = julname;
  }
  if (module_add_int(m, "timezone", tz) < 0 || module_add_int(m, "altzone", alt) < 0 ||
      module_add_int(m, "daylight", janoff != juloff) < 0) {
    return -1;
  }
  Object* a = str_from_utf8(std_name);
  Object* b = str_from_utf8(dst_name);
  if (!a || !b) {
    xdecref(a);
    xdecref(b);
    return -1;
  }
  Object* names[2] = {a, b};
  Object* tup = tuple_from_array_steal(names, 2);
  if (!tup) return -1;
  int r = module_add_object(m, "tzname", tup);
  decref(tup);
  return r;
}

}  // namespace

Object* time_module_create() {
  if (!type_has_flag(&StructTimeType, TPFLAG_READY) &&
      structseq_init_type(&StructTimeType, &struct_time_desc) < 0) {
    return nullptr;
  }
  Object* m = module_new_cstr("time");
  if (!m) return nullptr;
  if (module_add_functions(m, time_functions) < 0 ||
      module_add_object(m, "struct_time", &StructTimeType) < 0 || add_zone_info(m) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace mempy::stdlib
