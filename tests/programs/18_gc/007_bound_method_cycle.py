# Bound methods stored on their own instance: instance -> bound method -> __self__ = instance.
import gc
import weakref
gc.disable()
gc.collect()

class Button:
    def __init__(self):
        self.on_click = self.clicked
    def clicked(self):
        return "clicked"

b = Button()
print(b.on_click(), b.on_click.__self__ is b)
r = weakref.ref(b)
del b
print("alive before collect:", r() is not None)
print("instance + bound method:", gc.collect())
print("alive after collect:", r() is not None)

class Handlers:
    def __init__(self):
        self.handlers = [self.a, self.b, self.a]
    def a(self):
        pass
    def b(self):
        pass

h = Handlers()
del h
print("instance + list + 3 bound methods:", gc.collect())

# a bound method held only by a local: no cycle
class Plain:
    def m(self):
        return 1

p = Plain()
m = p.m
del p, m
print("no cycle:", gc.collect())

# a bound method of another object in a two-instance cycle
x, y = Plain(), Plain()
x.cb = y.m
y.cb = x.m
del x, y
print("two instances + two bound methods:", gc.collect())
