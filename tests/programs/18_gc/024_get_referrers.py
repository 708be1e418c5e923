# gc.get_referrers scans every tracked object in generations 0-2 (not frozen ones, not untracked
# ones such as running frames): it finds the containers that hold an object, in generation-list
# order (here: creation order).
import gc
gc.disable()

class C:
    pass

def demo():
    x = C()
    holder = [x]
    d = {"k": x}
    inst = C()
    inst.ref = x
    t = (x, 1)
    refs = gc.get_referrers(x)
    print("referrers:", [type(r).__name__ for r in refs])
    print("identities:", refs[0] is holder, refs[1] is d, refs[2] is inst, refs[3] is t)
    inst.__dict__
    refs = gc.get_referrers(x)
    print("after inst.__dict__:", sorted(type(r).__name__ for r in refs), any(r is inst.__dict__ for r in refs))
    del refs
    gc.collect()
    gc.freeze()
    print("while frozen:", len(gc.get_referrers(x)))
    gc.unfreeze()
    print("after unfreeze:", len(gc.get_referrers(x)))
    s = "unique-" + str(len(holder))
    lst = [s]
    print("str held by one list:", gc.get_referrers(s) == [lst])
    y = C()
    pair = [x, y]
    both = gc.get_referrers(x, y)
    print("two arguments:", len(both), sum(1 for r in both if r is pair))
    print("nobody refers to a new object:", gc.get_referrers(C()))

demo()
g = C()
print("module global found through the globals dict:", any(r is globals() for r in gc.get_referrers(g)))
