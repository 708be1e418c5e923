# mempy-test: merge-stderr
# Unbuffered (PYTHONUNBUFFERED=1) stdout and stderr sharing one pipe: every piece reaches it in
# program order — prints, direct writes, output from a __del__, and the final SystemExit message
# after the last line of output.
import sys

print("out 1")
sys.stderr.write("err 1\n")
print("out 2", end="")
sys.stderr.write("[err 2]")
print(" still out 2")
print("to stderr via print", file=sys.stderr)
sys.stdout.write("out 3\n")

class Noisy:
    def __del__(self):
        print("in __del__")
        sys.stderr.write("err from __del__\n")

n = Noisy()
del n
print("after __del__")
for i in range(3):
    print("loop", i)
    sys.stderr.write(f"loop err {i}\n")
raise SystemExit("exiting with a message on stderr")
