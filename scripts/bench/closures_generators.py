# Benchmark: closures, generators, generator expressions and yield from pipelines.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]

def naturals(limit):
    n = 0
    while n < limit:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def squares(src):
    for x in src:
        yield x * x

def chained(limit):
    yield from squares(evens(naturals(limit)))

inc = make_counter()
for i in range(600_000):
    inc()
print(inc(0))

adders = make_adders(50)
acc = 0
for i in range(40_000):
    for f in adders:
        acc = f(acc) & 0xFFFFF
print(acc)

print(sum(chained(2_000_000)))
print(sum(x * 3 for x in range(1_000_000) if x % 3), max(len(str(x)) for x in range(400_000)))

def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib_gen()
last = 0
for _ in range(20_000):
    last = next(g)
print(len(str(last)))
