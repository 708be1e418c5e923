# The ONLY test that relies on PYTHONHASHSEED=0 (set by the runner and by gen_expected):
# with the seed fixed, str hashes (SipHash-1-3 keyed with zeros) and thus set iteration order
# of strings match CPython exactly. Every other test sorts before printing sets of strings.
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(list(words))
print(hash("a"), hash("hello"), hash(""), hash("é"), hash("€"), hash("😀"))
print(hash(b"bytes"), hash(("a", 1)), hash(frozenset({"x", "y"})))
print(list({"x", "y", "z", "w"}), list(set("mississippi")))
print(list({1, 2, 3, 100, 1000, -1, 33}))
