# NameError and UnboundLocalError messages, caught.
def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except NameError as e:
        print(label, "->", type(e).__name__ + ":", e)

show("undefined", lambda: undefined_name)
def read_before_assign():
    x = x + 1
    return x
show("x = x + 1 in a function", read_before_assign)
def deleted_local():
    y = 1
    del y
    return y
show("read after del", deleted_local)
def free_var_not_yet_bound():
    def inner():
        return later
    result = inner()
    later = 1
    return result
show("free variable before assignment", free_var_not_yet_bound)
def global_deleted():
    global gone
    gone = 1
    del gone
    return gone
show("global after del", global_deleted)
show("builtins typo", lambda: lenn([1]))
class K:
    attr = 1
    def method(self):
        return attr
show("class attribute used as a bare name", lambda: K().method())
