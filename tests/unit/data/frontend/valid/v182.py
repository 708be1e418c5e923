def f():
    return lambda y: y + z
