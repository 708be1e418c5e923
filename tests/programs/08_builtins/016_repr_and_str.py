# repr() and str() of builtin values.
values = [0, -12, 3.0, 1e100, 0.1, float("inf"), "text", "it's", 'say "hi"', "tab\t\n",
          "\x00\x7f", "é€😀", b"by\x00tes", [1, "a"], (1,), (), {"k": [None]}, {3},
          set(), frozenset(), None, True, range(2, 5), [[[]]]]
for v in values:
    print(repr(v), "|", str(v))
print(repr(repr("x")), str(str(5)), repr(str(5)))
print(str(), repr(""), str(b"x"), str(1.0), str(-0.0))
