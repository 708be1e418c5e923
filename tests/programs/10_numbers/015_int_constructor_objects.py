# int() from objects: floats (truncation, inf/nan), __int__, __index__, __trunc__, bad returns,
# int subclasses (results of arithmetic are plain ints), bool.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class WithTrunc:
    def __trunc__(self): return 9
class BadInt:
    def __int__(self): return "x"
class BadIndex:
    def __index__(self): return 1.5
class MyInt(int):
    pass
class Shouty(int):
    def __repr__(self): return "Shouty(" + int.__repr__(self) + ")"

show("int(3.99)", lambda: int(3.99))
show("int(-3.99)", lambda: int(-3.99))
show("int(-0.0)", lambda: int(-0.0))
show("int(1e100)", lambda: int(1e100))
show("int(-2.0**70)", lambda: int(-2.0 ** 70))
show("int(float('inf'))", lambda: int(float('inf')))
show("int(float('-inf'))", lambda: int(float('-inf')))
show("int(float('nan'))", lambda: int(float('nan')))
show("int(True)", lambda: int(True))
show("int([])", lambda: int([]))
show("int(None)", lambda: int(None))
show("int(2**100)", lambda: int(2**100))
show("int(WithInt())", lambda: int(WithInt()))
show("int(WithIndex())", lambda: int(WithIndex()))
show("int(WithTrunc())", lambda: int(WithTrunc()))
show("int(BadInt())", lambda: int(BadInt()))
show("int(BadIndex())", lambda: int(BadIndex()))
show("MyInt(5)", lambda: MyInt(5))
show("MyInt('ff', 16)", lambda: MyInt('ff', 16))
show("MyInt(2**70)", lambda: MyInt(2**70))
show("MyInt()", lambda: MyInt())
show("MyInt(5) + 1", lambda: MyInt(5) + 1)
show("MyInt(5) * MyInt(2**40)", lambda: MyInt(5) * MyInt(2**40))
show("int(MyInt(12))", lambda: int(MyInt(12)))
show("-MyInt(3)", lambda: -MyInt(3))
show("+MyInt(3)", lambda: +MyInt(3))
show("abs(MyInt(-3))", lambda: abs(MyInt(-3)))
show("~MyInt(3)", lambda: ~MyInt(3))
show("MyInt(7) // 2", lambda: MyInt(7) // 2)
show("Shouty(4)", lambda: Shouty(4))
show("str(Shouty(4)), f'{Shouty(4)}'", lambda: (str(Shouty(4)), f'{Shouty(4)}'))
show("Shouty(4) == 4, hash(Shouty(4)) == hash(4)", lambda: (Shouty(4) == 4, hash(Shouty(4)) == hash(4)))
show("isinstance(MyInt(1), int)", lambda: isinstance(MyInt(1), int))
show("bool(0), bool(2**100), bool(-1)", lambda: (bool(0), bool(2**100), bool(-1)))
show("True + True, True * 2**70, -True", lambda: (True + True, True * 2**70, -True))
show("True & 3, True | False, True ^ True", lambda: (True & 3, True | False, True ^ True))
show("~True, ~False", lambda: (~True, ~False))
show("bool(x=1)", lambda: bool(x=1))
show("bool(1, 2)", lambda: bool(1, 2))
