# Plain, chained and multiple-target assignment; names are references, not copies.
a = 1
b = c = [1, 2]
b.append(3)
print(a, b, c, b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
a = b = c = 0
a += 1
print(a, b, c)
first = second = {}
first["k"] = "v"
print(second)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99          # targets assigned left to right
print(i, lst)
class Box:
    pass
obj = Box()
obj.value = 5
obj.value = obj.value * 2
print(obj.value)
