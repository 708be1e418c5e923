# An exception raised while handling another gets it as __context__ automatically.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
    print("suppress_context:", e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("from finally")
except TypeError as e:
    print("finally exception context:", repr(e.__context__))

def chain(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        chain(n - 1)
    except ValueError as e:
        raise ValueError(f"level {n}")
try:
    chain(3)
except ValueError as e:
    ctx = e
    while ctx is not None:
        print("chain:", ctx)
        ctx = ctx.__context__
try:
    raise KeyError("no context")
except KeyError as e:
    print("no context:", e.__context__)
