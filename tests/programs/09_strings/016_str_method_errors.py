# str methods: argument checking and the exact TypeError / ValueError messages.
cases = [
    "'a'.center()", "'a'.center(1, 2)", "'a'.center(1, 'ab')", "'a'.center('x')",
    "'a'.center(1, 'a', 3)", "'a'.center(width=3)", "'a'.ljust()", "'a'.zfill()",
    "'a'.zfill('a')", "'a'.count()", "'a'.count(1)", "'a'.count('a', 'b')", "'a'.find(1)",
    "'a'.index('b')", "'a'.rindex('b')", "'a'.startswith(1)", "'a'.startswith((1,))",
    "'a'.endswith(1)", "'a'.startswith()", "'a'.expandtabs('a')", "'a'.split(1)",
    "'a'.split('')", "'a'.split(maxsplit='a')", "'a'.rsplit(1)", "'a'.strip(1)",
    "'a'.lstrip(1)", "'a'.partition(1)", "'a'.partition('')", "'a'.rpartition(1)",
    "'a'.replace(1, 'a')", "'a'.replace('a', 1)", "'a'.replace('a', 'b', 'c')", "'a'.join(1)",
    "'a'.join([1])", "'a'.join(['a', b'x'])", "'a'.removeprefix(1)", "'a'.removesuffix(1)",
    "'a'.splitlines(1, 2)", "'a'.splitlines('x')", "'a'.upper(1)", "'a'.isalpha(1)",
    "'a'.__getnewargs__(1)", "str.upper(1)", "'a'.casefold(1)", "'a'.title(x=1)",
    "'a'.splitlines(keepends=1, x=2)", "'a' * 'b'", "'a' + 1", "'a'[1]", "'a' < 1",
    "'a'.count(1, 2, 3, 4)", "'a'.count(x=1)", "'a'.find()", "'a'.split(1, 2, 3)",
    "'a'.split('a', 1, x=1)", "'a'.split(x=1)", "'a'.split('a', sep='b')",
    "'a'.replace('a')", "'a'.replace(old='a', new='b')", "'a'.expandtabs(1, 2)",
    "'a'.join()", "'a'.strip(1, 2)", "'a'.strip(chars='a')", "'a'.zfill(x=1)",
    "'a'.format_map()", "'a'.__format__(1)", "'a'.__sizeof__(1)",
    "'a'.startswith(('a', 1))", "'a'.count('a', None, None)", "'a'.count('a', 1.5)",
    "'a'.find('a', 10 ** 6)", "'a'.center(1, 'é')", "'{0}'.format_map({'0': 1})",
    "'{x}'.format_map({})", "'{x}'.format_map({'x': [1]})", "'a'.format_map(1)",
    "str(x=1)", "str(1, 2, 3, 4)", "str(1, 'utf-8')", "str('a', 'utf-8')",
    "str(b'a', encoding=1)", "str(b'a', 'foo')", "str(encoding='utf-8')",
    "'{99999999999999999999}'.format(1)", "'a'.expandtabs(2 ** 40)", "b'a'.expandtabs(2 ** 70)",
    "'a'.splitlines(-2 ** 40)", "'a'.center(2 ** 63)", "'a'.replace('a', 'b', 2 ** 63)",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
