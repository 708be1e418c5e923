# float() of text (every CPython spelling: signs, underscores, inf/nan in any case, Unicode digits
# and spaces, bytes) and of objects (__float__, __index__, subclasses), with the exact errors.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for s in ['1', ' 1.5 ', '-2.5e3', '+.5', '5.', '.5e-3', '1_000.000_1', '1_0e1_0', 'inf', '-Infinity',
          'nAn', '+nan', '-nan', 'iNfInItY', '1e500', '-1e500', '1e-500', '0x10', '1__0', '_1', '1_',
          '1._5', '1e', 'e1', '.', '', ' ', 'infinityx', 'in', '١٢٣.٥', '\u2003 7.5\u3000', '1.5\n',
          '1,5', '0.0000000000000000000000000000000000001e37', '4.9e-324', '2.4e-324', '2.5e-324',
          '1.7976931348623158e308', '1.7976931348623159e308', '123456789012345678901234567890e-10',
          '0' * 400 + '1', '1' + '0' * 400, '.' + '0' * 400 + '1e400', '\ud800', 'x' * 250]:
    show("float(%r)" % s[:60], lambda: float(s))
show("float(b'1.5')", lambda: float(b'1.5'))
show("float(b'x')", lambda: float(b'x'))
show("float(bytearray(b' 2 '))", lambda: float(bytearray(b' 2 ')))
show("float(b'\\xff')", lambda: float(b'\xff'))
show("float(10**400)", lambda: float(10**400))
show("float(-2**1023 * 2)", lambda: float(-2**1023 * 2))
show("float(2**53 + 1), float(2**53 + 3)", lambda: (float(2**53 + 1), float(2**53 + 3)))
show("float([])", lambda: float([]))
show("float(None)", lambda: float(None))
show("float(x=1)", lambda: float(x=1))
show("float(1, 2)", lambda: float(1, 2))
show("float()", lambda: float())
show("float(True)", lambda: float(True))
class F:
    def __float__(self): return 2.5
class G:
    def __index__(self): return 3
class H:
    def __float__(self): return 1
class Both:
    def __float__(self): return 1.25
    def __index__(self): return 9
class MyF(float):
    pass
class MyF2(float):
    def __repr__(self): return "MyF2!"
show("float(F())", lambda: float(F()))
show("float(G())", lambda: float(G()))
show("float(H())", lambda: float(H()))
show("float(Both())", lambda: float(Both()))
show("MyF(2.5)", lambda: (MyF(2.5), type(MyF(2.5)).__name__, MyF('1e3') + 1))
show("float(MyF(2.5))", lambda: float(MyF(2.5)))
show("MyF2(1.5), str(MyF2(1.5)), f'{MyF2(1.5)}'", lambda: (repr(MyF2(1.5)), str(MyF2(1.5)), f'{MyF2(1.5)}'))
show("MyF()", lambda: MyF())
show("float('1e5') == 1e5 == 100000", lambda: float('1e5') == 1e5 == 100000)
