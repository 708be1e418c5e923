# Reading from io.StringIO: read, read(n), readline, readlines, iteration, seek.
import io
f = io.StringIO("first\nsecond\nthird\nlast line without newline")
print(repr(f.read(3)), repr(f.readline()), repr(f.readline()))
print(f.tell())
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.seek(0)
for i, line in enumerate(f):
    print(i, repr(line))
f.seek(6)
print(repr(f.read()))
f.seek(0)
print([len(line) for line in f])
g = io.StringIO("a\nb\n")
print(list(g), list(g))
g.seek(0)
print(g.read(100), end="")
print(repr(io.StringIO().read()), io.StringIO("x").getvalue())
