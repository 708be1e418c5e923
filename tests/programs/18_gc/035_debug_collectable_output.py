# DEBUG_COLLECTABLE / DEBUG_LEAK output: one "gc: collectable <TYPE ADDR>" line per unreachable
# object, in the collector's order (written before finalizers run, so a generator closed by its
# finalizer is listed although it is not counted); DEBUG_LEAK also saves them in gc.garbage.
# Addresses are masked.
import gc
import io
import sys
gc.disable()

def masked(text):
    out = []
    for line in text.splitlines():
        if " 0x" in line:
            line = line[:line.index(" 0x")] + " 0xADDR>"
        out.append(line)
    return out

class Node:
    pass

def gen(box):
    yield 1

def capture(flags, make):
    gc.collect()
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    gc.set_debug(flags)
    make()
    n = gc.collect()
    gc.set_debug(0)
    sys.stderr = saved
    print("collect() ->", n)
    for line in masked(buf.getvalue()):
        print("  " + line)

def two_nodes():
    a, b = Node(), Node()
    a.b, b.a = b, a

def mixed():
    n = Node()
    n.items = [n, (n, 1), {"k": n}]

def with_dict():
    n = Node()
    n.__dict__
    n.me = n

def generator():
    box = []
    box.append(gen(box))

capture(gc.DEBUG_COLLECTABLE, two_nodes)
capture(gc.DEBUG_COLLECTABLE, mixed)
capture(gc.DEBUG_COLLECTABLE, with_dict)
capture(gc.DEBUG_COLLECTABLE, generator)
capture(gc.DEBUG_LEAK, two_nodes)
print("gc.garbage after DEBUG_LEAK:", [type(o).__name__ for o in gc.garbage])
gc.garbage.clear()
capture(gc.DEBUG_UNCOLLECTABLE, two_nodes)
print("nothing is uncollectable since PEP 442:", gc.garbage)
