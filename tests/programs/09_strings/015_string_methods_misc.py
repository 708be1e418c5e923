# Less common str methods: expandtabs, translate/maketrans, count with ranges, format_map.
print("a\tb\tc".expandtabs(4), "x\ty".expandtabs())
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), "hello".translate({ord("l"): "L", ord("o"): None}))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("Hello".encode(), "tItLe CaSe".title(), "x".join("123"))
print("abc".isprintable(), "a\nb".isprintable(), "Mississippi".count("ss", 3))
print(str.upper("via class"), str.join(",", ["a", "b"]), "%s" % str.__name__)
