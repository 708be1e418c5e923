# Using a name that was never bound.
print("start")
print(undefined_variable)
