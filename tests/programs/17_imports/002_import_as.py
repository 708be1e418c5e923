# import x as y binds only the alias.
import mod_shapes as shapes
print(shapes.square(3), shapes.__name__)
try:
    mod_shapes
except NameError as e:
    print("NameError:", e)
import mod_shapes
print(mod_shapes is shapes)
