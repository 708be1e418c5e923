# The same keyword argument twice in one call.
print(sep="-", sep="+")
