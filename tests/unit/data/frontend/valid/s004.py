import a.b.c
from d import e as f
def g():
    import h.i
    from j import k
    try:
        pass
    except Exception as err:
        del err
    for i in range(3):
        with open(i) as (p, q):
            r = p
    return r
