# __len__ drives len() and truthiness when there is no __bool__; __bool__ wins when present.
class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__ called")
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
    def __len__(self):
        return 99

print(len(Box(3)), bool(Box(3)), bool(Box(0)))
print("truthy" if Box(2) else "falsy")
print(bool(Flag(False)), len(Flag(False)), not Flag(True))
class Neither:
    pass
print(bool(Neither()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
