def outer(a, *args, b, **kw):
    c = 1
    def mid():
        d = c
        def inner():
            nonlocal d
            d = a + b
            return [e for e in args if (f := e)]
        return inner
    return mid, f if False else None
