# super() calls the next class in the MRO; the zero-argument form works in methods.
class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value
    def show(self):
        return f"Base.show({self.value})"
    @classmethod
    def create(cls):
        return "Base.create for " + cls.__name__

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value * 2)
        print("Child.__init__", extra)
        self.extra = extra
    def show(self):
        return "Child+" + super().show()
    @classmethod
    def create(cls):
        return "Child.create -> " + super().create()

c = Child(5, "x")
print(c.value, c.extra, c.show())
print(Child.create())
print(super(Child, c).show())
class GrandChild(Child):
    def show(self):
        return "Grand+" + super().show()
print(GrandChild(1, "y").show())
