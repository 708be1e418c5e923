# str.translate and the three forms of str.maketrans; bytes.translate / bytes.maketrans.
t1 = str.maketrans({"a": "1", "b": None, ord("c"): "xyz", 100: 101})
print(sorted(t1.items()))
t2 = str.maketrans("abc", "xyz")
t3 = str.maketrans("abc", "xyz", "hello")
print(sorted(t2.items()), sorted(t3.items()))
for s in ["abcdef", "hello abc", "", "ééé", "€a€", "😀abc😀"]:
    print(repr(s), s.translate(t1), s.translate(t2), s.translate(t3),
          s.translate({ord("é"): "e", ord("€"): "EUR", ord("😀"): None}))
class Table:
    def __getitem__(self, c):
        if c == ord("x"):
            raise LookupError
        return c + 1
print("abcx".translate(Table()), "hal".translate(Table()))
print("a\u00e9".translate({ord("\u00e9"): 0x10348}), "abc".translate([None, None] + [ord("Q")] * 200))
for bad in ["'abc'.translate({97: 1.5})", "'abc'.translate({97: 0x110000})", "'abc'.translate({97: -1})",
            "'a'.translate(1)", "str.maketrans()", "str.maketrans(1)", "str.maketrans('a')",
            "str.maketrans('a', 'bc')", "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})",
            "str.maketrans(1, 2)", "str.maketrans('a', 'b', 3)", "str.maketrans(1, 'a')",
            "str.maketrans('a', 'b', 'c', 'd')", "b'a'.translate(b'a')", "bytes.maketrans(b'a', b'bc')",
            "bytes.maketrans('a', 'b')", "bytes.maketrans(b'a')", "b'a'.translate(None, 'x')"]:
    try:
        print(bad, "->", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__ + ":", e)
print(b"hello".translate(None, b"l"), b"hello".translate(bytes.maketrans(b"el", b"ip")),
      bytearray(b"abc").translate(None), b"abc".translate(None, delete=b"c"))
