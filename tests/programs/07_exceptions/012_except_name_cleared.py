# The `as` name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("temp")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as caught:
        exc = caught           # keep it by assigning to another name
    return exc
print(type(f()).__name__, f().args)
