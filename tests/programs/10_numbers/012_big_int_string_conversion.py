# Converting large ints to and from decimal strings and other bases (below 3.11's 4300-digit limit).
n = 7 ** 3000
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
print(repr(-n)[:5], len(repr(-n)), f"{n:,}"[:26])
h = hex(n)
print(len(h), h[:12], int(h, 16) == n, int(h, 0) == n)
b = bin(2 ** 1000 + 1)
print(len(b), b[:6], b[-4:], int(b, 2) == 2 ** 1000 + 1)
digits = "123456789" * 100
m = int(digits)
print(m % 97, m // 10 ** 895, str(m)[-9:], len(str(m * m)))
print(int("-" + "9" * 1000) + 10 ** 1000)
