# With `raise ... from ...` the last stderr line is the final exception.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"could not parse {text!r}") from e
parse("abc")
