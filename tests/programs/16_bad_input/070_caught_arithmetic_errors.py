# ZeroDivisionError and OverflowError messages for every operator and operand type.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

show("1 / 0", lambda: 1 / 0)
show("1 // 0", lambda: 1 // 0)
show("1 % 0", lambda: 1 % 0)
show("divmod(1, 0)", lambda: divmod(1, 0))
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0.0", lambda: 1.0 // 0.0)
show("1.0 % 0.0", lambda: 1.0 % 0.0)
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("0 ** -1", lambda: 0 ** -1)
show("0.0 ** -1", lambda: 0.0 ** -1)
show("2.0 ** 5000", lambda: 2.0 ** 5000)
show("float(10 ** 400)", lambda: float(10 ** 400))
show("10 ** 400 / 1", lambda: 10 ** 400 / 1)
show("1e308 * 10", lambda: 1e308 * 10)
show("1 << -1", lambda: 1 << -1)
show("int(float('inf'))", lambda: int(float("inf")))
show("round(float('nan'))", lambda: round(float("nan")))
