# getrecursionlimit/setrecursionlimit and catching RecursionError.
import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("limited depth between 150 and 200:", 150 < depth < 200)
sys.setrecursionlimit(old)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(800))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
