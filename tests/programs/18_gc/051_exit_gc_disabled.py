# Interpreter exit with gc disabled: the first exit collection (the one run "if enabled") is
# skipped, but the one after the modules are removed always runs, so every global's __del__ and
# the pending cyclic garbage are finalized together, in creation order (compare 050). While
# these finalizers run, the module's other globals, functions and imported modules still work.
import gc
import sys
gc.disable()
gc.collect()  # a known state: everything below is made in generation 0

def helper():
    return "ok"

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "| helper:", helper(), "| sys:", sys is not None, "| first:", type(first).__name__)

first = Res("first")
a, b = Res("cycle-a"), Res("cycle-b")
a.peer, b.peer = b, a
del a, b
holder = [Res("in-list")]
second = Res("second")
selfref = Res("global-self-cycle")
selfref.me = selfref
last = Res("last")
print("end of program, gc enabled:", gc.isenabled())
