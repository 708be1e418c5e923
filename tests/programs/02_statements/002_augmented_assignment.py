# Augmented assignment: in-place for mutable objects, rebinding for immutable ones.
n = 10
for op in ("+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    m = n
    if op == "+=": m += 3
    elif op == "-=": m -= 3
    elif op == "*=": m *= 3
    elif op == "//=": m //= 3
    elif op == "%=": m %= 3
    elif op == "**=": m **= 3
    elif op == "<<=": m <<= 3
    elif op == ">>=": m >>= 3
    elif op == "&=": m &= 3
    elif op == "|=": m |= 3
    elif op == "^=": m ^= 3
    print(n, op, 3, "->", m)
f = 1.5
f /= 2
print(f)
a = [1, 2]
alias = a
a += [3]            # list.__iadd__ mutates: alias sees it
print(a, alias, a is alias)
t = (1, 2)
talias = t
t += (3,)           # tuples rebind
print(t, talias, t is talias)
s = "ab"
s *= 3
print(s)
d = {"k": 1}
d["k"] += 5
print(d)
lst = [[0]]
lst[0] += [1]
print(lst)
