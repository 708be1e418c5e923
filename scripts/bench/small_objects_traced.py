# Benchmark: small_objects.py with tracemalloc tracing every allocation (1 frame per traceback),
# so the ratio to small_objects is the cost of tracing in each interpreter.
import tracemalloc

tracemalloc.start()
import small_objects  # noqa: E402,F401  (runs the workload, which prints its results)

tracemalloc.stop()
