# User-defined exception hierarchies with extra attributes.
class AppError(Exception):
    """Base of this program's errors."""

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class Invalid(AppError):
    def __init__(self, field, value):
        self.field, self.value = field, value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"

for exc in (NotFound("user"), Invalid("age", -1), AppError("generic", 2)):
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, "| name =", e.name, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, "| args =", e.args)

print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__, AppError.__doc__)
print(repr(NotFound("x")), repr(Invalid("f", 1)), str(AppError()))
try:
    raise Invalid("k", "v")
except Exception as e:
    print(isinstance(e, AppError), isinstance(e, NotFound))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
