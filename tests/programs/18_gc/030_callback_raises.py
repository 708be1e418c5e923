# A gc callback that raises: the exception is reported through sys.unraisablehook
# ("Exception ignored in: <function ...>" + traceback on sys.stderr), the other callbacks still
# run, and gc.collect() returns normally. stderr is captured and printed with the address and
# the file path masked.
import gc
import io
import sys
from mod_unraisable_mask import mask_report
gc.disable()

calls = []
def bad(phase, info):
    calls.append("bad:" + phase)
    raise ValueError("callback failed in " + phase)

def good(phase, info):
    calls.append("good:" + phase)

gc.callbacks.extend([bad, good])
saved = sys.stderr
sys.stderr = io.StringIO()
n = gc.collect()
captured = sys.stderr.getvalue()
sys.stderr = saved
gc.callbacks.clear()
print("collect returned an int:", type(n).__name__)
print("calls:", calls)
for line in mask_report(captured):
    print("stderr|", line)
