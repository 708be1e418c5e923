def f():
    x
     y
