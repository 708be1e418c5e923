# random: a seeded generator repeats CPython's Mersenne Twister bit for bit -- int seeds (their
# absolute value in 32-bit words), str/bytes/bytearray seeds (version 2: the bytes plus their
# SHA-512), float and bool seeds (their hash), version-1 string seeds -- through random(),
# getrandbits (fast path, multi-word, 0 bits), randrange/randint/choice/shuffle/sample (both the
# pool and the set method)/choices (plain and weighted), the real distributions, randbytes,
# getstate/setstate, and Random subclasses that only define random().
import random

seeds = [0, 1, 42, -7, 2**32, 2**100 + 5, 12345678901234567890, "hello", b"bytes",
         bytearray(b"ba"), 3.5, -0.0, True, "", "é€"]
for seed in seeds:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(10),
          random.randint(-5, 5), random.choice("abcdef"))
    deck = list(range(20))
    random.shuffle(deck)
    print(" ", deck)
    print(" ", random.sample(range(100), 5), random.sample(range(10000), 30)[:5],
          random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=5))
    print(" ", random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1),
          random.normalvariate(), random.triangular(), random.expovariate(2))
    print(" ", random.betavariate(2, 3), random.gammavariate(0.5, 1),
          random.gammavariate(3, 2), random.vonmisesvariate(1, 2), random.paretovariate(2),
          random.weibullvariate(1, 2), random.lognormvariate(0, 1))
    print(" ", random.randbytes(5), random.randrange(0, 100, 7), random.randrange(100, 0, -3),
          random.getrandbits(0), random.getrandbits(32), random.getrandbits(33))

r = random.Random(5)
state = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(state)
print(first == [r.random() for _ in range(3)], state[0], len(state[1]), state[1][-1])
print(random.Random(2**64).sample("abcdefgh", k=8, counts=None),
      random.Random(9).sample(["x", "y"], 3, counts=[2, 1]))
random.seed(1, version=1)
print(random.random())
random.seed("abc", version=1)
print(random.random())


class Halves(random.Random):
    def random(self):
        return 0.5


print(Halves(3).randrange(10), Halves._randbelow is Halves._randbelow_without_getrandbits)
random.seed(7)
print(sum(random.random() for _ in range(1000)))
