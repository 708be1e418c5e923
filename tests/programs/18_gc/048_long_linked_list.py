# Dealloc safety: dropping the head of a 10**6-long singly linked list of instances frees the
# whole chain by refcounting without overflowing the C stack (CPython's trashcan); the same
# chain closed into a ring is freed by the collector.
import gc
import weakref

class Node:
    __slots__ = ("next", "__weakref__")

def build(n):
    head = None
    for i in range(n):
        node = Node()
        node.next = head
        head = node
    return head

head = build(10 ** 6)
tail = head
while tail.next is not None:
    tail = tail.next
last = weakref.ref(tail)
del tail
del head
print("linked list of 10**6 freed:", last() is None)

class Plain:
    pass

head = None
for i in range(10 ** 6):
    node = Plain()
    node.next = head
    head = node
first = weakref.ref(node)
del node, head
print("plain instances (attributes inline) freed:", first() is None)

gc.disable()
gc.collect()
head = build(10 ** 5)
tail = head
while tail.next is not None:
    tail = tail.next
tail.next = head
ring_member = weakref.ref(tail)
del head, tail
print("ring of 10**5, collect:", gc.collect(), "freed:", ring_member() is None)
gc.enable()
print("still running")
