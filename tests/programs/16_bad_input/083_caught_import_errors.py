# Importing a module or a name that does not exist.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name, "|", isinstance(e, ImportError))
try:
    from math import no_such_function
except ImportError as e:
    # CPython appends the module's file path in parentheses: print only the part before it
    print(type(e).__name__, "|", str(e).split(" (")[0], "|", e.name)
try:
    import mod_raiser as r
    print("imported helper:", r.__name__)
    from mod_raiser import nothing_here
except ImportError as e:
    print(type(e).__name__, "| name:", e.name)
