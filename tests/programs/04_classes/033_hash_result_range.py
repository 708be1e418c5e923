# hash(x) uses x.__hash__()'s int as is when it fits a Py_hash_t (so returning hash(y) makes
# hash(x) == hash(y)); a larger int is reduced as int hashes are, and -1 becomes -2.
class Same:
    def __init__(self, key):
        self.key = key

    def __hash__(self):
        return hash(self.key)


class Returns:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value


for key in [("a.py", 2), "text", 3.5, 10**30, (1, (2, 3))]:
    print(hash(Same(key)) == hash(key))
for value in [0, 1, -1, -2, 2**62, -2**62, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -2**70, True]:
    print(value, hash(Returns(value)))
try:
    hash(Returns(1.5))
except TypeError as e:
    print("TypeError:", e)
