# global lets a function rebind a module-level name.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

def shadow():
    counter = 100
    return counter

def create():
    global created
    created = "made inside a function"

print(increment(), increment(), counter)
print(shadow(), counter)
create()
print(created)

def read_only():
    return counter * 10
print(read_only())

def try_assign_without_global():
    try:
        counter += 1
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(try_assign_without_global())
