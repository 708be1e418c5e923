# Instances and their __dict__ in 3.11: attributes live inline, so a self-cycle is 1 object;
# once __dict__ has been asked for, the dict is a separate tracked object (2 objects);
# a __slots__ instance has no dict at all.
import gc
gc.disable()
gc.collect()

class Plain:
    pass

class Slotted:
    __slots__ = ("other", "x")

a = Plain()
a.me = a
del a
print("inline attributes:", gc.collect())

a = Plain()
a.me = a
d = a.__dict__
del a, d
print("__dict__ materialised:", gc.collect())

a = Plain()
vars(a)["me"] = a
del a
print("via vars():", gc.collect())

a = Plain()
a.__dict__ = {"me": a}
del a
print("__dict__ replaced by a new dict:", gc.collect())

a = Slotted()
b = Slotted()
a.other = b
b.other = a
del a, b
print("two __slots__ instances:", gc.collect())

# the dict of one instance refers to the other instance
a = Plain()
b = Plain()
a.__dict__
b.__dict__
a.b = b
b.a = a
del a, b
print("two instances, both dicts materialised:", gc.collect())
