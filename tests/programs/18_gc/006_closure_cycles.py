# Closures: a nested function that refers to itself goes through its cell
# (function -> __closure__ tuple -> cell -> function): 3 objects per cycle.
import gc
gc.disable()
gc.collect()

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print(f(5), type(f.__closure__).__name__, len(f.__closure__), f.__closure__[0].cell_contents is f)
del f
print("self-recursive closure:", gc.collect())

def make_pair():
    def even(n):
        return True if n == 0 else odd(n - 1)
    def odd(n):
        return False if n == 0 else even(n - 1)
    return even

e = make_pair()
print(e(10), e(7), len(e.__closure__))
del e
print("mutually recursive closures:", gc.collect())

def make_counter():
    state = {"count": 0}
    def bump():
        state["count"] += 1
        return state["count"]
    state["fn"] = bump
    return bump

c = make_counter()
print(c(), c())
del c
print("closure over a dict that holds the function:", gc.collect())

def make_lambda_cycle():
    box = []
    box.append(lambda: box)
    return box

b = make_lambda_cycle()
print(b[0]() is b)
del b
print("lambda in the list it closes over:", gc.collect())

def no_cycle():
    x = [1, 2]
    def get():
        return x
    return get

g = no_cycle()
del g
print("closure without a cycle (freed by refcount):", gc.collect())
