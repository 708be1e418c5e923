global_var = 1
def f():
    global global_var
    global_var = 2
