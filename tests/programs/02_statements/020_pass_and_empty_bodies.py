# pass as a placeholder in every kind of block.
def nothing():
    pass

class Empty:
    pass

for i in range(2):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass

print(nothing(), Empty.__name__, type(Empty()).__name__, i)
def doc_only():
    "a docstring is a body too"
print(doc_only(), doc_only.__doc__)
