# Inside a function a fresh local holds one reference (plus the argument) -> 2.
import sys
class Thing:
    pass
def one_local():
    z = Thing()
    return sys.getrefcount(z)
def two_locals():
    z = Thing()
    w = z
    return sys.getrefcount(z)
def local_list():
    lst = [1, 2]
    return sys.getrefcount(lst)
def after_del():
    a = Thing()
    b = a
    del b
    return sys.getrefcount(a)
print(one_local(), two_locals(), local_list(), after_del())
