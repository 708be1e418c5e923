# time.struct_time from gmtime, strftime/asctime on fixed times, and the clock functions' types.
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t[0], len(t), t.tm_zone, t.tm_gmtoff)
print(type(t).__name__, type(t).__module__, isinstance(t, tuple))
t2 = time.gmtime(1_000_000_000)
print(tuple(t2))
print(time.strftime("%Y-%m-%d %H:%M:%S", t2), time.strftime("%a %b %d %j", t2))
print(time.asctime(t2), time.asctime(time.gmtime(86400 * 40)))
print(time.strftime("%%literal %Y", (2000, 1, 1, 0, 0, 0, 5, 1, 0)))
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_mon)
for bad in (lambda: time.strftime("%Y", "nope"), lambda: time.asctime((1, 2)),
            lambda: time.gmtime("x"), lambda: time.sleep("1"),
            lambda: time.strftime("%Y", (2000, 13, 1, 0, 0, 0, 0, 1, 0))):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(time.time_ns()).__name__, type(time.monotonic()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(time.monotonic_ns() <= time.monotonic_ns(), time.process_time_ns() >= 0)
lt = time.localtime()
print(len(lt), type(time.mktime(lt)).__name__, abs(time.mktime(lt) - time.time()) < 5)
print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname), time.daylight in (0, 1))
print(len(time.ctime(0)), len(time.asctime()))
