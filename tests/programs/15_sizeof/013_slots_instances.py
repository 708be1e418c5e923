# __slots__ instances: 16 header + 8 per slot + 16 GC head; '__weakref__' adds a slot.
import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a", "b", "c")
class S2W:
    __slots__ = ("a", "b", "__weakref__")
class S2D:
    __slots__ = ("a", "b", "__dict__")
for cls in (S0, S1, S2, S3, S2W):
    print(cls.__name__, sys.getsizeof(cls()))
print("S2D", sys.getsizeof(S2D()) >= 48)
class Child(S2):
    __slots__ = ("c",)
print("Child of S2 with one more slot", sys.getsizeof(Child()))
