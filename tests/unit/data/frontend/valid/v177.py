def f(x):
    del x
    y = 1
    del y
