"""os: what mempy provides of CPython's os module -- the file-descriptor functions of posix."""
from posix import close, dup, dup2, getpid, pipe, read, write

name = "posix"
sep = "/"
linesep = "\n"
