def f():
    return [x for x in range(3)] + [y for y in z]
