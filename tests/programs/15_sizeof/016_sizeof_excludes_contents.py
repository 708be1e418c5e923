# getsizeof counts the container, never the objects it refers to.
import sys
small = [1, 2, 3]
big_items = ["x" * 1000, "y" * 1000, "z" * 1000]
print(sys.getsizeof(small) == sys.getsizeof(big_items))
nested = [[0] * 1000]
print(sys.getsizeof(nested), sys.getsizeof(nested[0]))
d = {"k": "v" * 10000}
print(sys.getsizeof(d), sys.getsizeof(d["k"]))
t = (list(range(1000)),)
print(sys.getsizeof(t))
def deep_size(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, (list, tuple, set)):
        size += sum(deep_size(i, seen) for i in o)
    elif isinstance(o, dict):
        size += sum(deep_size(k, seen) + deep_size(v, seen) for k, v in o.items())
    return size
print(deep_size([1000, [2000, 3000], {"key": "value"}]))
print(deep_size([[]] * 10), deep_size([[] for _ in range(10)]))
