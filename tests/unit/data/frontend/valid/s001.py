x = 1
class A:
    x = 2
    y = [x for _ in range(3)]
    def f(self):
        return x, __class__
    def g(self):
        return super().g()
    class B:
        def h(self):
            return self.__secret
