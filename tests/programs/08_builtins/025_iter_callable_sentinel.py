# iter(callable, sentinel) calls until the sentinel value is returned.
values = [3, 1, 4, 1, 5, 0, 9, 2]
pos = 0
def read():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(read, 0)))
print("position after:", pos)
count = 0
def ticker():
    global count
    count += 1
    return count
print(list(iter(ticker, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(list(lines))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
