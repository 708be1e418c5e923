x = f"{a:%Y-%m-%d}"
