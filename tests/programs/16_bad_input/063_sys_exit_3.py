# sys.exit(3) from inside a function: exit status 3, no traceback.
import sys
def main():
    print("working")
    sys.exit(3)
main()
print("never printed")
