# Builtin exceptions carry useful attributes: KeyError args, StopIteration.value, SystemExit.code.
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e.args, repr(e))
try:
    raise StopIteration("v")
except StopIteration as e:
    print(e.value)
for arg in ((), (3,), ("msg",), (1, 2)):
    e = SystemExit(*arg)
    print(arg, repr(e.code))
