x = f"{a['key']}"
