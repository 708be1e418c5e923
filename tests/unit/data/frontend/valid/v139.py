x = f"{{literal}} {a}"
