# bytes / bytearray: argument errors and messages.
cases = [
    "b'a'.split(1)", "b'a'.decode('foo')", "b'a'.center(3, 'a')", "b'a'.center(3, b'ab')",
    "b'a'.join([1])", "b'a'.join(['a'])", "b'a' + 'a'", "b'a'.find('a')", "b'a'.find(256)",
    "b'a'.count(1.5)", "b'a'.replace('a', 'b')", "b'a'.strip('a')", "bytes.fromhex('zz')",
    "bytes.fromhex('a')", "bytes.fromhex(1)", "b'a'.hex(1)", "b'a'.hex('ab')", "b'a'.hex('é')",
    "b'a'.hex([1])", "b'a'.startswith('a')", "b'a'.startswith(('a',))", "b'a'.partition('a')",
    "b'a'.index(b'b')", "b'a'.rindex(99)", "bytes(-1)", "bytes('a')", "bytes(1, 'utf-8')",
    "bytes([256])", "bytes(['a'])", "bytes(1.5)", "bytes(b'a', 'utf-8')", "bytes('a', 1)",
    "bytes(x=1)", "bytes(1, 2, 3, 4)", "bytes(source=b'x')", "bytes('a', 'utf-8', 'x')",
    "bytes('a', errors='strict')", "bytes(1, errors='strict')", "bytes(encoding='utf-8')",
    "bytearray('a', errors='strict')", "bytearray(1, 'utf-8')", "bytearray([256])",
    "bytearray(1.5)", "bytearray(-1)", "bytearray(b'a').pop(5)", "bytearray().pop()",
    "bytearray(b'a').remove(5)", "bytearray(b'a').remove(300)", "bytearray(b'a').insert(0, 300)",
    "bytearray(b'a').append('a')", "bytearray(b'a').extend(1)", "bytearray(b'a').extend([300])",
    "bytearray(b'a').extend('ab')", "bytearray(b'a')['x']", "hash(bytearray())",
    "b'a'.count()", "b'a'.split(x=1)", "b'a'.upper(1)", "bytearray(b'a').upper(1)", "b'a'.center()",
    "bytearray(b'a').center(x=1)", "bytearray(b'a').append()", "bytearray(b'a').pop(1, 2)",
    "bytearray(b'a').insert(1)", "b'a'.hex(1, 2, 3)", "b'a'.decode(1)", "b'a'.decode('utf-8', 1)",
    "b'a'.join()", "bytearray(b'a').join([b'x', 1])", "b'x'.fromhex()", "bytes.fromhex('a b')",
    "bytes.fromhex('1a2')", "bytes.fromhex('1 a2')", "b'a'[5]", "bytearray(b'a')[5]",
    "b'a'['x']", "b'a' * 'b'", "b'a' < 'a'", "'a' in b'abc'", "300 in b'abc'", "b'a'.zfill()",
    "bytearray(b'a') + 'x'", "b'abc'.removeprefix('a')", "b'x'.maketrans(b'a', b'b')[97:99]",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", repr(r))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
b = bytearray(b"abc")
for stmt in ["b[0] = 300", "b[5] = 1", "b[0] = 'a'", "b[::2] = b'xyz'", "b[0:1] = 5",
             "b[0:1] = 'a'", "b[0:1] = [1, 2]", "b[1:] = b", "del b[10]", "b[-1] = 65",
             "b += 'x'", "b += [1]", "b *= 'x'"]:
    try:
        exec(stmt)
        print(stmt, "->", b)
    except Exception as e:
        print(stmt, "->", type(e).__name__ + ":", e)
