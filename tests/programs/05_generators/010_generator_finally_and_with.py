# Cleanup in generators: finally and with blocks run when the generator completes or is dropped.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self
    def __exit__(self, *a):
        print("  close", self.name)

def reader(name, n):
    with Res(name):
        for i in range(n):
            yield f"{name}:{i}"

print(list(reader("complete", 2)))
g = reader("partial", 5)
print(next(g))
print("dropping partially consumed generator")
del g
print("after del")
for item in reader("loop", 5):
    if item.endswith("1"):
        break
print("after break (generator freed when the loop drops it)")
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  gen finally")
print(list(gen_finally()))
