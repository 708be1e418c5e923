def g():
    return (yield)
