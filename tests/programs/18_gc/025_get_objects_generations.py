# gc.get_objects(generation): a new tracked object is in generation 0; each collection of its
# generation that it survives moves it one generation older; a full collection leaves
# survivors in generation 2. Untracked objects are in no generation. Membership is checked by
# identity; no absolute sizes are printed.
import gc
gc.disable()
gc.collect()

class C:
    pass

def where(obj):
    found = [g for g in (0, 1, 2) if any(o is obj for o in gc.get_objects(g))]
    in_all = any(o is obj for o in gc.get_objects())
    return found, in_all

x = C()
print("new instance:", where(x))
gc.collect(0)
print("after collect(0):", where(x))
gc.collect(0)
print("after another collect(0):", where(x))
gc.collect(1)
print("after collect(1):", where(x))
gc.collect(1)
print("after another collect(1):", where(x))

y = []
print("new list:", where(y))
gc.collect()
print("after a full collection:", where(y))

z = C()
gc.collect(1)
print("young object, collect(1):", where(z))

print("untracked int and dict:", where(12345), where({}))
t = tuple([1, 2])
print("tuple before/after collect:", where(t), end=" ")
gc.collect(0)
print(where(t))

gen0 = gc.get_objects(0)
print("the returned list is not in it:", not any(o is gen0 for o in gen0))
w = C()
print("a fresh object is in gen 0 but not in gen 1/2:", any(o is w for o in gc.get_objects(0)),
      any(o is w for o in gc.get_objects(1)), any(o is w for o in gc.get_objects(2)))
