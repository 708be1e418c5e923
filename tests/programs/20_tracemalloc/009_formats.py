# str() and repr() of Frame, Traceback, Trace, Statistic and StatisticDiff, the size units
# (B, KiB, MiB, GiB, TiB: one decimal below 100, none up to 10 * 1024, then the next unit),
# Traceback.format (source lines read through linecache), ordering, equality and hashing.
import tracemalloc
from tracemalloc import Frame, Traceback, Trace, Statistic, StatisticDiff

tb = Traceback((("inner.py", 3), ("outer.py", 10)), 5)  # most recent first, as _tracemalloc
print(str(tb), repr(tb), len(tb), tb.total_nframe)
print([str(f) for f in tb], repr(tb[0]), tb[-1].filename, tb[-1].lineno)
print(tb[0:1], Frame(("inner.py", 3)) in tb, Frame(("x.py", 1)) in tb)
print(list(reversed(tb)), tb.index(Frame(("inner.py", 3))), tb.count(Frame(("outer.py", 10))))
print(repr(Traceback((("a.py", 1),))))

for size in (0, 1, 99, 100, 1023, 1024, 10239, 10240, 102399, 102400, 1048575, 10 * 1024 ** 2,
             10 * 1024 ** 3, 123 * 1024 ** 3, 5 * 1024 ** 4, 50000 * 1024 ** 4):
    stat = Statistic(tb, size, 3)
    diff = StatisticDiff(tb, size, -size // 2, 3, -1)
    print(str(stat))
    print(str(diff))
print(str(Statistic(tb, 0, 0)), "|", str(StatisticDiff(tb, 0, -100, 0, -2)))
print(repr(Statistic(tb, 12345, 7)))
print(repr(StatisticDiff(tb, 12345, 0, 7, 0)))
print(repr(StatisticDiff(tb, 12345, -5, 7, -1)))

trace = Trace((0, 2048, (("m.py", 42),), 1))
print(str(trace), "|", repr(trace), trace.size, trace.domain)
print(repr(tracemalloc.Snapshot([(0, 1, (("m.py", 1),), 1)], 1).traces))

# ordering: Frames and Tracebacks compare as their tuples; Traceback order is oldest first
a, b = Frame(("a.py", 2)), Frame(("a.py", 10))
print(a < b, a <= b, a > b, a >= b, a == Frame(("a.py", 2)), a != b, hash(a) == hash(("a.py", 2)))
print(sorted([b, a]) == [a, b], a.__eq__(5), a.__lt__("x"))
t1 = Traceback((("z.py", 1), ("a.py", 5)))
t2 = Traceback((("a.py", 1), ("b.py", 5)))
print(t1 < t2, t1 > t2, t1 == Traceback((("z.py", 1), ("a.py", 5))), hash(t1) == hash(t1))
s1, s2 = Statistic(tb, 10, 1), Statistic(tb, 10, 1)
print(s1 == s2, hash(s1) == hash(s2), s1 == Statistic(tb, 11, 1), s1 == 5)

# Traceback.format: frames oldest first (or most recent first), each with its source line
def here():
    return Traceback(((__file__, 46), (__file__, 52)))


shown = here()
for line in shown.format():
    print(line.replace(__file__, "prog.py"))
for line in shown.format(most_recent_first=True):
    print(line.replace(__file__, "prog.py"))
print([line.replace(__file__, "prog.py") for line in shown.format(limit=1)])
print([line.replace(__file__, "prog.py") for line in shown.format(limit=-1)])
print(Traceback((("no_such_file.py", 3),)).format())
