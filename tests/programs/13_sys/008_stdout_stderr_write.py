# sys.stdout.write returns the count and does not add a newline; stderr output is not compared.
import sys
n = sys.stdout.write("written directly")
sys.stdout.write("\n")
print("count:", n)
sys.stderr.write("this goes to stderr\n")
print("to stderr", file=sys.stderr)
sys.stdout.write("multi\nline\n")
sys.stdout.flush()
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"))
import io
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = saved
print("captured text:", repr(captured))
