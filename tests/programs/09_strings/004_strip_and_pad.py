# strip variants, padding with ljust/rjust/center/zfill, and prefixes/suffixes.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print(repr("ab".ljust(6)), repr("ab".rjust(6)), repr("ab".center(7)), repr("ab".center(7, "*")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "ab".ljust(5, "-"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print("data.csv".startswith("data"), "data.csv".endswith((".txt", ".csv")), "abc".startswith("b", 1))
print("ab".center(4, "0"), "abc".center(6, "-"), "a".center(2, "+"))
