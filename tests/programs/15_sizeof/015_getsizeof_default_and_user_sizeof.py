# A user __sizeof__ plus the pre-header (16 GC + 16 managed dict); the default on TypeError.
import sys
class Custom:
    def __sizeof__(self):
        return 100
print("user __sizeof__ 100 ->", sys.getsizeof(Custom()))
class SlottedCustom:
    __slots__ = ()
    def __sizeof__(self):
        return 100
print("slotted user __sizeof__ 100 ->", sys.getsizeof(SlottedCustom()))
class RaisesType:
    def __sizeof__(self):
        raise TypeError("no size")
print("TypeError with default ->", sys.getsizeof(RaisesType(), -1))
try:
    sys.getsizeof(RaisesType())
except TypeError as e:
    print("TypeError without default:", e)
class RaisesValue:
    def __sizeof__(self):
        raise ValueError("not swallowed")
try:
    sys.getsizeof(RaisesValue(), 0)
except ValueError as e:
    print("ValueError passes through the default:", e)
class Negative:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Negative())
except ValueError as e:
    print("ValueError:", e)
print("default ignored when it works:", sys.getsizeof(1.0, 999))
