# A mutable default is shared between calls: the classic pitfall.
def append_to(item, target=[]):
    target.append(item)
    return target

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def remember(key, value, cache={}):
    cache[key] = value
    return sorted(cache.items())
print(remember("x", 1))
print(remember("y", 2))
append_to.__defaults__[0].clear()
print(append_to(5))
