# StopIteration in the wrong places: next() on exhausted iterators and inside generators.
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args, "value:", e.value)
def gen():
    yield 1
    raise StopIteration("leaked")
try:
    for v in gen():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("from __next__ is fine")
print(list(BadIter()))
def uses_next_in_comprehension(seqs):
    return [next(iter(s)) for s in seqs]
try:
    print(uses_next_in_comprehension([[1], [2]]))
    print(uses_next_in_comprehension([[1], []]))
except StopIteration:
    print("StopIteration escaped from a list comprehension (allowed: not a generator)")
try:
    print(list(next(iter(s)) for s in [[1], []]))
except RuntimeError as e:
    print("generator expression ->", type(e).__name__ + ":", e)
