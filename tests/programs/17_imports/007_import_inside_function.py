# import statements are executable and create local bindings inside functions.
def use_counter():
    import mod_counter
    from mod_shapes import Rect
    return mod_counter.bump(), Rect(2, 2).area()
print(use_counter())
print("mod_counter" in globals())
import mod_counter
print(mod_counter.value)
def conditional(flag):
    if flag:
        import mod_shapes as m
        return m.PI_APPROX
    return None
print(conditional(True), conditional(False))
