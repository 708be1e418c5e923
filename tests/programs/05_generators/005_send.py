# send() resumes a generator and makes the paused yield expression evaluate to the sent value.
def echo():
    received = None
    while True:
        received = yield f"echo:{received}"
        print("  got", repr(received))

g = echo()
print(next(g))            # prime: run to the first yield
print(g.send("hello"))
print(g.send(42))
print(next(g))            # next() is send(None)

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x
acc = accumulate()
acc.send(None)
print([acc.send(i) for i in range(1, 6)])
fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print("TypeError:", e)
