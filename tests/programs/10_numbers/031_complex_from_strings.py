# complex(str): whitespace, parentheses, inf/nan, the "j alone" forms, underscores, Unicode
# digits and spaces, and every error.
valid = [
    "1+2j", " ( 1+2j ) ", "(1-2j)", "\t3.5\n", "1j", "-1j", "j", "-j", "+J", "1+j", "1-J",
    "1e5j", "1E-5J", "1.e-3-.5j", ".5+.5j", "inf", "-inf", "infj", "-infinityj", "INFINITY+NANj",
    "nan", "-nanj", "nan-nanj", "1e500+1e-500j", "-1e500j", "1_000+2_0j", "1e1_0j", "0_0.0_0j",
    "１２j", "\u00a01j\u2003", "(\u0663+\u0664j)", "  (  -0  )  ", "-0-0j", "0.0000001j",
    "123456789012345678901234567890", "( j )",
]
for s in valid:
    z = complex(s)
    print(repr(s), "->", repr(z))

invalid = [
    "", " ", "()", "(1", "1)", "((1))", "1 + 2j", "1+ 2j", "1e", "1e+j", ".j", "1jj", "j1",
    "1+2", "1+2i", "0x1j", "1é", "1é+2j", "\x00", "1\x002j", "1j\x00", "+-1j", "1++2j",
    "infinit", "in", "na", "1..2j", "--1", "(1+2j", "1+2j)", "1_", "_1j", "1__0j", "1_.5j",
    "1._5j", "1e_5j", "(_1+2j)", "1_j", "1+_2j", "1_\x00",
]
for s in invalid:
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)

# str subclasses are strings too; bytes are not
class S(str):
    pass

print(complex(S("3+4j")))
for arg in [b"1", bytearray(b"1")]:
    try:
        complex(arg)
    except TypeError as e:
        print("TypeError:", e)

# a string first argument allows no second one, and a second argument is never a string
for args in [("1", 2), ("1", "2"), (1, "2"), (1j, S("2")), ("1", None)]:
    try:
        complex(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
