# int.to_bytes / int.from_bytes with 3.11's defaults (length=1, byteorder='big'), signed values,
# iterables of ints, subclasses, and their errors.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class MyInt(int):
    pass

show("int.from_bytes(b'\\x01\\x00', 'big')", lambda: int.from_bytes(b'\x01\x00', 'big'))
show("int.from_bytes(b'\\x01\\x00', 'little')", lambda: int.from_bytes(b'\x01\x00', 'little'))
show("MyInt.from_bytes(b'\\x01', 'little')", lambda: MyInt.from_bytes(b'\x01', 'little'))
show("int.from_bytes([1, 2, 3])", lambda: int.from_bytes([1, 2, 3]))
show("int.from_bytes((255,) * 20)", lambda: int.from_bytes((255,) * 20))
show("int.from_bytes(bytearray(b'\\x80'), signed=True)", lambda: int.from_bytes(bytearray(b'\x80'), signed=True))
show("int.from_bytes(b'\\xff\\xff', signed=True)", lambda: int.from_bytes(b'\xff\xff', signed=True))
show("int.from_bytes(b'\\x00\\xff', signed=True)", lambda: int.from_bytes(b'\x00\xff', signed=True))
show("int.from_bytes(b'', 'big')", lambda: int.from_bytes(b'', 'big'))
show("int.from_bytes(b'', signed=True)", lambda: int.from_bytes(b'', signed=True))
show("int.from_bytes('ab')", lambda: int.from_bytes('ab'))
show("int.from_bytes(5)", lambda: int.from_bytes(5))
show("int.from_bytes([256])", lambda: int.from_bytes([256]))
show("int.from_bytes(b'\\x01', 'middle')", lambda: int.from_bytes(b'\x01', 'middle'))
show("int.from_bytes(b'\\x01', 7)", lambda: int.from_bytes(b'\x01', 7))
show("int.from_bytes()", lambda: int.from_bytes())
show("(255).to_bytes()", lambda: (255).to_bytes())
show("(256).to_bytes()", lambda: (256).to_bytes())
show("(65535).to_bytes(2, 'little')", lambda: (65535).to_bytes(2, 'little'))
show("(-1).to_bytes(2, 'little', signed=True)", lambda: (-1).to_bytes(2, 'little', signed=True))
show("(-1).to_bytes(2)", lambda: (-1).to_bytes(2))
show("(0).to_bytes(0)", lambda: (0).to_bytes(0))
show("(1).to_bytes(0)", lambda: (1).to_bytes(0))
show("(1).to_bytes(-1)", lambda: (1).to_bytes(-1))
show("(1).to_bytes(1.5)", lambda: (1).to_bytes(1.5))
show("(1).to_bytes(2**70)", lambda: (1).to_bytes(2**70))
show("(1).to_bytes(1, 5)", lambda: (1).to_bytes(1, 5))
show("(2**64).to_bytes(9, 'big')", lambda: (2**64).to_bytes(9, 'big'))
show("(2**64).to_bytes(8, 'big')", lambda: (2**64).to_bytes(8, 'big'))
show("(-128).to_bytes(1, signed=True)", lambda: (-128).to_bytes(1, signed=True))
show("(-129).to_bytes(1, signed=True)", lambda: (-129).to_bytes(1, signed=True))
show("(128).to_bytes(1, signed=True)", lambda: (128).to_bytes(1, signed=True))
show("(10).to_bytes(length=2, byteorder='little')", lambda: (10).to_bytes(length=2, byteorder='little'))
show("(1).to_bytes(1, 'big', True)", lambda: (1).to_bytes(1, 'big', True))
show("True.to_bytes(2)", lambda: True.to_bytes(2))
for v in [0, 1, -1, 127, -128, 2**63 - 1, -2**63, 3**100, -3**100]:
    n = (v.bit_length() + 8) // 8
    b = v.to_bytes(n, 'little', signed=True)
    print(v == int.from_bytes(b, 'little', signed=True), len(b), b[:4].hex())
