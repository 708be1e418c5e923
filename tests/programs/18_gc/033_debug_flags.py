# gc.set_debug / gc.get_debug and the DEBUG_* constants: values, combinations, what is accepted.
import gc

print("constants:", gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print("DEBUG_LEAK parts:", gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("default:", gc.get_debug())
print("set_debug returns:", gc.set_debug(gc.DEBUG_SAVEALL), gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_UNCOLLECTABLE)
print("combined:", gc.get_debug())
gc.set_debug(True)
print("True:", gc.get_debug(), type(gc.get_debug()).__name__)
gc.set_debug(0)
print("cleared:", gc.get_debug())
gc.set_debug(64)
print("unknown bit kept:", gc.get_debug())
gc.set_debug(0)
for bad in ("x", 1.5, None, 2 ** 40):
    try:
        gc.set_debug(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print("after errors:", gc.get_debug())
names = sorted(n for n in dir(gc) if not n.startswith("_"))
print("gc module names:", names)
