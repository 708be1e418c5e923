x = [1 if y else 2 for y in z]
