# list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("xy")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before last")
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(5, 2), a.count(1), a.count("nothing"))
a.reverse()
print(a)
b = a.copy()
b.append("only in b")
print(len(a), len(b), b[-1])
b.clear()
print(b, a == a[:], a is a[:])
for bad in (lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1].pop(5)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
nums = [5, 2, 8, 1]
print(nums.sort(), nums, nums.sort(reverse=True), nums)
