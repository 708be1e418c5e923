# Formatting numbers: str(), repr(), format specs with every presentation type.
for n in (0, 7, -7, 1234567, -1234567, 2 ** 70):
    print(f"{n}|{n:d}|{n:+,}|{n:>12}|{n:_x}|{n:#o}|{n:e}|{n:.3g}")
for x in (0.0, 1.5, -2.75, 1234.5678, 1e-5, 1e21, 123456789.987, 0.000123456):
    print(f"{x}|{x:f}|{x:.2f}|{x:e}|{x:.3e}|{x:g}|{x:.10g}|{x:%}|{x:,.1f}|{x:10.2f}|")
print(f"{3.0:g} {3.0:.0f} {3.14:.0e} {1e100:g} {1.5:#g} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(str(1e16), str(1.0e-5), str(123.0), repr(1e-4), str(12345678912345.678))
