# find/rfind/index/rindex/count/replace.
s = "the cat sat on the mat"
print(s.find("at"), s.rfind("at"), s.find("dog"), s.find("at", 6), s.find("at", 6, 9), s.find(""))
print(s.index("sat"), s.rindex("the"), s.count("at"), s.count("the"), s.count(""), s.count("a", 10))
print(s.replace("at", "og"), s.replace("at", "og", 1), s.replace("", "-")[:9], s.replace("x", "y") == s)
print("aaaa".replace("aa", "b"), "aaaa".count("aa"), "banana".find("na", -3))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError:", e)
print("abc".replace("", "."), "hello".replace("l", ""), "x".replace("x", "xx"))
