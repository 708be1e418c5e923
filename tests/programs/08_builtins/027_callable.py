# callable(): functions, classes, methods, builtins, instances with __call__.
class WithCall:
    def __call__(self):
        return 1
class Without:
    def method(self):
        pass
def func():
    pass
things = [func, lambda: 0, len, print, int, WithCall, WithCall(), Without, Without(),
          Without().method, "str", 5, None, [].append, type, object()]
for t in things:
    print(callable(t), end=" ")
print()
