# Operands evaluate left to right; arguments before the call; assignment RHS before targets.
log = []
def v(name, value=0):
    log.append(name)
    return value

r = v("a", 1) + v("b", 2) * v("c", 3)
print(r, log); log.clear()
r = v("f", max)(v("x", 1), v("y", 2))
print(r, log); log.clear()
d = {v("k1", "a"): v("v1", 1), v("k2", "b"): v("v2", 2)}
print(d, log); log.clear()
lst = [0, 0, 0]
lst[v("index", 1)] = v("value", 9)
print(lst, log); log.clear()
r = v("p", 2) ** v("q", 3) ** v("r", 2)
print(r, log); log.clear()
r = [v("e1"), v("e2"), v("e3")]
print(log); log.clear()
a = b = v("chained", [])
print(a is b, log)
