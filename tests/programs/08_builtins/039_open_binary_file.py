# open() in binary mode: 'wb' gives an _io.BufferedWriter (write takes bytes-like objects and
# returns their length), 'rb' an _io.BufferedReader (read, readline, readlines, iteration by
# lines, seek/tell), '+' modes an _io.BufferedRandom. Writes to _tmp_039_binary.txt (git-ignored,
# overwritten each run).
PATH = "_tmp_039_binary.txt"

with open(PATH, "wb") as f:
    print(type(f).__name__, f.mode, f.name, f.writable(), f.readable(), f.closed)
    print(f.write(b"first line\n"), f.write(bytearray(b"second\n")), f.write(b"\x00\xff tail"))
    print(f.tell())
print(f.closed)

with open(PATH, "rb") as f:
    print(type(f).__name__, f.readable(), f.writable())
    print(f.readline(), f.read(3), f.tell())
    print(f.read())
    print(f.read(), f.readline())
    print(f.seek(0), f.read(5), f.seek(-4, 2), f.read())
with open(PATH, "rb") as f:
    print(list(f))
with open(PATH, "rb") as f:
    print(f.readlines())
with open(PATH, "ab") as f:
    f.write(b"\nappended")
with open(PATH, "rb") as f:
    data = f.read()
print(len(data), data[-9:])
with open(PATH, "r+b") as f:
    print(type(f).__name__, f.read(5))
    f.seek(0)
    f.write(b"FIRST")
with open(PATH, "rb") as f:
    print(f.read(11))

for bad in ("text", 5, None):
    try:
        with open(PATH, "wb") as f:
            f.write(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    open(PATH, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError:", e)
f = open(PATH, "rb")
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(PATH, "wb") as f:
    pass
with open(PATH, "rb") as f:
    print(f.read(), f.readline(), f.readlines())
