# random and _random: CPython's argument checks and texts (seed types, getrandbits, randrange's
# empty and non-integral ranges, choice/sample/choices, setstate's state vector), the Random
# type's layout (getsizeof of _random.Random and of the Python subclass) and its attributes.
import _random
import gc
import random
import sys


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


print(sys.getsizeof(_random.Random()), sys.getsizeof(random.Random()),
      gc.is_tracked(_random.Random()), gc.is_tracked(random.Random()))
attempt(_random.Random, 1, 2)
attempt(_random.Random, x=1)
attempt(random.getrandbits, -1)
attempt(random.getrandbits, 1.0)
attempt(random.getrandbits, 2**40)
attempt(random.seed, [1])
attempt(_random.Random().seed, [1])
attempt(_random.Random().seed, 1, 2)
attempt(random.randrange, 0)
attempt(random.randrange, 1.5)
attempt(random.randrange, "a")
attempt(random.randrange, 5, 5)
attempt(random.randrange, 1, 10, 0)
attempt(random.randrange, 10, step=2)
attempt(random.randrange, 1, 2.5)
attempt(random.randrange, 1, 5, 1.5)
attempt(random.randrange, 10, 1)
attempt(random.choice, [])
attempt(random.sample, {1, 2}, 1)
attempt(random.sample, [1, 2], 3)
attempt(random.sample, [1, 2], -1)
attempt(random.sample, range(10), k=3, counts=[1] * 9)
attempt(random.sample, "ab", 1, counts=[0, 0])
attempt(random.choices, "ab", 3)
attempt(random.choices, "ab", [1])
attempt(random.choices, "ab", [0, 0])
attempt(random.choices, "ab", [1, 1], cum_weights=[1, 2])
attempt(random.choices, "ab", [1, float("inf")])
attempt(random.setstate, (4, (), None))
attempt(random.Random().setstate, (3, (1, 2), None))
attempt(_random.Random().setstate, [1])
attempt(_random.Random().setstate, tuple([-1] * 625))
attempt(_random.Random().setstate, tuple(["a"] * 625))
attempt(_random.Random().setstate, tuple([0] * 624 + [625]))
attempt(random.gammavariate, 0, 1)
print(_random.Random.__doc__)
print([c.__name__ for c in random.Random.__mro__], random.SystemRandom().random() < 1,
      len(random.SystemRandom().randbytes(3)))
r = random.Random(1)
r.x = 5
print(r.x, sorted(r.__dict__))
attempt(setattr, _random.Random(), "x", 1)
