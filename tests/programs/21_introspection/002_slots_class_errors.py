# The errors CPython 3.11 raises while making a class with __slots__, and the __dict__ /
# __weakref__ slots: which classes may name them and what they add.
import weakref

def attempt(label, src):
    try:
        exec(src, {})
        print(label, "-> ok")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("slot shadows a class variable", "class A:\n    __slots__ = ('x',)\n    x = 1")
attempt("mangled slot shadows", "class A:\n    __slots__ = ('__x',)\n    _A__x = 1")
attempt("__module__ in slots", "class A:\n    __slots__ = ('__module__',)")
attempt("__qualname__ in slots", "class A:\n    __slots__ = ('__qualname__',)")
attempt("not an identifier", "class A:\n    __slots__ = ('1a',)")
attempt("empty name", "class A:\n    __slots__ = ('',)")
attempt("name with a space", "class A:\n    __slots__ = ('a b',)")
attempt("non-ASCII identifier", "class A:\n    __slots__ = ('é',)")
attempt("an int item", "class A:\n    __slots__ = (1,)")
attempt("a bytes item", "class A:\n    __slots__ = (b'a',)")
attempt("not iterable", "class A:\n    __slots__ = 5")
attempt("bad item before conflict", "class A:\n    x = 1\n    __slots__ = ('x', 'y z')")
attempt("__dict__ twice", "class A:\n    __slots__ = ('__dict__', 'x', '__dict__')")
attempt("__weakref__ twice", "class A:\n    __slots__ = ('__weakref__', '__weakref__')")
attempt("__dict__ under a dict class", "class B: pass\nclass A(B):\n    __slots__ = ('__dict__',)")
attempt("__weakref__ under a weakref class",
        "class B:\n    __slots__ = ('__weakref__',)\nclass A(B):\n    __slots__ = ('__weakref__',)")
attempt("slots under int", "class A(int):\n    __slots__ = ('a',)")
attempt("slots under tuple", "class A(tuple):\n    __slots__ = ('a',)")
attempt("slots under bytes", "class A(bytes):\n    __slots__ = ('a',)")
attempt("__dict__ under int", "class A(int):\n    __slots__ = ('__dict__',)")
attempt("__weakref__ under int", "class A(int):\n    __slots__ = ('__weakref__',)")
attempt("empty slots under tuple", "class A(tuple):\n    __slots__ = ()")
attempt("two bases with slots", "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\n"
        "class C(A, B): pass")
attempt("one empty-slots base", "class A:\n    __slots__ = ()\nclass B:\n    __slots__ = ('b',)\n"
        "class C(A, B): pass")

# weak references need a '__weakref__' slot
class Plain:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(Plain())
except TypeError as e:
    print("TypeError:", e)
w = Weak()
r = weakref.ref(w)
print(r() is w, type(Weak.__weakref__).__name__, Weak.__weakref__.__get__(w) is r)
print(hasattr(Plain, "__weakref__"), hasattr(Plain(), "__dict__"))
# a '__dict__' slot brings back arbitrary attributes
class WithDict:
    __slots__ = ("a", "__dict__")
d = WithDict()
d.a = 1
d.other = 2
print(d.__dict__, type(WithDict.__dict__["__dict__"]).__name__, WithDict.__dictoffset__)
# inheritance: a subclass without __slots__ gets __dict__ and __weakref__ again
class Base:
    __slots__ = ("a",)
class Mid(Base):
    __slots__ = ("b",)
class Leaf(Mid):
    __slots__ = ("c",)
class Free(Leaf):
    pass
f = Free()
f.a, f.b, f.c, f.extra = 1, 2, 3, 4
print(f.__dict__, weakref.ref(f)() is f, hasattr(Leaf(), "__dict__"))
print([(cls.__name__, cls.__basicsize__, cls.__dictoffset__, cls.__weakrefoffset__)
       for cls in (Base, Mid, Leaf, Free)])
# a redefined slot in a subclass shadows the base's member
class Again(Base):
    __slots__ = ("a",)
g = Again()
g.a = "sub"
print(Again.a is Base.a, Again.__basicsize__, Again.a.__get__(g))
try:  # the base's own slot for 'a' is a different word, still unset
    Base.a.__get__(g)
except AttributeError as e:
    print("AttributeError:", e)
