# Functions are values: stored in containers, passed, returned, compared.
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b

ops = {"+": add, "-": sub, "*": mul}
for sym in "+-*":
    print(6, sym, 3, "=", ops[sym](6, 3))

def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([abs, str, lambda v: v * 2], -4))

def compose(*funcs):
    def run(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return run
print(compose(str, abs, lambda v: v - 10)(3))
print(add == add, add == sub, add is ops["+"])
print(sorted([sub, add, mul], key=lambda f: f.__name__)[0].__name__)
