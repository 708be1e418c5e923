// interp/main.cpp — the mempy command line (placeholder until the VM lands).
#include <cstdio>

int main(int argc, char** argv) {
  std::puts("mempy: not yet");
  return 0;
}
