# hash(): equal values hash equal across numeric types; small int hashes are the int itself.
print(hash(1), hash(0), hash(-5), hash(12345), hash(-1), hash(-2))
print(hash(True), hash(False), hash(1.0), hash(2.5) == hash(2.5))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 40) == hash(float(2 ** 40)), hash(0.5) == hash(1 / 2))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash("abc") == hash("ab" + "c"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(None) == hash(None), type(hash("x")).__name__)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
for unhashable in ([], {}, set(), ([1],)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
