# *args gathers extra positional arguments into a tuple.
def total(*numbers):
    print(type(numbers).__name__, numbers)
    return sum(numbers)

print(total())
print(total(1, 2, 3))
print(total(*range(5)))

def head_and_rest(first, *rest):
    return first, rest
print(head_and_rest(1), head_and_rest(1, 2, 3))

def fmt(template, *args):
    return template % args
print(fmt("%s-%s", "a", "b"))
try:
    head_and_rest()
except TypeError as e:
    print("TypeError:", e)
