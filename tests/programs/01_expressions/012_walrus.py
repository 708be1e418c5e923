# Assignment expressions (:=) bind in the enclosing scope.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

i = 0
while (item := data[i]) != 9:
    print("item", item)
    i += 1
print("stopped at", item, "index", i)

squares = [y for x in data if (y := x * x) > 10]
print(squares, "last y:", y)

def f():
    total = 0
    values = [total := total + v for v in range(5)]
    return values, total

print(f())
print((z := 5) + z, z)
print([(w := k) * 2 for k in "ab"], w)
