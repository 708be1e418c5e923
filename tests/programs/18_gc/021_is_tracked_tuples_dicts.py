# Lazy untracking (3.11): tuples (constants of compiled code too) are tracked when created and
# untracked by the next collection that sees them if all their items are untracked; dicts start untracked and become tracked when
# a value or key that may be tracked is stored; full collections untrack atomic-only dicts.
import gc
gc.disable()

t = tuple([1, 2])
print("tuple([1, 2]) before collect:", gc.is_tracked(t))
gc.collect()
print("tuple([1, 2]) after collect:", gc.is_tracked(t))

x = 2.5
t = (1, "a", None, x)
print("tuple of atomics built at run time, before/after:", gc.is_tracked(t), end=" ")
gc.collect()
print(gc.is_tracked(t))
t = (1, "a", None, 2.5)
print("constant tuple (the collections above already saw it):", gc.is_tracked(t))

inner = (1, 2)
outer = (inner, 3)
print("nested atomic tuples before:", gc.is_tracked(inner), gc.is_tracked(outer))
gc.collect()
print("nested atomic tuples after:", gc.is_tracked(inner), gc.is_tracked(outer))

t = (1, [])
gc.collect()
print("tuple holding a list after collect:", gc.is_tracked(t))
t[1].append(1)
t = (1, (2, []))
gc.collect()
print("tuple holding a tuple holding a list:", gc.is_tracked(t), gc.is_tracked(t[1]))
t = tuple([1, 2])
gc.collect(0)
print("untracked by a gen-0 collection too:", gc.is_tracked(t))

print("{}:", gc.is_tracked({}))
print("{'a': 1}:", gc.is_tracked({"a": 1}))
print("{1: 'x', 'y': 2.5}:", gc.is_tracked({1: "x", "y": 2.5}))
print("{'a': []}:", gc.is_tracked({"a": []}))
print("{'a': (1, 2)} (tuple still tracked):", gc.is_tracked({"a": tuple([1, 2])}))
d = {}
d["k"] = 1
print("after storing an int:", gc.is_tracked(d))
d["l"] = []
print("after storing a list:", gc.is_tracked(d))
del d["l"]
print("list removed again:", gc.is_tracked(d))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
d[(1, 2)] = "tuple key"
print("tracked-tuple key:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
d = {"a": {}}
print("dict holding an empty dict:", gc.is_tracked(d))
gc.collect()
print("after a full collection:", gc.is_tracked(d))
d = dict(a=1, b=2)
print("dict(a=1, b=2):", gc.is_tracked(d), "dict([(1, [])]):", gc.is_tracked(dict([(1, [])])))
