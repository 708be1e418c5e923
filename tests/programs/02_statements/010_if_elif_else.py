# if / elif / else chains, nested ifs and truthiness of conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))

for v in ([], [1], "", "s", None, 0.0):
    if v:
        print(repr(v), "true branch")
    else:
        print(repr(v), "else branch")

x = 7
if x > 5:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: pass
if not x: print("never")
else: print("single-line else")
