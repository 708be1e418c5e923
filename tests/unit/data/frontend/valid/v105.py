def f(data):
    return [z for x in data if (z := x * 2) > 1]
