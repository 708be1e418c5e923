# bytes % args and bytearray % args.
class B:
    def __bytes__(self):
        return b"<B>"
cases = [
    "b'%d' % 'x'", "b'%s' % 'x'", "b'%q' % 1", "b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'",
    "b'%r' % 1", "b'%s' % b'x'", "b'%b' % bytearray(b'x')", "b'%5s|' % b'ab'", "b'%-5s|' % b'ab'",
    "b'%.1s' % b'ab'", "b'%c' % b'a'", "b'%c%c' % (65, bytearray(b'B'))", "b'%x' % 255",
    "b'%a' % '\\xe9'", "b'%r' % b'x'", "b'%s' % B()", "b'%d %i %u' % (1, 2.5, -3)", "b'%05.1f' % 2.25",
    "b'%e|%g' % (1234.5, 0.00001)", "b'%(k)s' % {b'k': b'v'}", "b'%(k)s' % {'k': b'v'}",
    "b'abc' % b'x'", "b'abc' % 'x'", "b'abc' % [1]", "b'%s %s' % (b'a',)", "b'%%' % ()",
    "bytearray(b'%s-%d') % (b'x', 5)", "b'\\xff%s\\x80' % b'\\xfe'", "b'\\xff%\\xfe' % 1",
    "b'%#x %#o' % (255, 8)", "b'%+d' % 5",
    "b'%s' % 5", "b'%c' % -1", "b'%*d' % (4, 7)", "b'%(a)s' % 1", "b'%' % ()",
    "b'%5.0c|' % 65", "b'%.1c' % b'x'", "b'%e' % [1]", "b'%f' % 'x'", "b'%i' % None",
    "b'%u' % None", "b'%x' % 1.5", "b'%-+8.3g|' % 3.14159", "b'%(a)*d' % {b'a': 1}",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", r)
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
