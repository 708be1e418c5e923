# tracemalloc's switches and what its functions answer while it is off: start/stop/is_tracing,
# the traceback limit (kept by stop, not changed by a second start), get_traced_memory (0, 0),
# clear_traces/reset_peak as no-ops, no snapshot and no object tracebacks.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
print(tracemalloc.get_traced_memory(), tracemalloc.clear_traces(), tracemalloc.reset_peak())
print(tracemalloc.get_object_traceback([]), tracemalloc._get_object_traceback(object()))
print(tracemalloc._get_traces())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)

tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

tracemalloc.start(7)
print(tracemalloc.get_traceback_limit())
tracemalloc.start(3)  # already tracing: nothing changes
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.get_traceback_limit(), tracemalloc.is_tracing())  # stop keeps the limit
tracemalloc.start()
print(tracemalloc.get_traceback_limit())  # start() without argument: 1 again
tracemalloc.stop()
tracemalloc.stop()  # stopping twice is fine
tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(True)  # an int subclass
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()

# the tracer's own tables are not traced; get_tracemalloc_memory counts them
print(type(tracemalloc.get_tracemalloc_memory()).__name__, tracemalloc.get_tracemalloc_memory() > 0)
for name in ("start", "stop", "is_tracing", "clear_traces", "get_traced_memory", "reset_peak",
             "get_tracemalloc_memory", "get_traceback_limit", "take_snapshot",
             "get_object_traceback", "Snapshot", "Statistic", "StatisticDiff", "Traceback", "Frame",
             "Trace", "Filter", "DomainFilter", "BaseFilter"):
    print(name, hasattr(tracemalloc, name))
print(tracemalloc.start.__module__, tracemalloc.start.__name__, tracemalloc.Snapshot.__name__)
