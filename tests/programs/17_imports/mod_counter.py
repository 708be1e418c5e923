# Helper module with mutable module-level state shared by every importer.
value = 0
def bump():
    global value
    value += 1
    return value
