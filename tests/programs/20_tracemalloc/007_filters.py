# Snapshot.filter_traces(filters): inclusive filters keep a trace that matches any of them,
# exclusive ones drop a trace that matches any of them. Filter matches the filename with fnmatch
# patterns (*, ?, [seq], [!seq]), optionally one line number, by default on the innermost frame
# only (all_frames=True: any frame), optionally one domain; DomainFilter matches the domain
# (every Python allocation is in domain 0). An empty filter list gives a copy.
import gc
import tracemalloc

base = __file__.rsplit("/", 1)[-1]


def helper():
    return ["h%d" % i for i in range(20)]


def counts(snapshot):
    by_line = {}
    for trace in snapshot.traces:
        frame = trace.traceback[0]
        if frame.filename == __file__:
            by_line[frame.lineno] = by_line.get(frame.lineno, 0) + 1
    return sorted(by_line.items())


gc.collect()
tracemalloc.start(3)
one = ["a%d" % i for i in range(30)]
two = {i: -i - 1000 for i in range(10)}
three = helper()
snap = tracemalloc.take_snapshot()
tracemalloc.stop()
F = tracemalloc.Filter
mine = snap.filter_traces([F(True, __file__)])
print("this file:", counts(mine))
print("line 28 only:", counts(mine.filter_traces([F(True, __file__, lineno=28)])))
print("not line 28:", counts(mine.filter_traces([F(False, __file__, lineno=28)])))
print("27 or 28:", counts(mine.filter_traces([F(True, __file__, 27), F(True, __file__, 28)])))
print("pattern:", counts(mine.filter_traces([F(True, "*/" + base)])))
print("pattern ?:", counts(mine.filter_traces([F(True, "*/00?_filters.py")])))
print("set:", counts(mine.filter_traces([F(True, "*/00[0-7]_filters.py")])))
print("negated set:", counts(mine.filter_traces([F(True, "*/00[!7]_filters.py")])))
print("other file:", counts(mine.filter_traces([F(True, "*/nothing.py")])))
print("helper frames (all_frames):",
      counts(mine.filter_traces([F(True, __file__, lineno=13, all_frames=True)])))
print("called from line 29:",
      counts(mine.filter_traces([F(True, __file__, lineno=29, all_frames=True)])))
print("exclusive all_frames:",
      counts(mine.filter_traces([F(False, __file__, lineno=29, all_frames=True)])))
print("domain 0:", counts(mine.filter_traces([F(True, __file__, domain=0)])))
print("domain 1:", counts(mine.filter_traces([F(True, __file__, domain=1)])))
print("not domain 1:", counts(mine.filter_traces([F(False, __file__, 28, domain=1)])))
print("DomainFilter 0:", counts(mine.filter_traces([tracemalloc.DomainFilter(True, 0)])))
print("DomainFilter not 0:", counts(mine.filter_traces([tracemalloc.DomainFilter(False, 0)])))
copy = mine.filter_traces([])
print("empty list copies:", counts(copy) == counts(mine), copy is not mine,
      copy.traces._traces is not mine.traces._traces, copy.traceback_limit)
print("a tuple of filters:", counts(mine.filter_traces((F(True, __file__, 13),))))

f = F(True, "dir/file.pyc", 7)
print(f.inclusive, f.filename_pattern, f.lineno, f.all_frames, f.domain)
try:
    f.filename_pattern = "x"
except AttributeError:
    print("filename_pattern is read-only")
d = tracemalloc.DomainFilter(False, 3)
print(d.inclusive, d.domain, isinstance(d, tracemalloc.BaseFilter))
