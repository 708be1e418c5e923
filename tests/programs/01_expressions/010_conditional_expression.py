# x if cond else y evaluates only the chosen branch.
def say(s):
    print("eval", s)
    return s

for n in (-2, 0, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)

print(say("yes") if True else say("no"))
print(say("yes") if False else say("no"))
print([x if x % 2 else -x for x in range(6)])
print((1 if 1 else 2) + 10, 1 if 1 else 2 + 10)
value = None
print(value if value is not None else "fallback")
f = lambda a: "big" if a > 100 else "small"
print(f(1000), f(1))
