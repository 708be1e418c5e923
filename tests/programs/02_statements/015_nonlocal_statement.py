# nonlocal rebinds a name in the nearest enclosing function scope.
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())

def make_counter():
    count = 0
    def step(by=1):
        nonlocal count
        count += by
        return count
    return step

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())

def three_levels():
    v = 1
    def middle():
        def inner():
            nonlocal v
            v += 100
        inner()
        return v
    return middle(), v
print(three_levels())

def no_nonlocal():
    y = 1
    def inner():
        y = 2
        return y
    return inner(), y
print(no_nonlocal())
