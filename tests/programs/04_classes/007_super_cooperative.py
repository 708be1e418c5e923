# Cooperative multiple inheritance: every class calls super(), each runs exactly once.
class Root:
    def __init__(self, **kwargs):
        print("Root init, leftover", sorted(kwargs))
    def hello(self):
        return ["Root"]

class Left(Root):
    def __init__(self, left=None, **kwargs):
        print("Left init", left)
        super().__init__(**kwargs)
    def hello(self):
        return ["Left"] + super().hello()

class Right(Root):
    def __init__(self, right=None, **kwargs):
        print("Right init", right)
        super().__init__(**kwargs)
    def hello(self):
        return ["Right"] + super().hello()

class Bottom(Left, Right):
    def __init__(self, **kwargs):
        print("Bottom init")
        super().__init__(**kwargs)
    def hello(self):
        return ["Bottom"] + super().hello()

b = Bottom(left=1, right=2, other=3)
print(b.hello())
print([k.__name__ for k in Bottom.__mro__])
print(super(Left, b).hello())
