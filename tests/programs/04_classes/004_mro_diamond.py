# Diamond inheritance: C3 linearization puts the shared base last.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
class E(C, B):
    pass

def names(cls):
    return [k.__name__ for k in cls.__mro__]

print(names(D))
print(names(E))
print(D().who(), E().who())
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C))
