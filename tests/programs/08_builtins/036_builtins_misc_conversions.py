# str/repr/ascii-free conversions between builtin types, and len/sum/sorted round trips.
data = "3,1,2"
nums = list(map(int, data.split(",")))
print(nums, sorted(nums), ",".join(map(str, sorted(nums))))
print(tuple(nums), set(nums) == {1, 2, 3}, dict(enumerate(nums)))
print(str(nums), str((1, "a")), str({"a": [1.5]}), str(None), str(b"x"))
print(list("123") == ["1", "2", "3"], int("".join(["1", "2"])) + 1)
print(float(str(0.1)) == 0.1, repr(float(repr(1 / 3))) == repr(1 / 3))
print(bool(str(False)), list(str(12)), [int(c) for c in str(2 ** 20)])
print(chr(ord("a") + 1), hex(int("ff", 16)), bin(int("0b11", 0)), oct(int("17", 8)))
