# import x: binds the module object; attributes are looked up on it.
import mod_shapes
r = mod_shapes.Rect(2, 3)
print(r, r.area(), mod_shapes.square(4).area())
print(mod_shapes.PI_APPROX, mod_shapes.describe())
print(mod_shapes.__name__, mod_shapes.__doc__, type(mod_shapes).__name__)
print(mod_shapes._private)
print(sorted(n for n in dir(mod_shapes) if not n.startswith("__")))
