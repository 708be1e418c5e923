# ValueError messages from conversions, unpacking and sequence methods.
import math
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except ValueError as e:
        print(label, "->", type(e).__name__ + ":", e)

show("int('x')", lambda: int("x"))
show("int('')", lambda: int(""))
show("int('1.5')", lambda: int("1.5"))
show("int('12', 2)", lambda: int("12", 2))
show("int('z', 37)", lambda: int("z", 37))
show("float('abc')", lambda: float("abc"))
show("float('')", lambda: float(""))
show("[1].index(2)", lambda: [1].index(2))
show("[1].remove(2)", lambda: [1].remove(2))
show("'abc'.index('z')", lambda: "abc".index("z"))
show("(1,).index(5)", lambda: (1,).index(5))
show("range(3).index(7)", lambda: range(3).index(7))
show("chr(-1)", lambda: chr(-1))
show("range(0, 1, 0)", lambda: range(0, 1, 0))
show("'a'.split('')", lambda: "a".split(""))
show("max([])", lambda: max([]))
show("min(())", lambda: min(()))
def unpack_too_many():
    a, b = [1, 2, 3]
def unpack_too_few():
    a, b, c = [1, 2]
def unpack_star_too_few():
    a, b, *c = [1]
show("a, b = [1, 2, 3]", unpack_too_many)
show("a, b, c = [1, 2]", unpack_too_few)
show("a, b, *c = [1]", unpack_star_too_few)
show("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))
show("'{0}{}'.format(1, 2)", lambda: "{0}{}".format(1, 2))
show("format(1, 'z')", lambda: format(1, "z"))
show("math.sqrt(-1)", lambda: math.sqrt(-1))
show("bytes([300])", lambda: bytes([300]))
show("'é'.encode('ascii')", lambda: "é".encode("ascii"))
