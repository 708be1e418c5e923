def f(x):
    def g():
        return x
    x = 2
    del x
    return g
def h():
    global z
    z = 1
    def i():
        return z
    return i
