# try/except catches by class (including base classes); the first matching handler wins.
def attempt(f):
    try:
        result = f()
    except ZeroDivisionError:
        return "ZeroDivisionError handler"
    except LookupError as e:
        return f"LookupError handler caught {type(e).__name__}: {e}"
    except Exception as e:
        return f"generic handler caught {type(e).__name__}"
    return f"no exception, result {result}"

print(attempt(lambda: 1 / 0))
print(attempt(lambda: [1][3]))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: int("x")))
print(attempt(lambda: 42))
try:
    raise ValueError
except ValueError as e:
    print("bare class raise:", repr(e), e.args)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not this one")
except TypeError as e:
    print("outer caught", e)
