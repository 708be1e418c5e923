# del of a function call result.
del print()
