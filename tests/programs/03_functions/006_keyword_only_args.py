# Parameters after * (or after *args) can only be passed by keyword.
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"

print(connect("a", secure=True))
print(connect("b", port=8080, secure=False))
try:
    connect("c", 443, True)
except TypeError as e:
    print("TypeError:", e)
try:
    connect("d")
except TypeError as e:
    print("TypeError:", e)
print(connect.__kwdefaults__)

def after_args(*items, sep="-"):
    return sep.join(items)
print(after_args("x", "y", "z"), after_args("x", "y", sep="+"))
