# The class body runs once at definition time; its namespace becomes the class dict.
print("before class")
class Config:
    print("  running class body")
    values = [i * i for i in range(4)]
    total = sum(values)
    name = "cfg"
    def method(self):
        return self.name
    print("  body sees total =", total)
print("after class")
print(Config.values, Config.total, Config().method())
print(sorted(k for k in vars(Config) if not k.startswith("__")))
x = "global x"
class Scope:
    x = "class x"
    def get(self):
        return x            # methods do not see class-body names
print(Scope().get(), Scope.x)
Config.added = "later"
print(Config().added)
def make_class(tag):
    class Inner:
        label = tag
    return Inner
A, B = make_class("a"), make_class("b")
print(A.label, B.label, A is B, A.__name__, A.__qualname__)
