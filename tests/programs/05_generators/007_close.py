# close() raises GeneratorExit inside the generator; finally blocks run.
def worker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  cleanup")

g = worker()
print(next(g), next(g))
g.close()
print("closed; next gives", next(g, "nothing"))
g.close()                       # closing twice is fine

never_started = worker()
never_started.close()           # body never ran: no output
print("closed unstarted generator")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    finally:
        print("  finally on close")
r = returns_on_exit()
next(r)
print(r.close())
