def g():
    yield
    yield 1
    yield from other()
    x = yield
    y = yield 2
