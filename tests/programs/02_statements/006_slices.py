# Slicing with start:stop:step, negative values, out-of-range bounds and reversal.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[5:2], s[100:], s[-1:-4:-1])
print(s[1:9:3], s[9:0:-4], s[None:None:None])
text = "Hello, world"
print(text[:5], text[7:], text[::-1], text[::3], text[-5:-1])
t = tuple(range(6))
print(t[1:4], t[::-2])
r = range(0, 20, 3)
print(r[1:4], list(r[1:4]), r[::-1], list(r[::-2]))
sl = slice(1, 8, 2)
print(s[sl], sl.start, sl.stop, sl.step)
print(slice(5).indices(3), slice(-1, None, -1).indices(4))
copy = s[:]
print(copy == s, copy is s)
