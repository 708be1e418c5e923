# Importing a missing module or a missing name raises (and can be caught).
try:
    import mod_does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from mod_shapes import not_there
except ImportError as e:
    print(type(e).__name__, "|", str(e).split(" (")[0])
try:
    import mod_shapes.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import mod_shapes
print("the module itself still imports fine:", mod_shapes.square(1))
