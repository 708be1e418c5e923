# dict methods: get, setdefault, pop (with default), popitem (LIFO), update, copy, clear, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d["a"])
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d, c)
print(list(d.keys()), list(d.values()), list(d.items()))
c.clear()
print(c, len(c))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e)
print({**d, "new": 1}, d | {"a": 0}, {"k": 1} == {"k": 1.0})
m = {"p": 1}
m |= {"q": 2}
print(m, "p" in m, 1 in m, "q" in m.keys(), 2 in m.values())
