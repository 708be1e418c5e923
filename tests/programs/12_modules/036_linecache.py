# linecache.getline(filename, lineno): a source line with its newline, '' past the end, for
# line 0 or for files that cannot be read; names like "<string>" have no lines. Relative names
# are also looked up along sys.path.
import linecache

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 5)))
print(repr(linecache.getline(__file__, 0)), repr(linecache.getline(__file__, 10000)))
lines = linecache.getlines(__file__)
print(len(lines), lines[-1])
base = __file__.rsplit("/", 1)[-1]
print(repr(linecache.getline(base, 2)))
print(repr(linecache.getline("<string>", 1)), repr(linecache.getline("no/such/file.py", 1)))
linecache.clearcache()
print(repr(linecache.getline(__file__, 3)))
# the last line
