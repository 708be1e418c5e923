# SystemExit is an exception: it can be caught, inspected and suppressed; finally blocks run.
import sys
for arg in ((), (0,), (5,), ("text",), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")
except SystemExit as e:
    print("caught code", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
def f():
    try:
        sys.exit(1)
    except Exception:
        return "not caught by except Exception"
try:
    f()
except SystemExit:
    print("SystemExit passed through except Exception")
print("still running")
