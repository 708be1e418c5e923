# An argument costs one reference in the callee (the parameter): global + parameter + getrefcount's arg = 3.
import sys
class Thing:
    pass
x = Thing()
def callee(arg):
    return sys.getrefcount(arg)
def callee_with_alias(arg):
    alias = arg
    return sys.getrefcount(arg)
def nested_caller(arg):
    return callee(arg)
print("callee(x):", callee(x))
print("callee_with_alias(x):", callee_with_alias(x))
print("through two frames:", nested_caller(x))
print("callee(Thing()):", callee(Thing()))
print("back at module level:", sys.getrefcount(x))
