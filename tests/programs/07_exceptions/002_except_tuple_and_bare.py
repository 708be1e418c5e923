# Handlers with a tuple of classes, and a bare except.
for thing in (lambda: 1 / 0, lambda: None + 1, lambda: [][0], lambda: "ok"):
    try:
        r = thing()
        print("result", r)
    except (ZeroDivisionError, TypeError) as e:
        print("tuple handler:", type(e).__name__)
    except:
        print("bare except caught something")

errors = (KeyError, IndexError)
try:
    {}[1]
except errors as e:
    print("caught via a tuple variable:", type(e).__name__)
try:
    raise KeyError("k")
except (IndexError, LookupError) as e:
    print("base class inside a tuple also matches:", repr(e))
