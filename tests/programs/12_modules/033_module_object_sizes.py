# sys.getsizeof of the module types whose layouts follow CPython's (iterators, deque, partial).
import sys
from collections import deque, defaultdict
from functools import partial
import itertools as it
objs = [
    ("count", it.count()), ("repeat", it.repeat(1)), ("cycle", it.cycle("ab")),
    ("chain", it.chain()), ("islice", it.islice([], 1)), ("starmap", it.starmap(pow, [])),
    ("compress", it.compress([], [])), ("dropwhile", it.dropwhile(None, [])),
    ("takewhile", it.takewhile(None, [])), ("filterfalse", it.filterfalse(None, [])),
    ("pairwise", it.pairwise([])), ("accumulate", it.accumulate([])),
    ("groupby", it.groupby([])), ("zip_longest", it.zip_longest()),
    ("deque()", deque()), ("deque(range(64))", deque(range(64))),
    ("defaultdict()", defaultdict()), ("defaultdict(int, a=1)", defaultdict(int, a=1)),
    ("partial(print)", partial(print)), ("partial(print, 1, sep='')", partial(print, 1, sep="")),
]
for name, o in objs:
    print(name, sys.getsizeof(o))
