# Without __iter__, iteration falls back to __getitem__(0), (1), ... until IndexError.
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        print("  getitem", i)
        return self.data[i]

s = Seq("abc")
print(list(s))
print("b" in s)
for ch in Seq([10, 20]):
    print("got", ch)
print(s[-1], s[0:2])

class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), sum(Squares()), list(reversed([*Squares()])))
it = iter(Squares())
print(next(it), next(it), type(it).__name__)

class Mapping:
    def __getitem__(self, key):
        return key.upper() if isinstance(key, str) else key * 2
m = Mapping()
print(m["abc"], m[21], m[1, 2])
