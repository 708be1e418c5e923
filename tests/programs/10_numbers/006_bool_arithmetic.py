# bool is an int subclass: True == 1 and False == 0 in arithmetic and indexing.
print(True + True + True, True * 7, False * 7, True - False, -True, True ** 10, True / 4)
print(True == 1, True is (1 == 1), sum(x > 2 for x in range(6)), [10, 20][True])
print(True & True, True | False, True ^ True, ~False, True << 3, type(True & True).__name__)
print(type(True + True).__name__, type(True * 1.5).__name__, 5 + True, 5.5 * False)
print(max(False, True), min([True, False, 0]), sorted([True, False, 2, 0, -1]))
print(divmod(True, 2), round(True), abs(-True), int(True), str(True + 0))
