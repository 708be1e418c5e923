# while loops; else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("else after normal end, n =", n)

n = 0
while True:
    n += 1
    if n == 4:
        print("break at", n)
        break
else:
    print("not printed")

n = 10
while n < 3:
    print("never")
else:
    print("else runs even when body never ran")

# Collatz steps
def steps(k):
    count = 0
    while k != 1:
        k = k // 2 if k % 2 == 0 else 3 * k + 1
        count += 1
    return count
print([steps(k) for k in range(1, 12)])
