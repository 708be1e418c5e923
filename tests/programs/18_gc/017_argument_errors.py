# Argument checking of the gc functions: CPython 3.11's exception types and messages.
import gc

def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", "ok", type(result).__name__)

attempt("collect(3)", gc.collect, 3)
attempt("collect(-1)", gc.collect, -1)
attempt("collect('x')", gc.collect, "x")
attempt("collect(1.0)", gc.collect, 1.0)
attempt("collect(None)", gc.collect, None)
attempt("collect(2**70)", gc.collect, 2 ** 70)
attempt("collect(True)", gc.collect, True)
attempt("collect(generation=1)", gc.collect, generation=1)
attempt("collect(gen=1)", gc.collect, gen=1)
attempt("is_tracked()", gc.is_tracked)
attempt("is_tracked(1, 2)", gc.is_tracked, 1, 2)
attempt("is_finalized()", gc.is_finalized)
attempt("set_debug()", gc.set_debug)
attempt("set_debug('x')", gc.set_debug, "x")
attempt("get_count(1)", gc.get_count, 1)
attempt("enable(1)", gc.enable, 1)
attempt("freeze(1)", gc.freeze, 1)
attempt("get_objects(3)", gc.get_objects, 3)
attempt("get_objects(-2)", gc.get_objects, -2)
attempt("get_objects('x')", gc.get_objects, "x")
attempt("get_objects(generation=9)", gc.get_objects, generation=9)
attempt("get_referents()", gc.get_referents)
attempt("get_referrers()", gc.get_referrers)
print("get_objects(-1) is everything:", len(gc.get_objects(-1)) == len(gc.get_objects()))
print("get_referents() is []:", gc.get_referents() == [], "get_referrers() is []:", gc.get_referrers() == [])
gc.set_debug(0)
