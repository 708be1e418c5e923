# del removes names, items, attributes and slices.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
class C:
    pass
o = C()
o.attr = 5
o.other = 6
del o.attr
print(hasattr(o, "attr"), o.other)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def f():
    y = 10
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
