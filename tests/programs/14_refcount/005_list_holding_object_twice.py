# Each list slot is a reference: [x, x] adds 2.
import sys
class Thing:
    pass
x = Thing()
print("global only:", sys.getrefcount(x))
lst = [x, x]
print("lst = [x, x]:", sys.getrefcount(x))
lst.append(x)
print("after append:", sys.getrefcount(x))
lst.pop()
print("after pop:", sys.getrefcount(x))
lst[0] = None
print("after replacing a slot:", sys.getrefcount(x))
lst2 = lst * 3
print("after lst * 3:", sys.getrefcount(x))
del lst2, lst
print("after del:", sys.getrefcount(x))
