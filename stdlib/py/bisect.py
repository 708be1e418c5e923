"""bisect: binary search and insertion in sorted lists, as CPython 3.11's module (the pure-Python
form of its _bisect functions, with the same argument checks)."""


def _search(a, x, lo, hi, key, right):
    # the first index whose item is > x (right) or >= x (left), one comparison a step
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        probe = a[mid] if key is None else key(a[mid])
        if (x < probe) if right else not (probe < x):
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Index after the last item <= x (the insertion point that keeps equal items first)."""
    return _search(a, x, lo, hi, key, True)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Index of the first item >= x."""
    return _search(a, x, lo, hi, key, False)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x after any equal items, keeping a sorted."""
    a.insert(bisect_right(a, x if key is None else key(x), lo, hi, key=key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x before any equal items, keeping a sorted."""
    a.insert(bisect_left(a, x if key is None else key(x), lo, hi, key=key), x)


bisect = bisect_right
insort = insort_right
