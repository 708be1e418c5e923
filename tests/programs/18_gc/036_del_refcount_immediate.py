# Without cycles __del__ runs at once when the last reference goes (del, rebinding, leaving a
# function, removing from a container), before the next statement; the collector is not needed.
import gc
gc.disable()

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

print("del:")
r = Res("r1")
del r
print("rebinding:")
r = Res("r2")
r = Res("r3")
print("leaving a function:")
def use():
    local = Res("local")
    print("  in function")
use()
print("container cleared:")
box = [Res("b1"), Res("b2"), Res("b3")]
box.clear()
print("list deleted (items released last to first):")
box = [Res("c1"), Res("c2"), Res("c3")]
del box
print("dict deleted (insertion order):")
d = {"x": Res("d1"), "y": Res("d2")}
del d
print("chain: outer releases inner after its own __del__:")
outer = Res("outer")
outer.inner = Res("inner")
del outer
print("temporary:")
Res("temp").name
print("collect finds nothing:", gc.collect())
print("end")
r = None
