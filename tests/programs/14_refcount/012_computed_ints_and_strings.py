# Fresh big ints and runtime-built strings have small, predictable counts
# (small ints, None, '' and 1-char strings are shared and start near 10**9: never print those).
import sys
n = int("257")
print("computed 257 in a global:", sys.getrefcount(n))
m = n
print("aliased:", sys.getrefcount(n))
big = 2 ** 100
print("2 ** 100 (folded constant, also held by the code object):", sys.getrefcount(big) >= 2)
k = 10
p = k ** 30
print("computed at run time:", sys.getrefcount(p))
s = "".join(["ab", "cd"])
print("runtime string:", sys.getrefcount(s))
f = float("1.5")
print("float:", sys.getrefcount(f))
print("small ints are shared:", sys.getrefcount(1) > 1000, sys.getrefcount(None) > 10)
