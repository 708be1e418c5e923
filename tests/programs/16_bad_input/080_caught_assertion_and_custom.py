# AssertionError with and without messages, and custom exception classes, caught and inspected.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class StrictValidationError(ValidationError):
    pass
def validate(record):
    assert isinstance(record, dict), "record must be a dict"
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not record["name"]:
        raise StrictValidationError("name", "empty")
    return "ok"
for rec in ({"name": "x"}, {}, {"name": ""}, ["not", "a", "dict"]):
    try:
        print(validate(rec))
    except ValidationError as e:
        print(type(e).__name__, "|", e, "|", e.field, "|", e.args)
    except AssertionError as e:
        print("AssertionError |", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
