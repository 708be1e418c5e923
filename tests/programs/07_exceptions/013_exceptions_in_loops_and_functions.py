# Exceptions unwinding through several frames and loops.
def parse_all(items):
    results = []
    for item in items:
        try:
            results.append(int(item))
        except ValueError:
            results.append(None)
            continue
        finally:
            results.append("|")
    return results
print(parse_all(["1", "x", "3"]))

def a(): return b()
def b(): return c()
def c(): raise LookupError("deep")
try:
    a()
except LookupError as e:
    print("caught from three frames down:", e)

def first_failure(funcs):
    for i, f in enumerate(funcs):
        try:
            f()
        except Exception as e:
            return i, type(e).__name__
    return None
print(first_failure([lambda: 1, lambda: 2 + "", lambda: 1 / 0]))
count = 0
while True:
    try:
        count += 1
        if count == 5:
            raise StopIteration
    except StopIteration:
        break
print("count", count)
