# Messages for wrong argument counts and bad keyword arguments in user functions and methods.
def show(label, thunk):
    try:
        thunk()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", e)

def none():
    pass
def one(x):
    pass
def two(a, b):
    pass
def defaults(a, b=1, c=2):
    pass
def kwonly(a, *, key):
    pass
def posonly(a, /, b):
    pass
def varargs(*args):
    pass
class C:
    def method(self, x):
        pass
    @staticmethod
    def static(x):
        pass
    @classmethod
    def cls(klass, x):
        pass

show("none(1)", lambda: none(1))
show("one()", lambda: one())
show("one(1, 2)", lambda: one(1, 2))
show("two(1)", lambda: two(1))
show("two()", lambda: two())
show("two(1, 2, 3)", lambda: two(1, 2, 3))
show("defaults()", lambda: defaults())
show("defaults(1, 2, 3, 4)", lambda: defaults(1, 2, 3, 4))
show("one(y=1)", lambda: one(y=1))
show("one(1, x=1)", lambda: one(1, x=1))
show("kwonly(1)", lambda: kwonly(1))
show("kwonly(1, 2)", lambda: kwonly(1, 2))
show("kwonly(1, key=2, other=3)", lambda: kwonly(1, key=2, other=3))
show("posonly(a=1, b=2)", lambda: posonly(a=1, b=2))
show("varargs(x=1)", lambda: varargs(x=1))
show("C().method()", lambda: C().method())
show("C().method(1, 2)", lambda: C().method(1, 2))
show("C.method(1)", lambda: C.method(1))
show("C.static()", lambda: C.static())
show("C.cls(1, 2)", lambda: C.cls(1, 2))
show("C(1)", lambda: C(1))
show("(lambda: 0)(1)", lambda: (lambda: 0)(1))
show("two(*[1], **{'a': 2})", lambda: two(*[1], **{"a": 2}))
show("one(**{1: 2})", lambda: one(**{1: 2}))
show("one(*5)", lambda: one(*5))
show("one(**5)", lambda: one(**5))
