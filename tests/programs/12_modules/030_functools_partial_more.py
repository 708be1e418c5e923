# functools: partial repr/flattening/attributes/getsizeof, cmp_to_key, total_ordering,
# cached_property and reduce's errors.
import sys
from functools import partial, reduce, cmp_to_key, total_ordering, cached_property
p = partial(max, 1, key=abs)
print(p, p(-5), p.func is max, p.args, p.keywords)
q = partial(p, 2, default=0)
print(q, q.func is max, q.args, q.keywords)
print(sys.getsizeof(partial(max)), sys.getsizeof(partial(max, 1, 2)), type(p).__module__)
p.note = "attached"
print(p.note, p.__dict__)
r = partial(p, 3)
print(r.func is p, r)
for label, thunk in [("no args", lambda: partial()),
                     ("not callable", lambda: partial(5)),
                     ("reduce empty", lambda: reduce(max, [])),
                     ("reduce not iterable", lambda: reduce(max, 5)),
                     ("reduce one arg", lambda: reduce(max)),
                     ("bad call", lambda: partial(divmod, 1, 2)(3))]:
    try:
        thunk()
    except TypeError as e:
        print(label, "->", e)
def by_len_then_alpha(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(2))
@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) < Version(2), Version(3) >= Version(2), Version(2) <= Version(2), Version(1) > Version(5))
print(sorted(v.n for v in [Version(3), Version(1), Version(2)]))
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("  computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(lambda a, b: b + a, "xyz"))
