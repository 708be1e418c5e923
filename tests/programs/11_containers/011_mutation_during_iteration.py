# Changing a dict's or set's size during iteration raises RuntimeError; lists just shift.
d = {i: i for i in range(3)}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10          # changing values is fine
print(d)
for k in list(d):
    del d[k]                  # iterate over a copy to delete
print(d)
lst = [1, 2, 3, 4, 5, 6]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
for i, x in enumerate(lst):
    if i < 3:
        lst.append(x * 10)
print(lst)
