# Chained generators form a lazy pipeline.
def numbers(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1

def only_odd(seq):
    for x in seq:
        if x % 2:
            yield x

def squared(seq):
    for x in seq:
        yield x * x

def take(n, seq):
    for i, x in enumerate(seq):
        if i >= n:
            return
        yield x

pipeline = take(5, squared(only_odd(numbers(10 ** 9))))
print(list(pipeline))

def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(15, primes())))
