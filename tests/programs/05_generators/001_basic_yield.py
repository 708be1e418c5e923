# A function with yield returns a generator; its body runs lazily, one step per next().
def counter(n):
    print("  start")
    for i in range(n):
        print("  yielding", i)
        yield i
    print("  end")

g = counter(3)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "done"))
print(list(counter(0)))
def evens():
    n = 0
    while True:
        yield n
        n += 2
e = evens()
print([next(e) for _ in range(5)])
print(sum(x for x in counter(4)))
