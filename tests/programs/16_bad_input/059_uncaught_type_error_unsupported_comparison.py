# Ordering comparison between unrelated types.
print(sorted([3, 1, 2]))
print(1 < "2")
