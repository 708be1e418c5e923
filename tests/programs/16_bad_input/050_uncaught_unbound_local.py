# A local variable read before assignment (the assignment later in the function makes it local).
total = 10
def add():
    total += 1
    return total
add()
