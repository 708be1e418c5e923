# open(): write, append and read back a text file. The file is overwritten on every run
# (_tmp_*.txt is git-ignored); os is not required by mempy, so it is not removed.
NAME = "_tmp_034_open_text_file.txt"
with open(NAME, "w", encoding="utf-8") as f:
    n = f.write("first line\n")
    f.write("second line\n")
    print("wrote", n, "characters first")
with open(NAME, "a", encoding="utf-8") as f:
    f.write("appended ünïcödé €\n")
with open(NAME, encoding="utf-8") as f:
    print(repr(f.read()))
with open(NAME, "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(NAME, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
f = open(NAME, "w", encoding="utf-8")
print(f.closed)
f.write("short\n")
f.close()
print(f.closed)
with open(NAME, encoding="utf-8") as f:
    print(f.read().splitlines())
try:
    open("_tmp_does_not_exist_dir/x.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
