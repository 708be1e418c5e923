# Subclassing dict, list, str and int.
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = DefaultDict(a=1)
print(d["a"], d["hello"], d, d.get("zz"), len(d))

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1); s.push(2)
print(s, s.peek(), s.pop(), s, isinstance(s, list))

class Shout(str):
    def shout(self):
        return self.upper() + "!"
w = Shout("hey")
print(w.shout(), w + " you", type(w + "x").__name__, len(w))

class Even(int):
    def is_even(self):
        return self % 2 == 0
print(Even(4).is_even(), Even(5) + 1, type(Even(5) + 1).__name__, repr(Even(9)))

class Counted(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.created = True
c = Counted("abc")
print(c, c.created, c * 2)
