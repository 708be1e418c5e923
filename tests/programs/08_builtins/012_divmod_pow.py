# divmod for ints and floats; pow with two and three arguments.
for a, b in ((17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)):
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20 + 7, 10 ** 10))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(-3, 3, 7), pow(5, 3, -7))
print(pow(3, -1, 7), pow(2, -3, 11))       # modular inverse
print(pow(123456789, 987654321, 10 ** 9 + 7))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
