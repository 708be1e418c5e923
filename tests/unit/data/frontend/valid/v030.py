def f(a: int, b: "str" = "x", *args: int, **kw: float) -> bool:
    return True
