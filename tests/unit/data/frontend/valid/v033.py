class C(Base, metaclass=Meta, **kw):
    x = 1
    def m(self):
        return self.x
