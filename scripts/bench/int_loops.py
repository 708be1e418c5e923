# Benchmark: while/for loops doing small-integer arithmetic (sieve, collatz, digit sums).
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return sum(flags)

def collatz_longest(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps = 0
        k = n
        while k != 1:
            if k % 2 == 0:
                k //= 2
            else:
                k = 3 * k + 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best

def digit_sums(limit):
    total = 0
    for n in range(limit):
        while n:
            total += n % 10
            n //= 10
    return total

def mix(limit):
    acc = 0
    for i in range(limit):
        acc = (acc * 31 + i) & 0xFFFFFFFF
        acc ^= acc >> 7
    return acc

print(sieve(400_000))
print(collatz_longest(60_000))
print(digit_sums(200_000))
print(mix(600_000))
