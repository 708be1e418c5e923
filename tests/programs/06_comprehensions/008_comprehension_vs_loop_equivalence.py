# A comprehension gives the same result as the equivalent explicit loop.
src = range(-5, 6)
comp = [x * x for x in src if x % 2]
loop = []
for x in src:
    if x % 2:
        loop.append(x * x)
print(comp, comp == loop)

dcomp = {x: str(x) for x in src if x > 0}
dloop = {}
for x in src:
    if x > 0:
        dloop[x] = str(x)
print(dcomp == dloop, list(dcomp.items()))

nested = [(a, b) for a in "xy" for b in (1, 2) if not (a == "y" and b == 1)]
flat = []
for a in "xy":
    for b in (1, 2):
        if not (a == "y" and b == 1):
            flat.append((a, b))
print(nested, nested == flat)
print(list(x for x in src) == [x for x in src])
