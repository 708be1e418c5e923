# int() of a string that is not a number.
print(int("42"))
print(int("x"))
