# Case conversion and case predicates.
for s in ("hello world", "Hello World", "HELLO", "mIxEd 123", "", "ß and é", "don't stop"):
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep=" | ")
    print("   ", s.isupper(), s.islower(), s.istitle())
print("ÀÉÎõü".lower(), "àéîõü".upper(), "ÿ".upper(), "ĳ".upper())
