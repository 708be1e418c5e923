def f():
    nonlocal_target = 0
    def g():
        nonlocal nonlocal_target
        nonlocal_target = 1
    return g
