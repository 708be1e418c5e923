// runtime/num_status.h — how the numeric layer (bigint, float_format, format_spec) reports errors.
//
// The numeric algorithms know nothing about Python objects or the thread's current exception, so a
// fallible function returns a NumStatus and, when it takes one, fills a NumError with CPython
// 3.11's exact message. The caller (int/float/str types, the VM) raises the matching exception:
//
//   NumStatus::value_error          -> ValueError          ("invalid literal for int() ...")
//   NumStatus::overflow_error       -> OverflowError       ("int too large to convert to float")
//   NumStatus::zero_division_error  -> ZeroDivisionError   ("float modulo", "division by zero")
//   NumStatus::memory_error         -> MemoryError         (message empty, as CPython's)
//   NumStatus::negative_exponent    -> not an error: int ** negative int; the caller computes the
//                                      float power instead (CPython's long_pow does the same)
//   NumStatus::complex_result       -> not an error: negative float ** non-integer; the caller
//                                      hands the operands to complex.__pow__
#pragma once
#include <cstdint>
#include <string>

namespace mempy::runtime {

enum class NumStatus : std::uint8_t {
  ok = 0,
  value_error,
  overflow_error,
  zero_division_error,
  memory_error,
  negative_exponent,
  complex_result,
};

struct NumError {
  NumStatus status = NumStatus::ok;
  std::string message;

  // Records the failure and returns its status, so `return err.set(...)` reads naturally.
  NumStatus set(NumStatus s, std::string msg) {
    status = s;
    message = std::move(msg);
    return s;
  }
};

// The Python exception class name a status maps to ("ValueError", ...); "" for ok and the two
// non-error statuses. Used by tests and by the caller's raise helper.
inline const char* num_status_exception_name(NumStatus s) {
  switch (s) {
    case NumStatus::value_error:
      return "ValueError";
    case NumStatus::overflow_error:
      return "OverflowError";
    case NumStatus::zero_division_error:
      return "ZeroDivisionError";
    case NumStatus::memory_error:
      return "MemoryError";
    default:
      return "";
  }
}

}  // namespace mempy::runtime
