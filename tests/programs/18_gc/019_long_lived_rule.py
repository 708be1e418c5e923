# The 25 % rule for full collections (3.11): gen 2 is collected automatically only when
# count2 > threshold2 AND the objects promoted into gen 2 since the last full collection
# (long_lived_pending) are at least a quarter of gen 2's size after that collection
# (long_lived_total); otherwise the gen-1 collection happens instead. gc.freeze() first moves
# the start-up objects out of the way, so gen 2 holds only what this program made.
import gc
gc.disable()
gc.collect()
gc.freeze()

class C:
    pass

generations = []
def cb(phase, info):
    if phase == "start":
        generations.append(info["generation"])
gc.callbacks.append(cb)

def run(long_lived, allocations):
    base = [C() for i in range(long_lived)]
    gc.collect()
    del generations[:]
    keep = []
    gc.set_threshold(100, 1, 1)
    gc.enable()
    for i in range(allocations):
        keep.append(C())
    gc.disable()
    gc.set_threshold(700, 10, 10)
    return "".join(str(g) for g in generations)

# a collection every 101 allocations; count1 > 1 and count2 > 1 ask for gen 1 / gen 2 every 3rd time
# 100 long-lived objects: pending (about 303 per gen-1 collection) passes total/4 at once
print("small gen 2:", run(100, 950))
# 10000 long-lived objects: gen 2 waits until about 2500 objects have been promoted
print("large gen 2:", run(10000, 4000))
gc.callbacks.remove(cb)
gc.unfreeze()
gc.collect()
