# return with no value, multiple values (a tuple), early returns.
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, "two"
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

print(nothing(), implicit(), pair(), type(pair()).__name__)
q, r = divmod(17, 5)
print(q, r)
print(early(10), early(0), early(1))

def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())

def in_loop():
    results = []
    while True:
        results.append(len(results))
        if len(results) == 3:
            return results
print(in_loop())
