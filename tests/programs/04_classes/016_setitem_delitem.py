# __setitem__ and __delitem__, including slices arriving as slice objects.
def norm(key):
    # slices are not hashable in 3.11: store them as (start, stop, step)
    if isinstance(key, slice):
        return ("slice", key.start, key.stop, key.step)
    return key

class Recorder:
    def __init__(self):
        self.store = {}
    def __setitem__(self, key, value):
        print("set", key, value)
        self.store[norm(key)] = value
    def __getitem__(self, key):
        return self.store[norm(key)]
    def __delitem__(self, key):
        print("del", key)
        del self.store[norm(key)]

r = Recorder()
r["a"] = 1
r[2] = "two"
r[1:3] = "slice"
r[1, 2] = "tuple"
print(r["a"], r[2], r[1:3], r[1, 2])
del r["a"]
del r[1:3]
print(sorted(map(repr, r.store)))
r["n"] = 1
r["n"] += 10
print(r["n"])
try:
    del r["missing"]
except KeyError as e:
    print("KeyError", e)
