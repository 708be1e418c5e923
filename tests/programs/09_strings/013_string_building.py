# Building strings with +, *, join, and += in a loop; strings are values.
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = ""
for ch in "abc":
    s += ch.upper() + "-"
print(s, s[:-1])
a = "abc"
b = a
a += "def"
print(a, b)
print("=" * 20, "ab" * 3, 3 * "x", "-" * 0 == "")
table = [("name", "qty"), ("apple", 3), ("kiwi", 12)]
for left, right in table:
    print(f"{left:<8}{right:>5}")
print("|".join(f"{n:02d}" for n in range(0, 60, 15)))
