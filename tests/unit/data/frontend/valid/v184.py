def gen():
    x = yield 1
    return x
