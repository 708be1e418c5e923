// interp/driver.h — one interpreter session: start-up, running a script / a -c string / the REPL,
// uncaught exceptions and SystemExit, and finalization (CPython's pylifecycle + pythonrun).
#pragma once
#include <string>
#include <vector>

namespace mempy::interp {

struct RunOptions {
  enum class Mode { File, Command, Stdin, Repl };
  Mode mode = Mode::Repl;
  std::string target;                 // script path or -c source
  std::vector<std::string> argv;      // sys.argv
  bool dis = false;                   // print the disassembly instead of running
  bool unbuffered = false;            // -u: sys.stdout/stderr write through (as PYTHONUNBUFFERED)
  std::vector<std::string> xoptions;  // -X NAME[=VALUE], in order (sys._xoptions)
};

// Runs one session and returns the process exit status.
int run_session(const RunOptions& options);

}  // namespace mempy::interp
