# str.encode / bytes.decode: codecs, aliases, error handlers and UnicodeError messages.
cases = [
    "b'\\xe2\\x82\\x28'.decode('utf-8', 'replace')", "b'\\xe2\\x82'.decode()",
    "b'\\xe2\\x82\\x28'.decode()", "b'\\xe2\\x28\\xa1'.decode()", "b'\\xed\\xa0\\x80'.decode()",
    "b'\\xed\\xa0\\x80'.decode('utf-8', 'replace')", "b'\\xf0\\x80\\x80\\x80'.decode('utf-8', 'replace')",
    "b'\\xc0\\xaf'.decode('utf-8', 'replace')", "b'\\xf4\\x90\\x80\\x80'.decode('utf-8', 'replace')",
    "b'a\\xffb'.decode('utf-8', 'backslashreplace')", "b'a\\xffb\\x80'.decode('utf-8', 'surrogateescape')",
    "b'a\\xff'.decode('ascii', 'surrogateescape')", "b'a\\xff'.decode('utf-8', 'ignore')",
    "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')", "b'abc'.decode('utf-8', 'foo')",
    "b'\\xff'.decode('utf-8', 'foo')", "b'\\xff'.decode()", "b'\\xff'.decode('ascii')",
    "b'a\\xff\\xfe'.decode('ascii', 'replace')", "b'\\xe9t\\xe9'.decode('latin-1')",
    "'a\\udc80b'.encode('utf-8', 'surrogateescape')", "'a\\ud800\\udfffb'.encode()",
    "'a\\ud800b'.encode('utf-8', 'replace')", "'a\\ud800b'.encode('utf-8', 'surrogatepass')",
    "'é€😀'.encode('ascii', 'replace')", "'é€😀'.encode('ascii', 'ignore')",
    "'é€😀'.encode('ascii', 'backslashreplace')", "'é€😀'.encode('ascii', 'xmlcharrefreplace')",
    "'é€😀'.encode('ascii', 'namereplace')", "'aé€x'.encode('ascii')", "'aé€x'.encode('latin-1')",
    "'aéé'.encode('latin-1')", "'é'.encode('ascii', 'foo')", "'a'.encode('ascii', 'foo')",
    "'a😀'.encode('utf-16')", "'a😀'.encode('utf-16-le')", "'a😀'.encode('utf-16-be')",
    "'a😀'.encode('utf-32')", "'a😀'.encode('utf-32-be')", "'a\\ud800'.encode('utf-16')",
    "'a\\ud800'.encode('utf-32')", "'a\\ud800'.encode('utf-16', 'replace')",
    "b'\\xff\\xfea\\x00'.decode('utf-16')", "b'\\xfe\\xff\\x00a'.decode('utf-16')",
    "b'a\\x00'.decode('utf-16')", "b'a\\x00b'.decode('utf-16')", "b'a\\x00b'.decode('utf-16-le')",
    "b'\\x00\\xd8a\\x00'.decode('utf-16-le')", "b'\\x00\\xdca\\x00'.decode('utf-16-le')",
    "b'\\x00\\xd8'.decode('utf-16-le')", "b'\\x00\\xd8a\\x00'.decode('utf-16-le', 'replace')",
    "b'=\\xd8\\x00\\xde'.decode('utf-16-le')", "b'a\\x00\\x00\\x00'.decode('utf-32')",
    "b'\\xff\\xfe\\x00\\x00a\\x00\\x00\\x00'.decode('utf-32')", "b'a\\x00\\x00'.decode('utf-32')",
    "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')", "b'\\x00\\xd8\\x00\\x00'.decode('utf-32-le')",
    "'abc'.encode('UTF8')", "'abc'.encode('Latin_1')", "'abc'.encode('utf_16_le')",
    "'abc'.encode('U8')", "'abc'.encode('iso8859-1')", "'abc'.encode('646')",
    "'abc'.encode('us-ascii')", "b'abc'.decode('UTF-16LE')", "'abc'.encode(' utf-8 ')",
    "'abc'.encode('utf 8')", "'abc'.encode('foo')", "'abc'.encode(1)", "'a'.encode('utf-8', 1)",
    "str(b'\\xff', 'utf-8', 'replace')", "str(b'abc', errors='strict')",
    "str(bytearray(b'x'), 'ascii')", "bytes('é', 'ascii')", "bytearray('é', 'utf-8')",
    "bytes('é€', 'utf-16-be')", "'😀'.encode().decode()", "'\\x00\\x7f\\x80\\u07ff\\u0800\\uffff'.encode()",
    "b'\\xc3\\xa9\\xe2\\x82\\xac\\xf0\\x9f\\x98\\x80'.decode()", "'ab'.encode('utf-8', errors='strict')",
    "b'ab'.decode(encoding='ascii')", "b'x\\x80y'.decode('utf-8', 'xmlcharrefreplace')",
]
for c in cases:
    try:
        r = eval(c)
        print(c, "->", ascii(r))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", ascii(str(e)))
