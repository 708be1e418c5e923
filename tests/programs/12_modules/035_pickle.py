# pickle: dumps/loads round trips of plain data and of instances (their __dict__ and slots as
# state), shared and recursive objects, every protocol from 2 to 5, and the bytes a small
# pickle is made of (CPython's exact opcodes for protocols 4 and 5).
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ("a", "b")


class WithState:
    def __init__(self):
        self.value = 1

    def __getstate__(self):
        return {"value": self.value * 10}

    def __setstate__(self, state):
        self.value = state["value"] + 1


data = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**64, -2**100,
        0.5, -0.0, 1e300, "", "text", "é€😀", b"", b"\x00\xff", bytearray(b"ba"), (), (1,),
        (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {"k": [1]}, {1: "a", (2, 3): None},
        set(), {3, 1, 2}, frozenset({4}), Point(1, 2), len, Point]
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(data, proto))
    print(proto, back == data, [type(x).__name__ for x in back][-4:])
print(pickle.dumps([1, "a", (None, True)], 4))
print(pickle.dumps(Point(3, 4), 5))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)

shared = [1, 2]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
loop = [1]
loop.append(loop)
again = pickle.loads(pickle.dumps(loop))
print(again[1] is again, again[0])
s = Slotted()
s.a = 5
t = pickle.loads(pickle.dumps(s))
print(t.a, hasattr(t, "b"))
w = pickle.loads(pickle.dumps(WithState()))
print(w.value)
print(pickle.loads(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e."))
for bad in (b"", b"\x80\x05K", b"junk"):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__name__)
