# find / rfind / index / count / replace / startswith across 1-, 2- and 4-byte strings.
hay = ["abcabcabc", "éaéaé", "€x€y€", "😀a😀b😀", "aaaa", "", "xé€😀xé€😀"]
needles = ["a", "é", "€", "😀", "ab", "", "aa", "x€", "é€😀", "zz"]
for h in hay:
    for n in needles:
        print(repr(h), repr(n), h.find(n), h.rfind(n), h.count(n), n in h,
              h.startswith(n), h.endswith(n), h.find(n, 1), h.rfind(n, 0, -1), h.count(n, 1, 4))
print("abcabc".index("c", 3), "abcabc".rindex("a", 0, 3), "aaaa".count("a", -2), "abc".find("", 3),
      "abc".find("", 4), "abc".rfind("", 1, 2), "abc".count("", 5), "abc".count("", 1),
      "abc".find("c", None), "abc".startswith(("x", "ab")), "abc".endswith("bc", -2, 3))
for s, old, new, cnt in [("aaaa", "a", "b", -1), ("aaaa", "aa", "x", 1), ("abc", "", "-", -1),
                         ("abc", "", "-", 2), ("", "", "x", -1), ("ééé", "é", "e", -1),
                         ("a€b", "€", "", -1), ("a😀b", "😀", "é", -1), ("abc", "b", "😀", 0),
                         ("x€x", "x", "yy", -1), ("abab", "ab", "ab", -1)]:
    r = s.replace(old, new, cnt)
    print(repr(s), repr(r), len(r), r.isascii(), __import__("sys").getsizeof(r) - len(r))
print("e".join(["é", "€", "😀"]), "".join([]), "-".join("abc"), "-".join(iter(["x", "y"])),
      ",".join(("a",)), "😀".join(["a", "b"]), "é".join(["a"]))
print("xxhixx".strip("x"), "  hi  ".lstrip(), "€€a€€".strip("€"), "éaé".rstrip("é"),
      "\u2000a\u3000".strip(), "abc".strip(""), "aXbXc".partition("X"), "aXbXc".rpartition("X"),
      "abc".partition("z"), "abc".rpartition("z"), "a😀b".partition("😀"))
print("prefix-body".removeprefix("prefix-"), "body.py".removesuffix(".py"), "x".removesuffix(""),
      "ab".center(7, "é"), "ab".center(6, "😀"), "abc".center(6), "abc".center(7), "ab".center(5),
      "-42".zfill(6), "+x".zfill(4), "".zfill(3), "é".zfill(3), "tab\there\tx".expandtabs(),
      repr("a\tb\r\tc".expandtabs(4)), "a\tb".expandtabs(0), "\t".expandtabs(-1))
