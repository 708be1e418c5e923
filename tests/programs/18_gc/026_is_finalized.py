# gc.is_finalized(obj): True once the collector (or refcounting) has run the object's __del__;
# False for objects without __del__, for untracked objects, and before finalization.
import gc
gc.disable()
gc.collect()

saved = []

class Lazarus:
    def __del__(self):
        print("  __del__ of", self.name)
        saved.append(self)

class Plain:
    pass

a = Lazarus()
a.name = "a"
a.me = a
print("before:", gc.is_finalized(a))
del a
print("collect:", gc.collect())
a = saved.pop()
print("resurrected by __del__, finalized:", gc.is_finalized(a))

b = Lazarus()
b.name = "b"
del b
b = saved.pop()
print("resurrected under refcounting, finalized:", gc.is_finalized(b))

p = Plain()
p.me = p
print("no __del__:", gc.is_finalized(p))
print("untracked objects:", gc.is_finalized(1), gc.is_finalized("s"), gc.is_finalized({}))
print("list, function:", gc.is_finalized([]), gc.is_finalized(print))

# the flag survives: dropping a finalized object again does not call __del__ a second time
a.me = None
del a, b
print("second time, collect:", gc.collect(), "saved:", len(saved))
del p
gc.collect()
