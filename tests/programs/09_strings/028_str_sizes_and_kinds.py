# The PEP 393 kind of method results: narrowest kind, so sizes and equality agree with CPython.
import sys
g = sys.getsizeof
cases = [
    ("é".replace("é", "e"), "e"), ("aé"[0], "a"), ("€a"[1:], "a"), ("😀é"[1], "é"),
    ("é€".strip("€"), "é"), ("x€".translate({0x20ac: None}), "x"), ("ABC".lower(), "abc"),
    ("é".upper(), "É"), ("ÿ".upper(), "Ÿ"), ("µ".upper(), "Μ"), ("ß".upper(), "SS"),
    ("€".join([]), ""), ("a€b".split("€")[0], "a"), ("é😀".partition("😀")[0], "é"),
    ("a" + "€"[:0], "a"), ("😀" * 0, ""), ("€".center(3, "a")[0], "a"), ("é€".encode().decode()[0], "é"),
    (str(b"\xc3\xa9", "utf-8"), "é"), ("%s" % "é", "é"), ("%s" % "x", "x"), ("{}".format("é"), "é"),
    ("a\u0300".casefold(), "a\u0300"), ("İ".lower(), "i\u0307"), ("ﬃ".upper(), "FFI"),
]
for got, want in cases:
    print(ascii(got), got == want, hash(got) == hash(want), g(got), g(want), got.isascii())
for s in ["", "a", "hello", "é", "éé", "€", "€€", "😀", "😀😀", "a" * 100]:
    print(ascii(s), g(s), s.__sizeof__(), g(s + "x") - g(s), g(s * 2))
