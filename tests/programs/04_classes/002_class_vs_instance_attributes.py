# Class attributes are shared; assigning through an instance creates an instance attribute.
class Counter:
    kind = "counter"
    instances = 0
    shared_list = []
    def __init__(self):
        Counter.instances += 1
        self.value = 0

a, b = Counter(), Counter()
print(Counter.instances, a.instances, b.kind)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
del a.kind
print(a.kind)
a.shared_list.append("from a")
print(b.shared_list, Counter.shared_list)
Counter.kind = "renamed"
print(a.kind, b.kind)
print("kind" in vars(a), "kind" in vars(Counter), "value" in vars(a))
a.instances += 10         # reads the class attribute, writes an instance attribute
print(a.instances, b.instances, Counter.instances)
