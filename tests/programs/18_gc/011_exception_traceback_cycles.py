# Exceptions with tracebacks: storing a caught exception in a local of the frame that caught it
# makes frame -> local -> exception -> __traceback__ -> tb_frame = frame. Counted objects:
# the exception, its args tuple when non-empty and still tracked, each traceback, each frame.
import gc
gc.disable()
gc.collect()

def keep_error():
    try:
        raise ValueError
    except ValueError as e:
        err = e
    return err

x = keep_error()
print(type(x).__name__, x.__traceback__.tb_frame.f_code.co_name, x.__traceback__.tb_next)
del x
print("no args:", gc.collect())

def keep_error_with_message():
    try:
        raise ValueError("bad value")
    except ValueError as e:
        err = e

keep_error_with_message()
print("with a message (args tuple tracked):", gc.collect())

def inner():
    raise KeyError("k")

def outer():
    try:
        inner()
    except KeyError as e:
        err = e

outer()
print("raised one call deeper (2 tracebacks, 2 frames):", gc.collect())

def zero():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err

x = zero()
print(x.args)
gc.collect()
del x
print("args tuple untracked by an earlier collection:", gc.collect())

def cleared():
    try:
        raise ValueError("m")
    except ValueError as e:
        err = e
    err = None

cleared()
print("local cleared before return (no cycle):", gc.collect())

def plain_except():
    try:
        raise ValueError("m")
    except ValueError as e:
        pass

plain_except()
print("'except ... as e' deletes e (no cycle):", gc.collect())

e1 = ValueError("one")
e2 = KeyError("two")
e1.__context__ = e2
e2.__cause__ = e1
del e1, e2
print("__context__ <-> __cause__ (2 exceptions + 2 args tuples):", gc.collect())
