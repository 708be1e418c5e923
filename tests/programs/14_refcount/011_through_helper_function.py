# Measuring through a helper: global + helper parameter + getrefcount's argument.
import sys
def rc(o):
    return sys.getrefcount(o)
class Thing:
    pass
x = Thing()
print(rc(x))
lst = [x]
print(rc(x))
print(rc(Thing()))
def rc_minus_overhead(o):
    return sys.getrefcount(o) - 2       # parameter + argument
print(rc_minus_overhead(x), rc_minus_overhead([]))
