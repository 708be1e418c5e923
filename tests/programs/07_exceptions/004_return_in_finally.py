# A return in finally overrides the try's return value and swallows exceptions.
def override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

def counter():
    n = 0
    try:
        n += 1
        return n          # value computed now...
    finally:
        n += 100          # ...so this change is not returned
        print("  n in finally", n)

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return "loop ended by break, exception discarded, i=%d" % i

print(override())
print(swallow())
print(counter())
print(break_in_finally())

def mutate_in_finally():
    result = []
    try:
        return result
    finally:
        result.append("appended in finally")
print(mutate_in_finally())
