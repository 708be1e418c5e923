# DEBUG_STATS output (written through sys.stderr, so a StringIO captures it): per collection
# "collecting generation G...", the sizes of the three generations before the collection, the
# size of the permanent generation, and "done, N unreachable, M uncollectable, T elapsed".
# gc.freeze() moves the start-up objects away so the generation sizes are this program's own;
# the permanent generation's size and the time are masked.
import gc
import io
import sys
gc.disable()

def masked(text):
    out = []
    for line in text.splitlines():
        if line.startswith("gc: objects in permanent generation: "):
            line = "gc: objects in permanent generation: N"
        elif line.endswith("s elapsed"):
            line = line[:line.rindex(", ")] + ", T.TTTTs elapsed"
        out.append(line)
    return out

class Node:
    pass

buf = io.StringIO()
saved = sys.stderr
gc.collect()
gc.freeze()
sys.stderr = buf
gc.set_debug(gc.DEBUG_STATS)
a, b = Node(), Node()
a.b, b.a = b, a
del a, b
r0 = gc.collect(0)
keep = [Node(), Node()]
r1 = gc.collect(0)
r2 = gc.collect(1)
c = Node()
c.me = c
del c
r3 = gc.collect(2)
gc.set_debug(0)
sys.stderr = saved
print("returns:", r0, r1, r2, r3)
for line in masked(buf.getvalue()):
    print(line)
gc.unfreeze()
