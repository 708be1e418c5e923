# Benchmark: method-heavy object code: a small task scheduler (richards-like) plus a tree walk.
class Task:
    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
        self.next = None

    def runnable(self):
        return self.done < self.work

    def step(self, scheduler):
        self.done += 1
        if self.done % 7 == 0:
            scheduler.signal(self.priority)
        return self.done

class Scheduler:
    def __init__(self):
        self.head = None
        self.signals = 0
        self.steps = 0

    def add(self, task):
        task.next = self.head
        self.head = task

    def signal(self, priority):
        self.signals += priority

    def run(self):
        progress = True
        while progress:
            progress = False
            task = self.head
            while task is not None:
                if task.runnable():
                    task.step(self)
                    self.steps += 1
                    progress = True
                task = task.next
        return self.steps, self.signals

class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def total(self):
        t = self.value
        if self.left is not None:
            t += self.left.total()
        if self.right is not None:
            t += self.right.total()
        return t

    def depth(self):
        l = self.left.depth() if self.left is not None else 0
        r = self.right.depth() if self.right is not None else 0
        return 1 + (l if l > r else r)

def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))

s = Scheduler()
for i in range(100):
    s.add(Task("t%d" % i, i % 5 + 1, 9000 + i * 37))
print(s.run())
tree = build(0, 2 ** 14)
acc = 0
for _ in range(140):
    acc += tree.total() + tree.depth()
print(acc)
