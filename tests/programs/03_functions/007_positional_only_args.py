# Parameters before / can only be passed positionally.
def power(base, exp=2, /, *, mod=None):
    r = base ** exp
    return r if mod is None else r % mod

print(power(3), power(3, 3), power(3, 3, mod=5))
try:
    power(base=3)
except TypeError as e:
    print("TypeError:", e)

def kw_and_pos(a, /, b, *, c):
    return a, b, c
print(kw_and_pos(1, 2, c=3), kw_and_pos(1, b=2, c=3))

def name_reuse(x, /, **kwargs):
    return x, kwargs
print(name_reuse(1, x=2))   # x in kwargs does not clash with the positional-only x
try:
    kw_and_pos(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
