# Non-ASCII strings: length in code points, ordering, encode/decode to UTF-8.
words = ["café", "naïve", "日本語", "emoji 😀", "€uro", "Ω"]
for w in words:
    b = w.encode("utf-8")
    print(w, len(w), len(b), b, b.decode("utf-8") == w)
print(sorted(words))
print("é" == "e\u0301", len("e\u0301"), "\u00e9", "\U0001F600" == "😀")
print("ü".upper(), "ΩΔ".lower(), "日本".isalpha(), "日本".isupper())
print("abc".encode("ascii"), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print([hex(ord(c)) for c in "a€😀"], "😀" * 3)
