# The guide's analyze_references(): obj is captured by a closure, so it lives in a cell.
# CPython 3.11 prints 2, 4, 6, 6, 7 (memory-facts §4).
import sys
def analyze_references():
    obj = {"data": "test"}
    print("Initial:", sys.getrefcount(obj))
    lst = [obj, obj]
    print("After list:", sys.getrefcount(obj))
    mapping = {"a": obj, "b": obj}
    print("After mapping:", sys.getrefcount(obj))
    def closure():
        return obj
    print("After closure:", sys.getrefcount(obj))
    class Holder:
        attr = obj
    print("After class attr:", sys.getrefcount(obj))
    return lst, mapping, closure, Holder
analyze_references()
