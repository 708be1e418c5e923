# gc.get_threshold / gc.set_threshold: defaults (700, 10, 10), partial updates keep the other
# values, 0 disables automatic collection (gc stays "enabled"), argument errors.
import gc

print("default:", gc.get_threshold())
gc.set_threshold(1000)
print("set_threshold(1000):", gc.get_threshold())
gc.set_threshold(500, 20)
print("set_threshold(500, 20):", gc.get_threshold())
gc.set_threshold(100, 5, 3)
print("set_threshold(100, 5, 3):", gc.get_threshold())
gc.set_threshold(0)
print("set_threshold(0):", gc.get_threshold(), "isenabled:", gc.isenabled())
gc.set_threshold(-1, 0)
print("negative and zero accepted:", gc.get_threshold())
print("returns:", gc.set_threshold(700, 10, 10), gc.get_threshold())

for args in [(), ("a",), (1.5,), (None,), (1, 2, 3, 4), (2 ** 63,)]:
    try:
        gc.set_threshold(*args)
        print(args, "accepted")
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print("TypeError:", e)
print("unchanged after errors:", gc.get_threshold())

# with threshold0 = 0 nothing is collected automatically, even with gc enabled
log = []
def cb(phase, info):
    if phase == "start":
        log.append(info["generation"])
gc.collect()
gc.set_threshold(0)
gc.callbacks.append(cb)
class C:
    pass
keep = [C() for i in range(5000)]
print("collections with threshold 0:", len(log))
gc.set_threshold(700, 10, 10)
gc.callbacks.remove(cb)
