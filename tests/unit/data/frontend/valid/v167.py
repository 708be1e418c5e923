def f():
    # comment
    return 1
