# Dicts preserve insertion order; updating a key keeps its place, re-inserting moves it to the end.
d = {}
for k in "dbca":
    d[k] = ord(k)
print(list(d))
d["b"] = "updated"
print(list(d.items()))
del d["d"]
d["d"] = "reinserted"
print(list(d))
d2 = dict.fromkeys("hello")
print(list(d2))
merged = {"z": 1, "a": 2}
merged.update({"m": 3, "z": 4})
print(merged)
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
print(list(reversed(d)), list(reversed(d.items()))[0])
nums = {}
for i in range(10, 0, -1):
    nums[i * 7 % 11] = i
print(nums)
