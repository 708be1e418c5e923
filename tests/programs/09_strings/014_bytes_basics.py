# bytes literals, indexing (ints), slicing (bytes), methods, and bytes/str separation.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b[::-1])
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), b"ab" + b"cd", b"x" * 3)
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".upper(), b"  x ".strip())
print(b"abc".find(b"c"), b"c" in b"abc", 98 in b"abc", b"abc".hex(), bytes.fromhex("6869"))
print(b"abc" == "abc", b"abc".decode() == "abc", b"" == bytes())
try:
    b"x" + "y"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
print(ba, bytes(ba), len(ba))
