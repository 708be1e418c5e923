# continue outside of a loop.
def f():
    continue
