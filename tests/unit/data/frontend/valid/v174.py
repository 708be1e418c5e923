def f():
    def g():
        def h():
            return v
        return h
    v = 1
    return g
