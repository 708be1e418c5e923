# An automatic collection can start inside print(), at one of the GC objects it makes and frees
# again: the bound file.write of each piece, the list of pending chunks of a text file, and, when
# a buffered file is flushed, the memoryview (and its managed buffer) its BufferedWriter wraps
# around the bytes it hands to the OS. Counts after the collection start from 0 and a free never
# takes count0 below 0, so where the collection lands shows in the result.
#
# Each trial brings count0 to threshold - k, then prints one line into a sink that is not stdout
# (so nothing depends on how stdout is buffered) and records gc.get_count().
import gc
import io


class C:
    pass


class Writer:
    def write(self, s):
        pass


keep = [None] * 20
sinks = {
    "StringIO": io.StringIO(),
    "writer": Writer(),
    "file": open("/dev/null", "w"),
}
results = []


def trial(name, k, flush):
    sink = sinks[name]
    for i in range(20):
        keep[i] = None
    if name == "file":
        sink.flush()
    gc.disable()
    gc.collect()
    gc.set_threshold(10)  # a new 1-tuple for its arguments: count0 1
    for i in range(9 - k):
        keep[i] = C()  # count0 10 - k
    gc.enable()
    print("x", file=sink, flush=flush)
    counts = gc.get_count()
    gc.disable()
    results.append((name, flush, k, counts))


for name, flush in (("StringIO", False), ("writer", False), ("file", False), ("file", True)):
    for k in range(4):
        trial(name, k, flush)
gc.set_threshold(700)
gc.enable()
for name, flush, k, counts in results:
    print(f"{name:8} flush={flush!s:5} threshold-{k}: {counts}")
