def f():
    x = [(yield i) for i in range(3)] if False else 0
