# __new__ creates the instance, __init__ initialises it; __init__ is skipped if __new__ returns another type.
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        instance = super().__new__(cls)
        instance.created = True
        return instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Traced(5)
print(t.created, t.value)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created the single instance")
        return cls._instance
print(Singleton() is Singleton())

class Other:
    def __new__(cls, x):
        return x * 2          # not an instance of Other
    def __init__(self, x):
        print("never called")
print(Other(21))

class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))
p = Positive(-7)
print(p, p + 1, type(p).__name__, isinstance(p, int))
class InitReturns:
    def __init__(self):
        return 1
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
