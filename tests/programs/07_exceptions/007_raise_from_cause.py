# raise X from Y sets __cause__ and __suppress_context__; from None hides the context.
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e

try:
    load("x1")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)

try:
    try:
        {}["key"]
    except KeyError:
        raise ValueError("clean message") from None
except ValueError as e:
    print("from None -> cause:", e.__cause__, "suppress:", e.__suppress_context__,
          "context still recorded:", type(e.__context__).__name__)

try:
    raise RuntimeError("outer") from KeyError("explicit cause without handling")
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "context:", e.__context__)
try:
    raise RuntimeError("x") from 5
except TypeError as e:
    print("TypeError:", e)
