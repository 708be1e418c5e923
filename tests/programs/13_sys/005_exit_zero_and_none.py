# sys.exit() and sys.exit(None) and sys.exit(0) all exit with status 0.
import sys
print("exiting with None")
sys.exit(None)
