# mempy-test: env PYTHONTRACEMALLOC=2
# PYTHONTRACEMALLOC=N starts tracing at start-up with N frames, like -X tracemalloc=N (which
# would win over it); it does not show in sys._xoptions.
import sys
import tracemalloc


def inner():
    return {"k%d" % i: i for i in range(3)}


print(sys._xoptions, tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
d = inner()
tb = tracemalloc.get_object_traceback(d)
print([(f.filename == __file__, f.lineno) for f in tb])
tracemalloc.stop()
tracemalloc.start()
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
