# A list far larger than any machine's memory.
print("allocating")
huge = [0] * (10 ** 12)
print("never printed")
