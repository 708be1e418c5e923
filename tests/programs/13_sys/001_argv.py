# sys.argv: the script name (run from its own directory, so argv[0] is the base name) and no extra args.
import sys
print(len(sys.argv), type(sys.argv).__name__)
name = sys.argv[0]
print(name.replace("\\", "/").split("/")[-1])
print(all(isinstance(a, str) for a in sys.argv))
