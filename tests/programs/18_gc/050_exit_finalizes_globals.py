# Interpreter exit (CPython 3.11) with gc enabled: first a full collection runs while
# everything is intact (cyclic garbage still pending is finalized then: cycle-a, cycle-b); then
# the modules are removed from sys.modules, __main__'s dict becomes cyclic garbage (its
# functions and classes refer back to it) and a last full collection finalizes every global
# object in the collector's list order. The first exit collection reordered that list: objects
# held directly by a global keep their creation order; each object reached only through another
# object (made before its holder) was moved behind them when its holder was scanned (in-list,
# friend-of-second, in-dict, in-tuple). Compare 051 (gc disabled: pure creation order).
import gc
gc.disable()  # no automatic collection before the end: the exit sequence alone decides
gc.collect()  # a known state: everything below is made in generation 0

class Res:
    def __init__(self, name, friend=None):
        self.name = name
        self.friend = friend
    def __del__(self):
        print("__del__", self.name)

first = Res("first")
_private = Res("_private")
a, b = Res("cycle-a"), Res("cycle-b")
a.friend, b.friend = b, a
del a, b
holder = [Res("in-list")]
second = Res("second", Res("friend-of-second"))
d = {"k": Res("in-dict")}
t = (Res("in-tuple"),)
selfref = Res("global-self-cycle")
selfref.friend = selfref
last = Res("last")
print("end of program")
gc.enable()
