# and / or return one of their operands and short-circuit; not always returns a bool.
def t(x):
    print("eval", repr(x))
    return x

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] or None)
print(None and 1, "x" and "", 0 or 0.0, [0] and "nonempty list is true")
print(not 0, not 1, not "", not "a", not [], not None, not not 3)
print("r:", t(0) and t(1))
print("r:", t(1) and t(2))
print("r:", t(1) or t(2))
print("r:", t(0) or t("") or t("last"))
x = 0
y = x or 42
print(y, (x and 1 / x) or "guarded")
print(type(not 1).__name__, type(1 and 2).__name__)
