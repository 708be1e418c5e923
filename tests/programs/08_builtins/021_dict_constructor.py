# dict() from keywords, pairs, mappings, and both combined.
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict([["p", 0]]))
print(dict({"a": 1}, b=2), dict([("a", 1)], a=99), dict(zip("abc", range(3))))
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(((1, 2), (3, 4))))
print(dict([("dup", 1), ("dup", 2)]), dict(["ab", "cd"]))
for bad in ([1, 2], [("a", 1, 2)], ["abc"]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
original = {"k": [1]}
copy = dict(original)
copy["k"].append(2)
copy["new"] = True
print(original, copy)
