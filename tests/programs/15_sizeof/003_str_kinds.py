# PEP 393 compact strings in 3.11: ASCII header 48, non-ASCII header 72, plus chars and a NUL
# of the same width (1, 2 or 4 bytes per character).
import sys
samples = [("empty", ""), ("a", "a"), ("hello", "hello"), ("100 ascii", "x" * 100),
           ("latin-1 é", "é"), ("éé", "éé"), ("aé", "aé"), ("ÿ", "ÿ"),
           ("ucs-2 €", "€"), ("€€", "€€"), ("a€", "a€"), ("Ā", "Ā"),
           ("ucs-4 😀", "😀"), ("😀😀", "😀😀"), ("a😀", "a😀"), ("10 x é", "é" * 10)]
for label, s in samples:
    print(label, len(s), sys.getsizeof(s))
built = "".join(["ab", "c"])
print("runtime-built ascii", sys.getsizeof(built))
print("sliced", sys.getsizeof("hello world"[:5]), sys.getsizeof("€uro"[1:]))
