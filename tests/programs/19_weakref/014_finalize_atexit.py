# Finalizers still alive at exit run then, newest first, when their atexit attribute is true;
# atexit=False ones and dead ones do not. Functions registered with the atexit module run
# newest first too (weakref's own exit function is registered by the first finalize()); one
# that raises is reported on stderr and the rest still run.
import atexit
import weakref


class Res:
    pass


def report(*args):
    print("exit:", *args)


def last(tag, sep):
    print("exit:", tag, sep=sep)


def broken():
    raise RuntimeError("broken exit function")


atexit.register(last, "atexit registered before any finalize", sep=" | ")
keep = [Res() for _ in range(4)]
weakref.finalize(keep[0], report, "finalizer 0")
weakref.finalize(keep[1], report, "finalizer 1", "with args")
quiet = weakref.finalize(keep[2], report, "finalizer 2 (atexit=False)")
quiet.atexit = False
weakref.finalize(keep[3], report, "finalizer 3 (runs during the script)")
del keep[3]
weakref.finalize(keep[0], report, "finalizer 4, same object as 0")
atexit.register(broken)
atexit.register(last, "atexit with kwargs", sep=" - ")
print(atexit.register(report, "unregistered") is report)
atexit.unregister(report)
print("script ends")
