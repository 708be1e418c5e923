# Generator locals survive between steps; iter(gen) is gen; exhausted generators stay exhausted.
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total

g = running_total([5, 10, 20])
print(iter(g) is g)
for t in g:
    print("total", t)
print(list(g), next(g, None))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
print(next(f), next(f))
def two():
    yield 1
    return
    yield 2
print(list(two()))
gen_a, gen_b = running_total([1, 1]), running_total([1, 1])
print(next(gen_a), next(gen_a), next(gen_b))
