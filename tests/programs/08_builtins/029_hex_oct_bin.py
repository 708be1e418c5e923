# hex/oct/bin of positive, negative, zero and huge ints; round trips through int(s, 0).
for n in (0, 1, 7, 8, 10, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 100) + 1):
    print(n, hex(n), oct(n), bin(n), int(hex(n), 0) == n, int(bin(n), 0) == n)
print(hex(True), bin(False))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), oct(Idx()), bin(Idx()))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
