# bool() and the bool type (a subclass of int with two instances).
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([]), bool([0]))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(True == 1, False == 0, True is bool(1), bool(5) is True)
print(str(True), repr(False), int(True), float(False), type(True).__name__)
print(isinstance(True, int), True & False, True | False, True ^ True)
print(sum([True, False, True]), [1, 2, 3][True], {True: "a", 1: "b"})
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
