# sys.exit(3): output before it is kept, nothing after it runs, exit status 3, no traceback.
import sys
print("before exit")
sys.exit(3)
print("never printed")
