# An exception raised inside an except block: the traceback shows both, the last line is the new one.
try:
    {}["missing"]
except KeyError:
    print("handling KeyError")
    None.attribute
