# isinstance / issubclass with builtin types and tuples of types.
values = [1, 1.0, True, "s", b"b", [1], (1,), {1: 1}, {1}, None, range(1), len]
for v in values:
    print(repr(v)[:12].ljust(12), type(v).__name__.ljust(18),
          isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (float, (str, int))))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(int, (str, object)))
print(issubclass(KeyError, LookupError), issubclass(type, object), isinstance(int, type))
print(isinstance(None, type(None)), isinstance([], ()), issubclass(list, ()))
