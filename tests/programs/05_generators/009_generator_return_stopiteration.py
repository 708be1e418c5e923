# return inside a generator ends it; StopIteration raised inside becomes RuntimeError (PEP 479).
def stops_early(limit):
    for i in range(10):
        if i == limit:
            return "stopped at %d" % i
        yield i
print(list(stops_early(3)))
g = stops_early(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def leaks_stop():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def next_on_empty():
    it = iter([])
    yield next(it)
try:
    next(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_next():
    it = iter([])
    yield next(it, "default instead of StopIteration")
print(list(safe_next()))
