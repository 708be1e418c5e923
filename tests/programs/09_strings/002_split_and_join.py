# split/rsplit/splitlines/partition and join.
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(",", 0))
print("  lots   of   space  ".split(), " x ".split(" "), "".split(), "".split(","))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print("line1\nline2\r\nline3\rend\n".splitlines(), "x\ny\n".splitlines(True))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))
print("-".join(["a", "b", "c"]), "".join(["x"] * 3), ", ".join([]), " ".join("abc"))
print("->".join(str(i) for i in range(4)), "".join(reversed("stressed")))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
print("a::b::c".split("::"), "abcabc".split("b"), "2024-01-15".split("-"))
