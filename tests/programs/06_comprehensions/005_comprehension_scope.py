# Comprehensions have their own scope: loop variables do not leak; the first iterable is evaluated outside.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]     # the first iterable is evaluated in class scope: allowed
print(C.doubled)

funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([g() for g in funcs])
i = "unchanged"
result = [i for i in "ab"]
print(result, i)
gen = (j for j in range(2))
print(list(gen), "j" in globals())
