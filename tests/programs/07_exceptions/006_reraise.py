# Bare raise re-raises the exception being handled, keeping its identity.
def risky():
    raise ValueError("original")

try:
    try:
        risky()
    except ValueError as e:
        print("logging", e)
        first = e
        raise
except ValueError as e:
    print("re-raised same object:", e is first, e)

try:
    try:
        risky()
    except ValueError as e:
        raise e
except ValueError as e:
    print("raise e also works:", e)

def handler():
    try:
        raise KeyError("in handler")
    except KeyError:
        try:
            raise
        except KeyError as again:
            return "caught again: " + repr(again)
print(handler())
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
