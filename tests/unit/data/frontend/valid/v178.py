def f():
    import os.path
    from sys import argv as av
    return os, av
