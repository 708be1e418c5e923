# References held by for-loop targets and iterators.
import sys
class Thing:
    pass
items = [Thing(), Thing()]
for item in items:
    print("list slot + loop variable + arg:", sys.getrefcount(item))
print("after the loop the name still holds the last item:", sys.getrefcount(items[-1]))
del item
print("after del item:", sys.getrefcount(items[-1]))
it = iter(items)
print("iterator holds the list:", sys.getrefcount(items))
del it
print("iterator dropped:", sys.getrefcount(items))
gen = (t for t in items)
print("generator expression holds an iterator over the list:", sys.getrefcount(items))
del gen
print("generator dropped:", sys.getrefcount(items))
