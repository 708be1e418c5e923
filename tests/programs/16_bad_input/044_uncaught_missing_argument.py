# Calling a function without a required argument.
def area(width, height):
    return width * height
print(area(2, 3))
area(2)
