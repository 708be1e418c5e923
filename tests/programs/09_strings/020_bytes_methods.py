# bytes and bytearray methods: results, types and edge cases.
samples = [b"hello world", b"  Mixed Case 123  ", b"", b"\x00\xff\x80abc", b"a,b,,c"]
for s in samples:
    for t in (bytes, bytearray):
        x = t(s)
        print(repr(x), x.upper(), x.lower(), x.title(), x.capitalize(), x.swapcase(), x.strip(),
              x.lstrip(b" M"), x.rstrip(b"3 "), x.split(), x.split(b","), x.rsplit(None, 1),
              x.partition(b" "), x.rpartition(b"o"), x.replace(b"l", b"L", 2), x.center(20, b"*"),
              x.ljust(14, b"."), x.rjust(14), x.zfill(16), x.count(b"l"), x.find(b"o"),
              x.rfind(b"o"), x.find(111), x.startswith((b"h", b" ")), x.endswith(b"  "),
              x.isalpha(), x.isalnum(), x.isdigit(), x.isspace(), x.islower(), x.isupper(),
              x.istitle(), x.isascii(), x.hex(), x.expandtabs(), x.removeprefix(b"he"),
              x.removesuffix(b"ld"), x.splitlines(), x.translate(None, b"lo"))
print(b"abc".hex(":", 2), b"abcdef".hex(b":", -2), b"abc".hex(":", 0), b"abcde".hex("-", 2),
      b"abcde".hex("-", -2), b"".hex(":"), bytearray(b"\x01\x02").hex(" "))
print(bytes.fromhex(" 1a 2b "), bytearray.fromhex("aabb"), bytes.fromhex(""), bytes.fromhex("FF00"))
print(b"-".join([b"a", bytearray(b"b"), b"c"]), bytearray(b"-").join([b"x"]), b"".join([]),
      b",".join((b"1", b"2")), b"x".join(iter([b"p", b"q"])))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), bytearray(b"cab").translate(table, b"a"))
print(b"a\tb\tc".expandtabs(4), b"12\t\n\tx".expandtabs(2), b"-12".zfill(6), b"+".zfill(3))
print(b"abcabc".index(b"c"), b"abcabc".rindex(b"c"), b"abc".find(b""), b"abc".rfind(b"", 1),
      b"abc".count(b""), b"aaaa".count(b"aa"), b"abc".count(98), b"abc".find(b"c", -1),
      b"abc".startswith(b"b", 1), b"abc".endswith((b"x", bytearray(b"bc"))))
print(bytes(range(5)), bytes([65, 66]), bytes((67,)), bytes(3), bytes(b"xy"), bytes(bytearray(b"z")),
      bytes("é", "utf-8"), bytes("é", "latin-1"), bytes(iter([1, 2])), bytes())
class WithBytes:
    def __bytes__(self):
        return b"custom"
print(bytes(WithBytes()), b"%s" % WithBytes(), bytearray(b"x") + b"y", b"x" + bytearray(b"y"))
print(b"abc" * 2, 3 * b"ab", b"ab" * 0, bytearray(b"ab") * 2, b"b" in b"abc", 98 in b"abc",
      b"abc"[1], b"abc"[-1], b"abcdef"[1:5:2], b"abc"[::-1], bytearray(b"abc")[1:])
print(b"a" < b"b", b"abc" == bytearray(b"abc"), b"ab" < b"abc", bytearray(b"z") > b"a",
      hash(b"abc") == hash("abc"), b"x" != "x")
print(list(b"hi"), list(bytearray(b"hi")), [type(x).__name__ for x in (b"a".upper(),
      bytearray(b"a").upper(), bytearray(b"a b").split()[0])])
s = b"same"
print(s.strip() is s, s.replace(b"x", b"y") is s, s.ljust(2) is s, s[:] is s, s.split()[0] is s,
      bytes(s) is s, s.join([s]) is s, b"".join([s]) is s, s.partition(b"x")[0] is s)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\\n\t\r\x7f"), repr(bytearray(b"'")))
it = iter(bytearray(b"ab"))
print([type(iter(x)).__name__ for x in ["a", "\xe9", b"", bytearray()]], next(it),
      it.__length_hint__(), list(it), list(iter(b"xyz")), sum(b"abc"))
