# An opening parenthesis that is never closed.
print("not printed")
total = (1 + 2
print(total)
