def f(self, /):
    pass
