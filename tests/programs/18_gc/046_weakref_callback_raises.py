# A weakref callback that raises during a collection: reported on sys.stderr as
# "Exception ignored in: <function ...>" with the traceback; the other callbacks still run and
# the collection completes. The same happens when the referent dies by refcounting.
import gc
import io
import sys
from mod_unraisable_mask import mask_report
import weakref
gc.disable()
gc.collect()

class Node:
    pass

calls = []
def failing(ref):
    calls.append("failing")
    raise KeyError("weakref callback")

def fine(ref):
    calls.append("fine")

buf = io.StringIO()
saved = sys.stderr
sys.stderr = buf
n = Node()
n.me = n
r1 = weakref.ref(n, fine)
r2 = weakref.ref(n, failing)
del n
count = gc.collect()
m = Node()
r3 = weakref.ref(m, failing)
del m
sys.stderr = saved
print("collect:", count, "calls:", calls)
for line in mask_report(buf.getvalue()):
    print("stderr|", line)
