def f(*args, **kwargs):
    return g(*args, **kwargs)
