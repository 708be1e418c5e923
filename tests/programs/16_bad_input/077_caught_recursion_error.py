# RecursionError is catchable; the program continues normally afterwards.
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, RuntimeError))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual recursion:", e)
class Loop:
    def __getattr__(self, name):
        return self.other
try:
    Loop().x
except RecursionError as e:
    print("recursive __getattr__:", e)
def depth(n):
    return n if n == 0 else depth(n - 1)
print("still works:", depth(500))
