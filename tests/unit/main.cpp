// The doctest runner for every unit under tests/unit/. After the run it tears down the runtime
// if a runtime unit brought it up (runtime_fixture.h), and fails when that leaves blocks behind.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "runtime_fixture.h"

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  int status = context.run();
  if (context.shouldExit()) return status;
  if (!rtest::runtime_shutdown() && status == 0) status = 1;
  return status;
}
