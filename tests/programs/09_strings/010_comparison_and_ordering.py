# String comparison is lexicographic by code point.
pairs = [("a", "b"), ("a", "A"), ("abc", "abd"), ("ab", "abc"), ("", "a"), ("Z", "a"),
         ("é", "z"), ("10", "9"), ("apple", "apple")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b)
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", "_x"]))
print(max("hello world"), min("hello world"), "b" in "abc", "abc" in "xabcx")
print("abc" * 0 == "", "ab" * 2 + "c", "x" < "xx" < "xy" < "y")
