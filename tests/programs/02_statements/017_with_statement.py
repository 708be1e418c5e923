# with calls __enter__, binds its result, and always calls __exit__.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as value:
    print("body with", value)

with Resource("b"):
    print("body without as")

try:
    with Resource("c") as v:
        print("about to fail")
        raise ValueError("boom")
        print("not reached")
except ValueError as e:
    print("propagated:", e)

def early_return():
    with Resource("d"):
        return "returned from inside with"
print(early_return())

for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
