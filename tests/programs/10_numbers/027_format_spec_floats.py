# format() of floats: repr-like '' and the e/f/g/%/n types, precision, '#', 'z' (3.11), grouping,
# zero padding, infinities and NaN, and very large precisions.
floats = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, -0.000123456, 1e16, 1e-7, 1e300,
          float('inf'), float('-inf'), float('nan'), 2.5, 0.125, 123456789.0]
fspecs = ['', 'f', '.0f', '.2f', '#.0f', 'e', '.0e', '#.0e', '.3E', 'g', '.0g', '.1g', '.3g', '#.3g',
          'G', '.10g', '%', '.0%', '.2%', 'n', '.3n', '10.2f', '<10.2f', '^12.3e', '=+12.2f', '012.2f',
          '+.1f', ' .1f', ',.2f', '_.3f', ',', '_', ',g', '015,.2f', 'z.1f', 'z.0f', '.1', '.5', '.17',
          '#', '#.3', '*>+10.1f', '.1F', 'F', 'E', '.20f', '.30e']
for v in floats:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
print(format(-0.00001, 'z.2f'), format(-0.0, 'z'), format(-0.0, 'zg'), format(-1e-10, 'z.3e'))
print(format(1e100, '.0f'))
print(format(0.1, '.60f'), format(2**-30, '.40e'))
print(len(format(5e-324, '.1074e')), format(5e-324, '.1074e')[-20:], len(format(1e308, '.330f')))
print(format(123, 'e'), format(-7, '.2%'), format(2**60, 'g'), format(10**16, ',.1f'))
print(f'{3.5:08.3f} {0.25:%} {12345.678:{10}.{2}f} {1e-5:g} {1e-4:g} {1e16:g} {1e15:g}')
print('{:,} {:_} {:,.3f}'.format(1.5, 1234567.25, 9876543.21))
print(f'{1.0:.0%} {2/3:.5} {2/3:.5g} {2/3:.5f} {100.0:.3} {100.0:#.3} {1e-10:.3}')
class MyF(float):
    def __str__(self): return "MyF!"
print(format(MyF(1.5), ''), format(MyF(1.5), '.2f'), f'{MyF(2.5)}', f'{MyF(2.5)!r}')
try:
    format(MyF(1.5), 'd')
except ValueError as e:
    print(e)
