# A class implementing __enter__/__exit__, with exception details and nesting.
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, exc_type, exc_value, traceback):
        Indent.level -= 1
        if exc_type is not None:
            self.say(f"exit with {exc_type.__name__}: {exc_value}")
        return exc_type is KeyError
    def say(self, text):
        print("  " * Indent.level + text)

with Indent() as a:
    a.say("level one")
    with Indent() as b:
        b.say("level two")
        with Indent() as c:
            c.say("level three")
    a.say("back to one")
print("level after:", Indent.level)

with Indent() as d:
    d.say("raising KeyError")
    raise KeyError("swallowed")
print("continued")
try:
    with Indent() as e:
        raise ValueError("escapes")
except ValueError:
    print("ValueError escaped, level", Indent.level)
