# Identity facts from memory-facts §7: small-int cache bounds and compile-time string interning.
def fresh(text):
    return int(text)
print(fresh("256") is fresh("256"), fresh("257") is fresh("257"))
print(fresh("-5") is fresh("-5"), fresh("-6") is fresh("-6"))
s1 = "hello_world"
s2 = "hello_" + "world"                  # constant-folded at compile time
print(s1 is s2)
n = 3
xxx = "xxx"
folded = "x" * 3                         # folded and interned at compile time
print(folded is xxx, ("x" * n) is xxx, ("x" * n) == xxx)
empty = ""
print("".join([]) is empty, str() is empty, ("abc"[:0]) is empty)
def f():
    return "identifier_like"
def g():
    return "identifier_like"
print(f() is g())
