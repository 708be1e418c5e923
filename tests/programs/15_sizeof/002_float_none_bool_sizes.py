# Fixed-size scalar objects.
import sys
print("float", sys.getsizeof(1.0), sys.getsizeof(0.0), sys.getsizeof(float("inf")), sys.getsizeof(1e300))
print("None", sys.getsizeof(None))
print("bool", sys.getsizeof(True), sys.getsizeof(False))
print("Ellipsis", sys.getsizeof(...), "NotImplemented", sys.getsizeof(NotImplemented))
print("object()", sys.getsizeof(object()))
