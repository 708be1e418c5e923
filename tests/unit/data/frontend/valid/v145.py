x = f"{ a + b }"
