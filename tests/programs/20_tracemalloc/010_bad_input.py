# Wrong arguments give CPython's errors: start's frame count (range, type, size), arguments
# where none are taken, unknown key types, cumulative mode with 'traceback', filters that are not
# iterable, patterns that are not paths, and a snapshot while not tracing.
import tracemalloc


def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("start(0)", tracemalloc.start, 0)
attempt("start(-1)", tracemalloc.start, -1)
attempt("start(65536)", tracemalloc.start, 65536)
attempt("start(2**31)", tracemalloc.start, 2**31)
attempt("start(-2**40)", tracemalloc.start, -2**40)
attempt("start('a')", tracemalloc.start, "a")
attempt("start(1.5)", tracemalloc.start, 1.5)
attempt("start(None)", tracemalloc.start, None)
attempt("start(1, 2)", tracemalloc.start, 1, 2)
attempt("start(nframe=2)", tracemalloc.start, nframe=2)
print(tracemalloc.is_tracing())
attempt("stop(1)", tracemalloc.stop, 1)
attempt("is_tracing(1)", tracemalloc.is_tracing, 1)
attempt("get_traced_memory(1)", tracemalloc.get_traced_memory, 1)
attempt("clear_traces(x=1)", tracemalloc.clear_traces, x=1)
attempt("get_object_traceback()", tracemalloc.get_object_traceback)
attempt("_get_object_traceback(1, 2)", tracemalloc._get_object_traceback, 1, 2)
attempt("take_snapshot()", tracemalloc.take_snapshot)

snap = tracemalloc.Snapshot([(0, 10, (("f.py", 1),), 1)], 1)
attempt("statistics('bogus')", snap.statistics, "bogus")
attempt("statistics(None)", snap.statistics, None)
attempt("statistics('traceback', True)", snap.statistics, "traceback", True)
attempt("statistics('lineno', cumulative=True)", snap.statistics, "lineno", cumulative=True)
attempt("compare_to(snap, 'size')", snap.compare_to, snap, "size")
attempt("filter_traces(5)", snap.filter_traces, 5)
attempt("filter_traces(None)", snap.filter_traces, None)
attempt("filter_traces(['x'])", snap.filter_traces, ["x"])
attempt("Filter(True, 5)", tracemalloc.Filter, True, 5)
attempt("Filter(True)", tracemalloc.Filter, True)
attempt("DomainFilter(True)", tracemalloc.DomainFilter, True)
attempt("BaseFilter(True)._match(None)", tracemalloc.BaseFilter(True)._match, None)
attempt("Traceback(())[0]", lambda: tracemalloc.Traceback(())[0])
attempt("str(Traceback(()))", lambda: str(tracemalloc.Traceback(())))
attempt("Frame(()).filename", lambda: tracemalloc.Frame(()).filename)
attempt("Statistic(1, 2)", tracemalloc.Statistic, 1, 2)
attempt("Snapshot.load(None)", tracemalloc.Snapshot.load, None)
attempt("Frame < int", lambda: tracemalloc.Frame(("a", 1)) < 5)
attempt("Traceback < Frame", lambda: tracemalloc.Traceback((("a", 1),)) < tracemalloc.Frame(("a", 1)))

tracemalloc.start(2)
attempt("start(0) while tracing", tracemalloc.start, 0)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
