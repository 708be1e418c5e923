# fnmatch: shell-style patterns. '*' and '?' match any characters, '/' and newlines included;
# [seq], [!seq] and ranges; a '[' without ']' is literal; ']' first in a set is a member; a
# reversed range matches nothing; '[!]' matches any one character.
import fnmatch

names = ["a.py", "b.pyc", "dir/x.py", "abc", "a\nb", "[x]", "a-b", "a]b", "é.py", ".hidden", ""]
patterns = ["*", "*.py", "?.py", "*/*.py", "a*", "a?b", "[ab].py", "[!a].py*", "[a-c]*",
            "[z-a]*", "[!]*", "[]]", "a[]]b", "[", "a[b", "[!x]", "a[-]b", "a[b-]", "*[x]*",
            "[[]x]", "\\*", "*.p[yc]", "*.py?", "", "*\n*", "[a-]*", "?*?"]
for pat in patterns:
    print(repr(pat), [n for n in names if fnmatch.fnmatch(n, pat)])
print(fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("A.PY", "*.PY"))
print(fnmatch.filter(names, "*.py*"))
for bad in [(1, "*"), ("x", None)]:
    try:
        fnmatch.fnmatch(*bad)
    except TypeError as e:
        print("TypeError:", e)
