# throw() raises an exception at the paused yield; the generator may handle it.
def resilient():
    while True:
        try:
            value = yield "ready"
            print("  received", value)
        except ValueError as e:
            print("  handled ValueError:", e)
            yield "recovered"

g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
print(g.send("data"))

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated KeyError", e)
print(next(f, "generator is finished"))

def with_finally():
    try:
        yield "in try"
    finally:
        print("  finally runs on throw")
h = with_finally()
next(h)
try:
    h.throw(RuntimeError("from throw"))
except RuntimeError as e:
    print("RuntimeError:", e)
