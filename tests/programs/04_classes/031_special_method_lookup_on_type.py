# Operators look up special methods on the type, not the instance.
class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())

class Greeter:
    def greet(self):
        return "class greet"
g = Greeter()
g.greet = lambda: "instance greet"
print(g.greet(), Greeter.greet(g))
def new_len(self):
    return 7
C.__len__ = new_len          # patching the class does take effect
print(len(c))
class WithCall:
    pass
w = WithCall()
w.__call__ = lambda: "nope"
try:
    w()
except TypeError as e:
    print("TypeError:", e)
