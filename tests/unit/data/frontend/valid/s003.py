def f():
    total = 0
    [total := total + v for v in range(3)]
    g = (y for y in range(total))
    h = lambda q, r=total: q + r + g
    return total
