// interp/main.cpp — the mempy command line:
//   mempy                    the REPL (or the program read from stdin when it is not a terminal)
//   mempy FILE [ARGS...]     run a script; sys.argv = [FILE, ARGS...]
//   mempy -c CODE [ARGS...]  run a string; sys.argv = ['-c', ARGS...]
//   mempy --dis FILE         print the bytecode of a script instead of running it
// Options stop at the script name or -c, so the script's own arguments pass through untouched.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>

#include "interp/driver.h"

int main(int argc, char** argv) {
  using mempy::interp::RunOptions;
  CLI::App app{"mempy: a Python 3.11 subset with CPython's memory model, made visible"};
  app.set_version_flag("-V,--version", "mempy 0.1 (Python 3.11.7)");
  std::string command;
  bool dis = false;
  app.add_option("-c", command, "program passed in as string (terminates option list)");
  app.add_flag("--dis", dis, "print the bytecode instead of running");
  // CPython flags that change nothing here, accepted so scripts' shebang lines work
  bool unbuffered = false;
  app.add_flag("-u", unbuffered, "unbuffered stdout and stderr (as PYTHONUNBUFFERED)");
  std::vector<std::string> xoptions;
  app.add_option("-X", xoptions,
                 "implementation-specific option: tracemalloc[=N] traces from start-up")
      ->allow_extra_args(false);
  bool ignored = false;
  app.add_flag("-B,-s,-S,-E", ignored, "accepted for compatibility; no effect");
  app.prefix_command();
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  RunOptions opt;
  opt.dis = dis;
  opt.unbuffered = unbuffered;
  opt.xoptions = xoptions;
  std::vector<std::string> rest = app.remaining();
  if (app.count("-c")) {
    opt.mode = RunOptions::Mode::Command;
    opt.target = command;
    opt.argv.push_back("-c");
    opt.argv.insert(opt.argv.end(), rest.begin(), rest.end());
  } else if (!rest.empty() && rest[0] != "-") {
    opt.mode = RunOptions::Mode::File;
    opt.target = rest[0];
    opt.argv = rest;
  } else {
    opt.mode = ::isatty(0) ? RunOptions::Mode::Repl : RunOptions::Mode::Stdin;
    opt.argv = rest.empty() ? std::vector<std::string>{""} : rest;
  }
  return mempy::interp::run_session(opt);
}
