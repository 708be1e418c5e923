# The builtin exception hierarchy, printed by walking __mro__.
classes = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError,
           UnboundLocalError, NameError, RecursionError, RuntimeError, StopIteration,
           GeneratorExit, KeyboardInterrupt, SystemExit, AttributeError, TypeError,
           AssertionError, MemoryError, NotImplementedError, ImportError,
           ModuleNotFoundError, FileNotFoundError, OSError, EOFError, UnicodeError,
           IndentationError, SyntaxError, TabError, LookupError, ArithmeticError]
for c in classes:
    print(" -> ".join(k.__name__ for k in c.__mro__))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
