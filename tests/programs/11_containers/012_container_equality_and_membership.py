# Equality is structural and recursive; membership uses == (after an identity check).
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == (1, 2), [1, 2] == [2, 1], {1: [2]} == {1: [2]})
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, [1] == (1,), [] == (), set() == frozenset())
print([1, 2.0, True] == [1.0, 2, 1], [[[]]] == [[[]]], [None] == [None])
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  __eq__", self.v, getattr(o, "v", o))
        return isinstance(o, Eq) and self.v == o.v
e1 = Eq(1)
print(e1 in [Eq(0), Eq(1)])
print(e1 in [e1])            # identity short-circuits: no __eq__ call
print([Eq(2)] == [Eq(2)], (Eq(3),) != (Eq(3),))
print({"k": Eq(4)} == {"k": Eq(4)})
