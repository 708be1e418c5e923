x = f"{a!r:}"
