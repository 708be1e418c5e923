# chr() and ord() across ASCII, Latin-1, BMP and astral code points.
for cp in (0, 9, 10, 32, 48, 65, 97, 126, 127, 233, 255, 256, 8364, 0xFFFF, 0x1F600, 0x10FFFF):
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c))
print([ord(c) for c in "Aé€😀"], "".join(chr(c) for c in range(97, 102)))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(ord(b"A"), chr(ord("a") - 32))
