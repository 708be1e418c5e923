# A plain-class instance is 56 bytes however many attributes it has (attributes live elsewhere).
import sys
class Empty:
    pass
class WithInit:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = [1, 2, 3]
class Many:
    def __init__(self):
        for i in range(20):
            setattr(self, "attr%d" % i, i)
print("Empty()", sys.getsizeof(Empty()))
print("WithInit()", sys.getsizeof(WithInit()))
print("Many()", sys.getsizeof(Many()))
e = Empty()
e.x = 1
print("after adding an attribute", sys.getsizeof(e))
print("__sizeof__", Empty().__sizeof__())
class Sub(WithInit):
    pass
print("subclass instance", sys.getsizeof(Sub()))
