# for loops over sequences, ranges, dicts, strings; else clause semantics.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)

for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print("key", k)
for i in range(10, 0, -3):
    print(i, end=",")
print()
for x in []:
    print("never")
else:
    print("else after empty loop")
total = 0
for i in range(101):
    total += i
print(total, i)
