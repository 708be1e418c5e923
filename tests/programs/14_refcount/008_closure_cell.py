# A variable captured by a closure lives in a cell: the cell holds the object, the closure holds the cell.
import sys
class Thing:
    pass
def make():
    captured = Thing()
    def inner():
        return captured
    return inner, captured
f, obj = make()
print("object held by the cell + global:", sys.getrefcount(obj))
cell = f.__closure__[0]
print("cell object itself (closure tuple + local name):", sys.getrefcount(cell))
del cell
print("cell via expression:", sys.getrefcount(f.__closure__[0]))
print(f.__closure__[0].cell_contents is obj)
g = f
print("second reference to the function does not touch the cell:", sys.getrefcount(f.__closure__[0]))
