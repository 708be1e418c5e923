# Automatic collections (3.11): the collector runs inside the allocation that makes count0 exceed
# threshold0. With threshold (100, 10, 10) and only instances being allocated, a gen-0
# collection starts on every 101st allocation; count1 > 10 turns the 12th into a gen-1
# collection. gc.callbacks record len(keep) at each "start" (ints only: no allocation).
# A full collect() with a callback registered leaves count0 at 1 (free lists were emptied,
# so one object of the "stop" call is a fresh allocation).
import gc
gc.disable()

class C:
    pass

keep = []
positions = []
generations = []

def cb(phase, info):
    if phase == "start":
        positions.append(len(keep))
        generations.append(info["generation"])

gc.callbacks.append(cb)
gc.set_threshold(100, 10, 10)
gc.collect()
gc.enable()
for i in range(2500):
    keep.append(C())
gc.disable()
print("manual first:", positions[0], generations[0])
print("automatic starts at len(keep):", positions[1:])
print("generations:", generations[1:])
steps = [positions[i + 1] - positions[i] for i in range(1, len(positions) - 1)]
print("allocations between collections:", sorted(set(steps)))

# churn: creating and dropping objects never reaches the threshold (count0 goes down again)
del positions[:], generations[:]
gc.collect()
gc.enable()
for i in range(5000):
    tmp = C()
gc.disable()
print("collections during pure churn:", positions[1:])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
