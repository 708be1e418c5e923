# Stacked decorators apply bottom-up and run top-down.
def deco(name):
    def decorate(func):
        print("applying", name, "to", func.__name__)
        def wrapper(*args):
            print("enter", name)
            r = func(*args)
            print("leave", name)
            return r
        wrapper.__name__ = name + "(" + func.__name__ + ")"
        return wrapper
    return decorate

@deco("outer")
@deco("middle")
@deco("inner")
def work(x):
    print("working on", x)
    return x * 2

print(work.__name__)
print(work(21))

def bold(f):
    return lambda: "<b>" + f() + "</b>"
def italic(f):
    return lambda: "<i>" + f() + "</i>"
@bold
@italic
def hello():
    return "hello"
print(hello())
