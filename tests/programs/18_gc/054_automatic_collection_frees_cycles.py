# With automatic collection on (default thresholds), a program that keeps creating cyclic
# garbage does not accumulate it: gen-0 collections free the cycles as it goes; with gc
# disabled all of them stay until collect().
import gc
import weakref

class Node:
    pass

def churn(n, alive):
    for i in range(n):
        a, b = Node(), Node()
        a.b, b.a = b, a
        alive.append(weakref.ref(a))

gc.collect()
refs = []
churn(20000, refs)
alive = sum(1 for r in refs if r() is not None)
print("enabled: cycles alive after 20000:", alive < 1000, "freed so far:", len(refs) - alive > 19000)
gc.collect()
print("after collect():", sum(1 for r in refs if r() is not None))

gc.disable()
refs = []
churn(5000, refs)
print("disabled: cycles alive after 5000:", sum(1 for r in refs if r() is not None))
print("collect():", gc.collect())
print("alive:", sum(1 for r in refs if r() is not None))
gc.enable()
