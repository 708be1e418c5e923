# Ported from guide block 000_9f0c9417785163fb_b13 (Advanced Memory Techniques › Custom Memory Allocators).
# The guide imports a hypothetical module (`from pymalloc import PyMalloc`, never used);
# that import is removed.
import sys

# Object pooling for memory efficiency
class ObjectPool:
    """Simple object pool to reduce allocation overhead"""
    
    def __init__(self, factory, initial_size=10):
        self.factory = factory
        self.pool = [factory() for _ in range(initial_size)]
        self.active = set()
    
    def acquire(self):
        if self.pool:
            obj = self.pool.pop()
        else:
            obj = self.factory()
        
        self.active.add(id(obj))
        return obj
    
    def release(self, obj):
        obj_id = id(obj)
        if obj_id in self.active:
            self.active.remove(obj_id)
            # Reset object state if needed
            if hasattr(obj, 'reset'):
                obj.reset()
            self.pool.append(obj)
    
    def stats(self):
        return {
            'pool_size': len(self.pool),
            'active_objects': len(self.active)
        }

# Example usage
class ExpensiveObject:
    def __init__(self):
        self.data = [0] * 1000
        self.processed = False
    
    def reset(self):
        self.data = [0] * 1000
        self.processed = False
    
    def process(self):
        # Simulate expensive processing
        self.data = [i ** 2 for i in self.data]
        self.processed = True

# Use object pool
pool = ObjectPool(ExpensiveObject, initial_size=5)

# Acquire and use objects
objs = []
for i in range(10):
    obj = pool.acquire()
    obj.process()
    objs.append(obj)

print(f"Pool stats after acquisition: {pool.stats()}")

# Release objects back to pool
for obj in objs:
    pool.release(obj)

print(f"Pool stats after release: {pool.stats()}")
