x = f"{x:{y}}"
