# sys.intern returns one canonical object per string value.
import sys
a = "".join(["run", "time", "_", "string"])
b = "".join(["run", "time", "_", "string"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia == a, ia is sys.intern("runtime_string"))
literal = "runtime_string"                 # a compile-time constant that looks like an identifier
print(sys.intern("runtime_string") is literal, sys.intern(a) is literal)
c = "hello world!"
d = "".join(["hello ", "world!"])
print(c is d, sys.intern(d) is sys.intern(c))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
key = "".join(["dyn", "_attr"])
class O:
    pass
o = O()
setattr(o, key, 1)
print(list(vars(o))[0] is sys.intern(key))
