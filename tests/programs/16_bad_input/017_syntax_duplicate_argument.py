# Two parameters with the same name.
def f(a, a):
    pass
