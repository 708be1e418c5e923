# globals() is the module namespace; locals() in a function is a snapshot dict.
g_value = 10
print(globals()["g_value"], "g_value" in globals(), globals()["__name__"])
globals()["made_dynamically"] = "via globals()"
print(made_dynamically)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def keys_at_start(x):
    return sorted(locals())
print(keys_at_start(0))
print(sorted(k for k in globals() if not k.startswith("__")))
def modify_global():
    globals()["g_value"] = 99
modify_global()
print(g_value)
print(locals() is globals())
