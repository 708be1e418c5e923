# Default values are evaluated once, at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))
print(greet.__defaults__)

base = 10
def add_base(x, b=base):
    return x + b
base = 1000
print(add_base(1))          # still 10: captured when def ran

def calls():
    print("default evaluated")
    return 5
def uses_default(x=calls()):
    return x
print("after def")
print(uses_default(), uses_default(), uses_default(1))

def none_default(x=None):
    if x is None:
        x = []
    x.append(len(x))
    return x
print(none_default(), none_default(), none_default([9]))
