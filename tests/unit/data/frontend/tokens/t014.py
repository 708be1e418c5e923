def f():
    pass


