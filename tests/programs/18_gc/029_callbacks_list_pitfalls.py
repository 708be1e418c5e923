# gc.callbacks is one list owned by the collector: it is walked live by index, so a callback
# that removes itself makes the next one be skipped for that phase, and one appended during
# "start" already runs in that same "start" phase. Rebinding gc.callbacks to a new list does not
# change what the collector calls (it keeps the original list).
import gc
gc.disable()

calls = []
def make(name, action=None):
    def cb(phase, info):
        calls.append(name + ":" + phase)
        if action is not None:
            action(cb, phase)
    return cb

def remove_self(cb, phase):
    gc.callbacks.remove(cb)

def add_late(cb, phase):
    if phase == "start" and late not in gc.callbacks:
        gc.callbacks.append(late)

a = make("a", remove_self)
b = make("b")
gc.callbacks.extend([a, b])
gc.collect()
print("a removes itself:", calls)
del calls[:]
gc.collect()
print("next collection:", calls)
gc.callbacks.clear()

late = make("late")
c = make("c", add_late)
gc.callbacks.append(c)
del calls[:]
gc.collect()
print("c appends late during start:", calls)
gc.callbacks.clear()

original = gc.callbacks
d = make("d")
gc.callbacks = [d]
del calls[:]
gc.collect()
print("after rebinding gc.callbacks:", calls, "original list:", original)
original.append(d)
gc.collect()
print("after appending to the original list:", calls)
original.clear()
gc.callbacks = original
