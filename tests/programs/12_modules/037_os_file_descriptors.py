# The os module's file-descriptor functions (what mempy provides of posix): pipe, dup, dup2,
# read, write, close, and their errors (OSError with errno text, argument conversion).
import os
import posix

r, w = os.pipe()
print(type(r).__name__, r != w, os.write(w, b"hello"), os.write(w, bytearray(b" world")))
print(os.read(r, 5), os.read(r, 100))
copy = os.dup(w)
print(copy not in (r, w), os.dup2(copy, copy) == copy)
os.write(copy, b"via the copy")
os.close(copy)
print(os.read(r, 100))
os.close(w)
print(os.read(r, 10) == b"", os.name, os.getpid() > 0)
os.close(r)
bad = [
    ("os.close(r) again", lambda: os.close(r)),
    ("os.read(r, 1) closed", lambda: os.read(r, 1)),
    ("os.write(-1, b'x')", lambda: os.write(-1, b"x")),
    ("os.dup(-1)", lambda: os.dup(-1)),
    ("os.dup2(-1, 5)", lambda: os.dup2(-1, 5)),
    ("os.read(0, -1)", lambda: os.read(0, -1)),
    ("os.dup('1')", lambda: os.dup("1")),
    ("os.dup(1.0)", lambda: os.dup(1.0)),
    ("os.dup(2**40)", lambda: os.dup(2**40)),
    ("os.write(1, 'text')", lambda: os.write(1, "text")),
    ("os.pipe(1)", lambda: os.pipe(1)),
    ("os.read(0)", lambda: os.read(0)),
    ("os.close()", lambda: os.close()),
]
for label, call in bad:
    try:
        call()
        print(label, "-> no error")
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__ + ":", e, getattr(e, "errno", None))
print(os.pipe.__module__, os.close.__module__, os.__name__, os.sep, repr(os.linesep))
for label, call in [("os.dup()", lambda: os.dup()), ("os.write(1)", lambda: os.write(1)),
                    ("os.dup2(1)", lambda: os.dup2(1)), ("os.close(fd='x')", lambda: os.close(fd="x")),
                    ("os.dup(fd=1)", lambda: os.dup(fd=1)), ("os.read(fd=0, length=1)", lambda: os.read(fd=0, length=1)),
                    ("os.getpid(1)", lambda: os.getpid(1)), ("os.dup2(1, 2, 3, 4)", lambda: os.dup2(1, 2, 3, 4)),
                    ("os.close(1, 2)", lambda: os.close(1, 2))]:
    try:
        call()
    except TypeError as e:
        print(label, "-> TypeError:", e)
print(posix.pipe is os.pipe)
