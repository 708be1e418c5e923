# __del__ runs as soon as the last reference goes away (reference counting).
class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)
    def __del__(self):
        print("delete", self.name)

a = Noisy("a")
b = a
print("del a")
del a
print("del b")
del b
print("rebinding")
x = Noisy("first")
x = Noisy("second")
print("list clear")
lst = [Noisy("l1"), Noisy("l2")]
lst.clear()
print("function scope")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("temporary")
Noisy("temp").name
print("dict value replaced")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
print("pop from list")
holder = [Noisy("popped")]
holder.pop()
print("end of program")
x = None
d.clear()
