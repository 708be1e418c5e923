# Ported from guide block 001_b4ae4877fa5e085b_b32 (Common Mistakes to Avoid › list item 4. **Circular references without cleanup**).
# A fragment: weakref is imported and parent/child objects are made first.
import weakref


class Node:
    def __init__(self):
        self.children = []
        self.parent = None


parent = Node()
child = Node()

# Wrong
parent.children.append(child)
child.parent = parent  # Circular reference

# Correct - use weak references
child.parent = weakref.ref(parent)
