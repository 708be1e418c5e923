# KeyError and IndexError in their many forms.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except LookupError as e:
        print(label, "->", type(e).__name__ + ":", e, "| args:", e.args)

show("[1][5]", lambda: [1][5])
show("[][0]", lambda: [][0])
show("[1][-2]", lambda: [1][-2])
show("(1,)[3]", lambda: (1,)[3])
show("'abc'[10]", lambda: "abc"[10])
show("range(3)[5]", lambda: range(3)[5])
show("b'x'[4]", lambda: b"x"[4])
show("{}['k']", lambda: {}["k"])
show("{}[1]", lambda: {}[1])
show("{}[(1, 2)]", lambda: {}[(1, 2)])
show("{}['']", lambda: {}[""])
show("[].pop()", lambda: [].pop())
show("[1].pop(7)", lambda: [1].pop(7))
show("{}.pop('x')", lambda: {}.pop("x"))
show("set().pop()", lambda: set().pop())
show("{1}.remove(2)", lambda: {1}.remove(2))
show("{}.popitem()", lambda: {}.popitem())
lst = [1, 2]
def assign():
    lst[5] = 0
show("lst[5] = 0", assign)
def delete():
    del lst[9]
show("del lst[9]", delete)
show("[1, 2][1:99]", lambda: [1, 2][1:99])
