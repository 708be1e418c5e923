# Ints -5..256 are preallocated and shared; others are new objects each time they are computed.
def same(a, b):
    return a is b

for text in ("-6", "-5", "0", "100", "255", "256", "257", "1000"):
    n1 = int(text)
    n2 = int(text)
    print(text, same(n1, n2))
x = 200
y = 56
print(same(x + y, 256), same(x + y + 1, 257))
print(same(int("7") * 2, 14), same(10 ** 3, 10 ** 3 + 0))
results = [i * 1 for i in range(250, 260)]
again = [i * 1 for i in range(250, 260)]
print([same(a, b) for a, b in zip(results, again)])
print(same(-5, int("-5")), same(-6 + 0, int("-6")))
