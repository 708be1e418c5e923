# At a script's first line CPython 3.11's list free list holds 40 lists (left there by its
# start-up code): the first 40 lists a program makes take no new allocator block, the next ones
# do. A first tracemalloc snapshot therefore traces nothing of its own (guide 001_b26).
import sys

g = sys.getallocatedblocks
keep = [None] * 60
deltas = [0] * 60
for i in range(45):
    before = g()
    keep[i] = []
    deltas[i] = g() - before
print("lists:", "".join(str(d) for d in deltas[:45]))
keep = None

import tracemalloc

tracemalloc.start()
snapshot = tracemalloc.take_snapshot()
print("traced by a first snapshot:", len(snapshot.traces), snapshot.statistics("lineno")[:3])
tracemalloc.stop()
