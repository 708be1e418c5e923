# Module attributes can be added, changed and deleted from outside.
import mod_shapes
mod_shapes.added_later = "new attribute"
print(mod_shapes.added_later)
original = mod_shapes.square
mod_shapes.square = lambda s: "patched " + str(s)
print(mod_shapes.square(3))
mod_shapes.square = original
print(mod_shapes.square(3))
del mod_shapes.added_later
print(hasattr(mod_shapes, "added_later"))
print(vars(mod_shapes) is mod_shapes.__dict__, "Rect" in vars(mod_shapes))
