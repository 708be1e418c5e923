def f():
    for a, b in c:
        d = a
    with e as (f, g):
        pass
