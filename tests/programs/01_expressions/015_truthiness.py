# bool() of builtin values: empty containers, zeros and None are false.
values = [0, 1, -1, 0.0, 0.1, -0.0, "", "0", " ", [], [0], (), (None,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), frozenset()]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
