# break and continue in nested loops affect only the innermost loop.
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)

found = None
for row in [[1, 3], [5, 8], [9, 10]]:
    for v in row:
        if v % 2 == 0:
            found = v
            break
    if found is not None:
        break
print("first even:", found)

i = 0
out = []
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i > 8:
        break
    out.append(i)
print(out)
for x in range(3):
    pass
print("pass loop done", x)
