# Helper module that prints when it is executed, to show that a module body runs only once.
print("mod_side_effects: body running, __name__ =", __name__)
loaded_times = 1
def hello(who):
    return "hello " + who
