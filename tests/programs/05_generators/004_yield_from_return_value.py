# The value of `yield from g` is g's return value (StopIteration.value).
def averager():
    total, count = 0, 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0
        total += value
        count += 1

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)
        print("sub-generator returned", result)

results = []
d = delegator(results)
next(d)
for v in (10, 20, 30):
    d.send(v)
d.send(None)
for v in (1, 2):
    d.send(v)
d.send(None)
print(results)

def returns_value():
    yield 1
    return "the return value"
def wrapper():
    r = yield from returns_value()
    yield "wrapper got: " + r
print(list(wrapper()))
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value =", repr(e.value), e.args)
