# int <-> str: the 4300-digit limit of 3.11 (str, repr, int(), f-strings, %d), power-of-two bases
# that are exempt, sys.set_int_max_str_digits, and round trips in every base 2..36.
import sys
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:100])
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

print(sys.get_int_max_str_digits(), tuple(sys.int_info))
big = 7 ** 5000
show("str(7**5000)", lambda: str(big))
show("repr(7**5000)", lambda: repr(big))
show("len(hex(7**5000)), len(bin(big))", lambda: (len(hex(big)), len(bin(big))))
show("int('1' * 4300)", lambda: int('1' * 4300) % 1000)
show("int('1' * 4301)", lambda: int('1' * 4301))
show("int('-' + '1' * 4301)", lambda: int('-' + '1' * 4301))
show("int('1_' * 3000 + '1')", lambda: int('1_' * 3000 + '1') % 1000)
show("int('f' * 5000, 16)", lambda: int('f' * 5000, 16) % 1000)
show("int('1' * 5000, 8)", lambda: int('1' * 5000, 8) % 1000)
show("int('1' * 5000, 7)", lambda: int('1' * 5000, 7))
show("len(str(10**4299))", lambda: len(str(10**4299)))
show("str(10**4300)", lambda: str(10**4300))
show("f'{10**4300}'", lambda: f'{10**4300}')
show("'%d' % 10**4300", lambda: '%d' % 10**4300)
show("format(10**4300, ',')", lambda: format(10**4300, ','))
show("len(format(10**4300, 'x'))", lambda: len(format(10**4300, 'x')))
show("set 0", lambda: sys.set_int_max_str_digits(0))
show("len(str(10**5000)) unlimited", lambda: len(str(10**5000)))
show("set 100", lambda: sys.set_int_max_str_digits(100))
show("set -1", lambda: sys.set_int_max_str_digits(-1))
show("set 640", lambda: sys.set_int_max_str_digits(640))
show("get", lambda: sys.get_int_max_str_digits())
show("len(str(10**639))", lambda: len(str(10**639)))
show("str(10**640)", lambda: str(10**640))
show("int('9' * 641)", lambda: int('9' * 641))
show("set maxdigits=4300", lambda: sys.set_int_max_str_digits(maxdigits=4300))
show("set 'x'", lambda: sys.set_int_max_str_digits('x'))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
for base in range(2, 37):
    v = 3 ** 200 - 17 * base
    s = ""
    t = v
    while t:
        s = digits[t % base] + s
        t //= base
    assert int(s, base) == v and int(s.upper(), base) == v and int("-" + s, base) == -v
    if base in (2, 3, 8, 10, 16, 36):
        print(base, len(s), s[:12])
for x in [0, 1, -1, 2**30, -2**30, 2**63, -2**63, 10**18, 10**19, 2**64 - 1, 10**100 + 1, -(10**100 + 1)]:
    assert int(str(x)) == x and int(hex(x), 16) == x and int(oct(x), 8) == x and int(bin(x), 2) == x
    assert int(hex(x), 0) == x and eval(repr(x)) == x
    print(x, hex(x), oct(x), bin(x)[:40])
show("hex(-2**100)", lambda: hex(-2**100))
show("hex(1.5)", lambda: hex(1.5))
show("bin(True), oct(False)", lambda: (bin(True), oct(False)))
class I:
    def __index__(self): return 255
show("hex(I()), bin(I()), oct(I())", lambda: (hex(I()), bin(I()), oct(I())))
