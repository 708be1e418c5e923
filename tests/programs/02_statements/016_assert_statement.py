# assert raises AssertionError, with the optional message as its argument.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("caught", type(e).__name__, repr(str(e)), e.args)
try:
    x = 5
    assert x < 0, f"x must be negative, got {x}"
except AssertionError as e:
    print("caught:", e)
try:
    assert [], ["message", "can be", "any object"]
except AssertionError as e:
    print(e.args[0])
def checked_div(a, b):
    assert b != 0, "division by zero requested"
    return a / b
print(checked_div(1, 4))
try:
    checked_div(1, 0)
except AssertionError as e:
    print("AssertionError:", e)
