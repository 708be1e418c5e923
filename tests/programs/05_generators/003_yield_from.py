# yield from delegates to a sub-iterator (any iterable, or another generator).
def inner(tag):
    yield tag + "1"
    yield tag + "2"

def outer():
    yield "start"
    yield from inner("a")
    yield from [10, 20]
    yield from range(3)
    yield from "xy"
    yield from inner("b")
    yield "end"

print(list(outer()))

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, 4], []], [[[5]]], 6])))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", (1, 2), {"k": 0})))
