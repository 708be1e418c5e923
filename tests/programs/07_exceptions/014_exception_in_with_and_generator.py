# Exceptions crossing a with statement and a generator frame.
class Guard:
    def __enter__(self):
        print("enter")
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None)

def gen():
    with Guard():
        yield 1
        raise ValueError("inside generator")

g = gen()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)

def consumer():
    try:
        for v in gen():
            print("value", v)
    except ValueError as e:
        return "consumer caught " + str(e)
print(consumer())
