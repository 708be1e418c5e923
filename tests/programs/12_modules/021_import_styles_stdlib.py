# import x, import x as y, from x import y (as z) with stdlib modules.
import math
import math as m
from math import sqrt, pi as PI
from collections import deque as Q, Counter
import itertools, functools
print(m is math, sqrt(81), PI == math.pi, m.floor(2.5))
print(type(Q()).__name__, Counter("aab")["a"])
print(list(itertools.islice(itertools.count(), 3)), functools.reduce(lambda a, b: a * b, [2, 3]))
print(math.__name__, m.__name__, type(math).__name__)
def local_import():
    import io
    from io import StringIO as S
    return io.StringIO is S
print(local_import(), "io" in dir())
