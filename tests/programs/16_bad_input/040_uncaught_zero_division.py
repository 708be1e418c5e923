# Output before an uncaught exception is kept; the process exits with status 1.
print("before the error")
def divide(a, b):
    return a / b
print(divide(1, 2))
print(divide(1, 0))
print("never printed")
