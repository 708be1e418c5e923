# args, str() and repr() of builtin exceptions with zero, one and several arguments.
for e in (Exception(), Exception("one"), Exception("a", 2), ValueError(3.5),
          KeyError("key"), KeyError(), KeyError("a", "b"), IndexError("idx"),
          RuntimeError(None), StopIteration(7), OSError("msg")):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 1)
print(e, e.args)
print(str(ZeroDivisionError("division by zero")))
