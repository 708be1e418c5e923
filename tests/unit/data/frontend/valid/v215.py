type = 3
print(type)
