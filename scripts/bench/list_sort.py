# Benchmark: sorting lists of ints, tuples and strings, with and without key functions.
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield seed >> 33

gen = lcg(42)
ints = [next(gen) % 1_000_000 for _ in range(300_000)]
s1 = sorted(ints)
s2 = sorted(ints, reverse=True)
print(s1[0], s1[-1], s2[0], s1[len(s1) // 2])

pairs = [(x % 1000, x) for x in ints[:200_000]]
pairs.sort()
print(pairs[0], pairs[-1])

records = [("name%d" % (x % 5000), x % 97, x) for x in ints[:150_000]]
by_key = sorted(records, key=lambda r: (r[1], r[0]))
print(by_key[0], by_key[-1])
by_len = sorted(records, key=lambda r: len(r[0]))
print(by_len[0][0], by_len[-1][0])

words = ["w%07d" % x for x in ints[:150_000]]
words.sort(key=str.lower)
print(words[0], words[-1])

total = 0
for k in range(30):
    chunk = ints[k * 5000:(k + 1) * 5000]
    chunk.sort()
    total += chunk[2500]
print(total)
