x = f"hello"
