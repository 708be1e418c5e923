# with A() as a, B() as b: enters left to right, exits right to left.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM("first") as a, CM("second") as b, CM("third"):
    print("body", a.name, b.name)

try:
    with CM("ok"), CM("broken", fail_enter=True), CM("never"):
        print("body not run")
except RuntimeError as e:
    print("caught", e)

try:
    with CM("outer") as o, CM("inner") as i:
        raise KeyError("k")
except KeyError as e:
    print("caught KeyError", e)
