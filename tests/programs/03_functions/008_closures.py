# Inner functions capture variables of enclosing scopes (by reference, in cells).
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__[0].cell_contents, len(triple.__closure__))
print(make_multiplier.__closure__)

def outer():
    value = "first"
    def get():
        return value
    value = "second"          # the closure sees the latest binding
    return get
print(outer()())

def accumulators():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def view():
        return list(items)
    return add, view
add, view = accumulators()
add("a"); add("b")
print(view())

funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
