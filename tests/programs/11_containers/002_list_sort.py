# list.sort: in place, stable, key functions, reverse, and sorting records by several keys.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 25, "nyc"), ("ed", 40, "sf")]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[2])            # stable: ages stay sorted within each city
print(people)
people.sort(key=lambda p: (-p[1], p[0]))
print(people)
words = "The quick brown fox Jumps over the lazy dog".split()
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
nums = [3, -1, 2, -5, 0]
nums.sort(key=abs)
print(nums)
data = list(range(20))
data.sort(key=lambda n: n % 3)
print(data)
mixed = [[2, "b"], [1, "z"], [2, "a"], [1, "a"]]
mixed.sort()
print(mixed)
try:
    [3, "x", 1].sort()
except TypeError as e:
    print("TypeError:", e)
