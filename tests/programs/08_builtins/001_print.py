# print(): sep, end, file, flush, and how it converts arguments with str().
import sys
import io
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, sep=" | ")
print("x", sep=None, end=None)
print(*range(5), sep="-")
buf = io.StringIO()
print("to a buffer", 42, file=buf, sep="/")
print("second line", file=buf, end="!")
print(repr(buf.getvalue()))
print("explicit stdout", file=sys.stdout, flush=True)
print("tab\tand\\backslash", "quote'", 'dq"')
print("", "", sep="[]")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
