# sys.version_info: compare the major/minor pair only (mempy reports 3.11 as well);
# sys.implementation.name is 'cpython' or 'mempy', so only membership is printed.
import sys
v = sys.version_info
print(v[:2], v[:2] == (3, 11), v >= (3, 8), v < (4,), v.major, v.minor, v[0] == v.major)
print(sys.implementation.name in ("cpython", "mempy"))
