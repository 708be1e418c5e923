# An exception object held by `except ... as e` and by its args.
import sys
class Payload:
    pass
p = Payload()
try:
    raise ValueError(p)
except ValueError as e:
    print("payload in exception args:", sys.getrefcount(p))
print("after the except block clears e:", sys.getrefcount(p))
saved = None
try:
    raise KeyError(p)
except KeyError as e:
    saved = e
print("exception kept alive by a global:", sys.getrefcount(p))
saved = None
print("exception dropped:", sys.getrefcount(p))
