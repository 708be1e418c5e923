# round() of floats (exact binary value, half to even, huge and negative ndigits), trunc/floor/ceil,
# and the // % divmod rules with signed zeros, infinities and the ZeroDivisionError messages.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e300, 123.456, -123.456, 5e-324,
          1.0000000000000002, 0.285, 1.005, 12345.6789, -0.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2), round(x, -1), round(x, -2),
          round(x, 5), round(x, 400), round(x, -400))
show("round(float('inf'))", lambda: round(float('inf')))
show("round(float('nan'))", lambda: round(float('nan')))
show("round(float('inf'), 2)", lambda: round(float('inf'), 2))
show("round(float('nan'), -2)", lambda: round(float('nan'), -2))
show("round(1.5e308, -308)", lambda: round(1.5e308, -308))
show("round(1.7e308, -308)", lambda: round(1.7e308, -308))
show("round(2.5, 2**70)", lambda: round(2.5, 2**70))
show("round(2.5, -2**70)", lambda: round(2.5, -2**70))
show("round(2.5, 1.0)", lambda: round(2.5, 1.0))
show("round(1e22), round(-1e22)", lambda: (round(1e22), round(-1e22)))
show("round(2.5, None)", lambda: round(2.5, None))
show("(2.5).__round__(1, 2)", lambda: (2.5).__round__(1, 2))
show("trunc/floor/ceil", lambda: ((2.5).__trunc__(), (-2.5).__floor__(), (-2.5).__ceil__(), (1e20).__trunc__(), (-0.5).__ceil__()))
show("float('inf').__floor__()", lambda: float('inf').__floor__())
show("float('nan').__ceil__()", lambda: float('nan').__ceil__())
show("int(2.5e-308), int(-1e-300)", lambda: (int(2.5e-308), int(-1e-300)))
show("7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2", lambda: (7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2))
show("7.0 % -2, -0.0 % 2, 0.0 % -2, -0.0 // 3", lambda: (7.0 % -2, -0.0 % 2, 0.0 % -2, -0.0 // 3))
show("divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 3.7)", lambda: (divmod(7.5, 2), divmod(-7.5, 2), divmod(1e300, 3.7)))
show("divmod(-0.0, 1), divmod(0.0, -1)", lambda: (divmod(-0.0, 1), divmod(0.0, -1)))
show("inf // 1, inf % 1, 1 % inf, -1 % inf, 1 // -inf", lambda: (float('inf') // 1, float('inf') % 1, 1 % float('inf'), -1 % float('inf'), 1 // float('-inf')))
show("5 % 0.3, -5 % 0.3, 0.1 * 3 // 0.1", lambda: (5 % 0.3, -5 % 0.3, 0.1 * 3 // 0.1))
show("1.0 / 0", lambda: 1.0 / 0)
show("1.0 // 0", lambda: 1.0 // 0)
show("1.0 % 0", lambda: 1.0 % 0)
show("divmod(1.0, 0)", lambda: divmod(1.0, 0))
show("1 / 0.0", lambda: 1 / 0.0)
show("2**2000 / 1.0", lambda: 2**2000 / 1.0)
show("1e308 * 10, -1e308 * 10", lambda: (1e308 * 10, -1e308 * 10))
show("2 ** 1024 * 1.0", lambda: 2 ** 1024 * 1.0)
show("1.0 + 10**400", lambda: 1.0 + 10**400)
show("10**400 - 1.5", lambda: 10**400 - 1.5)
show("3 // 2.0, 3 % 2.0, divmod(3, -2.0)", lambda: (3 // 2.0, 3 % 2.0, divmod(3, -2.0)))
show("abs(-0.0), -(0.0), +(-0.0)", lambda: (abs(-0.0), -(0.0), +(-0.0)))
show("sum([0.1] * 10), 0.1 * 3 == 0.3", lambda: (sum([0.1] * 10), 0.1 * 3 == 0.3))
