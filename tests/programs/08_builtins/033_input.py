# input() reads one line from stdin (fed from 033_input.in) without the newline.
name = input()
print("hello,", name)
count = int(input())
total = 0
for i in range(count):
    line = input()
    a, b = line.split()
    total += int(a) * int(b)
    print("line", i, "->", int(a) * int(b))
print("total", total)
print(repr(input()))          # an empty line gives ''
rest = input("prompt> ")      # the prompt goes to stdout
print("\ngot", repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError at end of input", repr(str(e)))
