# A block opener followed by a line that is not indented.
if True:
print("body")
