# Keyword arguments match parameters by name and may come in any order.
def describe(name, age, city="nowhere"):
    return f"{name} ({age}) from {city}"

print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Paris", age=41))
print(describe(*["Di", 22], **{"city": "Oslo"}))

def f(a, b):
    return a - b
print(f(b=1, a=10))
for bad in ({"a": 1}, {"a": 1, "b": 2, "c": 3}):
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
