# io.StringIO as an in-memory text file: write (returns the count), getvalue, print(file=...), seek.
import io
buf = io.StringIO()
print(buf.write("hello"), buf.write(" world\n"))
print("line two", 2, file=buf)
print("a", "b", sep="-", end="|\n", file=buf)
print(repr(buf.getvalue()))
buf.seek(0)
buf.write("HELLO")                  # overwrites in place
print(repr(buf.getvalue()))
buf.seek(0)
print(repr(buf.read()))
out = io.StringIO("initial text")
out.write("NEW")                    # writes start at position 0
print(repr(out.getvalue()))
lines = io.StringIO()
for i in range(3):
    lines.write(f"row {i}\n")
print(lines.getvalue(), end="")
print(len(lines.getvalue()), type(lines).__name__)
