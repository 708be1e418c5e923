def f(a, b):
    c = d = a
    (e, f), g = b
    return c, d, e, f, g
