# sorted: key, reverse, stability, and sorting mixed numeric types.
print(sorted([3, 1, 2]), sorted("banana"), sorted((5.5, -1, 2)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
records = [("bob", 3), ("ann", 1), ("cid", 3), ("dan", 1), ("eve", 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
print(sorted(by_score, key=lambda r: r[1], reverse=True))   # stable even when reversed
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([1, 2.5, True, -0.5, 0]))
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted([]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
lst = [4, 2, 3]
print(sorted(lst), lst)
