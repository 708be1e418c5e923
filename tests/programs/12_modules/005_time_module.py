# time: only types and monotonicity are checked (values vary between runs).
import time
t0 = time.time()
p0 = time.perf_counter()
time.sleep(0)
time.sleep(0.001)
t1 = time.time()
p1 = time.perf_counter()
print(type(t0).__name__, type(p0).__name__)
print(t1 >= t0, p1 > p0, p1 - p0 >= 0.0005, p1 - p0 < 5)
print(t0 > 1_600_000_000, time.sleep(0) is None)
prev = time.perf_counter()
steps = 0
for _ in range(1000):
    now = time.perf_counter()
    steps += now >= prev
    prev = now
print("monotonic perf_counter steps:", steps)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
