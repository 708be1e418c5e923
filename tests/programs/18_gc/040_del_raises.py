# A __del__ that raises: the exception is reported through sys.unraisablehook ("Exception
# ignored in: <function C.__del__ at ADDR>" and the traceback, on sys.stderr) and execution
# continues, under refcounting and during a collection (the other finalizers still run and
# the cycle is still freed). stderr is captured; the address and file path are masked.
import gc
import io
import sys
from mod_unraisable_mask import mask_report
gc.disable()
gc.collect()

class Bad:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)
        raise RuntimeError("cannot finalize " + self.name)

buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
b = Bad("refcounted")
del b
print("after del: execution continues")
x, y = Bad("x"), Bad("y")
x.peer, y.peer = y, x
del x, y
n = gc.collect()
print("collect:", n, "garbage:", gc.garbage)
sys.stderr = saved
for line in mask_report(buf.getvalue()):
    print("stderr|", line)
