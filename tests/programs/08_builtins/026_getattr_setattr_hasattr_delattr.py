# Dynamic attribute access with getattr (with default), setattr, hasattr and delattr.
class Config:
    debug = False
c = Config()
setattr(c, "level", 3)
setattr(c, "name with spaces", "allowed")
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "default"))
print(getattr(c, "name with spaces"), hasattr(c, "level"), hasattr(c, "nope"))
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "level")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ("upper", "lower", "title"):
    print(getattr("mixed Case", name)())
print(getattr([], "append").__name__, getattr(5, "real"), getattr(Config, "debug"))
setattr(Config, "debug", True)
print(c.debug)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
