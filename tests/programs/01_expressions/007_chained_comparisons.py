# a < b < c means (a < b) and (b < c) with b evaluated once.
def v(name, value):
    print("eval", name)
    return value

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 0 <= 0 < 1 <= 1, 5 > 3 < 4 > 1)
print("result", v("a", 1) < v("b", 5) < v("c", 3))
print("result", v("a", 10) < v("b", 5) < v("c", 30))   # short-circuits, c not evaluated
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 in [5], 1 < x in [5, 6])
print("a" < "b" < "c", [1] < [1, 2] < [2], (1, 2) < (1, 3) <= (1, 3))
