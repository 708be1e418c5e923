# UnicodeEncodeError / UnicodeDecodeError raised by codecs carry CPython's args and attributes.
attempts = [lambda: b"ab\xffcd".decode(), lambda: b"\xe2\x82".decode("utf-8"),
            lambda: "a\u20ac\u20acb".encode("latin-1"), lambda: "x\ud800".encode(),
            lambda: b"a\x00b".decode("utf-16-le"), lambda: "\xe9".encode("ascii"),
            lambda: str(b"\x80", "ascii"), lambda: bytes("\u0100", "latin-1")]
for f in attempts:
    try:
        f()
    except UnicodeError as e:
        print(type(e).__name__, e.args, e.encoding, ascii(e.object), e.start, e.end, e.reason)
        print("   ", e)
e = UnicodeDecodeError("utf-8", bytearray(b"\xc3("), 0, 1, "invalid continuation byte")
print(e, e.object, isinstance(e, ValueError), isinstance(e, UnicodeError))
e = UnicodeEncodeError("ascii", "\U0001f600ab", 0, 3, "ordinal not in range(128)")
print(e, repr(e))
e.start = 1
e.end = 2
e.reason = "custom"
print(e)
print(UnicodeTranslateError("\u20ac", 0, 1, "no mapping"), UnicodeTranslateError("ab", 0, 2, "r"))
for bad in [lambda: UnicodeDecodeError("x"), lambda: UnicodeEncodeError(1, "a", 0, 1, "r"),
            lambda: UnicodeDecodeError("utf-8", "text", 0, 1, "r")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print("caught as ValueError:", e)
