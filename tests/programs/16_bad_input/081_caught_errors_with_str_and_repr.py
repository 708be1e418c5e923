# type(e).__name__, str(e) and repr(e) for a batch of errors raised by the interpreter itself.
import math
cases = [
    lambda: 1 / 0,
    lambda: undefined_thing,
    lambda: [][1],
    lambda: {}["key"],
    lambda: int("nope"),
    lambda: "x" + 1,
    lambda: None.attr,
    lambda: math.factorial(-1),
    lambda: next(iter(())),
    lambda: (1, 2).append(3),
    lambda: [1, 2, 3].index(4),
    lambda: float("1,5"),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(f"{type(e).__name__:<18} str={str(e)!r} repr={e!r}")
