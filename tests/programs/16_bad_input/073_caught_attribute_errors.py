# AttributeError messages for builtin types, classes, instances, modules and slots.
import math
def show(label, thunk):
    try:
        thunk()
        print(label, "-> ok")
    except AttributeError as e:
        print(label, "->", e)

class Plain:
    cls_attr = 1
class Slotted:
    __slots__ = ("a",)
show("(5).foo", lambda: (5).foo)
show("'s'.foo", lambda: "s".foo)
show("[].push", lambda: [].push)
show("None.x", lambda: None.x)
show("Plain().missing", lambda: Plain().missing)
show("Plain.missing", lambda: Plain.missing)
show("math.missing", lambda: math.missing)
show("Slotted().a", lambda: Slotted().a)
show("Slotted().b = 1", lambda: setattr(Slotted(), "b", 1))
show("(1).real = 5", lambda: setattr(1, "real", 5))
show("del Plain().x", lambda: delattr(Plain(), "x"))
show("object().x = 1", lambda: setattr(object(), "x", 1))
show("[].append = 1", lambda: setattr([], "append", 1))
show("len.x", lambda: len.x)
show("(lambda: 0).missing", lambda: (lambda: 0).missing)
