# repr/str of floats (shortest round-trip digits, exponent thresholds, subnormals, extremes),
# float.hex / float.fromhex (correct rounding, subnormals, errors) and as_integer_ratio.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

vals = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.00012345, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
        1e22, 1e23, 9007199254740993.0, 4.35, 2.675, 1.5e300 * 1.5e300, -1e-7, 123.456, 1e100,
        12345678.9, 0.5, 100.0, float('nan'), float('-inf'), 3.141592653589793, 1.1,
        99.99999999999999, 9999999999999998.0, 0.30000000000000004, 1e-320, 2**-1074 * 3]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v, v.hex(),
          float.fromhex(v.hex()) == v or v != v)
show("float.fromhex('0x1.8p1')", lambda: float.fromhex('0x1.8p1'))
show("float.fromhex('  -0X1P-1074 ')", lambda: float.fromhex('  -0X1P-1074 '))
show("float.fromhex('0x1p-1075')", lambda: float.fromhex('0x1p-1075'))
show("float.fromhex('0x3p-1076')", lambda: float.fromhex('0x3p-1076'))
show("float.fromhex('0x1.fffffffffffff8p1023')", lambda: float.fromhex('0x1.fffffffffffff8p1023'))
show("float.fromhex('0x1p1024')", lambda: float.fromhex('0x1p1024'))
show("float.fromhex('0x.8p0')", lambda: float.fromhex('0x.8p0'))
show("float.fromhex('1.')", lambda: float.fromhex('1.'))
show("float.fromhex('-inf'), 'nan', 'Infinity'", lambda: (float.fromhex('-inf'), float.fromhex('nan'), float.fromhex('Infinity')))
show("float.fromhex('1.0')", lambda: float.fromhex('1.0'))
show("float.fromhex('ff')", lambda: float.fromhex('ff'))
show("float.fromhex('0x')", lambda: float.fromhex('0x'))
show("float.fromhex('x')", lambda: float.fromhex('x'))
show("float.fromhex('0x1p')", lambda: float.fromhex('0x1p'))
show("float.fromhex('0x1 2')", lambda: float.fromhex('0x1 2'))
show("float.fromhex(5)", lambda: float.fromhex(5))
class MyF(float):
    pass
show("MyF.fromhex('0x2')", lambda: (MyF.fromhex('0x2'), type(MyF.fromhex('0x2')).__name__))
show("(1.5).as_integer_ratio()", lambda: (1.5).as_integer_ratio())
show("(-0.1).as_integer_ratio()", lambda: (-0.1).as_integer_ratio())
show("(0.0).as_integer_ratio()", lambda: (0.0).as_integer_ratio())
show("(5e-324).as_integer_ratio()[1].bit_length()", lambda: (5e-324).as_integer_ratio()[1].bit_length())
show("(1e300).as_integer_ratio()[0] % 10**9", lambda: (1e300).as_integer_ratio()[0] % 10**9)
show("float('inf').as_integer_ratio()", lambda: float('inf').as_integer_ratio())
show("float('nan').as_integer_ratio()", lambda: float('nan').as_integer_ratio())
show("is_integer", lambda: ((2.0).is_integer(), (2.5).is_integer(), float('inf').is_integer(), (1e300).is_integer()))
show("float.__getformat__('double')", lambda: float.__getformat__('double'))
show("float.__getformat__('x')", lambda: float.__getformat__('x'))
show("float.__getformat__(1)", lambda: float.__getformat__(1))
show("(2.5).conjugate(), .real, .imag", lambda: ((2.5).conjugate(), (2.5).real, (2.5).imag))
show("MyF(2.5).real type", lambda: (type(MyF(2.5).real).__name__, type(MyF(2.5).conjugate()).__name__))
show("(2.5).__getnewargs__()", lambda: (2.5).__getnewargs__())
show("float.__basicsize__, float.__itemsize__", lambda: (float.__basicsize__, float.__itemsize__))
