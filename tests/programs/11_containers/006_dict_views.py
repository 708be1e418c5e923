# keys/values/items views are live; keys and items support set operations.
d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
del d["a"]
print(list(keys), list(values), list(items), len(keys))
print(sorted(keys & {"b", "x"}), sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(("b", 2) in items, ("b", 3) in items, 4 in values, "c" in keys)
print(sorted(items & {("c", 3), ("c", 4)}), keys == {"b", "c", "d"}, type(keys).__name__)
it = iter(d)
try:
    for k in it:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(d.values()) == [v for v in d.values()], sum(d.values()))
