@decorator
def f():
    pass
