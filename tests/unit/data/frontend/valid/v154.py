x = f"{a != b}"
