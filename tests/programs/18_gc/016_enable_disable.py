# gc.isenabled / gc.enable / gc.disable: they return None, are idempotent, and only stop the
# automatic collections; gc.collect() still works while disabled.
import gc

print("initially:", gc.isenabled())
print("disable() ->", gc.disable(), gc.isenabled())
print("disable() twice ->", gc.disable(), gc.isenabled())
print("enable() ->", gc.enable(), gc.isenabled())
print("enable() twice ->", gc.enable(), gc.isenabled())

class C:
    pass

starts = []
def cb(phase, info):
    if phase == "start":
        starts.append(info["generation"])

gc.collect()
gc.disable()
gc.callbacks.append(cb)
keep = []
for i in range(3000):
    keep.append(C())
print("automatic collections while disabled:", len(starts), gc.get_count()[0] > 2000)

a = C()
a.me = a
del a
print("gc.collect() while disabled:", gc.collect(), starts)
del starts[:]

gc.enable()
for i in range(3000):
    keep.append(C())
print("gen-0 collections after enable:", 0 in starts)
gc.callbacks.remove(cb)
