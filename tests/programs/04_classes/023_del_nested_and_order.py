# Dropping a container drops its contents; order follows the container's order.
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)

chain = Node("head", Node("middle", Node("tail")))
print("dropping chain")
chain = None
print("dropping tuple")
t = (Node("t0"), Node("t1"), Node("t2"))
del t
print("dropping dict")
d = {"x": Node("dx"), "y": Node("dy")}
del d
print("replacing attribute")
n = Node("owner", Node("old child"))
n.child = Node("new child")
print("deleting attribute")
del n.child
print("exception variable cleared after except block")
try:
    raise ValueError(Node("in exception args"))
except ValueError as e:
    print("handling", e.args[0].name)
print("after except")
n = None
print("done")
