# Appending grows the capacity 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... (3.11 list_resize).
import sys
lst = []
last = sys.getsizeof(lst)
print(0, last)
for n in range(1, 101):
    lst.append(None)
    size = sys.getsizeof(lst)
    if size != last:
        print(n, size, "capacity", (size - 56) // 8)
        last = size
while len(lst) > 5:
    lst.pop()
print("popped down to 5:", sys.getsizeof(lst))
