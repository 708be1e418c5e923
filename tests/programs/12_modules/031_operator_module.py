# operator: function forms of the operators, itemgetter/attrgetter/methodcaller and their reprs.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.neg(4), operator.pos(-4), operator.pow(2, 8))
print(operator.not_(0), operator.truth([]), operator.eq(1, 1.0), operator.lt(1, 2), operator.ge(1, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.abs(-3), operator.inv(5))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.index(7), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.concat([1], [2]), operator.getitem("abc", 1), operator.length_hint(iter(range(5))))
lst = [1, 2, 3]
operator.setitem(lst, 0, 10)
operator.delitem(lst, 1)
print(lst, operator.iadd(lst, [4]), lst, operator.iadd(1, 2), operator.imul("a", 3))
print(operator.__add__ is operator.add, operator.call(len, "abcd"))
rows = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0, 2))[0])
print(itemgetter(1)("abc"), itemgetter(0, -1)("abc"), itemgetter("k")({"k": "v"}))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("x.y", "z")))
print(repr(methodcaller("split", ",", maxsplit=1)), methodcaller("split", ",", maxsplit=1)("a,b,c"))
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node("root", Node("leaf"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
for label, thunk in [("index float", lambda: operator.index(1.5)),
                     ("attrgetter int", lambda: attrgetter(1)),
                     ("itemgetter none", lambda: itemgetter()),
                     ("methodcaller int", lambda: methodcaller(5)),
                     ("indexOf missing", lambda: operator.indexOf([1], 2)),
                     ("concat int", lambda: operator.concat(1, 2)),
                     ("missing attr", lambda: attrgetter("nope")(n))]:
    try:
        thunk()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])))
