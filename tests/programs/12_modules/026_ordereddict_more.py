# OrderedDict: order-aware operations, equality rules, copy/fromkeys/update, errors.
from collections import OrderedDict
od = OrderedDict.fromkeys("abc", 0)
od.update({"d": 1}, e=2)
print(od)
od.move_to_end("a")
od.move_to_end("e", last=False)
print(list(od.keys()), list(reversed(od)), list(od.values()))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
c = od.copy()
print(c == od, c is od, type(c).__name__)
c.popitem()
print(c == od, od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x != {"a": 1, "b": 2})
print(OrderedDict([("k", [1, 2])]), OrderedDict(x) | {"c": 3})
print(type(x).__module__, isinstance(x, dict), x.setdefault("c", 3), x.pop("a"), x)
print(len(x), "b" in x, x.get("q", "none"))
x["b"] = 20
print(x, list(x.items()))
del x["b"]
print(x, repr(OrderedDict()))
