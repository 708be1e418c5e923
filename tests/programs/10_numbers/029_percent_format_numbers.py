# printf-style '%' formatting of numbers: every numeric conversion with flags, width and precision,
# big ints, floats for %d, __index__ / __int__ objects, '*' arguments, mapping keys, and errors.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

for fmt in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%8.3d', '%-8.3d|', '%x',
            '%X', '%#x', '%#X', '%#o', '%o', '%#010x', '%+#x', '%e', '%E', '%.2e', '%f', '%.2f',
            '%10.3f', '%-10.3f|', '%010.3f', '%+.1f', '% .1f', '%#.0f', '%g', '%G', '%.3g', '%#g',
            '%F', '%c', '%5c|', '%s', '%r', '%5s|', '%-5s|', '%.2s']:
    row = []
    for v in [0, 42, -42, 2**70, -2**70, 3.75, -0.5, 1e300, float('inf'), float('nan'), True, 'x', 65]:
        try:
            row.append(fmt % v)
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(fmt, "|".join(row))
show("'%(a)s %(b)05.1f' % {'a': 1, 'b': 2}", lambda: '%(a)s %(b)05.1f' % {'a': 1, 'b': 2})
show("'%(a)x' % {'a': 255}", lambda: '%(a)x' % {'a': 255})
show("'%*d' % (5, 42)", lambda: '%*d' % (5, 42))
show("'%-*d|' % (5, 42)", lambda: '%-*d|' % (5, 42))
show("'%*d|' % (-5, 42)", lambda: '%*d|' % (-5, 42))
show("'%.*f' % (2, 3.14159)", lambda: '%.*f' % (2, 3.14159))
show("'%*.*f' % (8, 2, 3.14159)", lambda: '%*.*f' % (8, 2, 3.14159))
show("'%*d' % ('x', 42)", lambda: '%*d' % ('x', 42))
show("'%d' % 'x'", lambda: '%d' % 'x')
show("'%x' % 3.0", lambda: '%x' % 3.0)
show("'%d' % 3.99, '%d' % -3.99, '%i' % 1e20", lambda: ('%d' % 3.99, '%d' % -3.99, '%i' % 1e20))
show("'%f' % 'x'", lambda: '%f' % 'x')
show("'%f' % 10**400", lambda: '%f' % 10**400)
show("'%f' % 10**20", lambda: '%f' % 10**20)
show("'%c' % 'ab'", lambda: '%c' % 'ab')
show("'%c' % 1114112", lambda: '%c' % 1114112)
show("'%c' % -1", lambda: '%c' % -1)
show("'%c' % 2.0", lambda: '%c' % 2.0)
show("'%c' % 'é', '%c' % 0x20ac", lambda: ('%c' % 'é', '%c' % 0x20ac))
show("'%z' % 5", lambda: '%z' % 5)
show("'%d' % float('inf')", lambda: '%d' % float('inf'))
show("'%d' % float('nan')", lambda: '%d' % float('nan'))
show("'%.3d' % -5, '%#.3x' % 5, '%.0e' % 12345", lambda: ('%.3d' % -5, '%#.3x' % 5, '%.0e' % 12345))
show("'%d' % 10**5000", lambda: '%d' % 10**5000)
show("'%x' % 10**5000 length", lambda: len('%x' % 10**5000))
show("'%.50f' % 0.1", lambda: '%.50f' % 0.1)
class I:
    def __index__(self): return 10
class N:
    def __int__(self): return 11
class R:
    def __float__(self): return 2.5
show("'%x %d' % (I(), I())", lambda: '%x %d' % (I(), I()))
show("'%d' % N()", lambda: '%d' % N())
show("'%x' % N()", lambda: '%x' % N())
show("'%c' % I()", lambda: '%c' % I())
show("'%.1f' % R(), '%d' % R()", lambda: ('%.1f' % R(), '%d' % R()))
show("'%s %d' % ('a',)", lambda: '%s %d' % ('a',))
show("'%d %d' % (1, 2, 3)", lambda: '%d %d' % (1, 2, 3))
