# split/rsplit whitespace and separator rules, maxsplit, splitlines boundaries, result sizes.
import sys
texts = ["  a  b  c  ", "a,b,,c,", "", "   ", "a", "a\u3000b\u2003c", "a\x1cb\x1dc\x85d",
         "one\ttwo\nthree\rfour\x0bfive\x0csix"]
for t in texts:
    print(repr(t), t.split(), t.split(None, 1), t.rsplit(None, 1), t.split(","),
          t.rsplit(",", 1), t.split(",", 0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaa".split("aa"))
print("x".split("xyz"), "".split("x"), "abc".split("abc"), "ab".rsplit("b"))
print("a b".split(maxsplit=-5), "a b c".split(" ", maxsplit=1), "a b c".rsplit(sep=" ", maxsplit=1))
lines = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12\n\n"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "\r\n\r".splitlines(1))
print(b"a\nb\r\nc\rd\x0be\x1cf".splitlines(), b"x\r\n".splitlines(True))
print(b"  a  b \x0b c\x1c ".split(), b"a,b,".split(b","), b"a b c".rsplit(None, 1))
# CPython preallocates split results: 12 slots, or maxsplit + 1; splitlines appends
for r in ["a b c".split(), "a b c".split(None, 1), "a,b".split(",", 0), "x".split(","),
          "abc".split(), ("w " * 20).split(), "a\nb".splitlines(), "a b".rsplit(),
          "".split(), "".split(","), b"a b".split(), b"a,b".split(b",", 1)]:
    print(len(r), sys.getsizeof(r))
s = "same"
print(s.split()[0] is s, s.split(",")[0] is s, s.splitlines()[0] is s, s.rsplit()[0] is s)
