a.b: str = "s"
