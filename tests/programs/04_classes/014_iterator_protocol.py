# __iter__ and __next__: a class-based iterator and an iterable that returns fresh iterators.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "exhausted"))
for x in it:
    print("never")

class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return SquaresIter(self.n)
class SquaresIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration()
        self.i += 1
        return self.i * self.i

sq = Squares(4)
print(list(sq), list(sq), sum(sq), 9 in sq, 10 in sq)
print(sorted(sq, reverse=True), max(sq), dict(zip(sq, "abcd")))
a, b, *c = Squares(5)
print(a, b, c)
class NotIterable:
    pass
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
