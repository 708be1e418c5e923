# The whole file is compiled first, so an error on the last line stops the first lines from running.
print("line 1 would print")
print("line 2 would print")
def f():
    return 1
x = f() +
